"""The session list and what the session editor loads: one session, its action items, the pickers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import (
    ActionItem,
    ActionOwner,
    Client,
    CoachingSession,
    CoachProfile,
    ConcernFlag,
    Engagement,
    EngagementStatus,
    SessionFormat,
    SessionStatus,
)
from coachdesk.services import validation as v
from coachdesk.services.folding import fold
from coachdesk.services.session_rows import Record, SessionRow, SessionRows, stored_instant
from coachdesk.services.sessions import Amendment, SessionDetails, session_notes
from coachdesk.services.stored_ids import as_stored
from coachdesk.services.work import fetch

DEFAULT_SESSION_MINUTES = 60


def _listing(start: datetime | None, end: datetime | None, client_id: uuid.UUID | None) -> sa.Select[Any]:
    """The list's columns as stored (text, integers), compared as stored, so no value is converted."""
    s = CoachingSession
    query = sa.select(
        as_stored(col(s.id)),
        as_stored(col(s.client_id)),
        as_stored(col(s.engagement_id)),
        as_stored(col(s.starts_at)),
        sa.type_coerce(col(s.duration_minutes), sa.Integer()),
        as_stored(col(s.format)),
        as_stored(col(s.status)),
        sa.type_coerce(col(s.is_group), sa.Integer()),
        sa.type_coerce(col(s.group_size), sa.Integer()),
        sa.type_coerce(col(s.paid), sa.Integer()),
        col(s.finalised_at).is_not(None),
        as_stored(col(s.concern_flags)),
        col(s.private_notes) != "",
    )
    if start is not None:
        query = query.where(as_stored(col(s.starts_at)) >= stored_instant(start))
    if end is not None:
        query = query.where(as_stored(col(s.starts_at)) < stored_instant(end))
    if client_id is not None:
        query = query.where(as_stored(col(s.client_id)) == client_id.hex)
    return query


def session_rows(
    db: Session,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    client_id: uuid.UUID | None = None,
) -> list[SessionRow]:
    """Sessions starting at or after ``start`` and before ``end`` (each optional, aware), of one
    client or all, oldest first (ties by id), with the client's name and the engagement's title.

    ``session_table`` reads the same and makes each row only when it is asked for.
    """
    return list(session_table(db, start=start, end=end, client_id=client_id))


def session_table(
    db: Session,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    client_id: uuid.UUID | None = None,
) -> SessionRows:
    """The rows ``session_rows`` returns, each made the first time it is read (a list shows a few
    dozen of tens of thousands).

    A range seeks the ``starts_at`` index and a client the (client, status, start) index; the
    notes themselves are never returned, only whether there are any. Names and titles come from
    two small lookups rather than a join per session.
    """
    start = None if start is None else v.aware_datetime("start", start, label="start of the range")
    end = None if end is None else v.aware_datetime("end", end, label="end of the range")
    names = sa.select(as_stored(col(Client.id)), col(Client.name), col(Client.time_zone))
    if client_id is not None:
        names = names.where(col(Client.id) == client_id)
    connection = db.connection()
    # Fetched in one go through the driver: a row at a time through the ORM's result costs
    # several times the query itself on a practice of twenty thousand sessions.
    statement = _listing(start, end, client_id).compile(dialect=connection.dialect)
    arguments = tuple(statement.params[name] for name in statement.positiontup or ())
    # Sorting here is cheaper than reading every row through the start index, out of table order;
    # the id breaks ties (hex text orders as the number does).
    found: list[Record] = [tuple(r) for r in connection.exec_driver_sql(str(statement), arguments).fetchall()]
    if not found:
        return SessionRows([], {}, {})
    found.sort(key=itemgetter(3, 0))  # start, then id
    clients = {hex_id: (uuid.UUID(hex_id), name, zone) for hex_id, name, zone in connection.execute(names)}
    titles: dict[str, tuple[uuid.UUID, str]] = {}
    linked = {r[2] for r in found if r[2] is not None}
    if linked:
        titles.update(
            (hex_id, (uuid.UUID(hex_id), title))
            for hex_id, title in connection.execute(
                sa.select(as_stored(col(Engagement.id)), col(Engagement.title))
            )
            if hex_id in linked
        )
    return SessionRows(found, clients, titles)


def has_sessions(db: Session) -> bool:
    """Whether the practice has recorded any session at all."""
    return db.connection().execute(sa.select(col(CoachingSession.id)).limit(1)).first() is not None


@dataclass(frozen=True)
class ActionItemRow:
    """An action item as the session editor lists it."""

    id: uuid.UUID
    description: str
    owner: ActionOwner
    due_date: date | None
    done: bool
    done_at: datetime | None


