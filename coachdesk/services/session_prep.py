"""Before a session: the last shared summary, open action items, goals and what the agreement has left."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from babel.dates import format_date
from babel.numbers import format_percent
from sqlmodel import Session, col, select

from coachdesk.documents.letterhead import Letterhead, document_id, long_date
from coachdesk.documents.session_prep import PrepItem, SessionPrepData, SessionPrepRenderer
from coachdesk.documents.wording import Words, words_for
from coachdesk.domain import (
    ActionOwner,
    Client,
    CoachingSession,
    DocumentKind,
    Engagement,
    GoalStatus,
    SessionStatus,
)
from coachdesk.services import validation as v
from coachdesk.services.document_language import chosen_language
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.local_time import local_zone
from coachdesk.services.profile import get_profile
from coachdesk.services.session_context import OpenAction, SessionNumber, goals, open_actions, session_number
from coachdesk.services.work import fetch

__all__ = [
    "PrepItem",
    "SessionPrepData",
    "agreement_left",
    "session_prep",
    "session_prep_document",
    "session_prep_pdf",
]


def agreement_left(db: Session, engagement: Engagement, today: date, w: Words | None = None) -> str:
    """``Leading: 2 of 6 sessions held, 4 left; ends 30 June 2026 (in 12 weeks)``, in ``w``'s language."""
    w = w or words_for(None)
    held = len(
        db.exec(
            select(CoachingSession.id).where(
                col(CoachingSession.engagement_id) == engagement.id,
                col(CoachingSession.status) == SessionStatus.COMPLETED.value,
            )
        ).all()
    )
    words = w.n("%n session held", "%n sessions held", held)
    if engagement.session_count:
        left = max(engagement.session_count - held, 0)
        words = w.n("{held} of %n session held, {left} left", "{held} of %n sessions held, {left} left",
                    engagement.session_count).format(held=held, left=left)  # fmt: skip
    if engagement.end_date is not None:
        days = (engagement.end_date - today).days
        end = long_date(engagement.end_date, w.locale)
        words += (w("; ended {date}") if days < 0 else w("; ends {date}")).format(date=end)
        if days >= 0:
            words += (
                w.n(" (in %n day)", " (in %n days)", days)
                if days < 21
                else w.n(" (in %n week)", " (in %n weeks)", days // 7)
            )
    return f"{engagement.title}: {words}"


def _when(moment: datetime, w: Words) -> str:
    """``Monday 2 March 2026, 10:00``: the session's day and time as the language writes them."""
    weekday = format_date(moment.date(), "EEEE", locale=w.locale)
    return w("{weekday} {date}, {time}").format(
        weekday=weekday, date=long_date(moment.date(), w.locale), time=f"{moment:%H:%M}"
    )


def _number(number: SessionNumber, w: Words) -> str:
    return (
        w("{number} of {count}").format(number=number.number, count=number.of)
        if number.of
        else str(number.number)
    )


def _action(item: OpenAction, w: Words) -> str:
    """``Draft the plan (due 9 March 2026)``; the coach's own items say so."""
    due = w(" (due {date})").format(date=long_date(item.due_date, w.locale)) if item.due_date else ""
    who = w(" [coach]") if item.owner is ActionOwner.COACH else ""
    return f"{item.description}{due}{who}"


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
    language: str | None = None,
) -> SessionPrepData:
    """What to read before the session of ``client_id`` starting at ``starts_at``: the last held
    session's shared summary (never its private notes), the open action items, the goals with their
    progress and what the agreement has left; in ``language`` (None: the client's document language,
    the language of the summaries it quotes)."""
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
    w = words_for(chosen_language(db, client.id, language))
    achieved = w(" (achieved)")
    return SessionPrepData(
        letterhead=Letterhead.from_profile(get_profile(db)),
        document_id=document_id("PREP", session_id or client.id, moment),
        prepared_on=today,
        client_name=client.name,
        session_when=_when(moment, w),
        session_number=_number(session_number(db, client.id, engagement, start, session_id), w),
        agreement="" if engagement is None else agreement_left(db, engagement, today, w),
        last_session="" if last is None else long_date(last.starts_at.astimezone(zone).date(), w.locale),
        last_summary="" if last is None else last.shared_summary,
        open_actions=tuple(PrepItem(_action(item, w)) for item in open_actions(db, client.id)),
        goals=tuple(
            PrepItem(
                f"{g.statement}: {format_percent(g.progress / 100, locale=w.locale)}"
                + (achieved if g.status is GoalStatus.ACHIEVED else "")
            )
            for g in goals(db, client.id, engagement.id if engagement else None)
        ),
        language=w.language,
    )


def session_prep_pdf(data: SessionPrepData) -> bytes:
    return SessionPrepRenderer(data).render()


def session_prep_document(
    client_id: uuid.UUID,
    engagement_id: uuid.UUID | None,
    starts_at: datetime,
    today: date,
    session_id: uuid.UUID | None = None,
    language: str | None = None,
) -> DocumentSource:
    """The prep sheet as a document that may leave the vault only for the coach's own use."""
    return DocumentSource(
        DocumentKind.SESSION_PREP,
        "client",
        client_id,
        lambda db: session_prep_pdf(
            session_prep(db, client_id, engagement_id, starts_at, today, session_id, language)
        ),
        today,
        (client_id,),
    )
