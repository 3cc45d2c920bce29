"""Draft invoices: made from an engagement's unbilled sessions or its package, or line by line; edited
and deleted while drafts. Issuing and crediting are in ``invoice_issue``, payments in ``invoice_payments``.

Prices are net of VAT when VAT is charged. Every call validates first and writes nothing on a refusal
(a ValidationError naming the field); each returns the Changes it made.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, col, delete, select

from coachdesk.documents.wording import Words
from coachdesk.domain import (
    AuditAction,
    CoachingSession,
    Engagement,
    FeeBasis,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceLineSession,
    InvoiceState,
    LineSource,
    Payer,
    TaxTreatment,
    VatTreatment,
)
from coachdesk.domain.invoice_totals import invoice_totals, line_net, round_half_up
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.field_names import field_name
from coachdesk.services.invoice_billing import billed_session_ids, unbilled_sessions
from coachdesk.services.invoice_line_words import engagement_words, package_text, session_line_text
from coachdesk.services.invoice_parties import take_snapshot
from coachdesk.services.invoice_settings import vat_rate
from coachdesk.services.local_time import local_date, local_zone
from coachdesk.services.profile import get_profile
from coachdesk.services.work import apply, fetch, transaction

MAX_QUANTITY = Decimal(10_000)
TABLES = ("invoice", "invoice_line", "invoice_line_session")


class NothingToBill(ValidationError):
    """An engagement with no unbilled sessions and no unbilled package."""


@dataclass(frozen=True)
class LineDetails:
    """One line as the coach gives it; the unit price in the currency's major unit (150.00)."""

    description: str
    unit_price: Decimal | str | int | float
    quantity: Decimal | str | int | float = 1
    vat_rate: Decimal | str | int | float | None = None  # None: the profile's rate when VAT is charged
    source: LineSource | str = LineSource.FREE
    session_ids: tuple[uuid.UUID, ...] = ()
    package_part: tuple[int, int] | None = None  # (k, N): part k of a package billed in N blocks


@dataclass(frozen=True)
class DraftDetails:
    """A draft's terms: who pays, its VAT treatment (None: the profile's), due date, a note."""

    payer: Payer | str = Payer.CLIENT
    tax_treatment: TaxTreatment | str | None = None
    tax_wording: str = ""  # "" = the treatment's standard wording, filled in at issue
    due_date: date | None = None  # None = the issue date plus the profile's payment terms
    note: str = ""


def money(field: str, value: Any, *, label: str) -> int:
    """A positive amount of money in minor units; zero and negative amounts are refused."""
    try:
        amount = v.money_minor(field, value, label=label)
    except ValidationError as refused:
        if "cannot be negative" in refused.message:
            raise ValidationError(
                field,
                phrase("services", "The {label} must be more than zero.").format(label=field_name(label)),
            ) from None
        raise
    except ValueError:
        raise ValidationError(
            field, phrase("services", "The {label} is implausibly large.").format(label=field_name(label))
        ) from None
    if amount <= 0:
        raise ValidationError(
            field, phrase("services", "The {label} must be more than zero.").format(label=field_name(label))
        )
    return amount


def _quantity(value: Any) -> Decimal:
    try:
        number = Decimal(value) if isinstance(value, Decimal | int) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(
            "quantity", phrase("services", "The quantity must be a number, like 1 or 1.5.")
        ) from None
    if isinstance(value, bool) or not number.is_finite() or number <= 0:
        raise ValidationError("quantity", phrase("services", "The quantity must be more than zero."))
    if number > MAX_QUANTITY or number != number.quantize(Decimal("0.01")):
        raise ValidationError(
            "quantity", phrase("services", "The quantity must be at most 10,000, with at most two decimals.")
        )
    return number.normalize() if number == number.to_integral_value() else number


def _draft(db: Session, invoice_id: Any) -> Invoice:
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    if invoice.state is not InvoiceState.DRAFT:
        raise ValidationError(
            "invoice_id",
            phrase(
                "services", "Invoice {number} is issued and cannot change; correct it with a credit note."
            ).format(number=invoice.number),
        )
    return invoice


