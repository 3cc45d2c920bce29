"""Session packages: an engagement's planned sessions, how many are used and left, and until when."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, func, select

from coachdesk.domain import CoachingSession, Engagement, SessionStatus
from coachdesk.services.invoice_billing import billable_statuses
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class PackageLeft:
    """ "3 of 8 left": the planned sessions, those used (held, or forfeited as agreed), those booked."""

    engagement_id: uuid.UUID
    planned: int
    used: int
    booked: int  # scheduled, not yet held
    expires_on: date | None  # the engagement's end date
    expired: bool

    @property
    def left(self) -> int:
        """Sessions not used yet (never below zero, even when more were held than planned)."""
        return max(self.planned - self.used, 0)

    @property
    def over(self) -> int:
        """Sessions held beyond the package."""
        return max(self.used - self.planned, 0)


def package_left(db: Session, engagement_id: uuid.UUID, *, today: date | None = None) -> PackageLeft | None:
    """The engagement's package, or None when it plans no number of sessions.

    A session uses a credit when held, and a no-show uses one when the agreement says late
    cancellations and no-shows are charged (``Engagement.late_cancel_uses_credit``).
    """
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    return _package(db, engagement, today or date.today())


def packages_of_client(db: Session, client_id: uuid.UUID, *, today: date | None = None) -> list[PackageLeft]:
    """The packages of a client's engagements (those with a planned number of sessions)."""
    query = select(Engagement).where(
        col(Engagement.client_id) == client_id, col(Engagement.session_count).is_not(None)
    )
    found = [
        _package(db, e, today or date.today()) for e in db.exec(query.order_by(col(Engagement.created_at)))
    ]
    return [p for p in found if p is not None]


def _package(db: Session, engagement: Engagement, today: date) -> PackageLeft | None:
    if not engagement.session_count:
        return None
    query = (
        select(CoachingSession.status, func.count())
        .where(col(CoachingSession.engagement_id) == engagement.id)
        .group_by(col(CoachingSession.status))
    )
    counts = dict(db.exec(query).all())
    used = sum(n for status, n in counts.items() if status in billable_statuses(engagement))
    return PackageLeft(
        engagement_id=engagement.id,
        planned=engagement.session_count,
        used=used,
        booked=counts.get(SessionStatus.SCHEDULED, 0),
        expires_on=engagement.end_date,
        expired=engagement.end_date is not None and today > engagement.end_date,
    )
