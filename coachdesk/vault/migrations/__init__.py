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
HEAD_REVISION = "0005"


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision recorded in the database, or None for a database before any schema."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
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


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema, in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")
