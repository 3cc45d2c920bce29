"""Per-table rules a merge applies on top of the general one (newer change wins, the other is kept).

A rule sees each record that differs between the two copies, after the field-by-field decision,
and may change the merged values and add records (``extra``). ``after`` runs once all tables are
merged, in the same transaction, for rules that need the whole table (numbering, for instance).
Register a rule in ``TABLE_RULES`` under its table's name.

Invoices need one (they arrive with their own migration): an issued invoice never changes, like
finalised notes (``decide`` keeps the version issued first), and no two invoices may share a number
in a series. Numbers already issued are never rewritten; the way to keep them unique is a series
per computer, and ``after`` then looks for any (series, number) held twice, says so in ``notes``
and lists it for review, and leaves the next number of each series after the highest one taken.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

Row = dict[str, Any]
AMENDMENT_NAMESPACE = uuid.UUID("0d4c5e7a-93f3-4c1e-8f0b-1e0f5b2a0016")


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

    def after(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        """Run once after every table is merged (``main`` is this copy, ``other`` the other one)."""


class FinalisedNotes:
    """Finalised notes never change: the first finalised text stays; a second becomes an amendment."""

    def decide(self, decision: RowDecision) -> None:
        kept, other, merged = decision.kept, decision.other, decision.merged
        if kept["finalised_at"] is None and other["finalised_at"] is None:
            return
        first, second = sorted((kept, other), key=_finalised_order)
        merged["private_notes"] = first["private_notes"]
        merged["finalised_at"] = first["finalised_at"]
        decision.settled.update({"private_notes", "finalised_at"})
        if kept["finalised_at"] is not None and kept["private_notes"] != first["private_notes"]:
            # The one change ever made to finalised notes: this copy's text was the second one,
            # and it stays word for word in the amendment below.
            decision.unlock_trigger = "coaching_session_finalised_notes"
        text = second["private_notes"]
        if text == first["private_notes"] or not text:
            return
        second_changed = decision.other_changed if second is other else decision.kept_changed
        if second["finalised_at"] is None and "private_notes" not in second_changed:
            return  # the text the unfinalised copy still had was the one finalised
        when = second["finalised_at"] or merged["updated_at"]
        label = "finalised" if second["finalised_at"] is not None else "written, not finalised,"
        stamp = str(when)[:16].replace("T", " ")
        body = f"[From the other copy of the vault: notes {label} {stamp} UTC]\n{text}"
        digest = hashlib.sha256(body.encode()).hexdigest()
        amendment_id = uuid.uuid5(AMENDMENT_NAMESPACE, f"{merged['id']}:{digest}").hex
        values = {"id": amendment_id, "created_at": when, "updated_at": when}
        decision.extra.append(("note_amendment", {**values, "session_id": merged["id"], "text": body}))
        decision.notes.append("Notes finalised in both copies: the second text was kept as an amendment.")

    def after(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        return None


def _finalised_order(row: Row) -> tuple[bool, str, str]:
    """Finalised before not finalised, then the earlier finalising, then the text (a stable tie-break)."""
    finalised = row["finalised_at"]
    return (finalised is None, str(finalised or ""), str(row["private_notes"]))


TABLE_RULES: dict[str, TableRule] = {"coaching_session": FinalisedNotes()}
