"""Sponsor report: progress in the client's agreed words per goal, and the next three-way review.

Revision ID: 0009
Revises: 0008
Created: 2026-12-05 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds a column with a constant default in place, so the tables the
    # search view reads are never rebuilt.
    op.add_column("goal", sa.Column("sponsor_progress", sa.String(), nullable=False, server_default=""))
    op.add_column(
        "goal", sa.Column("sponsor_sees_percent", sa.Boolean(), nullable=False, server_default=sa.text("0"))
    )
    op.add_column("engagement", sa.Column("next_review_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): no table is rebuilt, so the search view and the rows that
    # point at these tables are left alone.
    op.execute("ALTER TABLE engagement DROP COLUMN next_review_on")
    op.execute("ALTER TABLE goal DROP COLUMN sponsor_sees_percent")
    op.execute("ALTER TABLE goal DROP COLUMN sponsor_progress")
