"""Getting paid: invoices and credit notes, their lines, payments, and each number series' counter.

An issued invoice is a fixed record: the database refuses to change or delete it or its lines
(triggers in migration 0015). What it says about seller and buyer is a snapshot taken when it was
drafted and refreshed until it is issued, so later edits of the profile or the client never change
an issued invoice. Amounts are integers in the currency's minor unit (cents); quantities and VAT
rates are exact decimals.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.decimal_text import DecimalText
from coachdesk.domain.enums import (
    InvoiceKind,
    InvoiceState,
    LineSource,
    Payer,
    PaymentMethod,
    TaxTreatment,
)
from coachdesk.domain.types import enum_field, timestamp_field


class Invoice(Record, table=True):
    """An invoice or a credit note: a draft until issued, then never changed."""

    __tablename__ = "invoice"
    __table_args__ = (sa.UniqueConstraint("number", name="uq_invoice_number"),)

    kind: InvoiceKind = enum_field(InvoiceKind, InvoiceKind.INVOICE)
    state: InvoiceState = enum_field(InvoiceState, InvoiceState.DRAFT)
    # Links to live records; cut (set to NULL) if those records go, while the snapshot below stays.
    engagement_id: uuid.UUID | None = Field(
        default=None, foreign_key="engagement.id", ondelete="SET NULL", index=True
    )
    client_id: uuid.UUID | None = Field(
        default=None, foreign_key="client.id", ondelete="SET NULL", index=True
    )
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", ondelete="SET NULL", index=True
    )
    # The invoice a credit note corrects.
    credited_invoice_id: uuid.UUID | None = Field(
        default=None, foreign_key="invoice.id", ondelete="RESTRICT", index=True
    )
    payer: Payer = enum_field(Payer, Payer.CLIENT)
    currency: str = "EUR"
    tax_treatment: TaxTreatment = enum_field(TaxTreatment, TaxTreatment.CHARGED)
    tax_wording: str = ""  # the exemption or reverse-charge sentence printed on the invoice
    # Seller snapshot (the coach's profile).
    seller_name: str = ""
    seller_address: str = ""
    seller_vat_number: str = ""
    seller_company_number: str = ""
    seller_iban: str = ""
    seller_bic: str = ""
    # Buyer snapshot (the client, or the sponsoring organisation).
    buyer_name: str = ""
    buyer_address: str = ""
    buyer_vat_number: str = ""
    buyer_company_number: str = ""
    issue_date: date | None = None
    due_date: date | None = None
    # Given at issue only: the printed number, its series (e.g. "2026", "CN-2026") and place in it.
    number: str | None = None
    series: str | None = None
    sequence: int | None = None
    issued_at: datetime | None = timestamp_field()
    note: str = ""  # a free line printed on the invoice (e.g. the reason for a credit note)
    # Totals in minor units, kept in step with the lines (the list reads them without the lines).
    net_minor: int = 0
    vat_minor: int = 0
    gross_minor: int = 0


class InvoiceLine(Record, table=True):
    """One line of an invoice: what is billed, how many, at what unit price and VAT rate."""

    __tablename__ = "invoice_line"

    invoice_id: uuid.UUID = Field(foreign_key="invoice.id", ondelete="CASCADE", index=True)
    position: int = 0
    source: LineSource = enum_field(LineSource, LineSource.FREE)
    description: str
    quantity: Decimal = Field(default=Decimal(1), sa_type=DecimalText, nullable=False)
    unit_price_minor: int = 0
    vat_rate: Decimal = Field(default=Decimal(0), sa_type=DecimalText, nullable=False)  # percent
    net_minor: int = 0  # quantity × unit price, rounded half up to the minor unit
    # A package billed in blocks: this line is part ``package_part`` of ``package_parts`` (else None).
    package_part: int | None = None
    package_parts: int | None = None


class InvoiceLineSession(Record, table=True):
    """A coaching session an invoice line bills (a line may bill several, e.g. a block)."""

    __tablename__ = "invoice_line_session"
    __table_args__ = (sa.UniqueConstraint("line_id", "session_id", name="uq_invoice_line_session"),)

    line_id: uuid.UUID = Field(foreign_key="invoice_line.id", ondelete="CASCADE", index=True)
    session_id: uuid.UUID = Field(foreign_key="coaching_session.id", ondelete="CASCADE", index=True)


class Payment(Record, table=True):
    """Money received against an invoice: all of its balance or part of it."""

    __tablename__ = "payment"

    invoice_id: uuid.UUID = Field(foreign_key="invoice.id", ondelete="RESTRICT", index=True)
    paid_on: date
    amount_minor: int
    method: PaymentMethod = enum_field(PaymentMethod, PaymentMethod.BANK_TRANSFER)
    reference: str = ""


class Refund(Record, table=True):
    """Money paid back to the payer against a credit note, once what it credited had been paid.

    Append-only, as the database enforces (migration 0018): a refund recorded is never changed or removed.
    """

    __tablename__ = "refund"

    credit_note_id: uuid.UUID = Field(foreign_key="invoice.id", ondelete="RESTRICT", index=True)
    refunded_on: date
    amount_minor: int
    method: PaymentMethod = enum_field(PaymentMethod, PaymentMethod.BANK_TRANSFER)
    reference: str = ""


class InvoiceSeries(Record, table=True):
    """The last number given in one series; the database lets it only go up by one, never back."""

    __tablename__ = "invoice_series"

    series: str = Field(unique=True)
    last_sequence: int = 0


class ComputerTag(Record, table=True):
    """The short tag a computer's invoice numbers carry (a series per computer), by the computer's key."""

    __tablename__ = "computer_tag"

    computer_key: str = Field(unique=True)  # a random id kept outside the vault (services/computer_key)
    tag: str = Field(unique=True)  # 1 to 3 capital letters or digits, e.g. L for the laptop