def _rate_for(db: Session, invoice: Invoice, given: Any) -> Decimal:
    if invoice.tax_treatment is not TaxTreatment.CHARGED:
        return Decimal(0)
    if given is None:
        profile = get_profile(db)
        return profile.default_vat_rate if profile else Decimal(0)
    return vat_rate("vat_rate", given)


def _check_sessions(db: Session, invoice: Invoice, session_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    ids = [v.an_id("session_ids", s) for s in session_ids]
    if not ids:
        return []
    found = db.exec(select(CoachingSession).where(col(CoachingSession.id).in_(ids))).all()
    if len(found) != len(set(ids)):
        raise ValidationError("session_ids", phrase("services", "One of those sessions no longer exists."))
    if any(s.engagement_id != invoice.engagement_id for s in found):
        raise ValidationError(
            "session_ids", phrase("services", "An invoice bills only the sessions of its own engagement.")
        )
    billed = set(billed_session_ids(db, besides=invoice.id)) | set(session_ids_on(db, invoice.id))
    if any(s in billed for s in ids):
        raise ValidationError(
            "session_ids",
            phrase("services", "That session is already on an invoice; a session is billed once."),
        )
    return list(dict.fromkeys(ids))


def session_ids_on(db: Session, invoice_id: uuid.UUID) -> list[uuid.UUID]:
    """The sessions an invoice's lines bill."""
    query = (
        select(InvoiceLineSession.session_id)
        .join(InvoiceLine, col(InvoiceLine.id) == InvoiceLineSession.line_id)
        .where(col(InvoiceLine.invoice_id) == invoice_id)
    )
    return list(db.exec(query))


def _write_line(
    db: Session, invoice: Invoice, details: LineDetails, line: InvoiceLine | None = None
) -> InvoiceLine:
    quantity = _quantity(details.quantity)
    unit_price = money("unit_price", details.unit_price, label="unit price")
    values: dict[str, Any] = {
        "description": v.text("description", details.description, required=True),
        "quantity": quantity,
        "unit_price_minor": unit_price,
        "vat_rate": _rate_for(db, invoice, details.vat_rate),
        "source": v.choice("source", details.source, LineSource, label="kind of line"),
        "net_minor": line_net(quantity, unit_price),
        "package_part": details.package_part[0] if details.package_part else None,
        "package_parts": details.package_part[1] if details.package_part else None,
    }
    if values["net_minor"] <= 0:
        raise ValidationError(
            "quantity",
            phrase("services", "The line comes to less than a cent; raise the quantity or the price."),
        )
    if line is not None:
        db.exec(delete(InvoiceLineSession).where(col(InvoiceLineSession.line_id) == line.id))
        db.flush()
    session_ids = _check_sessions(db, invoice, details.session_ids)
    if line is None:
        position = len(db.exec(select(InvoiceLine.id).where(col(InvoiceLine.invoice_id) == invoice.id)).all())
        line = InvoiceLine(invoice_id=invoice.id, position=position, **values)
        db.add(line)
        audit(db, line, AuditAction.CREATED)
    else:
        fields = apply(line, values)
        if fields:
            audit(db, line, AuditAction.UPDATED, fields)
    db.flush()
    for session_id in session_ids:
        link = InvoiceLineSession(line_id=line.id, session_id=session_id)
        db.add(link)
        audit(db, link, AuditAction.CREATED)
    return line


def refresh_totals(db: Session, invoice: Invoice) -> None:
    """Recompute a draft's stored totals from its lines."""
    db.flush()
    lines = db.exec(
        select(col(InvoiceLine.net_minor), col(InvoiceLine.vat_rate)).where(
            col(InvoiceLine.invoice_id) == invoice.id
        )
    )
    totals = invoice_totals(list(lines), vat_charged=invoice.tax_treatment is TaxTreatment.CHARGED)
    invoice.net_minor, invoice.vat_minor, invoice.gross_minor = (
        totals.net_minor,
        totals.vat_minor,
        totals.gross_minor,
    )


def _terms(db: Session, invoice: Invoice, engagement: Engagement, details: DraftDetails) -> dict[str, Any]:
    payer = v.choice("payer", details.payer, Payer)
    if payer is Payer.SPONSOR and engagement.sponsor_id is None:
        raise ValidationError("payer", phrase("services", "This engagement has no sponsor; the client pays."))
    profile = get_profile(db)
    treatment = (
        v.choice("tax_treatment", details.tax_treatment, TaxTreatment, label="VAT treatment")
        if details.tax_treatment is not None
        else (profile.tax_treatment if profile else TaxTreatment.SMALL_BUSINESS)
    )
    return {
        "payer": payer,
        "engagement_id": engagement.id,
        "client_id": engagement.client_id,
        "organisation_id": engagement.sponsor_id if payer is Payer.SPONSOR else None,
        "currency": v.currency("currency", engagement.currency),
        "tax_treatment": treatment,
        "tax_wording": v.text("tax_wording", details.tax_wording, long=True, label="VAT wording"),
        "due_date": v.optional_date("due_date", details.due_date, label="due date"),
        "note": v.text("note", details.note, long=True),
    }


def _set_rates(db: Session, invoice: Invoice) -> None:
    """After a change of VAT treatment: the profile's rate on every line when VAT is charged, else 0."""
    rate = _rate_for(db, invoice, None)
    for line in db.exec(select(InvoiceLine).where(col(InvoiceLine.invoice_id) == invoice.id)):
        apply(line, {"vat_rate": rate})


def new_draft(
    db: Session,
    engagement_id: uuid.UUID,
    lines: Sequence[LineDetails] = (),
    details: DraftDetails | None = None,
) -> Changes:
    """A draft invoice for an engagement with the given lines (fixed fees, free lines, sessions)."""
    with transaction(db):
        engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
        if details is None:
            details = DraftDetails(payer=engagement.payer)
        invoice = Invoice(kind=InvoiceKind.INVOICE)
        db.add(invoice)
        apply(invoice, _terms(db, invoice, engagement, details))
        take_snapshot(db, invoice)
        db.flush()
        for line in lines:
            _write_line(db, invoice, line)
        refresh_totals(db, invoice)
        audit(db, invoice, AuditAction.CREATED)
    return changed(*TABLES, created=invoice.id)


def _session_line(session: CoachingSession, engagement: Engagement, zone: Any, w: Words) -> LineDetails:
    day = local_date(session.starts_at, zone)
    return LineDetails(
        description=session_line_text(session.status, day, w),
        unit_price=Decimal(engagement.fee_minor) / 100,
        vat_rate=None,
        source=LineSource.SESSION,
        session_ids=(session.id,),
    )


def _net_price(engagement: Engagement, rate: Decimal) -> Decimal:
    """The agreement's fee as a net unit price: VAT taken out when the fee includes it."""
    if engagement.vat is VatTreatment.INCLUDED and rate:
        return Decimal(round_half_up(Decimal(engagement.fee_minor) * 100 / (100 + rate))) / 100
    return Decimal(engagement.fee_minor) / 100


def package_billed(db: Session, engagement_id: uuid.UUID) -> bool:
    """Whether the engagement's package is on a draft or an invoice not credited in full."""
    from coachdesk.services.invoice_billing import credited_minor

    query = (
        select(Invoice.id, Invoice.state, Invoice.gross_minor)
        .join(InvoiceLine, col(InvoiceLine.invoice_id) == Invoice.id)
        .where(
            col(Invoice.engagement_id) == engagement_id,
            col(Invoice.kind) == InvoiceKind.INVOICE,
            col(InvoiceLine.source) == LineSource.PACKAGE,
        )
    )
    rows = db.exec(query).all()
    credited = credited_minor(db) if rows else {}
    return any(state is InvoiceState.DRAFT or credited.get(i, 0) < gross for i, state, gross in rows)


def draft_from_engagement(db: Session, engagement_id: uuid.UUID, *, until: date | None = None) -> Changes:
    """A draft billing what the engagement has not billed yet: its package (fee per engagement) or its
    completed sessions (fee per session; late cancellations and no-shows too when the agreement charges
    them), up to ``until``.

    Raises NothingToBill (field ``engagement_id``) when there is nothing, and writes nothing then.
    """
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    until = v.optional_date("until", until, label="date to bill up to")
    if engagement.fee_minor <= 0:
        raise NothingToBill(
            "engagement_id", phrase("services", "This engagement has no fee, so there is nothing to bill.")
        )
    profile = get_profile(db)
    treatment = profile.tax_treatment if profile else TaxTreatment.SMALL_BUSINESS
    rate = profile.default_vat_rate if profile and treatment is TaxTreatment.CHARGED else Decimal(0)
    price = _net_price(engagement, rate)
    if engagement.fee_basis is FeeBasis.PER_ENGAGEMENT:
        if package_billed(db, engagement.id):
            raise NothingToBill(
                "engagement_id", phrase("services", "This engagement's package is already on an invoice.")
            )
        text = package_text(engagement.session_count, engagement_words(db, engagement))
        lines = [LineDetails(text, price, source=LineSource.PACKAGE)]
    else:
        sessions = unbilled_sessions(db, engagement, until=until)
        if not sessions:
            raise NothingToBill(
                "engagement_id",
                phrase(
                    "services",
                    "Nothing to bill: every completed session of this engagement is already on an invoice up "
                    "to {until}.",
                ).format(until=until.isoformat())
                if until
                else phrase(
                    "services",
                    "Nothing to bill: every completed session of this engagement is already on an invoice.",
                ),
            )
        zone = local_zone()
        w = engagement_words(db, engagement)
        lines = [_session_line(s, engagement, zone, w) for s in sessions]
        lines = [LineDetails(**{**line.__dict__, "unit_price": price}) for line in lines]
    return new_draft(db, engagement.id, lines, DraftDetails(payer=engagement.payer))


def update_draft(db: Session, invoice_id: uuid.UUID, details: DraftDetails) -> Changes:
    """Change a draft's payer, VAT treatment, wording, due date or note."""
    with transaction(db):
        invoice = _draft(db, invoice_id)
        engagement = fetch(db, Engagement, invoice.engagement_id, field="engagement_id", label="engagement")
        before = invoice.tax_treatment
        fields = apply(invoice, _terms(db, invoice, engagement, details))
        if invoice.tax_treatment is not before:
            _set_rates(db, invoice)
        take_snapshot(db, invoice)
        refresh_totals(db, invoice)
        if fields:
            audit(db, invoice, AuditAction.UPDATED, fields)
    return changed(*TABLES, ids=(invoice.id,))


def add_line(db: Session, invoice_id: uuid.UUID, details: LineDetails) -> Changes:
    """Add a line to a draft."""
    with transaction(db):
        invoice = _draft(db, invoice_id)
        line = _write_line(db, invoice, details)
        refresh_totals(db, invoice)
        audit(db, invoice, AuditAction.UPDATED, ("lines",))
    return changed(*TABLES, ids=(invoice.id,), created=line.id)


def update_line(db: Session, line_id: uuid.UUID, details: LineDetails) -> Changes:
    """Change a line of a draft."""
    with transaction(db):
        line = fetch(db, InvoiceLine, line_id, field="line_id", label="invoice line")
        invoice = _draft(db, line.invoice_id)
        _write_line(db, invoice, details, line)
        refresh_totals(db, invoice)
        audit(db, invoice, AuditAction.UPDATED, ("lines",))
    return changed(*TABLES, ids=(invoice.id, line.id))


def remove_line(db: Session, line_id: uuid.UUID) -> Changes:
    """Take a line off a draft (its sessions become unbilled again)."""
    with transaction(db):
        line = fetch(db, InvoiceLine, line_id, field="line_id", label="invoice line")
        invoice = _draft(db, line.invoice_id)
        db.delete(line)
        refresh_totals(db, invoice)
        audit(db, invoice, AuditAction.UPDATED, ("lines",))
    return changed(*TABLES, ids=(invoice.id, line_id))


def delete_draft(db: Session, invoice_id: uuid.UUID) -> Changes:
    """Delete a draft (an issued invoice is never deleted; it is corrected by a credit note)."""
    with transaction(db):
        invoice = _draft(db, invoice_id)
        db.delete(invoice)
        audit(db, "invoice", AuditAction.DELETED, record_id=invoice.id)
    return changed(*TABLES, ids=(invoice.id,))
