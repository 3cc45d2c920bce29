"""Payments against issued invoices: full or part of the balance, never more than is owed."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session, col, func, select

from coachdesk.domain import AuditAction, Invoice, InvoiceKind, InvoiceState, Payment, PaymentMethod, Refund
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_billing import credited_minor
from coachdesk.services.invoice_status import Balance, plain_amount
from coachdesk.services.invoices import money
from coachdesk.services.work import fetch, transaction


def balance(db: Session, invoice_id: uuid.UUID) -> Balance:
    """The invoice's gross amount, what credit notes took off, what was paid, and what was paid back."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    paid = db.exec(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(col(Payment.invoice_id) == invoice.id)
    ).one()
    refunded = db.exec(
        select(func.coalesce(func.sum(Refund.amount_minor), 0))
        .join(Invoice, col(Invoice.id) == Refund.credit_note_id)
        .where(col(Invoice.credited_invoice_id) == invoice.id)
    ).one()
    return Balance(invoice.gross_minor, credited_minor(db).get(invoice.id, 0), int(paid), int(refunded))


def record_payment(
    db: Session,
    invoice_id: uuid.UUID,
    amount: Any,
    *,
    on: date | None = None,
    method: PaymentMethod | str = PaymentMethod.BANK_TRANSFER,
    reference: str = "",
) -> Changes:
    """Record money received for an issued invoice (``amount`` in the major unit, e.g. "150.00").

    Paying more than is owed is refused, with the balance in the message: an overpayment is a
    refund to make, not a payment to keep, and recording it would hide a mistake in the amount.
    """
    with transaction(db):
        invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
        if invoice.state is not InvoiceState.ISSUED or invoice.kind is not InvoiceKind.INVOICE:
            raise ValidationError("invoice_id", "Payments are recorded against issued invoices only.")
        amount_minor = money("amount", amount, label="amount paid")
        owed = balance(db, invoice.id).due_minor
        if owed < 0:
            raise ValidationError(
                "amount",
                f"Invoice {invoice.number} is credited beyond what was paid: {plain_amount(-owed)} "
                f"{invoice.currency} is to be refunded, nothing more is owed (Record refund…).",
            )
        if owed == 0:
            raise ValidationError("amount", f"Invoice {invoice.number} is settled; nothing more is owed.")
        if amount_minor > owed:
            raise ValidationError(
                "amount",
                f"That is more than the {plain_amount(owed)} {invoice.currency} still owed on invoice "
                f"{invoice.number}; record at most {plain_amount(owed)} (refund the difference).",
            )
        paid_on = v.a_date("paid_on", on or date.today(), label="payment date")
        if invoice.issue_date is not None and paid_on < invoice.issue_date:
            raise ValidationError("paid_on", "A payment cannot be dated before the invoice was issued.")
        payment = Payment(
            invoice_id=invoice.id,
            paid_on=paid_on,
            amount_minor=amount_minor,
            method=v.choice("method", method, PaymentMethod, label="payment method"),
            reference=v.text("reference", reference),
        )
        db.add(payment)
        audit(db, payment, AuditAction.CREATED)
    return changed("payment", ids=(invoice.id,), created=payment.id)


def delete_payment(db: Session, payment_id: uuid.UUID) -> Changes:
    """Remove a payment recorded by mistake (not once a refund was made on the invoice: it rests on it)."""
    with transaction(db):
        payment = fetch(db, Payment, payment_id, field="payment_id", label="payment")
        if balance(db, payment.invoice_id).refunded_minor:
            raise ValidationError(
                "payment_id",
                "Money was refunded on this invoice; the payments it was refunded from are kept.",
            )
        db.delete(payment)
        audit(db, "payment", AuditAction.DELETED, record_id=payment.id)
    return changed("payment", ids=(payment.invoice_id, payment.id))


def payments_of(db: Session, invoice_id: uuid.UUID) -> list[Payment]:
    """An invoice's payments, oldest first."""
    query = select(Payment).where(col(Payment.invoice_id) == invoice_id).order_by(col(Payment.paid_on))
    return list(db.exec(query))
