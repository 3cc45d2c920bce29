"""Change history for merging copies: field stamps and tombstones kept by temporary SQLite triggers.

Every open of a vault is a new *replica* (the file itself is copied by sync tools, so an id kept in
it could not tell two computers apart). Each row update gets the next counter of that replica, and
each changed field a stamp (replica, counter, time) in ``sync_stamp``; ``sync_replica`` holds, per
replica, the highest counter this copy has seen (a version vector). Every deleted row leaves a
tombstone. The triggers are TEMP triggers on the open connection: they never reach the file, they
see every change however it is made (ORM, bulk SQL, foreign-key cascades), and they cover any
table of the practice, including ones added later.
"""

# SQL here is built from the practice's own table and column names (the schema), never from input.
# ruff: noqa: S608

from __future__ import annotations

import sqlite3
import uuid

from coachdesk.domain import metadata

# The same text form as the domain's UTCDateTime, so stamps sort and parse like every other time.
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now')"
UNSTAMPED_FIELDS = frozenset({"id", "created_at", "updated_at"})
# Upserts, not INSERT OR REPLACE: inside a trigger SQLite applies the conflict policy of the
# statement that fired it (a cascading DELETE aborts), so OR REPLACE would not replace there.
_STAMP_UPSERT = (
    "ON CONFLICT (table_name, row_id, field) DO UPDATE SET "
    "replica = excluded.replica, counter = excluded.counter, changed_at = excluded.changed_at"
)


def has_history(connection: sqlite3.Connection, schema: str = "main") -> bool:
    """Whether the database has the merge history tables (schema 0016 on)."""
    row = connection.execute(
        f"SELECT 1 FROM {schema}.sqlite_schema WHERE type = 'table' AND name = 'sync_stamp'"
    ).fetchone()
    return row is not None


def practice_tables(connection: sqlite3.Connection, schema: str = "main") -> list[str]:
    """The practice's tables present in the database, parents before the tables that refer to them."""
    present = {
        row[0] for row in connection.execute(f"SELECT name FROM {schema}.sqlite_schema WHERE type = 'table'")
    }
    return [table.name for table in metadata.sorted_tables if table.name in present]


def columns_of(connection: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [str(row[1]) for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")')]


def vault_id(connection: sqlite3.Connection, schema: str = "main") -> str | None:
    """The practice's id, shared by every copy of the vault."""
    row = connection.execute(f"SELECT id FROM {schema}.sync_vault").fetchone()
    return None if row is None else str(row[0])


def install(connection: sqlite3.Connection) -> str | None:
    """Start a new replica on ``connection`` and install the triggers; returns the replica id.

    Idempotent (the replica of an earlier call is kept); does nothing before schema 0016.
    """
    if not has_history(connection):
        return None
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_local "
        "(replica TEXT NOT NULL, counter INTEGER NOT NULL, paused INTEGER NOT NULL)"
    )
    row = connection.execute("SELECT replica FROM temp.sync_local").fetchone()
    if row is None:
        replica = str(uuid.uuid4())
        connection.execute("INSERT INTO temp.sync_local VALUES (?, 0, 0)", (replica,))
    else:
        replica = str(row[0])
    for table in practice_tables(connection):
        _install_triggers(connection, table)
    connection.commit()
    return replica


def _install_triggers(connection: sqlite3.Connection, table: str) -> None:
    # Table and column names come from the practice's own schema (domain metadata), never from input.
    stamps = "".join(
        f"INSERT INTO sync_stamp SELECT '{table}', NEW.id, '{name}', replica, counter, {NOW_SQL} "
        f'FROM sync_local WHERE OLD."{name}" IS NOT NEW."{name}" {_STAMP_UPSERT};'
        for name in columns_of(connection, table)
        if name not in UNSTAMPED_FIELDS
    )
    connection.execute(
        f'CREATE TEMP TRIGGER IF NOT EXISTS "sync_update_{table}" AFTER UPDATE ON main."{table}" '
        "WHEN (SELECT paused FROM sync_local) = 0 BEGIN "
        f"UPDATE sync_local SET counter = counter + 1;{stamps}"
        "INSERT INTO sync_replica SELECT replica, counter FROM sync_local WHERE 1 "
        "ON CONFLICT (replica) DO UPDATE SET counter = excluded.counter; END"
    )
    connection.execute(
        f'CREATE TEMP TRIGGER IF NOT EXISTS "sync_delete_{table}" AFTER DELETE ON main."{table}" BEGIN '
        f"INSERT INTO sync_tombstone VALUES ('{table}', OLD.id, {NOW_SQL}) ON CONFLICT DO NOTHING;"
        f"DELETE FROM sync_stamp WHERE table_name = '{table}' AND row_id = OLD.id; END"
    )


def without_update_trigger(connection: sqlite3.Connection, table: str) -> bool:
    """Drop ``table``'s update trigger for a migration that adds or drops a column; True if it had one.

    SQLite refuses to drop a column a trigger names, and a trigger made before a column was added does
    not stamp it: a migration that changes a table's columns under an open vault drops the trigger
    first and calls ``restore_update_trigger`` after.
    """
    name = f"sync_update_{table}"
    found = connection.execute(
        "SELECT 1 FROM temp.sqlite_schema WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    if found:
        connection.execute(f'DROP TRIGGER temp."{name}"')
    return found is not None


def restore_update_trigger(connection: sqlite3.Connection, table: str) -> None:
    """Make ``table``'s triggers again, over the columns it has now."""
    _install_triggers(connection, table)


def set_paused(connection: sqlite3.Connection, paused: bool) -> None:
    """Stop (or resume) stamping updates: a merge writes the stamps it decided itself."""
    connection.execute("UPDATE temp.sync_local SET paused = ?", (int(paused),))


def record_erasure(connection: sqlite3.Connection, client_id: uuid.UUID) -> None:
    """Remember that the client was erased: no copy may ever bring anything of theirs back."""
    if has_history(connection):
        connection.execute(
            f"INSERT OR IGNORE INTO sync_erasure VALUES (?, {NOW_SQL})",
            (client_id.hex,),
        )
        purge_conflicts_of_removed(connection)


def purge_conflicts_of_removed(connection: sqlite3.Connection) -> None:
    """Forget merge conflicts about records that are gone: their values (a client's notes, say)
    must not outlive the records, least of all an erased client's."""
    if not has_history(connection):
        return
    tables = set(practice_tables(connection))
    named = [str(row[0]) for row in connection.execute("SELECT DISTINCT table_name FROM merge_conflict")]
    for table in named:
        if table in tables:
            missing = f'row_id NOT IN (SELECT id FROM "{table}")'
            connection.execute(f"DELETE FROM merge_conflict WHERE table_name = ? AND {missing}", (table,))
        else:
            connection.execute("DELETE FROM merge_conflict WHERE table_name = ?", (table,))
