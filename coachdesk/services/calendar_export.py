"""Upcoming sessions as an iCalendar file (RFC 5545), private by default: no client names in titles.

Each event's UID is derived from the session's id, so importing a newer export into the same
calendar updates the events instead of adding copies; SEQUENCE counts the session's recorded
edits and LAST-MODIFIED/DTSTAMP give the time of the last one, so calendars that compare them
take the newer version. Upcoming sessions that were cancelled are exported as cancelled events,
so a re-import clears them from the calendar. Nothing from the notes ever goes into the file, and no
control character either.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.documents.plain_text import one_line
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    CoachingSession,
    DocumentKind,
    SessionFormat,
    SessionStatus,
)
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.export_target import check_export_target
from coachdesk.services.local_time import local_zone, zone_name

if TYPE_CHECKING:
    from icalendar import Alarm

PRODUCT_ID = "-//CoachDesk//Coaching sessions//EN"
MAX_REMINDER_MINUTES = 7 * 24 * 60  # a reminder at most a week before
# The namespace of every UID CoachDesk gives a calendar event (uuid5 of the session's id).
UID_NAMESPACE = uuid.UUID("6f1d0b1e-4c1e-5a57-9c0a-2f3c0ac0d35e")
FORMAT_LOCATIONS = {
    SessionFormat.IN_PERSON: "In person",
    SessionFormat.VIDEO: "Video call",
    SessionFormat.PHONE: "Phone call",
}


@dataclass(frozen=True)
class CalendarEvent:
    """One upcoming session as the calendar shows it."""

    uid: str
    session_id: uuid.UUID
    starts_at: datetime  # aware UTC
    minutes: int
    title: str
    location: str
    cancelled: bool
    sequence: int
    modified_at: datetime  # aware UTC
    client_id: uuid.UUID | None = None  # whose session it is (for the outbound ledger)


def event_uid(session_id: uuid.UUID) -> str:
    """The stable UID of a session's event: the same session gives the same UID in every export."""
    return f"{uuid.uuid5(UID_NAMESPACE, str(session_id))}@coachdesk"


def initials(name: str) -> str:
    """``Zoë Ørsted`` → ``Z.Ø.``: the first letter of each word, for titles that do not name anyone."""
    letters = [next((c for c in word if c.isalpha()), "") for word in name.split()]
    return "".join(f"{letter.upper()}." for letter in letters if letter)


def _title(name: str, group: bool, names: bool) -> str:
    base = "Group coaching session" if group else "Coaching session"
    who = name if names else initials(name)
    return f"{base} · {who}" if who else base


def upcoming_session_count(db: Session, now: datetime | None = None) -> int:
    """How many sessions are scheduled from ``now``: the events an export holds that are not
    cancelled, counted without reading them."""
    now = utc_now() if now is None else v.aware_datetime("now", now)
    s = CoachingSession
    query = (
        sa.select(sa.func.count())
        .select_from(s)
        .join(Client, col(Client.id) == col(s.client_id))
        .where(col(s.starts_at) >= now, col(s.status) == SessionStatus.SCHEDULED)
    )
    return int(db.connection().execute(query).scalar_one())


