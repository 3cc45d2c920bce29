"""The outbound ledger: what left the vault, to whom, on what basis, and about which clients.

Revision ID: 0005
Revises: 0004
Created: 2026-12-05 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbound_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("consent_id", sa.Uuid(), nullable=True),
        sa.Column("legal_basis", sa.String(length=32), nullable=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["consent_id"], ["consent.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbound_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbound_entry_sent_at"), ["sent_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbound_entry_consent_id"), ["consent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbound_entry_entity_id"), ["entity_id"], unique=False)
    op.create_table(
        "outbound_client",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["outbound_entry.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbound_client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbound_client_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbound_client_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbound_client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbound_client_client_id"))
        batch_op.drop_index(batch_op.f("ix_outbound_client_entry_id"))
    op.drop_table("outbound_client")
    with op.batch_alter_table("outbound_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbound_entry_entity_id"))
        batch_op.drop_index(batch_op.f("ix_outbound_entry_consent_id"))
        batch_op.drop_index(batch_op.f("ix_outbound_entry_sent_at"))
    op.drop_table("outbound_entry")
