"""Issuing: a draft gets its number and is fixed for good; a credit note corrects an issued invoice.

Both happen in one transaction with the number they take, so a refusal or a failure leaves the series
as it was (no gap), and the database refuses any later change to what was issued (migration 0015).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, func, select

from coachdesk.documents.wording import Words, words_for
from coachdesk.domain import (
    AuditAction,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    LineSource,
    TaxTreatment,
)
from coachdesk.domain.invoice_totals import line_net
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.computer_tags import NO_TAG, this_computer_tag
from coachdesk.services.document_language import client_language
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_billing import billed_session_ids, credited_minor
from coachdesk.services.invoice_line_words import credit_note_remark, partial_credit_text
from coachdesk.services.invoice_numbers import pattern_for, per_computer, series_of, take_number
from coachdesk.services.invoice_parties import take_snapshot
from coachdesk.services.invoice_tax import tax_wording
from coachdesk.services.invoices import TABLES, money, refresh_totals, session_ids_on
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch, transaction


def _last_issue_date(db: Session, series: str) -> date | None:
    query = select(func.max(Invoice.issue_date)).where(col(Invoice.series) == series)
    return db.exec(query).one()


def _number(db: Session, invoice: Invoice, on: date) -> None:
    """Give the invoice its number, dated ``on``, in the caller's transaction."""
    profile = get_profile(db)
    if profile is None:
        raise ValidationError("name", "Fill in your profile (your name at least) before issuing an invoice.")
    computer = ""
    if per_computer(profile.invoice_number_pattern):
        computer = this_computer_tag(db) or ""
        if not computer:
            raise ValidationError("computer_tag", NO_TAG)
    series = series_of(pattern_for(invoice.kind, profile.invoice_number_pattern), on, computer)
    last = _last_issue_date(db, series)
    if last is not None and on < last:
        raise ValidationError(
            "issue_date",
            f"The issue date cannot be before {last.isoformat()}, the date of the last number in the "
            "series: numbers and dates run in the same order.",
        )
    invoice.series, invoice.sequence, invoice.number = take_number(
        db, invoice.kind, profile.invoice_number_pattern, on, computer
    )
    invoice.issue_date = on
    invoice.state = InvoiceState.ISSUED
    invoice.issued_at = utc_now()
    invoice.updated_at = invoice.issued_at


def _ready(db: Session, invoice: Invoice) -> None:
    """Refuse to issue what an invoice may not say: no seller, no lines, a reverse charge without ids."""
    profile = get_profile(db)
    if profile is None:
        raise ValidationError("name", "Fill in your profile (your name at least) before issuing an invoice.")
    lines = db.exec(select(func.count()).where(col(InvoiceLine.invoice_id) == invoice.id)).one()
    if not lines or invoice.gross_minor <= 0:
        raise ValidationError("lines", "The invoice has no lines yet; add what it bills first.")
    if not invoice.buyer_name:
        raise ValidationError("payer", "The invoice has no one to bill; the client or sponsor was deleted.")
    if invoice.tax_treatment is TaxTreatment.REVERSE_CHARGE:
        if not invoice.buyer_vat_number:
            raise ValidationError(
                "buyer_vat_number",
                f"A reverse-charge invoice needs the customer's VAT number; add it to {invoice.buyer_name}.",
            )
        if not invoice.seller_vat_number:
            raise ValidationError(
                "vat_number", "A reverse-charge invoice needs your own VAT number; add it to your profile."
            )
    v.currency("currency", invoice.currency)


def issue_invoice(db: Session, invoice_id: uuid.UUID, *, on: date | None = None) -> Changes:
    """Issue a draft: it takes the next number of its series and the date ``on`` (today by default).

    The seller and buyer details are taken afresh, the VAT wording filled in, the due date set from the
    profile's payment terms when the draft has none; a session already billed elsewhere is refused.
    """
    with transaction(db):
        invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
        if invoice.state is not InvoiceState.DRAFT:
            raise ValidationError("invoice_id", f"Invoice {invoice.number} is already issued.")
        on = v.a_date("issue_date", on or date.today(), label="issue date")
        take_snapshot(db, invoice)
        refresh_totals(db, invoice)
        _ready(db, invoice)
        billed = billed_session_ids(db, besides=invoice.id)
        if any(s in billed for s in session_ids_on(db, invoice.id)):
            raise ValidationError(
                "session_ids",
                "A session on this draft is already on another invoice; a session is billed once.",
            )
        profile = get_profile(db)
        assert profile is not None
        if invoice.due_date is None:
            invoice.due_date = on + timedelta(days=profile.payment_terms_days)
        v.not_before("due_date", on, invoice.due_date, label="due date")
        if not invoice.tax_wording:
            invoice.tax_wording = tax_wording(
                invoice.tax_treatment,
                country=profile.country,
                exemption_wording=profile.tax_exemption_wording,
            )
        _number(db, invoice, on)
        audit(db, invoice, AuditAction.FINALISED, ("number",))
    return changed(*TABLES, "invoice_series", ids=(invoice.id,))


