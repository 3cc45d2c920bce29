"""Schema migrations (Alembic), run inside the decrypted database when a vault opens."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).parent
# The newest revision; a test checks it against the scripts, so opening an up-to-date vault
# never has to load Alembic at all.
HEAD_REVISION = "0020"


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: sqlite3.Connection, schema: str = "main") -> str | None:
    """The schema revision recorded in the database (or in the one attached as ``schema``), or None
    for a database before any schema."""
    exists = connection.execute(
        f"SELECT 1 FROM {schema}.sqlite_schema WHERE type = 'table' AND name = 'alembic_version'"  # noqa: S608
    ).fetchone()
    if not exists:
        return None
    row = connection.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()  # noqa: S608
    return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    """Revisions this CoachDesk has scripts for (each script's file name starts with its id)."""
    return {p.name.split("_", 1)[0] for p in (HERE / "versions").glob("*_*.py")}


def needs_upgrade(connection: sqlite3.Connection) -> bool:
    return current_revision(connection) != HEAD_REVISION


def is_newer_than_this_version(connection: sqlite3.Connection) -> bool:
    """Whether a newer CoachDesk gave the database a schema this one does not know."""
    revision = current_revision(connection)
    return revision is not None and revision not in known_revisions()


class BrokenReferences(RuntimeError):
    """A migration left rows pointing at rows that no longer exist; nothing of it was kept."""


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema, in one transaction.

    Foreign keys are not enforced while the scripts run: SQLite rebuilds a table to change a column
    (drop, recreate, copy), and with enforcement on, dropping ``consent`` would clear every referral's
    link to it, and dropping ``client`` would delete everything that cascades from it. Every reference
    is checked before the change is kept.
    """
    from alembic import command

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        connection.commit()
        try:
            with connection.begin():
                command.upgrade(_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = ", ".join(sorted({str(row[0]) for row in broken}))
                    raise BrokenReferences(f"The schema upgrade left broken references in: {tables}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()
