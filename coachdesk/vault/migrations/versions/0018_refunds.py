"""Refunds: money paid back against a credit note once what it credited had been paid.

A refund is append-only: triggers refuse to change or delete one, whatever code path tries, so the
books keep every refund made (a mistake is corrected by recording what really happened, not by editing).

Revision ID: 0018
Revises: 0017
Created: 2026-12-06 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_TRIGGERS = {
    "refund_fixed": (
        "BEFORE UPDATE ON refund BEGIN "
        "SELECT RAISE(ABORT, 'a refund recorded cannot be changed; it is kept in the books'); END"
    ),
    "refund_kept": (
        "BEFORE DELETE ON refund BEGIN "
        "SELECT RAISE(ABORT, 'a refund recorded cannot be deleted; it is kept in the books'); END"
    ),
    "refund_of_credit_note": (
        "BEFORE INSERT ON refund WHEN (SELECT kind FROM invoice WHERE id = NEW.credit_note_id) "
        "IS NOT 'credit_note' OR (SELECT state FROM invoice WHERE id = NEW.credit_note_id) IS NOT 'issued' "
        "BEGIN SELECT RAISE(ABORT, 'a refund is recorded against an issued credit note'); END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "refund",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("credit_note_id", sa.Uuid(), nullable=False),
        sa.Column("refunded_on", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["credit_note_id"], ["invoice.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_refund_credit_note_id", "refund", ["credit_note_id"], unique=False)
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE refund")  # its index goes with it
