"""Invoices and credit notes as rows for the Invoices area, ``coachdesk list invoices`` and the dashboard."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlmodel import Session, col, select

from coachdesk.domain import Client, Engagement, InvoiceKind, InvoiceState
from coachdesk.services.invoice_billing import unbilled_counts
from coachdesk.services.invoice_status import Balance, InvoiceStatus, plain_amount, status_of


class InvoiceRow(NamedTuple):
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
    # An invoice: what was paid back against its credit notes; a credit note: against it.
    refunded_minor: int = 0
    # What is still to be paid back: on an invoice, all of it; on a credit note, what may be recorded
    # against it (the invoice's refund due, up to what the note credited less its refunds).
    refund_due_minor: int = 0

    @property
    def balance_minor(self) -> int:
        """What is still owed on an invoice (0 for drafts and credit notes; negative: a refund due)."""
        if self.status is InvoiceStatus.DRAFT or self.kind is InvoiceKind.CREDIT_NOTE:
            return 0
        return self.gross_minor - self.credited_minor - self.paid_minor + self.refunded_minor


# Read without the ORM's per-value conversions: 5,000 invoices list in well under 100 ms.
_ROWS_SQL = (
    "SELECT i.id, i.kind, i.state, i.number, i.buyer_name, i.engagement_id, i.client_id, "
    "i.credited_invoice_id, i.issue_date, i.due_date, i.currency, i.net_minor, i.vat_minor, i.gross_minor, "
    "(SELECT sum(p.amount_minor) FROM payment p WHERE p.invoice_id = i.id), "
    "(SELECT sum(c.gross_minor) FROM invoice c WHERE c.credited_invoice_id = i.id AND c.state = 'issued'), "
    "(SELECT sum(f.amount_minor) FROM refund f JOIN invoice c ON c.id = f.credit_note_id "
    "WHERE c.credited_invoice_id = i.id), "
    "(SELECT sum(f.amount_minor) FROM refund f WHERE f.credit_note_id = i.id) "
    "FROM invoice i ORDER BY i.issue_date IS NOT NULL, i.issue_date DESC, i.sequence DESC, i.created_at DESC"
)
_KINDS = {k.value: k for k in InvoiceKind}
_STATES = {s.value: s for s in InvoiceState}


def list_invoices(db: Session, *, today: date | None = None) -> list[InvoiceRow]:
    """Every invoice and credit note: drafts first, then issued ones, newest first."""
    today = today or date.today()
    ids: dict[str, uuid.UUID] = {}

    def an_id(text: str | None) -> uuid.UUID | None:
        if text is None:
            return None
        found = ids.get(text)
        if found is None:
            found = ids[text] = uuid.UUID(text)
        return found

    def a_date(text: str | None) -> date | None:
        return None if text is None else date.fromisoformat(text)

    rows = []
    for r in db.connection().exec_driver_sql(_ROWS_SQL):
        kind, state = _KINDS[r[1]], _STATES[r[2]]
        credit_note = kind is InvoiceKind.CREDIT_NOTE
        amounts = Balance(r[13], r[15] or 0, r[14] or 0, 0 if credit_note else r[16] or 0)
        due = a_date(r[9])
        rows.append(
            InvoiceRow(
                uuid.UUID(r[0]),
                kind,
                r[3],
                r[4],
                an_id(r[5]),
                an_id(r[6]),
                an_id(r[7]),
                a_date(r[8]),
                due,
                r[10],
                r[11],
                r[12],
                r[13],
                amounts.paid_minor,
                amounts.credited_minor,
                status_of(state, kind, amounts, due, today),
                (r[17] if credit_note else r[16]) or 0,
                0 if credit_note else amounts.refund_due_minor,
            )
        )
    return _with_refunds_due(rows)


def _with_refunds_due(rows: list[InvoiceRow]) -> list[InvoiceRow]:
    """Credit notes of an invoice with a refund due show it, up to what each credited and is unrefunded."""
    owed = {r.id: r.refund_due_minor for r in rows if r.refund_due_minor > 0}
    if not owed:
        return rows
    out = []
    for row in rows:
        invoice_due = owed.get(row.credited_invoice_id) if row.credited_invoice_id else None
        due = min(invoice_due or 0, row.gross_minor - row.refunded_minor)
        if row.kind is InvoiceKind.CREDIT_NOTE and due > 0 and row.status is InvoiceStatus.ISSUED:
            out.append(row._replace(status=InvoiceStatus.REFUND_DUE, refund_due_minor=due))
        else:
            out.append(row)
    return out


def refunds_due(db: Session, *, today: date | None = None) -> list[InvoiceRow]:
    """Invoices credited beyond what was still owed, with money to pay back, oldest first."""
    rows = [
        r
        for r in list_invoices(db, today=today)
        if r.status is InvoiceStatus.REFUND_DUE and r.kind is InvoiceKind.INVOICE
    ]
    return sorted(rows, key=lambda r: (r.issue_date or date.min, r.number or ""))


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
    found = unbilled_counts(db)
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
            sessions=count,
            amount_minor=count * engagement.fee_minor,
            currency=engagement.currency,
            oldest=oldest.date(),
        )
        for engagement_id, (count, oldest) in found.items()
        for engagement, name in [details[engagement_id]]
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
    "refunded",
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
            plain_amount(r.refunded_minor),
        ]
        for r in list_invoices(db)
    ]
    return LIST_COLUMNS, rows
