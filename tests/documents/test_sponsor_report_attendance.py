"""The sponsor report's attendance: each session on the coach's own calendar day, and never fewer than
none remaining when more sessions were used than agreed."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session

from coachdesk.domain import SessionStatus
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.services.sponsor_report_pdf import sponsor_report_data
from tests.documents.acme_engagement import acme_engagement

TODAY = date(2026, 11, 27)


def _engagement(db: Session, session_count: int) -> tuple[uuid.UUID, uuid.UUID]:
    return acme_engagement(db, session_count=session_count, sponsor_receives_attendance=True)


def _session(
    db: Session, client: uuid.UUID, engagement: uuid.UUID, at: datetime, status: SessionStatus
) -> None:
    create_session(db, SessionDetails(client, at, engagement_id=engagement, status=status))


def test_more_sessions_used_than_agreed_leave_none_remaining(db: Session) -> None:
    client, engagement = _engagement(db, session_count=2)
    first = datetime(2026, 10, 1, 9, tzinfo=UTC)
    for week, status in enumerate((SessionStatus.COMPLETED, SessionStatus.NO_SHOW, SessionStatus.COMPLETED)):
        _session(db, client, engagement, first + timedelta(weeks=week), status)
    report = sponsor_report_data(db, engagement, TODAY)
    assert report.sessions_agreed == 2 and report.sessions_remaining == 0


@pytest.fixture
def far_east() -> Iterator[None]:
    """The coach's computer is set to UTC+14 (Kiribati's Line Islands)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Pacific/Kiritimati")
        time.tzset()
        yield
    time.tzset()


@pytest.mark.usefixtures("far_east")
def test_a_session_is_listed_on_the_coachs_own_calendar_day(db: Session) -> None:
    client, engagement = _engagement(db, session_count=6)
    # 22:00 UTC on 1 October is noon on 2 October where the coach works.
    _session(db, client, engagement, datetime(2026, 10, 1, 22, tzinfo=UTC), SessionStatus.COMPLETED)
    report = sponsor_report_data(db, engagement, TODAY)
    assert report.attendance is not None
    assert [(line.day, line.outcome) for line in report.attendance] == [(date(2026, 10, 2), "Held")]
