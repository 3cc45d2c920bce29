"""Retention: practice settings kept in the vault, and decisions to keep a client's records longer.

Revision ID: 0002
Revises: 0001
Created: 2026-11-27 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_setting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("practice_setting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_setting_key"), ["key"], unique=True)

    op.create_table(
        "retention_hold",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("retention_hold", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retention_hold_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("retention_hold", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_hold_client_id"))
    op.drop_table("retention_hold")
    with op.batch_alter_table("practice_setting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_setting_key"))
    op.drop_table("practice_setting")
