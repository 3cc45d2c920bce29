"""The language a client's documents print in, and the coach's own default for them.

``client.document_language`` is an ISO code ("en", "de", "fr") or NULL for the coach's language;
``coach_profile.document_language`` is the coach's language for documents ("en" until chosen).

Revision ID: 0019
Revises: 0018
Created: 2026-12-06 03:30:00
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from coachdesk.vault import history

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_TABLES = ("client", "coach_profile")


def _raw() -> sqlite3.Connection:
    raw = op.get_bind().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _around_triggers(change: Callable[[], None]) -> None:
    """Run ``change`` with the open vault's update triggers of both tables lifted, then make them again."""
    raw = _raw()
    had = [table for table in _TABLES if history.without_update_trigger(raw, table)]
    change()
    for table in had:
        history.restore_update_trigger(raw, table)


def upgrade() -> None:
    def add() -> None:
        # Plain ADD COLUMN (NULL, or a constant default): neither table is rebuilt.
        op.add_column("client", sa.Column("document_language", sa.String(), nullable=True))
        op.add_column(
            "coach_profile",
            sa.Column("document_language", sa.String(), nullable=False, server_default="en"),
        )

    _around_triggers(add)


def downgrade() -> None:
    def drop() -> None:
        op.execute("ALTER TABLE client DROP COLUMN document_language")
        op.execute("ALTER TABLE coach_profile DROP COLUMN document_language")

    _around_triggers(drop)
