"""The decrypted database: an in-memory SQLite connection and one SQLAlchemy engine over it."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from coachdesk.domain.folding import fold_uncached
from coachdesk.vault.errors import VaultCorrupted
from coachdesk.vault.in_place import SqliteBuffer

# Without temp_store=MEMORY SQLite writes sorts and index builds to plaintext temp files.
_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = ON")
# Marks the database inside as CoachDesk's ("CDK1"); also gives a new database its first page.
APPLICATION_ID = 0x43444B31
PAGE_SIZE = 16384
# The search index's triggers fold what they index with this function (schema 0012 on), exactly
# as the lists fold names, so "odegaard" finds Ødegaard. Uncached: it sees every session note.
FOLD_FUNCTION = "coachdesk_fold"


def open_memory_database(image: bytes | bytearray | SqliteBuffer | None, size: int = 0) -> sqlite3.Connection:
    """A private in-memory database, loaded from a serialized ``image`` (a new one when None), or
    from the first ``size`` bytes of a ``SqliteBuffer``, which the database then owns.

    Always loaded by deserializing, even when new: the database then lives in one contiguous
    buffer, and serializing it for a save is a copy rather than a walk through every page.
    """
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        if isinstance(image, SqliteBuffer):
            image.hand_to(connection, size)
        else:
            connection.deserialize(new_image() if image is None else image)
        register_fold(connection)
        for pragma in _PRAGMAS:
            connection.execute(pragma)
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise sqlite3.DatabaseError("not a CoachDesk database")
    except sqlite3.DatabaseError:
        connection.close()
        raise VaultCorrupted(
            "The vault decrypted, but the database inside is damaged. Open one of its backups."
        ) from None
    return connection


def register_fold(connection: sqlite3.Connection) -> None:
    """Give ``connection`` the fold function the search index's triggers call."""
    connection.create_function(FOLD_FUNCTION, 1, _fold_value, deterministic=True)


def _fold_value(value: str | None) -> str | None:
    return None if value is None else fold_uncached(str(value))


def new_image(page_size: int = PAGE_SIZE) -> bytes:
    """An empty CoachDesk database, serialized (its page size and application id set)."""
    scratch = sqlite3.connect(":memory:")
    try:
        # 16 KiB pages hold seven 2 KB session notes where 4 KiB pages hold one: a smaller file.
        scratch.execute(f"PRAGMA page_size = {int(page_size)}")
        scratch.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        return scratch.serialize()
    finally:
        scratch.close()


def engine_for(connection: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine whose only connection is ``connection`` (never closed by the pool)."""
    # hide_parameters: an error's message never carries the values (a client's notes) it was given.
    engine = create_engine(
        "sqlite://", creator=lambda: connection, poolclass=StaticPool, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        for pragma in _PRAGMAS:
            dbapi_connection.execute(pragma)

    return engine


def table_row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per user table, for ``vault check``."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {}
    for name in names:  # names come from sqlite_schema, quoted as identifiers
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]  # noqa: S608
    return counts


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """SQLite's own integrity check; an empty list means sound."""
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows
