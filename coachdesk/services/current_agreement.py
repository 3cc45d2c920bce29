"""The agreement a session held on a given day is filed under: the client's current one, if any."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import CoachingSession, Engagement, EngagementStatus, SessionStatus

# Only an agreement the client has signed (or that is under way) holds sessions by itself.
_IN_FORCE = (EngagementStatus.SIGNED, EngagementStatus.ACTIVE)


@dataclass(frozen=True)
class AgreementInForce:
    """A signed or active agreement, its dates, and the sessions held under it so far."""

    id: uuid.UUID
    title: str
    status: EngagementStatus
    start_date: date | None
    end_date: date | None
    sessions_planned: int | None  # None: no number agreed
    sessions_held: int  # completed sessions filed under it


def covers(agreement: AgreementInForce, day: date) -> bool:
    """Whether ``day`` lies within the agreement's dates (an open start or end reaches any day)."""
    starts = agreement.start_date is None or agreement.start_date <= day
    ends = agreement.end_date is None or day <= agreement.end_date
    return starts and ends


def pick_current(agreements: Iterable[AgreementInForce], day: date) -> AgreementInForce | None:
    """The agreement a session on ``day`` belongs to: among those covering the day, the one started
    most recently; when none covers it, the most recently started one not yet ended; else None."""

    def started(agreement: AgreementInForce) -> tuple[int, str]:
        return (agreement.start_date.toordinal() if agreement.start_date else 0, str(agreement.id))

    candidates = list(agreements)
    covering = [a for a in candidates if covers(a, day)]
    if covering:
        return max(covering, key=started)
    open_ones = [a for a in candidates if a.end_date is None or a.end_date >= day]
    return max(open_ones, key=started) if open_ones else None


def agreements_in_force(db: Session, client_id: uuid.UUID) -> list[AgreementInForce]:
    """The client's signed and active agreements, with the completed sessions of each."""
    held = (
        sa.select(sa.func.count())
        .where(
            col(CoachingSession.engagement_id) == Engagement.id,
            col(CoachingSession.status) == SessionStatus.COMPLETED,
        )
        .scalar_subquery()
    )
    e = Engagement
    query = sa.select(
        col(e.id),
        col(e.title),
        col(e.status),
        col(e.start_date),
        col(e.end_date),
        col(e.session_count),
        held,
    ).where(col(e.client_id) == client_id, col(e.status).in_([s.value for s in _IN_FORCE]))
    return [
        AgreementInForce(r[0], r[1], EngagementStatus(r[2]), r[3], r[4], r[5], r[6])
        for r in db.connection().execute(query)
    ]


def current_agreement(db: Session, client_id: uuid.UUID, day: date) -> AgreementInForce | None:
    """The client's agreement a session held on ``day`` is filed under (see :func:`pick_current`)."""
    return pick_current(agreements_in_force(db, client_id), day)
