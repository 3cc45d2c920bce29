"""Invoices and credit notes as rows for the Invoices area, ``coachdesk list invoices`` and the dashboard."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coachdesk.domain import Client, Engagement, Invoice, InvoiceKind, Payment
from coachdesk.services.invoice_billing import credited_minor, unbilled_by_engagement
from coachdesk.services.invoice_status import Balance, InvoiceStatus, plain_amount, status_of


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice or credit note with its amounts (minor units) and status."""

    id: uuid.UUID
    kind: InvoiceKind
    number: str | None  # None for drafts
    payer_name: str
    engagement_id: uuid.UUID | None
    client_id: uuid.UUID | None
    credited_invoice_id: uuid.UUID | None
    issue_date: date | None
    due_date: date | None
    currency: str
    net_minor: int
    vat_minor: int
    gross_minor: int
    paid_minor: int
    credited_minor: int
    status: InvoiceStatus

    @property
    def balance_minor(self) -> int:
        """What is still owed on an invoice (0 for drafts and credit notes)."""
        if self.status is InvoiceStatus.DRAFT or self.kind is InvoiceKind.CREDIT_NOTE:
            return 0
        return self.gross_minor - self.credited_minor - self.paid_minor


def list_invoices(db: Session, *, today: date | None = None) -> list[InvoiceRow]:
    """Every invoice and credit note: drafts first, then issued ones, newest number first."""
    today = today or date.today()
    paid = dict(
        db.exec(
            select(Payment.invoice_id, func.sum(Payment.amount_minor)).group_by(col(Payment.invoice_id))
        ).all()
    )
    credited = credited_minor(db)
    columns = (
        Invoice.id,
        Invoice.kind,
        Invoice.state,
        Invoice.number,
        Invoice.buyer_name,
        Invoice.engagement_id,
        Invoice.client_id,
        Invoice.credited_invoice_id,
        Invoice.issue_date,
        Invoice.due_date,
        Invoice.currency,
        Invoice.net_minor,
        Invoice.vat_minor,
        Invoice.gross_minor,
    )
    query = sa.select(*(col(c) for c in columns)).order_by(
        col(Invoice.issue_date).desc().nulls_first(),
        col(Invoice.sequence).desc(),
        col(Invoice.created_at).desc(),
    )
    rows = []
    for r in db.exec(query):  # type: ignore[call-overload]
        amounts = Balance(r.gross_minor, credited.get(r.id, 0), int(paid.get(r.id, 0)))
        rows.append(
            InvoiceRow(
                id=r.id,
                kind=r.kind,
                number=r.number,
                payer_name=r.buyer_name,
                engagement_id=r.engagement_id,
                client_id=r.client_id,
                credited_invoice_id=r.credited_invoice_id,
                issue_date=r.issue_date,
                due_date=r.due_date,
                currency=r.currency,
                net_minor=r.net_minor,
                vat_minor=r.vat_minor,
                gross_minor=r.gross_minor,
                paid_minor=amounts.paid_minor,
                credited_minor=amounts.credited_minor,
                status=status_of(r.state, r.kind, amounts, r.due_date, today),
            )
        )
    return rows


def overdue_invoices(db: Session, *, today: date | None = None) -> list[InvoiceRow]:
    """Issued invoices past their due date with money still owed, longest overdue first."""
    rows = [r for r in list_invoices(db, today=today) if r.status is InvoiceStatus.OVERDUE]
    return sorted(rows, key=lambda r: (r.due_date or date.min, r.number or ""))


@dataclass(frozen=True)
class UnbilledWork:
    """An engagement's sessions not yet invoiced, for the dashboard."""

    engagement_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    engagement_title: str
    sessions: int
    amount_minor: int  # at the agreement's fee per session, as agreed (VAT as the agreement says)
    currency: str
    oldest: date


def unbilled_work(db: Session) -> list[UnbilledWork]:
    """Engagements billed per session with completed sessions not on any invoice, oldest work first."""
    found = unbilled_by_engagement(db)
    if not found:
        return []
    query = select(Engagement, Client.name).join(Client, col(Client.id) == Engagement.client_id)
    details = {e.id: (e, name) for e, name in db.exec(query.where(col(Engagement.id).in_(found)))}
    work = [
        UnbilledWork(
            engagement_id=engagement.id,
            client_id=engagement.client_id,
            client_name=name,
            engagement_title=engagement.title,
            sessions=len(sessions),
            amount_minor=len(sessions) * engagement.fee_minor,
            currency=engagement.currency,
            oldest=sessions[0].starts_at.date(),
        )
        for engagement_id, sessions in found.items()
        for engagement, name in [details[engagement_id]]
        if engagement.fee_minor > 0
    ]
    return sorted(work, key=lambda w: w.oldest)


LIST_COLUMNS = [
    "id",
    "number",
    "kind",
    "payer",
    "issued",
    "due",
    "currency",
    "net",
    "vat",
    "gross",
    "paid",
    "status",
]


def invoices_table(db: Session) -> tuple[list[str], list[list[str]]]:
    """The rows of ``coachdesk list invoices``: amounts as plain decimals, kind invoice or credit-note."""
    rows = [
        [
            str(r.id),
            r.number or "",
            "credit-note" if r.kind is InvoiceKind.CREDIT_NOTE else "invoice",
            r.payer_name,
            r.issue_date.isoformat() if r.issue_date else "",
            r.due_date.isoformat() if r.due_date else "",
            r.currency,
            plain_amount(r.net_minor),
            plain_amount(r.vat_minor),
            plain_amount(r.gross_minor),
            plain_amount(r.paid_minor),
            r.status.value.replace("_", "-"),
        ]
        for r in list_invoices(db)
    ]
    return LIST_COLUMNS, rows
