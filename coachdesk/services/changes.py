"""What a service call changed, so views refresh only what they show (tables and record ids)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """The tables a call wrote to and the records it created, changed or deleted."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    created: uuid.UUID | None = None  # the new record's id, for calls that create one

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.ids | other.ids, self.created or other.created)


def changed(*tables: str, ids: tuple[uuid.UUID, ...] = (), created: uuid.UUID | None = None) -> Changes:
    return Changes(frozenset(tables), frozenset(ids) | ({created} if created else set()), created)
