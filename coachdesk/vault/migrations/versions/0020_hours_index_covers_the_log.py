"""The start index covers every column the hours log reads: the log reads the index alone, never
the sessions' rows with their notes.

Revision ID: 0020
Revises: 0019
Created: 2026-12-06 09:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_NAME = "ix_coaching_session_starts_at"
_LOG = ["status", "client_id", "duration_minutes", "is_group", "group_size", "paid", "engagement_id"]


def upgrade() -> None:
    # An index is made beside the table, never by rebuilding it: the rows and triggers stay.
    op.drop_index(_NAME, table_name="coaching_session")
    op.create_index(_NAME, "coaching_session", ["starts_at", *_LOG])


def downgrade() -> None:
    op.drop_index(_NAME, table_name="coaching_session")
    op.create_index(_NAME, "coaching_session", ["starts_at"])
