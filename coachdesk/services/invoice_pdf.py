"""An invoice or credit note from the vault as the documents print it: a PDF, with Factur-X if asked.

Reads the invoice's own snapshot of seller and buyer (taken when it was drafted, fixed when issued), its
lines, payments and credit notes, and the profile's letterhead; never a session's notes, summary or
goals: a line prints its own text, which for sessions is a date ("Coaching session, 12 March 2026").
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from coachdesk.documents.invoice_data import BankDetails, InvoiceData, Party, PrintedLine, RefundMade
from coachdesk.documents.letterhead import Letterhead, document_id
from coachdesk.documents.wording import Words, words_for
from coachdesk.domain import (
    CoachingSession,
    CoachProfile,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceLineSession,
    InvoiceState,
)
from coachdesk.services.document_language import chosen_language
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_parties import postal_party, sponsor_contact
from coachdesk.services.invoice_payments import balance
from coachdesk.services.invoice_refunds import refund_due_on, refunds_of
from coachdesk.services.invoice_tax import tax_wording
from coachdesk.services.local_time import local_date, local_zone
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch


def _lines(db: Session, invoice: Invoice) -> tuple[PrintedLine, ...]:
    rows = db.exec(
        select(InvoiceLine)
        .where(col(InvoiceLine.invoice_id) == invoice.id)
        .order_by(col(InvoiceLine.position))
    )
    return tuple(PrintedLine(r.description, r.quantity, r.unit_price_minor, r.vat_rate) for r in rows)


def _period(db: Session, invoice: Invoice) -> tuple[date | None, date | None]:
    """The first and last day of the sessions the invoice bills (None, None when it bills none)."""
    query = (
        select(func.min(CoachingSession.starts_at), func.max(CoachingSession.starts_at))
        .join(InvoiceLineSession, col(InvoiceLineSession.session_id) == CoachingSession.id)
        .join(InvoiceLine, col(InvoiceLine.id) == InvoiceLineSession.line_id)
        .where(col(InvoiceLine.invoice_id) == invoice.id)
    )
    row: tuple[datetime | None, datetime | None] = tuple(db.exec(query).one())  # type: ignore[assignment]
    first, last = row
    if first is None or last is None:
        return None, None
    zone = local_zone()
    return local_date(first, zone), local_date(last, zone)


def _seller(invoice: Invoice, profile: CoachProfile | None) -> Party:
    return postal_party(
        invoice.seller_name or (profile.name if profile else ""),
        invoice.seller_address,
        country=profile.country if profile else "",
        vat_id=invoice.seller_vat_number,
        company_id=invoice.seller_company_number,
        email=profile.email if profile else "",
    )


def _attention(db: Session, invoice: Invoice, w: Words) -> str:
    contact = sponsor_contact(db, invoice)
    return w("Attn. {contact}").format(contact=contact) if contact else ""


def _buyer(db: Session, invoice: Invoice, seller: Party, w: Words) -> Party:
    return postal_party(
        invoice.buyer_name,
        invoice.buyer_address,
        country=seller.country_code,  # an address without its country is taken to be at home
        vat_id=invoice.buyer_vat_number,
        company_id=invoice.buyer_company_number,
        attention=_attention(db, invoice, w),
    )


def _bank(invoice: Invoice, profile: CoachProfile | None) -> BankDetails | None:
    if not invoice.seller_iban:
        return None
    holder = (profile.name if profile else "") or invoice.seller_name
    return BankDetails(account_holder=holder, iban=invoice.seller_iban, bic=invoice.seller_bic)


def _terms(issued: date, due: date, w: Words) -> str:
    days = (due - issued).days
    if days <= 0:
        return w("Payable on receipt, without deduction.")
    return w.n(
        "Payable within %n day of the invoice date, without deduction.",
        "Payable within %n days of the invoice date, without deduction.",
        days,
    )


def _amounts(db: Session, invoice: Invoice) -> dict[str, Any]:
    """An invoice's payments, credit notes and refunds; a credit note's refunds and refund still due."""
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        made = tuple(
            RefundMade(r.refunded_on, r.amount_minor, r.method.value.replace("_", " "), r.reference)
            for r in refunds_of(db, invoice.id)
        )
        return {
            "refunds": made,
            "refunded_minor": sum(r.amount_minor for r in made),
            "refund_due_minor": refund_due_on(db, invoice) if invoice.state is InvoiceState.ISSUED else 0,
        }
    if invoice.state is not InvoiceState.ISSUED:
        return {}
    amounts = balance(db, invoice.id)
    return {
        "paid_minor": amounts.paid_minor,
        "credited_minor": amounts.credited_minor,
        "refunded_minor": amounts.refunded_minor,
    }


def invoice_data(
    db: Session, invoice_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> InvoiceData:
    """The invoice or credit note ``invoice_id`` as printed; a draft is dated ``today`` and marked DRAFT.

    It prints in ``language`` ("en", "de", "fr") when given, else in the client's document language.

    Raises NotFound when there is no such invoice, ValidationError when it cannot print, naming why (no
    lines yet, a reverse charge without the customer's VAT number).
    """
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    chosen = chosen_language(db, invoice.client_id, language)
    w = words_for(chosen)
    profile = get_profile(db)
    lines = _lines(db, invoice)
    if not lines:
        raise ValidationError("lines", "The invoice has no lines yet; add what it bills first.")
    draft = invoice.state is InvoiceState.DRAFT
    issued = invoice.issue_date if invoice.issue_date is not None and not draft else today
    terms_days = profile.payment_terms_days if profile else 14
    due = max(invoice.due_date or issued + timedelta(days=terms_days), issued)
    credit_note = invoice.kind is InvoiceKind.CREDIT_NOTE
    credited = db.get(Invoice, invoice.credited_invoice_id) if invoice.credited_invoice_id else None
    wording = invoice.tax_wording or tax_wording(
        invoice.tax_treatment,
        country=profile.country if profile else "",
        exemption_wording=profile.tax_exemption_wording if profile else "",
    )
    start, end = _period(db, invoice)
    seller = _seller(invoice, profile)
    try:
        return InvoiceData(
            letterhead=Letterhead.from_profile(profile),
            seller=seller,
            buyer=_buyer(db, invoice, seller, w),
            kind=invoice.kind,
            number="" if draft else invoice.number or "",
            issue_date=issued,
            due_date=due,
            currency=invoice.currency,
            lines=lines,
            tax_treatment=invoice.tax_treatment,
            tax_wording=wording,
            period_start=start,
            period_end=end,
            **_amounts(db, invoice),
            payment_terms="" if credit_note else _terms(issued, due, w),
            bank=_bank(invoice, profile),
            credited_number=(credited.number or "") if credited else "",
            credited_date=credited.issue_date if credited else None,
            draft=draft,
            document_id=document_id(
                "CN" if credit_note else "INV", invoice.id, datetime.combine(issued, time())
            ),
            remark=invoice.note,
            language=chosen,
        )
    except ValueError as refused:  # what the printed data refuses, said as it is
        raise ValidationError("invoice_id", str(refused)) from None


def invoice_pdf(
    db: Session,
    invoice_id: uuid.UUID | str,
    today: date,
    *,
    facturx: bool = False,
    language: str | None = None,
) -> bytes:
    """The invoice's PDF (in ``language``, else the client's); with ``facturx`` its EN 16931 XML
    embedded (an issued invoice only).

    Raises ValidationError (field "facturx") when Factur-X cannot be made, saying what is missing.
    """
    from coachdesk.documents.facturx_pdf import facturx_pdf  # reportlab and pypdf: only to draw
    from coachdesk.documents.invoice import InvoiceRenderer

    data = invoice_data(db, invoice_id, today, language=language)
    if not facturx:
        return InvoiceRenderer(data).render()
    if data.draft:
        raise ValidationError(
            "facturx",
            "A draft has no number yet: Factur-X is made for an issued invoice only. Issue it first.",
        )
    try:
        return facturx_pdf(data)
    except ValueError as refused:
        raise ValidationError(
            "facturx", f"{refused} {_FACTURX_HINTS.get(_topic(str(refused)), '')}".strip()
        ) from None


_FACTURX_HINTS = {
    "seller's country": "Add your country to your profile.",
    "buyer's country": "Add the country as the last line of the payer's billing address.",
    "VAT number": "Add your VAT number (or tax number) to the invoicing settings of your profile.",
}


def _topic(message: str) -> str:
    return next((topic for topic in _FACTURX_HINTS if topic in message), "")
