"""Conflicts get the wording the agreement prints and the other client they concern; signed
agreements are frozen as signed, with the amendments agreed in writing after signing.

Revision ID: 0006
Revises: 0005
Created: 2026-12-05 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_wording", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("other_client_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("other_client_consented_on", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            "fk_conflict_other_client_id_client", "client", ["other_client_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_index(batch_op.f("ix_conflict_other_client_id"), ["other_client_id"], unique=False)
    op.create_table(
        "signed_agreement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("template_version", sa.String(), nullable=False),
        sa.Column("template_text", sa.String(), nullable=False),
        sa.Column("data", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagement.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("engagement_id"),
    )
    op.create_table(
        "agreement_amendment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("engagement_id", sa.Uuid(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("what_changed", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagement.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreement_amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_amendment_engagement_id"), ["engagement_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agreement_amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_amendment_engagement_id"))
    op.drop_table("agreement_amendment")
    op.drop_table("signed_agreement")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_other_client_id"))
        batch_op.drop_constraint("fk_conflict_other_client_id_client", type_="foreignkey")
        batch_op.drop_column("other_client_consented_on")
        batch_op.drop_column("other_client_id")
        batch_op.drop_column("document_wording")
