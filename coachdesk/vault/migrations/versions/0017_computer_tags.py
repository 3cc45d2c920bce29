"""Computer tags: a number series per computer for coaches who invoice from more than one.

Each computer that issues invoices with ``{computer}`` in the number pattern has a short tag,
recorded against the computer's key (a random id kept outside the vault, in the user's data folder).

Revision ID: 0017
Revises: 0016
Created: 2026-12-06 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "computer_tag",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("computer_key", sa.String(), nullable=False),
        sa.Column("tag", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("computer_key"),
        sa.UniqueConstraint("tag"),
    )


def downgrade() -> None:
    op.execute("DROP TABLE computer_tag")
