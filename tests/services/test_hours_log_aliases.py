"""The hours log's confidential organisational clients in groups, earlier lines in the recent window,
and the day and zone the log is made in."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlmodel import Session

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.earlier_hours import EarlierLineDetails, add_earlier_line
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.hours_log import NO_CONTACT_EMAIL, hours_log
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.sessions import SessionDetails, create_session
from tests.services.checks import query_plans, refused
from tests.services.test_hours_log import _client, _session

TODAY = date(2026, 11, 27)
MEETING = datetime(2026, 3, 2, 14, tzinfo=UTC)


def _organisation(db: Session, name: str, email: str = "") -> uuid.UUID:
    created = create_organisation(db, OrganisationDetails(name=name, contact_email=email)).created
    assert created is not None
    return created


def _under_alias(db: Session, name: str, sponsor: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """A client whose engagement with ``sponsor`` is logged as an alias: (client, engagement)."""
    client = create_client(db, ClientDetails(name=name)).created
    assert client is not None
    details = EngagementDetails(client_id=client, title="Leadership", sponsor_id=sponsor, log_as_alias=True)
    engagement = create_engagement(db, details).created
    assert engagement is not None
    return client, engagement


def _sitting(
    db: Session, client: uuid.UUID, engagement: uuid.UUID | None, when: datetime, *, group: int = 0
) -> None:
    create_session(
        db,
        SessionDetails(
            client_id=client,
            engagement_id=engagement,
            starts_at=when,
            duration_minutes=90,
            is_group=group > 1,
            group_size=group if group > 1 else 1,
            status="completed",
        ),
    )


def test_a_group_of_aliased_clients_is_one_alias_line_verified_by_the_organisation(db: Session) -> None:
    acme = _organisation(db, "Acme Ltd", "hr@acme.example")
    bruno, bruno_work = _under_alias(db, "Bruno", acme)
    carla, carla_work = _under_alias(db, "Carla", acme)
    _sitting(db, carla, carla_work, datetime(2026, 2, 1, 9, tzinfo=UTC))  # Carla is Confidential Client 1
    _sitting(db, bruno, bruno_work, MEETING, group=6)
    _sitting(db, carla, carla_work, MEETING, group=6)
    log = hours_log(db, TODAY, zone=UTC)
    alone, team = log.rows
    assert (alone.client_name, alone.group, alone.alias) == ("Confidential Client 1", False, True)
    assert (team.client_name, team.kind, team.number_in_group, team.contact) == (
        "Confidential Client 1", "Group", 6, "hr@acme.example",
    )  # fmt: skip
    assert (team.alias, team.organisation_id, team.client_ids) == (True, acme, (carla, bruno))
    assert (team.first_date, team.last_date, team.paid_minutes) == (MEETING.date(), MEETING.date(), 90)
    assert team.named_client_ids == () and log.named_client_ids == ()
    assert log.not_claimable == ()
    # Bruno and Carla, and the four others in the group, each once; the meeting's hours once.
    assert (log.totals.clients, log.totals.hours) == (6, Decimal(3))


def test_an_aliased_group_is_verified_by_a_sponsor_with_a_contact_whatever_the_names(db: Session) -> None:
    acme = _organisation(db, "Acme Ltd")  # first by name, but no one there to verify
    zenith = _organisation(db, "Zenith plc", "people@zenith.example")
    bruno, bruno_work = _under_alias(db, "Bruno", acme)
    carla, carla_work = _under_alias(db, "Carla", zenith)
    _sitting(db, bruno, bruno_work, MEETING, group=4)
    _sitting(db, carla, carla_work, MEETING, group=4)
    (team,) = hours_log(db, TODAY, zone=UTC).rows
    assert (team.organisation_id, team.contact, team.alias) == (zenith, "people@zenith.example", True)


def test_an_aliased_group_that_no_sponsor_contact_can_verify_is_set_apart_as_a_group(db: Session) -> None:
    acme = _organisation(db, "Acme Ltd")
    bruno, bruno_work = _under_alias(db, "Bruno", acme)
    carla, carla_work = _under_alias(db, "Carla", acme)
    _sitting(db, bruno, bruno_work, MEETING, group=5)
    _sitting(db, carla, carla_work, MEETING, group=5)
    log = hours_log(db, TODAY, zone=UTC)
    assert log.rows == () and log.totals.minutes == 0 and log.totals.clients == 0
    (apart,) = log.not_claimable
    assert (apart.reason, apart.clients, apart.minutes) == (NO_CONTACT_EMAIL, 5, 90)
    assert (apart.group, apart.individual) == (True, False)


def test_an_aliased_client_alone_without_a_contact_is_set_apart_as_individual_coaching(db: Session) -> None:
    bruno, bruno_work = _under_alias(db, "Bruno", _organisation(db, "Acme Ltd"))
    _sitting(db, bruno, bruno_work, MEETING)
    (apart,) = hours_log(db, TODAY, zone=UTC).not_claimable
    assert (apart.reason, apart.individual, apart.group) == (NO_CONTACT_EMAIL, True, False)


def test_a_group_with_one_client_not_aliased_is_named_by_its_clients_not_an_alias(db: Session) -> None:
    acme = _organisation(db, "Acme Ltd", "hr@acme.example")
    bruno, bruno_work = _under_alias(db, "Bruno", acme)
    dora = _client(db, "Dora", email="dora@example.org")
    _sitting(db, bruno, bruno_work, MEETING, group=3)
    _sitting(db, dora, None, MEETING, group=3)
    (team,) = hours_log(db, TODAY, zone=UTC).rows
    assert (team.client_name, team.alias, team.contact, team.client_ids) == (
        "Dora", False, "dora@example.org", (dora,),
    )  # fmt: skip


def test_an_earlier_line_counts_as_recent_from_the_first_day_of_the_window(db: Session) -> None:
    log = hours_log(db, TODAY, zone=UTC)
    first_recent = log.recent_since
    assert first_recent == date(2025, 5, 27)  # eighteen months before the day of the log
    add_earlier_line(db, EarlierLineDetails("On the day", first_recent, date(2025, 6, 30), "3", "2"), TODAY)
    add_earlier_line(db, EarlierLineDetails("A day before", date(2025, 5, 26), date(2025, 6, 30), "4"), TODAY)
    totals = hours_log(db, TODAY, zone=UTC).totals
    # Paid and pro bono hours of the line starting on the window's first day: 3 + 2; none of the other.
    assert (totals.hours, totals.recent_hours) == (Decimal(9), Decimal(5))


def test_the_day_of_the_log_may_be_given_as_text_but_not_as_a_moment(db: Session) -> None:
    assert hours_log(db, "2026-11-27", zone=UTC).made_on == TODAY  # type: ignore[arg-type]
    refused(
        lambda: hours_log(db, datetime(2026, 11, 27, 9, tzinfo=UTC), zone=UTC),
        db,
        "today",
        "date of the log",
    )


def test_without_a_zone_the_log_dates_sessions_in_the_computers_zone(
    db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    zoe = _client(db, "Zoë")
    _session(db, zoe, datetime(2026, 5, 1, 20, tzinfo=UTC))  # 8 in the morning of 2 May in Auckland
    (row,) = hours_log(db, TODAY).rows
    assert row.first_date == date(2026, 5, 2)


def test_the_log_reads_its_sessions_from_the_start_index_alone_never_the_notes(db: Session) -> None:
    """Twenty years of sessions with their notes make a large table; the log's query is answered
    from the start index without reading one session's row."""
    zoe = _client(db, "Zoë")
    _session(db, zoe, datetime(2026, 5, 1, 9, tzinfo=UTC))
    plans = query_plans(db, lambda: hours_log(db, TODAY, start=date(2026, 1, 1), zone=UTC))
    # Two reads: the sessions each client had alone, summed by SQLite; then the group and aliased
    # sessions, one by one. Neither reads a session's row.
    read = [plan for sql, plan in plans if "coaching_session" in sql]
    assert len(read) == 2, read
    assert all("COVERING INDEX ix_coaching_session_starts_at" in plan for plan in read), read
