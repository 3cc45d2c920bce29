"""The agreement a session is filed under: signed or active, covering the day, started most recently."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from coachdesk.domain import EngagementStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.current_agreement import AgreementInForce, current_agreement, pick_current
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.vault import Vault

DAY = date(2026, 3, 10)


def _agreement(start: int | None, end: int | None, title: str = "") -> AgreementInForce:
    return AgreementInForce(
        id=uuid.uuid4(),
        title=title,
        status=EngagementStatus.SIGNED,
        start_date=None if start is None else DAY + timedelta(days=start),
        end_date=None if end is None else DAY + timedelta(days=end),
        sessions_planned=6,
        sessions_held=0,
    )


def test_of_those_covering_the_day_the_one_started_last_is_picked() -> None:
    older, newer, later = _agreement(-90, 30), _agreement(-10, 60), _agreement(5, 90)
    assert pick_current([older, later, newer], DAY) == newer
    assert pick_current([_agreement(None, None)], DAY) is not None  # open dates cover any day


def test_when_none_covers_the_day_the_latest_not_yet_ended_is_picked() -> None:
    ended, starts_soon, starts_later = _agreement(-90, -1), _agreement(3, 60), _agreement(10, 60)
    assert pick_current([ended, starts_soon, starts_later], DAY) == starts_later
    assert pick_current([ended], DAY) is None
    assert pick_current([], DAY) is None


def test_only_signed_and_active_agreements_count_with_their_completed_sessions(vault: Vault) -> None:
    today = date.today()
    with vault.session() as db:
        client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
        assert client is not None
        draft = create_engagement(db, EngagementDetails(client_id=client, title="Draft")).created
        signed = create_engagement(
            db,
            EngagementDetails(
                client_id=client,
                title="Leadership",
                start_date=today - timedelta(days=30),
                end_date=today + timedelta(days=60),
                session_count=6,
            ),
        ).created
        assert draft is not None and signed is not None
        for status in (EngagementStatus.SENT, EngagementStatus.SIGNED):
            set_engagement_status(db, signed, status, today - timedelta(days=20))
        held = datetime.now(UTC) - timedelta(days=7)
        create_session(
            db, SessionDetails(client_id=client, starts_at=held, engagement_id=signed, status="completed")
        )
        found = current_agreement(db, client, today)
    assert found is not None and found.id == signed
    assert (found.title, found.sessions_planned, found.sessions_held) == ("Leadership", 6, 1)
