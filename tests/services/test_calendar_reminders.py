"""The calendar's reminder: a display alarm before each session that takes place, none otherwise."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlmodel import Session

from coachdesk.services.calendar_export import calendar_ics, export_calendar, upcoming_events
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.sessions import SessionDetails, create_session
from tests.services.conftest import table_snapshot

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def _two_sessions(db: Session) -> None:
    client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client is not None
    base = SessionDetails(client_id=client, starts_at=NOW + timedelta(days=3))
    create_session(db, base)
    create_session(db, replace(base, starts_at=NOW + timedelta(days=4), status="cancelled"))


def _alarms(data: bytes) -> dict[str, list[tuple[str, timedelta, str]]]:
    """Each event's STATUS → its alarms as (action, trigger, description)."""
    found: dict[str, list[tuple[str, timedelta, str]]] = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        found[str(event["STATUS"])] = [
            (str(a["ACTION"]), a["TRIGGER"].dt, str(a["DESCRIPTION"])) for a in event.walk("VALARM")
        ]
    return found


def test_a_reminder_before_each_session_that_takes_place(db: Session) -> None:
    _two_sessions(db)
    data = calendar_ics(upcoming_events(db, NOW), PARIS, reminder_minutes=30)
    assert _alarms(data) == {
        "CONFIRMED": [("DISPLAY", timedelta(minutes=-30), "Coaching session · Z.Ø.")],
        "CANCELLED": [],  # a cancelled session must not ring
    }
    # The start carries the coach's zone by name, with its definition in the file.
    assert b"DTSTART;TZID=Europe/Paris:20261130T130000" in data
    assert b"BEGIN:VTIMEZONE" in data


def test_no_reminder_unless_asked(db: Session) -> None:
    _two_sessions(db)
    assert _alarms(calendar_ics(upcoming_events(db, NOW), PARIS)) == {"CONFIRMED": [], "CANCELLED": []}


@pytest.mark.parametrize("minutes", [-1, 7 * 24 * 60 + 1])
def test_a_reminder_outside_a_week_is_refused_and_nothing_written(
    db: Session, tmp_path: Path, minutes: int
) -> None:
    _two_sessions(db)
    before = table_snapshot(db)
    target = tmp_path / "sessions.ics"
    with pytest.raises(ValidationError, match=r"reminder in minutes must be between 0 and 10,080") as caught:
        export_calendar(db, target, NOW, zone=PARIS, reminder_minutes=minutes)
    assert caught.value.field == "reminder_minutes"
    assert not target.exists()
    assert table_snapshot(db) == before  # nothing in the outbound ledger either


def test_the_edges_of_the_reminder_are_allowed(db: Session) -> None:
    _two_sessions(db)
    at_start = _alarms(calendar_ics(upcoming_events(db, NOW), PARIS, reminder_minutes=0))
    week = _alarms(calendar_ics(upcoming_events(db, NOW), PARIS, reminder_minutes=7 * 24 * 60))
    assert at_start["CONFIRMED"][0][1] == timedelta(0)
    assert week["CONFIRMED"][0][1] == timedelta(days=-7)
