"""Agreement clauses: VAT, planned three-way meetings, optional clauses and the practice's law and tools.

Revision ID: 0007
Revises: 0006
Created: 2026-12-05 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_PROFILE_TEXTS = (
    "country",
    "data_protection_authority",
    "platforms",
    "processors",
    "limitation_of_liability",
)


def upgrade() -> None:
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vat", sa.String(length=32), nullable=False, server_default="included"))
        batch_op.add_column(sa.Column("three_way_meetings", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("clauses_off", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("signature_place", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table("coach_profile", schema=None) as batch_op:
        for name in _PROFILE_TEXTS:
            batch_op.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): rebuilding ``engagement`` would cascade into what points at it.
    for name in reversed(_PROFILE_TEXTS):
        op.execute(f"ALTER TABLE coach_profile DROP COLUMN {name}")
    for name in ("signature_place", "clauses_off", "three_way_meetings", "vat"):
        op.execute(f"ALTER TABLE engagement DROP COLUMN {name}")
