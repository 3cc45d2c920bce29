"""The database image a save writes, copied where it is encrypted (off the GUI thread) and only
when nothing changed since the snapshot was taken.

The snapshot records the change marker on the thread that owns the database, at a point where
no change is being made; the worker copies the database later and checks the marker after the
copy. Every row change moves the marker on (a change begun, made or rolled back meanwhile), so a
copy that passes the check is exactly the state the snapshot recorded.

The copy is made by SQLite's online backup, a megabyte at a time, into a private in-memory
database: the interpreter lock is free while each step copies, so the GUI thread runs between
steps. The private database is given, up front, a buffer as large as the database the snapshot
measured, faulted in on another thread (``prefault``) while the copy fills it: grown page by page
instead, its memory cost more than the copy itself (72 ms against 25 on a large practice).

The backup copies committed pages only: a step that finds a change being made stops the copy
(VaultBusy, saved again next), and a change committed between steps is carried into the copy by
SQLite itself, then seen by the marker check. The private copy is then read where it lies
(``in_place``) for encryption, never copied whole into Python, which would stop every thread for
as long as the copy takes.

Only rows move ``total_changes``; a schema change is seen by comparing the copy's schema with the
schema the snapshot recorded (``schema_digest``). The schema version in the header cannot tell:
SQLite's backup gives the copy one of its own (one more than the empty database it replaced).
"""

from __future__ import annotations

import hashlib
import sqlite3
from types import TracebackType

from coachdesk.vault.database import PAGE_SIZE, new_image
from coachdesk.vault.errors import VaultBusy
from coachdesk.vault.in_place import sqlite_buffer, view_of
from coachdesk.vault.prefault import Prefault, prefault

_PAGES_PER_STEP = 64  # 1 MiB of 16 KiB pages: well under a frame per step
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)  # a step that found a change being made


class DatabaseImage:
    """The bytes of a database: ``data`` to read until ``close`` (a context manager closes it).

    Either plain bytes, or a view of a private copy's own buffer, which lives as long as the copy.
    """

    def __init__(self, data: bytes | memoryview, owner: sqlite3.Connection | None = None) -> None:
        self.data: bytes | memoryview = data
        self._owner = owner

    def __len__(self) -> int:
        return len(self.data)

    def close(self) -> None:
        """Drop the bytes (and the private copy they are read from)."""
        data, self.data = self.data, b""
        if isinstance(data, memoryview):
            data.release()
        owner, self._owner = self._owner, None
        if owner is not None:
            owner.close()

    def __enter__(self) -> DatabaseImage:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def schema_digest(connection: sqlite3.Connection) -> bytes:
    """A digest of the main database's schema (tables, indexes, triggers and their SQL): under a
    millisecond for the whole schema, so it can be taken on the GUI thread with each snapshot."""
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY rowid"
    ).fetchall()
    return hashlib.blake2b(repr(rows).encode("utf-8"), digest_size=16).digest()


def _stop_when_busy(status: int, _remaining: int, _pages: int) -> None:
    if status in _BUSY:
        raise VaultBusy(
            "A change was being made while the practice was copied for saving; it is saved again next."
        )


def image_if_unchanged(
    connection: sqlite3.Connection, changes: int, schema: bytes, page_size: int = PAGE_SIZE, pages: int = 0
) -> DatabaseImage:
    """A copy of the database, if it still has the ``changes`` (``total_changes``) and the ``schema``
    (``schema_digest``) the snapshot recorded; VaultBusy (try again) when a row or the schema
    changed since, or when a change is being made.

    ``page_size`` is the database's own (vaults made before 16 KiB pages keep 4 KiB): SQLite backs
    an in-memory database up only into one of the same page size. ``pages``, its size when the
    snapshot was taken, sizes the copy's buffer (a copy that needs more grows as a database does).
    """
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        faulting = _empty_copy(copy, page_size, pages)
        try:
            connection.backup(copy, pages=_PAGES_PER_STEP, progress=_stop_when_busy)
        finally:
            if faulting is not None:
                faulting.stop()
        if connection.total_changes != changes or schema_digest(copy) != schema:
            raise VaultBusy(
                "The practice changed while it was being copied for saving; it is saved again next."
            )
        view = view_of(copy)
        if view is not None:
            return DatabaseImage(view, owner=copy)
        data = copy.serialize()  # where SQLite's buffer cannot be read in place
    except BaseException:
        copy.close()
        raise
    copy.close()
    return DatabaseImage(data)


def _empty_copy(copy: sqlite3.Connection, page_size: int, pages: int) -> Prefault | None:
    """Make ``copy`` an empty database in one contiguous buffer (so it can be read in place), room
    for ``pages`` pages already allocated and being faulted in (stop that before the copy is used)."""
    image = new_image(page_size)
    buffer = sqlite_buffer(max(pages * page_size, len(image)))
    if buffer is None:  # SQLite's memory cannot be reached here: it allocates as the copy grows
        copy.deserialize(image)
        return None
    address, capacity = buffer.address, buffer.capacity
    buffer.view[: len(image)] = image
    buffer.hand_to(copy, len(image))
    # SQLite owns the buffer now; it moves it only if the copy outgrows it, and the faulting, which
    # never changes a byte, then stops where the memory was given back.
    return prefault(address, capacity)
