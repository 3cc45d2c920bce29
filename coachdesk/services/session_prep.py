"""Before a session: the last shared summary, open action items, goals and what the agreement has left."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Session, col, select

from coachdesk.documents.base import Letterhead, document_id, long_date
from coachdesk.documents.session_prep import PrepItem, SessionPrepData, SessionPrepRenderer
from coachdesk.domain import Client, CoachingSession, DocumentKind, Engagement, GoalStatus, SessionStatus
from coachdesk.services import validation as v
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.local_time import local_zone
from coachdesk.services.note_placeholders import action_text
from coachdesk.services.profile import get_profile
from coachdesk.services.session_context import goals, open_actions, session_number
from coachdesk.services.work import fetch

__all__ = [
    "PrepItem",
    "SessionPrepData",
    "agreement_left",
    "session_prep",
    "session_prep_document",
    "session_prep_pdf",
]


def agreement_left(db: Session, engagement: Engagement, today: date) -> str:
    """``Leading: 2 of 6 sessions held, 4 left; ends 30 June 2026 (in 12 weeks)``."""
    held = len(
        db.exec(
            select(CoachingSession.id).where(
                col(CoachingSession.engagement_id) == engagement.id,
                col(CoachingSession.status) == SessionStatus.COMPLETED.value,
            )
        ).all()
    )
    words = f"{held} session{'s' if held != 1 else ''} held"
    if engagement.session_count:
        left = max(engagement.session_count - held, 0)
        words = f"{held} of {engagement.session_count} sessions held, {left} left"
    if engagement.end_date is not None:
        days = (engagement.end_date - today).days
        when = "ended" if days < 0 else "ends"
        words += f"; {when} {long_date(engagement.end_date)}"
        if days >= 0:
            words += (
                f" (in {days} day{'s' if days != 1 else ''})" if days < 21 else f" (in {days // 7} weeks)"
            )
    return f"{engagement.title}: {words}"


def _last_held(
    db: Session, client_id: uuid.UUID, before: datetime, session_id: uuid.UUID | None
) -> CoachingSession | None:
    query = (
        select(CoachingSession)
        .where(
            col(CoachingSession.client_id) == client_id,
            col(CoachingSession.status) == SessionStatus.COMPLETED.value,
            col(CoachingSession.starts_at) < before,
        )
        .order_by(col(CoachingSession.starts_at).desc())
    )
    if session_id is not None:
        query = query.where(col(CoachingSession.id) != session_id)
    return db.exec(query.limit(1)).first()


def session_prep(
    db: Session,
    client_id: uuid.UUID | str,
    engagement_id: uuid.UUID | str | None,
    starts_at: datetime,
    today: date,
    session_id: uuid.UUID | None = None,
) -> SessionPrepData:
    """What to read before the session of ``client_id`` starting at ``starts_at``: the last held
    session's shared summary (never its private notes), the open action items, the goals with their
    progress and what the agreement has left."""
    start = v.aware_datetime("starts_at", starts_at, label="start of the session")
    client = fetch(db, Client, client_id, field="client_id", label="client")
    engagement = (
        None
        if engagement_id is None
        else fetch(db, Engagement, engagement_id, field="engagement_id", label="agreement")
    )
    last = _last_held(db, client.id, start, session_id)
    zone = local_zone()
    moment = start.astimezone(zone)
    return SessionPrepData(
        letterhead=Letterhead.from_profile(get_profile(db)),
        document_id=document_id("PREP", session_id or client.id, moment),
        prepared_on=today,
        client_name=client.name,
        session_when=f"{moment:%A} {long_date(moment.date())}, {moment:%H:%M}",
        session_number=str(session_number(db, client.id, engagement, start, session_id)),
        agreement="" if engagement is None else agreement_left(db, engagement, today),
        last_session="" if last is None else long_date(last.starts_at.astimezone(zone).date()),
        last_summary="" if last is None else last.shared_summary,
        open_actions=tuple(PrepItem(action_text(item)) for item in open_actions(db, client.id)),
        goals=tuple(
            PrepItem(
                f"{g.statement}: {g.progress}%" + (" (achieved)" if g.status is GoalStatus.ACHIEVED else "")
            )
            for g in goals(db, client.id, engagement.id if engagement else None)
        ),
    )


def session_prep_pdf(data: SessionPrepData) -> bytes:
    return SessionPrepRenderer(data).render()


def session_prep_document(
    client_id: uuid.UUID,
    engagement_id: uuid.UUID | None,
    starts_at: datetime,
    today: date,
    session_id: uuid.UUID | None = None,
) -> DocumentSource:
    """The prep sheet as a document that may leave the vault only for the coach's own use."""
    return DocumentSource(
        DocumentKind.SESSION_PREP,
        "client",
        client_id,
        lambda db: session_prep_pdf(session_prep(db, client_id, engagement_id, starts_at, today, session_id)),
        today,
        (client_id,),
    )
