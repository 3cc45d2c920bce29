"""A client's time zone, for sessions with clients who live in another one.

Revision ID: 0014
Revises: 0013
Created: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with a constant default: the client table is not rebuilt.
    op.add_column("client", sa.Column("time_zone", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    op.execute("ALTER TABLE client DROP COLUMN time_zone")
