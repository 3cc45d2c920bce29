"""Values as the vault stores them (ids as 32 hex digits, instants as UTC text), read without the
ORM's conversion of each value, and ids made UUIDs once each."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa


def as_stored(column: Any) -> Any:
    """The column as stored (text, integers), skipping the ORM's per-value conversion."""
    return sa.type_coerce(column, sa.String())


def id_reader() -> Callable[[str], uuid.UUID]:
    """Turns stored ids into UUIDs, each distinct one once: thousands of rows that name a thousand
    clients make a thousand UUIDs, not thousands."""
    made: dict[str, uuid.UUID] = {}

    def read(hex_id: str) -> uuid.UUID:
        found = made.get(hex_id)
        if found is None:
            found = made[hex_id] = uuid.UUID(hex_id)
        return found

    return read
