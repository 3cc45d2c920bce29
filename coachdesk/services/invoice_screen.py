"""What the Invoices area's draft editor reads and saves: a draft with its lines, the engagements it can
bill, the lines an engagement suggests, and one save that checks every line before writing anything.

Built on the invoice services (``invoices``, ``invoice_billing``); nothing here changes their rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from coachdesk.domain import (
    Client,
    Engagement,
    FeeBasis,
    Invoice,
    InvoiceLine,
    InvoiceLineSession,
    InvoiceState,
    LineSource,
    Organisation,
    Payer,
    TaxTreatment,
)
from coachdesk.services import validation as v
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_billing import unbilled_sessions
from coachdesk.services.invoice_line_words import engagement_words, package_text
from coachdesk.services.invoice_settings import vat_rate
from coachdesk.services.invoices import (
    TABLES,
    DraftDetails,
    LineDetails,
    _net_price,
    _quantity,
    _session_line,
    add_line,
    money,
    new_draft,
    package_billed,
    remove_line,
    update_draft,
    update_line,
)
from coachdesk.services.local_time import local_zone
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch


class LineRefused(ValidationError):
    """A line's field refused; ``line`` is its place in the draft (0 for the first)."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(field, message)
        self.line = line


@dataclass(frozen=True)
class EditedLine:
    """A line as the editor holds it: ``line_id`` None until it is saved."""

    details: LineDetails
    line_id: uuid.UUID | None = None


@dataclass(frozen=True)
class BillableEngagement:
    """An engagement a draft can bill, with what the editor shows of it."""

    id: uuid.UUID
    client_name: str
    title: str
    sponsor_name: str  # '' without a sponsor
    payer: Payer
    currency: str
    fee_minor: int
    fee_basis: FeeBasis


@dataclass(frozen=True)
class DraftOnScreen:
    """A draft as the editor shows it."""

    id: uuid.UUID
    engagement_id: uuid.UUID | None
    payer: Payer
    currency: str
    tax_treatment: TaxTreatment
    due_date: date | None
    note: str
    lines: tuple[EditedLine, ...]


@dataclass(frozen=True)
class BillingDefaults:
    """The profile's VAT treatment and rate, which a draft follows unless told otherwise."""

    tax_treatment: TaxTreatment
    vat_rate: Decimal


def billing_defaults(db: Session) -> BillingDefaults:
    profile = get_profile(db)
    if profile is None:
        return BillingDefaults(TaxTreatment.SMALL_BUSINESS, Decimal(0))
    return BillingDefaults(profile.tax_treatment, profile.default_vat_rate)


def billable_engagements(db: Session) -> list[BillableEngagement]:
    """Every engagement with its client and sponsor, by client then title."""
    query = (
        select(Engagement, Client.name, Organisation.name)
        .join(Client, col(Client.id) == Engagement.client_id)
        .join(Organisation, col(Organisation.id) == Engagement.sponsor_id, isouter=True)
    )
    found = [
        BillableEngagement(
            e.id, client, e.title, sponsor or "", e.payer, e.currency, e.fee_minor, e.fee_basis
        )
        for e, client, sponsor in db.exec(query)
    ]
    return sorted(found, key=lambda e: (e.client_name.casefold(), e.title.casefold()))


def draft_on_screen(db: Session, invoice_id: uuid.UUID) -> DraftOnScreen:
    """A draft with its lines in order; an issued invoice is refused (it is never edited)."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    if invoice.state is not InvoiceState.DRAFT:
        raise ValidationError(
            "invoice_id",
            f"Invoice {invoice.number} is issued and cannot change; correct it with a credit note.",
        )
    lines = db.exec(
        select(InvoiceLine)
        .where(col(InvoiceLine.invoice_id) == invoice.id)
        .order_by(col(InvoiceLine.position))
    ).all()
    sessions: dict[uuid.UUID, list[uuid.UUID]] = {}
    if lines:
        links = db.exec(
            select(InvoiceLineSession).where(col(InvoiceLineSession.line_id).in_([line.id for line in lines]))
        )
        for link in links:
            sessions.setdefault(link.line_id, []).append(link.session_id)
    edited = tuple(
        EditedLine(
            LineDetails(
                description=line.description,
                unit_price=Decimal(line.unit_price_minor) / 100,
                quantity=line.quantity,
                vat_rate=line.vat_rate,
                source=line.source,
                session_ids=tuple(sessions.get(line.id, ())),
                package_part=(
                    (line.package_part, line.package_parts)
                    if line.package_part is not None and line.package_parts is not None
                    else None
                ),
            ),
            line.id,
        )
        for line in lines
    )
    return DraftOnScreen(
        invoice.id,
        invoice.engagement_id,
        invoice.payer,
        invoice.currency,
        invoice.tax_treatment,
        invoice.due_date,
        invoice.note,
        edited,
    )


def suggested_lines(db: Session, engagement_id: uuid.UUID, source: LineSource) -> list[LineDetails]:
    """Lines an engagement suggests: its unbilled sessions (one line each), its package, or its fee as
    a fixed fee; the price net of VAT as the agreement states it. [] when there is nothing to add."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    defaults = billing_defaults(db)
    rate = defaults.vat_rate if defaults.tax_treatment is TaxTreatment.CHARGED else Decimal(0)
    price = _net_price(engagement, rate) if engagement.fee_minor > 0 else Decimal(0)
    if source is LineSource.SESSION:
        zone, w = local_zone(), engagement_words(db, engagement)
        return [
            replace(_session_line(s, engagement, zone, w), unit_price=price)
            for s in unbilled_sessions(db, engagement)
        ]
    if source is LineSource.PACKAGE:
        if package_billed(db, engagement.id):
            return []
        text = package_text(engagement.session_count, engagement_words(db, engagement))
        return [LineDetails(text, price, source=LineSource.PACKAGE)]
    return [LineDetails(engagement.title, price, source=source)]


def check_lines(lines: Sequence[EditedLine]) -> None:
    """Refuse the first line whose description, quantity, unit price or VAT rate is wrong (LineRefused)."""
    for number, edited in enumerate(lines):
        details = edited.details
        try:
            v.text("description", details.description, required=True)
            _quantity(details.quantity)
            money("unit_price", details.unit_price, label="unit price")
            if details.vat_rate is not None:
                vat_rate("vat_rate", details.vat_rate)
        except ValidationError as refused:
            raise LineRefused(number, refused.field, refused.message) from None


def save_draft(
    db: Session,
    invoice_id: uuid.UUID | None,
    engagement_id: uuid.UUID,
    details: DraftDetails,
    lines: Sequence[EditedLine],
) -> Changes:
    """Make a new draft (``invoice_id`` None) or save an existing one with exactly ``lines``.

    Every line is checked first, so a refused line writes nothing; ``Changes.created`` is a new draft's id.
    """
    check_lines(lines)
    if invoice_id is None:
        return new_draft(db, engagement_id, [line.details for line in lines], details)
    current = draft_on_screen(db, invoice_id)
    total = update_draft(db, invoice_id, details)
    kept = {line.line_id for line in lines if line.line_id is not None}
    for old in current.lines:
        if old.line_id is not None and old.line_id not in kept:
            total = total | remove_line(db, old.line_id)
    before = {old.line_id: old.details for old in current.lines}
    for line in lines:
        if line.line_id is None:
            total = total | add_line(db, invoice_id, line.details)
        elif before.get(line.line_id) != line.details:
            total = total | update_line(db, line.line_id, line.details)
    return total | changed(*TABLES, ids=(invoice_id,))