def upcoming_events(db: Session, now: datetime | None = None, *, names: bool = False) -> list[CalendarEvent]:
    """Sessions starting from ``now`` (scheduled, and cancelled ones to clear), earliest first."""
    now = utc_now() if now is None else v.aware_datetime("now", now)
    s = CoachingSession
    query = (
        sa.select(
            col(s.id),
            col(s.starts_at),
            col(s.duration_minutes),
            col(s.format),
            col(s.is_group),
            col(s.status),
            col(s.updated_at),
            col(Client.name),
            col(Client.id),
        )
        .join(Client, col(Client.id) == col(s.client_id))
        .where(
            col(s.starts_at) >= now,
            col(s.status).in_(
                [SessionStatus.SCHEDULED, SessionStatus.CANCELLED, SessionStatus.LATE_CANCELLED]
            ),
        )
        .order_by(col(s.starts_at), col(s.id))
    )
    rows = db.connection().execute(query).all()
    counted = db.connection().execute(
        sa.select(col(AuditEntry.entity_id), sa.func.count())
        .where(
            col(AuditEntry.entity) == "coaching_session",
            col(AuditEntry.action) == AuditAction.UPDATED,
            col(AuditEntry.entity_id).in_([row[0] for row in rows]),
        )
        .group_by(col(AuditEntry.entity_id))
    )
    edits = {entity_id: int(count) for entity_id, count in counted if entity_id is not None}
    return [
        CalendarEvent(
            uid=event_uid(session_id),
            session_id=session_id,
            starts_at=starts_at,
            minutes=minutes,
            title=_title(name, group, names),
            location=FORMAT_LOCATIONS[SessionFormat(form)],
            cancelled=status in (SessionStatus.CANCELLED, SessionStatus.LATE_CANCELLED),
            sequence=edits.get(session_id, 0),
            modified_at=updated_at,
            client_id=client_id,
        )
        for session_id, starts_at, minutes, form, group, status, updated_at, name, client_id in rows
    ]


def _reminder(minutes: int, title: str) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", one_line(title))
    alarm.add("TRIGGER", timedelta(minutes=-minutes))
    return alarm


def calendar_ics(
    events: list[CalendarEvent], zone: tzinfo | None = None, *, reminder_minutes: int | None = None
) -> bytes:
    """``events`` as an iCalendar file; times in ``zone`` (default the system's) with its VTIMEZONE
    (each start carries its TZID), and a display reminder ``reminder_minutes`` before each session
    that is not cancelled (None: no reminder)."""
    if reminder_minutes is not None:
        reminder_minutes = v.integer(
            "reminder_minutes",
            reminder_minutes,
            minimum=0,
            maximum=MAX_REMINDER_MINUTES,
            label="reminder in minutes",
        )
    from icalendar import Calendar, Event  # only when a calendar is written: it is slow to import

    zone = zone or local_zone()
    named_zone = zone_name(zone) is not None
    calendar = Calendar.new(
        prodid=PRODUCT_ID,
        uid=str(uuid.uuid5(UID_NAMESPACE, "coaching sessions")),
        name="Coaching sessions",
    )
    calendar.add("X-WR-CALNAME", "Coaching sessions")
    for item in events:
        start = item.starts_at.astimezone(zone if named_zone else UTC)
        event = Event.new(
            uid=item.uid,
            start=start,
            summary=one_line(item.title),  # a name stored before control characters were refused
            location=one_line(item.location),
            stamp=item.modified_at.astimezone(UTC),
            last_modified=item.modified_at.astimezone(UTC),
            sequence=item.sequence,
        )
        event.duration = timedelta(minutes=item.minutes)
        event.add("CLASS", "PRIVATE")
        event.add("STATUS", "CANCELLED" if item.cancelled else "CONFIRMED")
        if reminder_minutes is not None and not item.cancelled:
            event.add_component(_reminder(reminder_minutes, item.title))
        calendar.add_component(event)
    if named_zone:
        calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def export_calendar(
    db: Session,
    path: Path,
    now: datetime | None = None,
    *,
    names: bool = False,
    zone: tzinfo | None = None,
    vaults: Iterable[Path] = (),
    reminder_minutes: int | None = None,
) -> int:
    """Write the upcoming sessions to ``path`` (atomically, through the consent filter and the outbound
    ledger, for the coach's own use); returns how many events it holds."""
    from coachdesk.services.document_export import DocumentSource, export_document

    check_export_target(path, [".ics"], vaults, field="path")
    events = upcoming_events(db, now, names=names)
    data = calendar_ics(events, zone, reminder_minutes=reminder_minutes)
    clients = tuple(dict.fromkeys(e.client_id for e in events if e.client_id is not None))
    source = DocumentSource(DocumentKind.CALENDAR, "calendar", None, lambda _db: data, client_ids=clients)
    export_document(db, path, data, source, vaults=vaults, suffixes=[".ics"])
    return len(events)
