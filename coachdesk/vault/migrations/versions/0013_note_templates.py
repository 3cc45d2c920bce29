"""Note templates: the coach's own templates for session notes, and each agreement's default one.

Revision ID: 0013
Revises: 0012
Created: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_template",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # Plain ADD COLUMN: the engagement table (which the search view reads) is not rebuilt.
    op.add_column("engagement", sa.Column("note_template", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite's own DROP COLUMN and DROP TABLE: no table is rebuilt.
    op.execute("ALTER TABLE engagement DROP COLUMN note_template")
    op.execute("DROP TABLE note_template")
