"""Which sessions are billed and which are not: a session is billed once, by one invoice.

A session counts as billed while it is on a draft or on an issued invoice that has not been credited
in full; crediting an invoice in full frees its sessions to be billed again.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import aliased
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


def unbilled_counts(db: Session) -> dict[uuid.UUID, tuple[int, datetime]]:
    """Per engagement billed per session and charging a fee: how many sessions are unbilled, and
    when the oldest of them started. Counted by SQLite, without reading a session into Python."""
    query = _unbilled(
        select(
            CoachingSession.engagement_id,
            func.count(),
            func.min(CoachingSession.starts_at),
        )
    ).where(col(Engagement.fee_minor) > 0)
    return {
        engagement_id: (int(count), oldest)
        for engagement_id, count, oldest in db.exec(query.group_by(col(CoachingSession.engagement_id)))
        if engagement_id is not None
    }


def _unbilled(query: Any) -> Any:
    """``query`` over the billable sessions of engagements billed per session that no standing
    invoice holds (what ``billable_statuses`` and ``billed_session_ids`` say, in SQL)."""
    from coachdesk.domain import FeeBasis

    return query.join(Engagement, col(Engagement.id) == CoachingSession.engagement_id).where(
        col(Engagement.fee_basis) == FeeBasis.PER_SESSION,
        col(CoachingSession.paid),
        (col(CoachingSession.status) == SessionStatus.COMPLETED)
        | (
            col(Engagement.late_cancel_uses_credit)
            & col(CoachingSession.status).in_((SessionStatus.LATE_CANCELLED, SessionStatus.NO_SHOW))
        ),
        ~_on_a_standing_invoice(col(CoachingSession.id)),
    )


def _on_a_standing_invoice(session_id: Any) -> Any:
    """SQL: the session is on a draft or on an invoice not credited in full (as ``billed_session_ids``)."""
    credit = aliased(Invoice)
    credited = (
        select(func.coalesce(func.sum(credit.gross_minor), 0))
        .where(
            col(credit.kind) == InvoiceKind.CREDIT_NOTE,
            col(credit.state) == InvoiceState.ISSUED,
            col(credit.credited_invoice_id) == Invoice.id,
        )
        .scalar_subquery()
    )
    credited_in_full = (
        (col(Invoice.state) == InvoiceState.ISSUED)
        & (col(Invoice.gross_minor) > 0)
        & (credited >= col(Invoice.gross_minor))
    )
    return (
        select(InvoiceLineSession.session_id)
        .join(InvoiceLine, col(InvoiceLine.id) == InvoiceLineSession.line_id)
        .join(Invoice, col(Invoice.id) == InvoiceLine.invoice_id)
        .where(col(InvoiceLineSession.session_id) == session_id, col(Invoice.kind) == InvoiceKind.INVOICE)
        .where(~credited_in_full)
        .exists()
    )
