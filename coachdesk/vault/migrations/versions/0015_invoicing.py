"""Getting paid: invoices and credit notes, lines, payments, number series, and the billing details.

An issued invoice, its lines and the number series are protected by triggers, as finalised session
notes are: whatever code path tries, the database refuses to change or delete what was issued, and a
series counter only ever goes up by one.

Revision ID: 0015
Revises: 0014
Created: 2026-12-06 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# Everything an issued invoice says; only its links to live records (engagement, client, organisation)
# may be cut when those records are deleted.
_FIXED_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "kind",
    "state",
    "credited_invoice_id",
    "payer",
    "currency",
    "tax_treatment",
    "tax_wording",
    "seller_name",
    "seller_address",
    "seller_vat_number",
    "seller_company_number",
    "seller_iban",
    "seller_bic",
    "buyer_name",
    "buyer_address",
    "buyer_vat_number",
    "buyer_company_number",
    "issue_date",
    "due_date",
    "number",
    "series",
    "sequence",
    "issued_at",
    "note",
    "net_minor",
    "vat_minor",
    "gross_minor",
)
_ISSUED_LINE = "(SELECT state FROM invoice WHERE id = {row}.invoice_id) = 'issued'"
_TRIGGERS = {
    "invoice_issued_fixed": (
        "BEFORE UPDATE ON invoice WHEN OLD.state = 'issued' AND ("
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED_COLUMNS)
        + ") BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END"
    ),
    "invoice_issued_kept": (
        "BEFORE DELETE ON invoice WHEN OLD.state = 'issued' BEGIN "
        "SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note'); END"
    ),
    "invoice_line_issued_insert": (
        f"BEFORE INSERT ON invoice_line WHEN {_ISSUED_LINE.format(row='NEW')} BEGIN "
        "SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END"
    ),
    "invoice_line_issued_update": (
        f"BEFORE UPDATE ON invoice_line WHEN {_ISSUED_LINE.format(row='OLD')} "
        f"OR {_ISSUED_LINE.format(row='NEW')} BEGIN "
        "SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END"
    ),
    "invoice_line_issued_delete": (
        f"BEFORE DELETE ON invoice_line WHEN {_ISSUED_LINE.format(row='OLD')} BEGIN "
        "SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END"
    ),
    "invoice_series_starts_at_one": (
        "BEFORE INSERT ON invoice_series WHEN NEW.last_sequence IS NOT 1 BEGIN "
        "SELECT RAISE(ABORT, 'a number series starts at 1'); END"
    ),
    "invoice_series_steps_by_one": (
        "BEFORE UPDATE ON invoice_series WHEN NEW.series IS NOT OLD.series "
        "OR NEW.last_sequence IS NOT OLD.last_sequence + 1 BEGIN "
        "SELECT RAISE(ABORT, 'invoice numbers are given in order, without gaps, and never reused'); END"
    ),
    "invoice_series_kept": (
        "BEFORE DELETE ON invoice_series BEGIN SELECT RAISE(ABORT, 'invoice numbers are never reused'); END"
    ),
}


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
    ]


def _text(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.String(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "invoice",
        *_record_columns(),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("engagement_id", sa.Uuid(), nullable=True),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("credited_invoice_id", sa.Uuid(), nullable=True),
        sa.Column("payer", sa.String(length=32), nullable=False),
        _text("currency"),
        sa.Column("tax_treatment", sa.String(length=32), nullable=False),
        *(
            _text(name)
            for name in (
                "tax_wording",
                "seller_name",
                "seller_address",
                "seller_vat_number",
                "seller_company_number",
                "seller_iban",
                "seller_bic",
                "buyer_name",
                "buyer_address",
                "buyer_vat_number",
                "buyer_company_number",
            )
        ),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("series", sa.String(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.String(length=32), nullable=True),
        _text("note"),
        sa.Column("net_minor", sa.Integer(), nullable=False),
        sa.Column("vat_minor", sa.Integer(), nullable=False),
        sa.Column("gross_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagement.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["credited_invoice_id"], ["invoice.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number", name="uq_invoice_number"),
    )
    for column in ("engagement_id", "client_id", "organisation_id", "credited_invoice_id"):
        op.create_index(f"ix_invoice_{column}", "invoice", [column], unique=False)
    op.create_table(
        "invoice_line",
        *_record_columns(),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        _text("description"),
        sa.Column("quantity", sa.String(length=32), nullable=False),
        sa.Column("unit_price_minor", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.String(length=32), nullable=False),
        sa.Column("net_minor", sa.Integer(), nullable=False),
        sa.Column("package_part", sa.Integer(), nullable=True),
        sa.Column("package_parts", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_invoice_line_invoice_id", "invoice_line", ["invoice_id"], unique=False)
    op.create_table(
        "invoice_line_session",
        *_record_columns(),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["line_id"], ["invoice_line.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["coaching_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("line_id", "session_id", name="uq_invoice_line_session"),
    )
    for column in ("line_id", "session_id"):
        op.create_index(f"ix_invoice_line_session_{column}", "invoice_line_session", [column], unique=False)
    op.create_table(
        "payment",
        *_record_columns(),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        _text("reference"),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payment_invoice_id", "payment", ["invoice_id"], unique=False)
    op.create_table(
        "invoice_series",
        *_record_columns(),
        sa.Column("series", sa.String(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("series"),
    )
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    # Plain ADD COLUMN with constant defaults: no table is rebuilt.
    profile = {
        "tax_treatment": "small_business",
        "default_vat_rate": "0",
        "tax_exemption_wording": "",
        "invoice_number_pattern": "{year}-{seq:4}",
        "vat_number": "",
        "company_number": "",
        "iban": "",
        "bic": "",
    }
    for name, default in profile.items():
        kind = sa.String(length=32) if name in ("tax_treatment", "default_vat_rate") else sa.String()
        op.add_column("coach_profile", sa.Column(name, kind, nullable=False, server_default=default))
    op.add_column(
        "coach_profile", sa.Column("payment_terms_days", sa.Integer(), nullable=False, server_default="14")
    )
    for table, columns in (
        ("client", ("billing_address", "vat_number", "company_number")),
        ("organisation", ("vat_number", "company_number")),
    ):
        for name in columns:
            op.add_column(table, sa.Column(name, sa.String(), nullable=False, server_default=""))
    op.add_column(
        "engagement",
        sa.Column("late_cancel_uses_credit", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    # Credit notes first: they refer to the invoices they credit, which DROP TABLE would delete first.
    op.execute("DELETE FROM invoice WHERE credited_invoice_id IS NOT NULL")
    for table in ("invoice_line_session", "payment", "invoice_line", "invoice_series", "invoice"):
        op.execute(f"DROP TABLE {table}")  # their indexes go with them
    for table, columns in (
        ("engagement", ("late_cancel_uses_credit",)),
        ("organisation", ("vat_number", "company_number")),
        ("client", ("billing_address", "vat_number", "company_number")),
        (
            "coach_profile",
            (
                "tax_treatment",
                "default_vat_rate",
                "tax_exemption_wording",
                "invoice_number_pattern",
                "payment_terms_days",
                "vat_number",
                "company_number",
                "iban",
                "bic",
            ),
        ),
    ):
        for name in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
