"""ICF coaching log: engagements logged under an alias, and log lines entered for earlier hours.

Revision ID: 0010
Revises: 0009
Created: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: the engagement table (read by the search view) is not rebuilt.
    op.add_column(
        "engagement", sa.Column("log_as_alias", sa.Boolean(), nullable=False, server_default=sa.text("0"))
    )
    op.create_table(
        "earlier_log_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_name", sa.String(), nullable=False),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("number_in_group", sa.Integer(), nullable=True),
        sa.Column("contact", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("paid_minutes", sa.Integer(), nullable=False),
        sa.Column("pro_bono_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.execute("DROP TABLE earlier_log_line")
    op.execute("ALTER TABLE engagement DROP COLUMN log_as_alias")
