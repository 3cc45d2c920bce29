"""The accountant's CSVs from the vault: a period's issued invoices and credit notes, and the payments
received and refunds made (negative), cleared by the consent filter and recorded in the outbound
ledger like every other export.

They name payers, numbers and amounts only. The coach keeps them (their own use) or gives them to their
accountant or tax adviser (basis: bookkeeping, as tax law requires the books to be kept and shown).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from coachdesk.documents.invoice_csv import PaymentRow, invoices_csv, payments_csv
from coachdesk.domain import DocumentKind, Invoice, InvoiceState, Payment, Refund
from coachdesk.services.changes import Changes
from coachdesk.services.document_export import export_document
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_pdf import invoice_data

SUFFIXES = (".csv",)


def _check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("end", "The period ends before it starts: the last day comes after the first.")


def period_invoices(db: Session, start: date | None = None, end: date | None = None) -> list[Invoice]:
    """Issued invoices and credit notes dated from ``start`` to ``end`` (both included), in date order."""
    _check_period(start, end)
    query = select(Invoice).where(col(Invoice.state) == InvoiceState.ISSUED)
    if start is not None:
        query = query.where(col(Invoice.issue_date) >= start)
    if end is not None:
        query = query.where(col(Invoice.issue_date) <= end)
    query = query.order_by(col(Invoice.issue_date), col(Invoice.series), col(Invoice.sequence))
    return list(db.exec(query))


def period_payments(db: Session, start: date | None = None, end: date | None = None) -> list[Payment]:
    """Payments received from ``start`` to ``end`` (both included), in date order."""
    _check_period(start, end)
    query = select(Payment)
    if start is not None:
        query = query.where(col(Payment.paid_on) >= start)
    if end is not None:
        query = query.where(col(Payment.paid_on) <= end)
    return list(db.exec(query.order_by(col(Payment.paid_on), col(Payment.created_at))))


def period_refunds(db: Session, start: date | None = None, end: date | None = None) -> list[Refund]:
    """Refunds made from ``start`` to ``end`` (both included), in date order."""
    _check_period(start, end)
    query = select(Refund)
    if start is not None:
        query = query.where(col(Refund.refunded_on) >= start)
    if end is not None:
        query = query.where(col(Refund.refunded_on) <= end)
    return list(db.exec(query.order_by(col(Refund.refunded_on), col(Refund.created_at))))


def books_invoices_csv(db: Session, start: date | None, end: date | None, today: date) -> bytes:
    """The period's invoices and credit notes as the accountant's CSV (credit notes negative)."""
    return invoices_csv([invoice_data(db, i.id, today) for i in period_invoices(db, start, end)])


def books_payments_csv(db: Session, start: date | None, end: date | None) -> bytes:
    """The period's payments, and refunds as negative amounts (under their credit note), as the
    accountant's CSV, in date order."""
    invoices = {i.id: i for i in db.exec(select(Invoice).where(col(Invoice.state) == InvoiceState.ISSUED))}
    money = [
        (p.paid_on, p.created_at, p.invoice_id, p.amount_minor, p.method, p.reference)
        for p in period_payments(db, start, end)
    ]
    money += [
        (r.refunded_on, r.created_at, r.credit_note_id, -r.amount_minor, r.method, r.reference)
        for r in period_refunds(db, start, end)
    ]
    rows = [
        PaymentRow(
            paid_on=day,
            invoice_number=invoices[invoice_id].number or "",
            payer=invoices[invoice_id].buyer_name,
            currency=invoices[invoice_id].currency,
            amount_minor=amount,
            method=method.value.replace("_", " "),
            reference=reference,
        )
        for day, _at, invoice_id, amount, method, reference in sorted(money, key=lambda m: (m[0], m[1]))
    ]
    return payments_csv(rows)


def _clients(invoices: Iterable[Invoice]) -> tuple[uuid.UUID, ...]:
    return tuple(dict.fromkeys(i.client_id for i in invoices if i.client_id is not None))


def books_document(
    db: Session, start: date | None, end: date | None, today: date, *, payments: bool = False
) -> DocumentSource:
    """The accountant's CSV of the period's invoices (or, with ``payments``, of the payments received)."""
    if payments:
        paid = {p.invoice_id for p in period_payments(db, start, end)}
        paid |= {r.credit_note_id for r in period_refunds(db, start, end)}
        clients = _clients(i for i in period_invoices(db) if i.id in paid)
        return DocumentSource(
            DocumentKind.PAYMENTS_CSV,
            "invoice",
            None,
            lambda session: books_payments_csv(session, start, end),
            today,
            clients,
        )
    return DocumentSource(
        DocumentKind.INVOICES_CSV,
        "invoice",
        None,
        lambda session: books_invoices_csv(session, start, end, today),
        today,
        _clients(period_invoices(db, start, end)),
    )


def export_books(
    db: Session,
    path: Path,
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    payments: bool = False,
    vaults: Iterable[Path] = (),
    recipient: str | None = None,
) -> Changes:
    """Write the accountant's CSV to ``path`` (a .csv file) and record it (the coach's own use unless
    ``recipient`` names their accountant)."""
    source = books_document(db, start, end, today, payments=payments)
    return export_document(
        db, path, source.render(db), source, vaults=vaults, suffixes=SUFFIXES, recipient=recipient
    )