def creditable_minor(db: Session, invoice: Invoice) -> int:
    """What is left to credit on an invoice: its gross amount less the credit notes already issued.

    Money paid may be credited too: what a credit note takes off beyond what is still owed is a refund
    due to the payer (``invoice_refunds``), so paid − refunded = gross − credited once it is made.
    """
    return invoice.gross_minor - credited_minor(db).get(invoice.id, 0)


def _invoice_words(db: Session, invoice: Invoice) -> Words:
    """The words of the document language of the invoice's client."""
    return words_for(client_language(db, invoice.client_id))


def _partial_line(db: Session, invoice: Invoice, amount: Any) -> InvoiceLine:
    net = money("amount", amount, label="amount to credit")
    rates: set[Decimal] = set(
        db.exec(select(col(InvoiceLine.vat_rate)).where(col(InvoiceLine.invoice_id) == invoice.id))
    )
    rate = max(rates) if rates else Decimal(0)
    if len(rates) > 1:
        raise ValidationError(
            "amount", "This invoice has lines at several VAT rates; credit it in full, then invoice again."
        )
    return InvoiceLine(
        invoice_id=invoice.id,
        description=partial_credit_text(invoice.number or "", _invoice_words(db, invoice)),
        quantity=Decimal(1),
        unit_price_minor=net,
        vat_rate=rate,
        net_minor=net,
        source=LineSource.FREE,
    )


def credit_invoice(
    db: Session,
    invoice_id: uuid.UUID,
    *,
    amount: Any = None,
    reason: str = "",
    on: date | None = None,
) -> Changes:
    """Issue a credit note for an issued invoice: in full (every line), or ``amount`` before VAT.

    The credit note has its own series (see ``invoice_numbers``), carries the invoice's VAT treatment,
    parties and currency, and is issued at once; ``Changes.created`` is its id. It may not credit more
    than is left of the invoice; what it credits beyond what is still owed becomes a refund due.
    """
    with transaction(db):
        invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
        if invoice.state is not InvoiceState.ISSUED or invoice.kind is not InvoiceKind.INVOICE:
            raise ValidationError(
                "invoice_id", "Only an issued invoice can be credited; a draft can be deleted."
            )
        on = v.a_date("issue_date", on or date.today(), label="issue date")
        if invoice.issue_date is not None and on < invoice.issue_date:
            raise ValidationError(
                "issue_date", "A credit note cannot be dated before the invoice it corrects."
            )
        left = creditable_minor(db, invoice)
        if left <= 0:
            raise ValidationError(
                "invoice_id",
                f"Invoice {invoice.number} is credited in full: nothing is left to credit.",
            )
        note = Invoice(
            kind=InvoiceKind.CREDIT_NOTE,
            credited_invoice_id=invoice.id,
            note=v.text("reason", reason, long=True)
            or credit_note_remark(invoice.number or "", _invoice_words(db, invoice)),
            **{
                name: getattr(invoice, name)
                for name in (
                    "engagement_id",
                    "client_id",
                    "organisation_id",
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
                )
            },
        )
        db.add(note)
        db.flush()
        if amount is None:
            if left != invoice.gross_minor:
                raise ValidationError(
                    "amount",
                    "Part of this invoice is credited already; say how much more to credit "
                    f"(at most {left / 100:.2f} {invoice.currency} with VAT).",
                )
            originals = db.exec(
                select(InvoiceLine)
                .where(col(InvoiceLine.invoice_id) == invoice.id)
                .order_by(col(InvoiceLine.position))
            )
            for line in originals:
                copy = InvoiceLine(
                    invoice_id=note.id,
                    position=line.position,
                    description=line.description,
                    quantity=line.quantity,
                    unit_price_minor=line.unit_price_minor,
                    vat_rate=line.vat_rate,
                    net_minor=line_net(line.quantity, line.unit_price_minor),
                    source=line.source,
                )
                db.add(copy)
                audit(db, copy, AuditAction.CREATED)
        else:
            line = _partial_line(db, invoice, amount)
            line.invoice_id = note.id
            db.add(line)
            audit(db, line, AuditAction.CREATED)
        refresh_totals(db, note)
        if note.gross_minor > left:
            raise ValidationError(
                "amount",
                f"That credits more than is left of invoice {invoice.number} "
                f"({left / 100:.2f} {invoice.currency} with VAT not yet credited).",
            )
        note.due_date = on
        _number(db, note, on)
        audit(db, note, AuditAction.CREATED)
        audit(db, note, AuditAction.FINALISED, ("number",))
    return changed(*TABLES, "invoice_series", ids=(invoice.id,), created=note.id)
