"""A new vault's schema, made at once from what the migrations leave behind.

Running the migration scripts on an empty database takes half a second (Alembic and every script
loaded and run); a new vault, the demo's and every "New vault…", needs only their outcome.
``head_schema.sql`` holds it: the statements that make a migrated database's tables, indexes,
views and triggers, in the order SQLite keeps them, and its rows (the schema revision). A test makes
a database both ways and compares them, table for table and row for row, so a new migration
without a new image fails the suite (compared for what they make: Alembic writes a rebuilt table's
foreign keys in an order that changes from run to run). To write the image again::

    python -m coachdesk.vault.migrations.head_schema

Opening a vault still migrates it: the image is only ever the schema of a vault not yet made.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

SCRIPT = Path(__file__).with_name("head_schema.sql")
# Rows each vault makes for itself: its id in the merge history, random for a new vault (0016).
_PER_VAULT = frozenset({"sync_vault"})
_HEADER = (
    "-- The schema the migrations make, for a new vault (coachdesk/vault/migrations/head_schema.py).\n"
    "-- Made by `python -m coachdesk.vault.migrations.head_schema`; do not edit.\n\n"
)


def create_newest(connection: sqlite3.Connection) -> None:
    """Give the empty database ``connection`` the newest schema, in one transaction."""
    script = SCRIPT.read_text(encoding="utf-8")
    try:
        connection.executescript("BEGIN;\n" + script)
        connection.execute("INSERT INTO sync_vault (id) VALUES (?)", (str(uuid.uuid4()),))
        connection.commit()
    except sqlite3.Error:
        if connection.in_transaction:
            connection.rollback()
        raise


def schema_script(connection: sqlite3.Connection) -> str:
    """The SQL that makes ``connection``'s schema and rows anew, but for what SQLite makes itself (a
    virtual table's own tables, automatic indexes) and each vault's own rows."""
    objects = connection.execute(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [name for _, name, sql in objects if sql.upper().startswith("CREATE VIRTUAL TABLE")]

    def made_by_sqlite(name: str) -> bool:
        return name.startswith("sqlite_") or any(name.startswith(f"{table}_") for table in virtual)

    kept = [(kind, name, sql) for kind, name, sql in objects if not made_by_sqlite(name)]
    statements = [sql for _, _, sql in kept]
    for kind, name, _ in kept:
        if kind == "table" and name not in virtual and name not in _PER_VAULT:
            statements += _inserts(connection, name)
    return _HEADER + "".join(f"{statement};\n\n" for statement in statements).rstrip("\n") + "\n"


def comparable(script: str) -> set[str]:
    """What a schema script makes, comparable with another's: each statement as the set of its lines
    (Alembic rebuilds a table with its clauses and indexes in an order that changes from run to run)."""
    statements = (statement.strip().rstrip(";") for statement in script.split(";\n\n"))
    return {
        "\n".join(
            sorted(line.strip().rstrip(",").strip() for line in statement.splitlines() if line[:2] != "--")
        )
        for statement in statements
    }


def _inserts(connection: sqlite3.Connection, table: str) -> list[str]:
    quoted = '"' + table.replace('"', '""') + '"'
    columns = [str(row[1]) for row in connection.execute(f"PRAGMA table_info({quoted})")]
    values = " || ', ' || ".join('quote("' + column.replace('"', '""') + '")' for column in columns)
    rows = connection.execute(f"SELECT {values} FROM {quoted}")  # noqa: S608
    return [f"INSERT INTO {quoted} VALUES ({row[0]})" for row in rows]  # noqa: S608 (a script, not run here)


def migrated_script() -> str:
    """What ``head_schema.sql`` must hold: the script of an empty database the migrations brought to
    the newest revision (loads Alembic)."""
    from coachdesk.vault import migrations
    from coachdesk.vault.database import engine_for, open_memory_database

    connection = open_memory_database(None)
    try:
        migrations.upgrade(engine_for(connection))
        return schema_script(connection)
    finally:
        connection.close()


def _write() -> None:
    # Alembic orders a rebuilt table's foreign keys as Python's string hashing falls: fixed here, so
    # writing the image again changes it only where the schema changed.
    if os.environ.get("PYTHONHASHSEED") != "0":
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        sys.exit(
            subprocess.run([sys.executable, "-m", __spec__.name], env=environment, check=False).returncode
        )
    SCRIPT.write_text(migrated_script(), encoding="utf-8")
    print(f"wrote {SCRIPT}")


if __name__ == "__main__":
    _write()
