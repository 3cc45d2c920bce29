"""What a merge rule sees of one record present in both copies, and what a rule can do."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any, Protocol

Row = dict[str, Any]


@dataclass
class RowDecision:
    """One record present in both copies with different values: both versions and the merged one."""

    table: str
    kept: Row  # this copy's version
    other: Row  # the other copy's version
    merged: Row  # the values the merge writes (a rule may change them)
    other_changed: frozenset[str]  # fields whose other value was a change this copy had not seen
    kept_changed: frozenset[str]  # fields whose kept value was a change the other had not seen
    extra: list[tuple[str, Row]] = field(default_factory=list)  # records to add: (table, values)
    notes: list[str] = field(default_factory=list)
    settled: set[str] = field(default_factory=set)  # fields the rule decided: no conflict to review
    unlock_trigger: str = ""  # a database trigger guarding the record that this one write may pass


class TableRule(Protocol):
    """What a table's own merge rule can do."""

    def decide(self, decision: RowDecision) -> None:
        """Adjust ``decision.merged`` (and add to ``extra``/``notes``) for one differing record."""

    def check(self, connection: sqlite3.Connection) -> None:
        """Refuse the whole merge (ValidationError) before anything is written; only reads."""

    def before(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        """Run once before any table is merged (after the two copies' tombstones are joined)."""

    def after(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        """Run once after every table is merged (``main`` is this copy, ``other`` the other one)."""
