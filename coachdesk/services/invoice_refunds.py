"""Refunds: money paid back to the payer when a credit note takes off more than was still owed.

A credit note may credit a paid invoice up to its gross amount. What it credits beyond what was still
owed is a refund due; each refund is recorded against the credit note (date, method, reference), in
part or in full, never beyond what is due, and is never changed or deleted afterwards (migration
0018's triggers). When every refund due is made, paid − refunded = gross − credited.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    AuditAction,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    PaymentMethod,
    Refund,
    TaxTreatment,
)
from coachdesk.domain.invoice_totals import invoice_totals
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_payments import balance
from coachdesk.services.invoice_status import plain_amount
from coachdesk.services.invoices import money
from coachdesk.services.work import fetch, transaction


def refunded_minor(db: Session, credit_note_id: uuid.UUID) -> int:
    """What was paid back against one credit note so far."""
    total = db.exec(
        select(func.coalesce(func.sum(Refund.amount_minor), 0)).where(
            col(Refund.credit_note_id) == credit_note_id
        )
    ).one()
    return int(total)


def refund_due_on(db: Session, note: Invoice) -> int:
    """What may still be paid back against the credit note ``note``: the refund due on the invoice it
    corrects, up to what the note credited less the refunds already made against it."""
    if note.kind is not InvoiceKind.CREDIT_NOTE or note.credited_invoice_id is None:
        return 0
    invoice_due = balance(db, note.credited_invoice_id).refund_due_minor
    return max(0, min(invoice_due, note.gross_minor - refunded_minor(db, note.id)))


def refund_target(db: Session, invoice_id: uuid.UUID) -> uuid.UUID | None:
    """The credit note a refund for ``invoice_id`` is recorded against: the invoice itself when it is a
    credit note with a refund due; for an invoice, its latest credit note with a refund due (or None)."""
    record = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    if record.kind is InvoiceKind.CREDIT_NOTE:
        return record.id if refund_due_on(db, record) > 0 else None
    notes = db.exec(
        select(Invoice)
        .where(col(Invoice.credited_invoice_id) == record.id, col(Invoice.state) == InvoiceState.ISSUED)
        .order_by(col(Invoice.issue_date).desc(), col(Invoice.sequence).desc())
    )
    return next((n.id for n in notes if refund_due_on(db, n) > 0), None)


def record_refund(
    db: Session,
    credit_note_id: uuid.UUID,
    amount: Any,
    *,
    on: date | None = None,
    method: PaymentMethod | str = PaymentMethod.BANK_TRANSFER,
    reference: str = "",
) -> Changes:
    """Record money paid back against a credit note (``amount`` in the major unit, e.g. "150.00").

    Refunding more than is due is refused, with the amount due in the message; nothing is written.
    """
    with transaction(db):
        note = fetch(db, Invoice, credit_note_id, field="credit_note_id", label="credit note")
        if note.kind is not InvoiceKind.CREDIT_NOTE or note.state is not InvoiceState.ISSUED:
            raise ValidationError(
                "credit_note_id",
                "A refund is recorded against the credit note that took the money off the invoice.",
            )
        amount_minor = money("amount", amount, label="amount refunded")
        due = refund_due_on(db, note)
        if due <= 0:
            raise ValidationError(
                "amount",
                f"No refund is due on credit note {note.number}: nothing was paid beyond what is owed.",
            )
        if amount_minor > due:
            raise ValidationError(
                "amount",
                f"That is more than the {plain_amount(due)} {note.currency} to refund on credit note "
                f"{note.number}; record at most {plain_amount(due)}.",
            )
        refunded_on = v.a_date("refunded_on", on or date.today(), label="refund date")
        if note.issue_date is not None and refunded_on < note.issue_date:
            raise ValidationError(
                "refunded_on", "A refund cannot be dated before the credit note that makes it due."
            )
        refund = Refund(
            credit_note_id=note.id,
            refunded_on=refunded_on,
            amount_minor=amount_minor,
            method=v.choice("method", method, PaymentMethod, label="refund method"),
            reference=v.text("reference", reference),
        )
        db.add(refund)
        audit(db, refund, AuditAction.CREATED)
    ids = (note.id, note.credited_invoice_id) if note.credited_invoice_id else (note.id,)
    return changed("refund", ids=ids, created=refund.id)


def refunds_of(db: Session, credit_note_id: uuid.UUID) -> list[Refund]:
    """A credit note's refunds, oldest first."""
    query = (
        select(Refund)
        .where(col(Refund.credit_note_id) == credit_note_id)
        .order_by(col(Refund.refunded_on), col(Refund.created_at))
    )
    return list(db.exec(query))


def credit_preview(db: Session, invoice_id: uuid.UUID, amount: Any = None) -> tuple[int, int]:
    """What a credit note would take off the invoice with VAT, and the refund it would make due:
    in full (``amount`` None) or ``amount`` before VAT. Nothing is written; bad input gives (0, 0)."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    owed = max(0, balance(db, invoice.id).due_minor)
    rates = list(db.exec(select(col(InvoiceLine.vat_rate)).where(col(InvoiceLine.invoice_id) == invoice.id)))
    if amount is None:
        gross = invoice.gross_minor
    else:
        try:
            net = money("amount", amount, label="amount to credit")
        except ValidationError:
            return 0, 0
        rate = max(rates) if rates else Decimal(0)
        charged = invoice.tax_treatment is TaxTreatment.CHARGED
        gross = invoice_totals([(net, rate)], vat_charged=charged).gross_minor
    return gross, max(0, gross - owed)