@dataclass(frozen=True)
class SessionRecord:
    """One session as the editor shows it: the form's fields, the notes' history, its action items."""

    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    engagement_id: uuid.UUID | None
    starts_at: datetime
    duration_minutes: int
    format: SessionFormat
    is_group: bool
    group_size: int
    paid: bool
    status: SessionStatus
    private_notes: str
    shared_summary: str
    concern_flags: frozenset[ConcernFlag]
    finalised_at: datetime | None
    amendments: tuple[Amendment, ...]
    action_items: tuple[ActionItemRow, ...]

    def details(self) -> SessionDetails:
        """The record as the form the sessions service takes."""
        return SessionDetails(
            client_id=self.client_id,
            starts_at=self.starts_at,
            engagement_id=self.engagement_id,
            duration_minutes=self.duration_minutes,
            format=self.format,
            is_group=self.is_group,
            group_size=self.group_size,
            paid=self.paid,
            status=self.status,
            private_notes=self.private_notes,
            shared_summary=self.shared_summary,
            concern_flags=self.concern_flags,
        )


def action_item_rows(db: Session, session_id: uuid.UUID) -> list[ActionItemRow]:
    """The action items agreed in a session, open ones first, each group in the order they were added."""
    query = (
        sa.select(
            col(ActionItem.id),
            col(ActionItem.description),
            col(ActionItem.owner),
            col(ActionItem.due_date),
            col(ActionItem.done),
            col(ActionItem.done_at),
        )
        .where(col(ActionItem.session_id) == session_id)
        .order_by(col(ActionItem.done), col(ActionItem.created_at), sa.text("action_item.rowid"))
    )
    return [ActionItemRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in db.connection().execute(query)]


def session_record(db: Session, session_id: Any) -> SessionRecord:
    """The session with ``session_id`` for the editor; NotFound (field ``session_id``) once deleted."""
    found = fetch(db, CoachingSession, session_id, field="session_id", label="session")
    client = fetch(db, Client, found.client_id, field="client_id", label="client")
    notes = session_notes(db, found.id)
    return SessionRecord(
        id=found.id,
        client_id=found.client_id,
        client_name=client.name,
        engagement_id=found.engagement_id,
        starts_at=found.starts_at,
        duration_minutes=found.duration_minutes,
        format=SessionFormat(found.format),
        is_group=found.is_group,
        group_size=found.group_size,
        paid=found.paid,
        status=SessionStatus(found.status),
        private_notes=found.private_notes,
        shared_summary=found.shared_summary,
        concern_flags=frozenset(found.concern_flags),
        finalised_at=found.finalised_at,
        amendments=notes.amendments,
        action_items=tuple(action_item_rows(db, found.id)),
    )


@dataclass(frozen=True)
class ClientChoice:
    """A client as a picker offers it."""

    id: uuid.UUID
    name: str
    time_zone: str = ""  # IANA name; '' when the client keeps the coach's time


def client_choices(db: Session) -> list[ClientChoice]:
    """Every client, by name ignoring case and accents (Émile between Adam and Zoë)."""
    query = sa.select(col(Client.id), col(Client.name), col(Client.time_zone))
    found = [ClientChoice(r[0], r[1], r[2]) for r in db.connection().execute(query)]
    return sorted(found, key=lambda c: (fold(c.name), c.name, str(c.id)))


@dataclass(frozen=True)
class EngagementChoice:
    """One of a client's engagements, as the session editor's picker offers it."""

    id: uuid.UUID
    title: str
    status: EngagementStatus
    start_date: date | None


# Engagements a session is most likely to belong to come first.
_LIKELY = {EngagementStatus.ACTIVE: 0, EngagementStatus.SIGNED: 1}


def engagement_choices(db: Session, client_id: uuid.UUID) -> list[EngagementChoice]:
    """The client's engagements: active, then signed, then the rest; newest start first within each."""
    query = sa.select(
        col(Engagement.id), col(Engagement.title), col(Engagement.status), col(Engagement.start_date)
    ).where(col(Engagement.client_id) == client_id)
    found = [EngagementChoice(r[0], r[1], r[2], r[3]) for r in db.connection().execute(query)]
    return sorted(
        found,
        key=lambda e: (
            _LIKELY.get(e.status, 2),
            -(e.start_date.toordinal() if e.start_date else 0),
            fold(e.title),
            str(e.id),
        ),
    )


def default_session_minutes(db: Session) -> int:
    """The session length the coach set in their profile (60 minutes before there is a profile)."""
    minutes = (
        db.connection()
        .execute(
            sa.select(col(CoachProfile.default_session_minutes))
            .order_by(col(CoachProfile.created_at))
            .limit(1)
        )
        .scalar()
    )
    return int(minutes) if minutes else DEFAULT_SESSION_MINUTES
