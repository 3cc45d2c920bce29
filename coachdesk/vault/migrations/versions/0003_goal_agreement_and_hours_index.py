"""Organisational goals record when the client agreed to them; coaching hours read from one index.

Revision ID: 0003
Revises: 0002
Created: 2026-11-27 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_agreed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_coaching_session_hours",
            ["status", "starts_at", "paid", "is_group", "duration_minutes"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.drop_index("ix_coaching_session_hours")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_column("client_agreed_on")
