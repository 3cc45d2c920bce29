"""Ids as the vault stores them (32 hex digits), read back into UUIDs."""

from __future__ import annotations

import uuid
from collections.abc import Callable


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
