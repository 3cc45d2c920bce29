"""The accountant's CSV files: invoices and credit notes of a period, and the payments received (with
the refunds made, as negative amounts against their credit note).

Amounts are plain decimals with a dot ("428.40"), the way spreadsheet imports and bookkeeping programs
read them whatever the locale; a credit note's amounts are negative so that a column's sum is the
period's turnover. Every cell goes through ``csv_cells.safe_row`` (no formula reaches a spreadsheet).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coachdesk.documents.csv_cells import safe_row
from coachdesk.documents.invoice_data import InvoiceData, label

INVOICE_COLUMNS_BEFORE = (
    "Number",
    "Kind",
    "Date",
    "Due date",
    "Payer",
    "Payer VAT no.",
    "Currency",
    "VAT treatment",
)
INVOICE_COLUMNS_AFTER = ("Net", "VAT", "Gross", "Paid", "Balance", "Credits invoice")
PAYMENT_COLUMNS = ("Date", "Invoice", "Payer", "Currency", "Amount", "Method", "Reference")


@dataclass(frozen=True)
class PaymentRow:
    """One payment received (or, negative, a refund made), as the accountant's payments CSV lists it."""

    paid_on: date
    invoice_number: str
    payer: str
    currency: str
    amount_minor: int
    method: str = ""  # e.g. "bank transfer", "card", "cash"
    reference: str = ""


def decimal_text(minor: int) -> str:
    """Minor units as a plain decimal: 42840 → "428.40", -12000 → "-120.00"."""
    return f"{Decimal(minor) / 100:.2f}"


def rate_label(rate: Decimal) -> str:
    return f"{rate.normalize():f}%"


def vat_rates(invoices: Iterable[InvoiceData]) -> list[Decimal]:
    """Every VAT rate the invoices use, highest first (each gets a net and a VAT column)."""
    return sorted({entry.rate for bill in invoices for entry in bill.breakdown}, reverse=True)


def invoice_columns(rates: Sequence[Decimal]) -> list[str]:
    per_rate = [f"{kind} {rate_label(rate)}" for rate in rates for kind in ("Net", "VAT")]
    return [*INVOICE_COLUMNS_BEFORE, *per_rate, *INVOICE_COLUMNS_AFTER]


def invoice_row(bill: InvoiceData, rates: Sequence[Decimal]) -> list[str]:
    """One invoice or credit note (its amounts negative) under ``invoice_columns(rates)``."""
    sign = -1 if bill.is_credit_note else 1
    by_rate = {entry.rate: entry for entry in bill.breakdown}
    per_rate: list[str] = []
    for rate in rates:
        entry = by_rate.get(rate)
        per_rate += (
            ["", ""]
            if entry is None
            else [
                decimal_text(sign * entry.net_minor),
                decimal_text(sign * entry.vat_minor),
            ]
        )
    return [
        bill.number,
        label(bill.kind),
        bill.issue_date.isoformat(),
        "" if bill.is_credit_note else bill.due_date.isoformat(),
        bill.buyer.name,
        bill.buyer.vat_id,
        bill.currency,
        label(bill.tax_treatment),
        *per_rate,
        decimal_text(sign * bill.net_minor),
        decimal_text(sign * bill.vat_minor),
        decimal_text(sign * bill.gross_minor),
        decimal_text(sign * bill.paid_minor),
        decimal_text(sign * bill.balance_minor),
        bill.credited_number,
    ]


def invoices_csv(invoices: Sequence[InvoiceData]) -> bytes:
    """The period's issued invoices and credit notes, in the order given; drafts are refused."""
    drafts = [bill for bill in invoices if bill.draft]
    if drafts:
        raise ValueError("A draft is not an invoice yet: the accountant's list holds issued ones only.")
    rates = vat_rates(invoices)
    return _csv(invoice_columns(rates), (invoice_row(bill, rates) for bill in invoices))


def payments_csv(payments: Sequence[PaymentRow]) -> bytes:
    """The payments received, one row each, in the order given."""
    rows = (
        [
            payment.paid_on.isoformat(),
            payment.invoice_number,
            payment.payer,
            payment.currency,
            decimal_text(payment.amount_minor),
            payment.method,
            payment.reference,
        ]
        for payment in payments
    )
    return _csv(list(PAYMENT_COLUMNS), rows)


def _csv(header: list[str], rows: Iterable[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read names like Zoë right."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(safe_row(row) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
