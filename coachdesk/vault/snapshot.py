"""The database image a save writes, copied where it is encrypted (off the GUI thread) and only
when nothing changed since the snapshot was taken.

Copying a large practice's database takes tens of milliseconds, too long for the GUI thread
between two frames. The snapshot records the change marker on the thread that owns the
database, at a point where no change is being made; the worker copies the image later and
checks the marker again after the copy. SQLite copies the whole image under its own lock, and
every row change moves the marker on (a change begun, made or rolled back meanwhile), so an
image that passes the check is exactly the state the snapshot recorded.
"""

from __future__ import annotations

import sqlite3

from coachdesk.vault.errors import VaultBusy

# Where SQLite keeps the schema cookie (PRAGMA schema_version) in the database header.
_SCHEMA_COOKIE = slice(40, 44)


def image_if_unchanged(connection: sqlite3.Connection, marker: tuple[int, int]) -> bytes:
    """The serialized database, if it is still at ``marker`` (total_changes, schema_version);
    VaultBusy (try again) when anything changed since the marker was taken."""
    image = connection.serialize()
    cookie = int.from_bytes(image[_SCHEMA_COOKIE], "big")
    if connection.total_changes != marker[0] or cookie != marker[1]:
        del image
        raise VaultBusy("The practice changed while it was being copied for saving; it is saved again next.")
    return image
