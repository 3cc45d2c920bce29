"""Which sessions are billed and which are not: a session is billed once, by one invoice.

A session counts as billed while it is on a draft or on an issued invoice that has not been credited
in full; crediting an invoice in full frees its sessions to be billed again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    CoachingSession,
    Engagement,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceLineSession,
    InvoiceState,
    SessionStatus,
)
from coachdesk.services.local_time import day_start, local_zone


def billable_statuses(engagement: Engagement) -> frozenset[SessionStatus]:
    """Sessions that are billed: completed ones, and late cancellations and no-shows when the agreement
    charges them."""
    if engagement.late_cancel_uses_credit:
        return frozenset({SessionStatus.COMPLETED, SessionStatus.LATE_CANCELLED, SessionStatus.NO_SHOW})
    return frozenset({SessionStatus.COMPLETED})


def credited_minor(db: Session) -> dict[uuid.UUID, int]:
    """Per invoice, the gross amount of the issued credit notes that correct it."""
    query = (
        select(Invoice.credited_invoice_id, func.sum(Invoice.gross_minor))
        .where(col(Invoice.kind) == InvoiceKind.CREDIT_NOTE, col(Invoice.state) == InvoiceState.ISSUED)
        .group_by(col(Invoice.credited_invoice_id))
    )
    return {invoice_id: int(total) for invoice_id, total in db.exec(query) if invoice_id is not None}


def billed_session_ids(db: Session, *, besides: uuid.UUID | None = None) -> dict[uuid.UUID, uuid.UUID]:
    """Sessions on a draft or on an invoice not credited in full, each with that invoice's id.

    ``besides`` leaves one invoice out (the one being edited or issued).
    """
    query = (
        select(InvoiceLineSession.session_id, Invoice.id, Invoice.gross_minor, Invoice.state)
        .join(InvoiceLine, col(InvoiceLine.id) == InvoiceLineSession.line_id)
        .join(Invoice, col(Invoice.id) == InvoiceLine.invoice_id)
        .where(col(Invoice.kind) == InvoiceKind.INVOICE)
    )
    rows = db.exec(query).all()
    credited = credited_minor(db) if rows else {}
    billed: dict[uuid.UUID, uuid.UUID] = {}
    for session_id, invoice_id, gross, state in rows:
        if invoice_id == besides:
            continue
        if state is InvoiceState.ISSUED and gross > 0 and credited.get(invoice_id, 0) >= gross:
            continue
        billed[session_id] = invoice_id
    return billed


def unbilled_sessions(
    db: Session, engagement: Engagement, *, until: date | None = None
) -> list[CoachingSession]:
    """The engagement's billable paid sessions not yet on an invoice, oldest first (up to ``until``)."""
    query = select(CoachingSession).where(
        col(CoachingSession.engagement_id) == engagement.id,
        col(CoachingSession.status).in_(billable_statuses(engagement)),
        col(CoachingSession.paid),
    )
    if until is not None:
        query = query.where(
            col(CoachingSession.starts_at) < day_start(until + timedelta(days=1), local_zone())
        )
    sessions = db.exec(query.order_by(col(CoachingSession.starts_at))).all()
    billed = billed_session_ids(db) if sessions else {}
    return [s for s in sessions if s.id not in billed]


def unbilled_by_engagement(db: Session) -> dict[uuid.UUID, list[CoachingSession]]:
    """Every engagement's unbilled billable sessions (engagements billed per session only)."""
    from coachdesk.domain import FeeBasis

    engagements = {
        e.id: e for e in db.exec(select(Engagement).where(col(Engagement.fee_basis) == FeeBasis.PER_SESSION))
    }
    if not engagements:
        return {}
    query = select(CoachingSession).where(
        col(CoachingSession.engagement_id).in_(engagements),
        col(CoachingSession.paid),
        col(CoachingSession.status).in_(
            (SessionStatus.COMPLETED, SessionStatus.LATE_CANCELLED, SessionStatus.NO_SHOW)
        ),
    )
    billed = billed_session_ids(db)
    found: dict[uuid.UUID, list[CoachingSession]] = defaultdict(list)
    for session in db.exec(query.order_by(col(CoachingSession.starts_at))):
        engagement = engagements[session.engagement_id]  # type: ignore[index]
        if session.status in billable_statuses(engagement) and session.id not in billed:
            found[engagement.id].append(session)
    return dict(found)
