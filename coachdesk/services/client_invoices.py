"""A client's invoices for their data-access export (GDPR art. 15): what they pay in full, and only the
number and date of a sponsor's invoice whose lines bill the client's sessions or name the client.

A client's own invoices and credit notes (the client is the payer) are theirs: every line, amount and
payment. An invoice to a sponsor is the sponsor's business with the coach (its amounts and payments are
the organisation's, not the client's); it is personal data of the client only where its lines speak of
them, so it is listed (number, kind, date, payer and those lines) only when a line is linked to one of
the client's sessions or names the client. A package line to a sponsor names no one and is not listed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.documents.invoice_csv import decimal_text
from coachdesk.domain import (
    Client,
    CoachingSession,
    Invoice,
    InvoiceLine,
    InvoiceLineSession,
    Payer,
    Payment,
    Refund,
)


def _day(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _line(line: InvoiceLine) -> dict[str, Any]:
    return {
        "description": line.description,
        "quantity": f"{line.quantity.normalize():f}",
        "unit_price": decimal_text(line.unit_price_minor),
        "vat_rate": f"{line.vat_rate.normalize():f}",
        "net": decimal_text(line.net_minor),
    }


def _heading(invoice: Invoice, numbers: dict[uuid.UUID, str | None]) -> dict[str, Any]:
    return {
        "id": str(invoice.id),
        "kind": invoice.kind.value,
        "state": invoice.state.value,
        "number": invoice.number,
        "issue_date": _day(invoice.issue_date),
        "payer": invoice.buyer_name,
        "credits": numbers.get(invoice.credited_invoice_id) if invoice.credited_invoice_id else None,
    }


def _lines_by_invoice(db: Session, invoice_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[InvoiceLine]]:
    found: dict[uuid.UUID, list[InvoiceLine]] = {}
    query = select(InvoiceLine).where(col(InvoiceLine.invoice_id).in_(list(invoice_ids)))
    for line in db.exec(query.order_by(col(InvoiceLine.position), col(InvoiceLine.created_at))):
        found.setdefault(line.invoice_id, []).append(line)
    return found


def _lines_about(db: Session, client: Client, lines: list[InvoiceLine]) -> list[InvoiceLine]:
    """The lines linked to one of the client's sessions, or naming the client."""
    linked = set(
        db.exec(
            select(InvoiceLineSession.line_id)
            .join(CoachingSession, col(CoachingSession.id) == col(InvoiceLineSession.session_id))
            .where(
                col(InvoiceLineSession.line_id).in_([line.id for line in lines]),
                col(CoachingSession.client_id) == client.id,
            )
        )
    )
    name = client.name.strip().casefold()
    return [line for line in lines if line.id in linked or (name and name in line.description.casefold())]


def client_invoices(db: Session, client: Client) -> dict[str, list[dict[str, Any]]]:
    """``{"paid_by_the_client": [...], "to_a_sponsor": [...]}``: the client's invoices and credit notes in
    full with their payments and refunds, and the sponsor's invoices that speak of the client, oldest
    first."""
    invoices = list(
        db.exec(
            select(Invoice)
            .where(col(Invoice.client_id) == client.id)
            .order_by(col(Invoice.created_at), col(Invoice.id))
        )
    )
    numbers = {i.id: i.number for i in invoices}
    lines = _lines_by_invoice(db, numbers)
    payments: dict[uuid.UUID, list[Payment]] = {}
    for payment in db.exec(
        select(Payment).where(col(Payment.invoice_id).in_(list(numbers))).order_by(col(Payment.paid_on))
    ):
        payments.setdefault(payment.invoice_id, []).append(payment)
    refunds: dict[uuid.UUID, list[Refund]] = {}
    for refund in db.exec(
        select(Refund).where(col(Refund.credit_note_id).in_(list(numbers))).order_by(col(Refund.refunded_on))
    ):
        refunds.setdefault(refund.credit_note_id, []).append(refund)
    own: list[dict[str, Any]] = []
    sponsor: list[dict[str, Any]] = []
    listed_for_sponsor: set[uuid.UUID] = set()
    for invoice in invoices:
        if invoice.payer is Payer.CLIENT:
            own.append(
                {
                    **_heading(invoice, numbers),
                    "due_date": _day(invoice.due_date),
                    "payer_address": invoice.buyer_address,
                    "currency": invoice.currency,
                    "net": decimal_text(invoice.net_minor),
                    "vat": decimal_text(invoice.vat_minor),
                    "gross": decimal_text(invoice.gross_minor),
                    "note": invoice.note,
                    "lines": [_line(line) for line in lines.get(invoice.id, [])],
                    "payments": [
                        {
                            "paid_on": _day(p.paid_on),
                            "amount": decimal_text(p.amount_minor),
                            "method": p.method.value.replace("_", " "),
                            "reference": p.reference,
                        }
                        for p in payments.get(invoice.id, [])
                    ],
                    "refunds": [  # money paid back against a credit note
                        {
                            "refunded_on": _day(r.refunded_on),
                            "amount": decimal_text(r.amount_minor),
                            "method": r.method.value.replace("_", " "),
                            "reference": r.reference,
                        }
                        for r in refunds.get(invoice.id, [])
                    ],
                }
            )
            continue
        about = _lines_about(db, client, lines.get(invoice.id, []))
        if about or invoice.credited_invoice_id in listed_for_sponsor:
            listed_for_sponsor.add(invoice.id)
            sponsor.append({**_heading(invoice, numbers), "lines": [line.description for line in about]})
    return {"paid_by_the_client": own, "to_a_sponsor": sponsor}
