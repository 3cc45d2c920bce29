"""Upcoming sessions as iCalendar: parses with icalendar, stable UIDs across exports, private by default."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlmodel import Session, col, select

from coachdesk.domain import Client, CoachingSession
from coachdesk.services.calendar_export import (
    calendar_ics,
    export_calendar,
    initials,
    upcoming_events,
    upcoming_session_count,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo import CLIENTS, create_demo_vault
from coachdesk.services.errors import ValidationError
from coachdesk.services.sessions import SessionDetails, create_session, update_session
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault.session() as session:
        yield session
    vault.close()


def _parse(data: bytes) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(data)
    return [
        {
            "uid": str(e["UID"]),
            "summary": str(e["SUMMARY"]),
            "start": e.start,
            "duration": e.duration,
            "location": str(e["LOCATION"]),
            "class": str(e["CLASS"]),
            "status": str(e["STATUS"]),
            "sequence": int(e["SEQUENCE"]),
        }
        for e in calendar.walk("VEVENT")
    ]


def _ics(session: Session, **kwargs: object) -> bytes:
    return calendar_ics(upcoming_events(session, NOW, **kwargs), PARIS)  # type: ignore[arg-type]


def test_export_parses_with_time_zone_duration_location_and_no_names(demo: Session) -> None:
    data = _ics(demo)
    calendar = Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    events = _parse(data)
    upcoming = demo.exec(
        select(CoachingSession).where(
            col(CoachingSession.starts_at) >= NOW, CoachingSession.status == "scheduled"
        )
    ).all()
    assert len(events) == len(upcoming) > 0
    first = min(upcoming, key=lambda s: s.starts_at)
    event = events[0]
    assert event["start"] == first.starts_at and event["start"].tzinfo == PARIS  # type: ignore[union-attr]
    assert event["duration"] == timedelta(minutes=first.duration_minutes)
    assert event["location"] == "Video call"
    assert (event["class"], event["status"], event["sequence"]) == ("PRIVATE", "CONFIRMED", 0)
    text = data.decode("utf-8")
    for name, preferred, email, *_ in CLIENTS:
        for word in [*name.split(), email, *preferred.split()]:
            assert word not in text.replace("\r\n ", ""), word
    assert all(str(e["summary"]).startswith("Coaching session · ") for e in events)
    assert "Coaching session · Д.И." in {e["summary"] for e in events}  # Дмитрий Иванов's next session
    assert "escalation" not in text  # nothing from notes or summaries


def test_names_only_when_chosen(demo: Session) -> None:
    summaries = {e["summary"] for e in _parse(_ics(demo, names=True))}
    assert "Coaching session · Дмитрий Иванов" in summaries


def test_reexport_keeps_uids_and_a_rescheduled_session_updates(demo: Session) -> None:
    before = {e["uid"]: e for e in _parse(_ics(demo))}
    moved = demo.exec(
        select(CoachingSession)
        .where(col(CoachingSession.starts_at) >= NOW)
        .order_by(col(CoachingSession.starts_at))
    ).first()
    assert moved is not None
    details = SessionDetails(
        client_id=moved.client_id,
        engagement_id=moved.engagement_id,
        starts_at=moved.starts_at + timedelta(hours=2),
        duration_minutes=90,
        format="phone",
    )
    update_session(demo, moved.id, details)
    after = {e["uid"]: e for e in _parse(_ics(demo))}
    assert set(after) == set(before)
    changed = [uid for uid in after if after[uid] != before[uid]]
    assert len(changed) == 1
    event = after[changed[0]]
    assert (event["duration"], event["location"], event["sequence"]) == (
        timedelta(minutes=90),
        "Phone call",
        1,
    )
    # Same data, same bytes: a repeated export changes nothing in the calendar.
    assert _ics(demo) == _ics(demo)


def test_cancelled_upcoming_sessions_are_exported_as_cancelled_and_past_ones_left_out(db: Session) -> None:
    client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client is not None
    base = SessionDetails(client_id=client, starts_at=NOW + timedelta(days=3), is_group=True, group_size=4)
    create_session(db, base)
    create_session(db, replace(base, starts_at=NOW + timedelta(days=4), status="cancelled"))
    create_session(db, replace(base, starts_at=NOW - timedelta(days=1)))
    create_session(db, replace(base, starts_at=NOW + timedelta(days=5), status="completed"))
    events = _parse(_ics(db))
    assert [(e["summary"], e["status"]) for e in events] == [
        ("Group coaching session · Z.Ø.", "CONFIRMED"),
        ("Group coaching session · Z.Ø.", "CANCELLED"),
    ]
    assert upcoming_session_count(db, NOW) == 1  # what the Reports area says will be exported
    assert upcoming_session_count(db, NOW + timedelta(days=3, seconds=1)) == 0


def test_without_a_named_zone_times_are_in_utc(db: Session) -> None:
    client = create_client(db, ClientDetails(name="Łukasz Nowak")).created
    assert client is not None
    create_session(db, SessionDetails(client_id=client, starts_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC)))
    data = calendar_ics(upcoming_events(db, NOW), timezone(timedelta(hours=1)))
    assert b"DTSTART:20261201T093000Z" in data
    assert b"VTIMEZONE" not in data


def test_export_writes_the_file(db: Session, tmp_path: Path) -> None:
    client = create_client(db, ClientDetails(name="Keiko Tanaka")).created
    assert client is not None
    create_session(
        db, SessionDetails(client_id=client, starts_at=NOW + timedelta(days=1), format="in_person")
    )
    target = tmp_path / "sessions.ics"
    assert export_calendar(db, target, NOW, zone=PARIS) == 1
    (event,) = _parse(target.read_bytes())
    assert (event["summary"], event["location"]) == ("Coaching session · K.T.", "In person")
    with pytest.raises(ValidationError, match="time zone"):
        upcoming_events(db, datetime(2026, 11, 27, 12, 0))


def test_uid_is_derived_from_the_session_id() -> None:
    from coachdesk.services.calendar_export import event_uid

    one, other = uuid.uuid4(), uuid.uuid4()
    assert event_uid(one) == event_uid(uuid.UUID(str(one))) != event_uid(other)
    assert str(one) not in event_uid(one)


def test_initials() -> None:
    assert [
        initials(n)
        for n in ("Zoë Ørsted", "Siobhán Ní Bhriain", "Дмитрий Иванов", "  ", "Jean-Luc (JL) Picard")
    ] == [
        "Z.Ø.",
        "S.N.B.",
        "Д.И.",
        "",
        "J.J.P.",
    ]


def test_client_table_unchanged_by_export(db: Session, tmp_path: Path) -> None:
    create_client(db, ClientDetails(name="Ana"))
    before = db.exec(select(Client)).all()
    export_calendar(db, tmp_path / "x.ics", NOW, zone=PARIS)
    assert db.exec(select(Client)).all() == before


def test_names_stored_with_control_characters_reach_no_calendar_line(db: Session) -> None:
    client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client is not None
    create_session(db, SessionDetails(client_id=client, starts_at=NOW + timedelta(days=1)))
    stored = db.get(Client, client)
    assert stored is not None
    stored.name = (
        "Zoë\x0bX-INJECTED:1\x1b[31m\u2028Ørsted\u202e"  # as a vault written before they were refused
    )
    db.commit()
    data = _ics(db, names=True)
    assert not any(c.encode() in data for c in ("\x0b", "\x1b", "\u2028", "\u202e"))
    (event,) = _parse(data)
    assert event["summary"] == "Coaching session · Zoë X-INJECTED:1 [31m Ørsted"
    assert b"\r\nX-INJECTED" not in data
