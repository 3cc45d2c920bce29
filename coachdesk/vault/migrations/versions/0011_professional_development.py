"""The coach's professional development: mentor coaching, supervision, continuing education, credentials.

Revision ID: 0011
Revises: 0010
Created: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TABLES = ("mentor_coaching_session", "supervision_session", "education_record", "held_credential")


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "mentor_coaching_session",
        *_record_columns(),
        sa.Column("mentor_name", sa.String(), nullable=False),
        sa.Column("mentor_credential", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mentor_coaching_session_held_on", "mentor_coaching_session", ["held_on"])
    op.create_table(
        "supervision_session",
        *_record_columns(),
        sa.Column("supervisor", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("in_group", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_supervision_session_held_on", "supervision_session", ["held_on"])
    op.create_table(
        "education_record",
        *_record_columns(),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("unit_hundredths", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("certificate_name", sa.String(), nullable=False),
        sa.Column("certificate_type", sa.String(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_education_record_completed_on", "education_record", ["completed_on"])
    op.create_table(
        "held_credential",
        *_record_columns(),
        sa.Column("body", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("renewal_due", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    # Plain DROP TABLE: nothing references these tables and the search view does not read them.
    for table in reversed(_TABLES):
        op.execute(f"DROP TABLE IF EXISTS {table}")
