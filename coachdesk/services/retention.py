"""Retention: how long records are kept (a vault setting), the clients past it, and keeping with a reason.

The period runs from the client's last activity: the end of their last engagement (the day it
ended, else its planned end), or a later session; for a client without either, the day they were
taken on (else the day they were added). Dates of agreements proposed but never signed count too,
so a client is never due earlier than the rule says. A client with an engagement signed or under
way, or a session scheduled from today on, is never due. A client the coach decided to keep is not
listed again until the review date they gave (never, without one).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coachdesk.domain import (
    AuditAction,
    Client,
    ClientStatus,
    CoachingSession,
    Engagement,
    EngagementStatus,
    PracticeSetting,
    RetentionHold,
    SessionStatus,
)
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.local_time import local_date, local_zone, years_after
from coachdesk.services.stored_ids import as_stored, id_reader
from coachdesk.services.work import apply, fetch, transaction

RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 7
MAX_RETENTION_YEARS = 100
OPEN = (EngagementStatus.SIGNED, EngagementStatus.ACTIVE)
_CLOSED = (EngagementStatus.COMPLETED, EngagementStatus.TERMINATED)


def retention_years(db: Session) -> int:
    """How many years records are kept after a client's last activity (default 7)."""
    setting = db.exec(select(PracticeSetting).where(col(PracticeSetting.key) == RETENTION_KEY)).first()
    if setting is None or not setting.value.isdigit():
        return DEFAULT_RETENTION_YEARS
    return int(setting.value)


def set_retention_years(db: Session, years: int) -> Changes:
    """Keep records ``years`` after a client's last activity (1 to 100)."""
    with transaction(db):
        value = str(
            v.integer("retention_years", years, minimum=1, maximum=MAX_RETENTION_YEARS, label="period")
        )
        setting = db.exec(select(PracticeSetting).where(col(PracticeSetting.key) == RETENTION_KEY)).first()
        if setting is None:
            setting = PracticeSetting(key=RETENTION_KEY, value=value)
            db.add(setting)
            audit(db, setting, AuditAction.CREATED)
        elif apply(setting, {"value": value}):
            audit(db, setting, AuditAction.UPDATED, ["value"])
    return changed("practice_setting", ids=(setting.id,))


@dataclass(frozen=True)
class Hold:
    """A decision to keep a client's records: when, why, and when to look again."""

    id: uuid.UUID
    decided_on: date
    reason: str
    review_on: date | None

    def in_force(self, on: date) -> bool:
        return self.review_on is None or on < self.review_on


@dataclass(frozen=True)
class RetentionRow:
    """A client whose records have been kept for the whole retention period."""

    client_id: uuid.UUID
    name: str
    status: ClientStatus
    last_activity: date
    basis: str  # "last engagement ended", "last agreement", "last session" or "added"
    due_on: date  # last_activity + the retention period
    hold: Hold | None  # the latest decision to keep, if any (in force only when listed as kept)


def _latest(
    found: dict[uuid.UUID, tuple[date, str]], client_id: uuid.UUID, day: date | None, basis: str
) -> None:
    if day is not None and (client_id not in found or day > found[client_id][0]):
        found[client_id] = (day, basis)


def _activity(
    db: Session, today: date, zone: tzinfo
) -> tuple[dict[uuid.UUID, tuple[date, str]], set[uuid.UUID]]:
    """The last activity of every client, and the clients with work still open."""
    found: dict[uuid.UUID, tuple[date, str]] = {}
    busy: set[uuid.UUID] = set()
    agreed, ended_basis = phrase("services", "last agreement"), phrase("services", "last engagement ended")
    connection = db.connection()
    client_of = id_reader()  # ids read as stored, each client's made into a UUID once
    # Days and instants are read as stored (ISO text) and made into dates only where used: through
    # the ORM's types, every engagement's seven dates would be converted first.
    e = Engagement
    for client_hex, status, *days, created in connection.execute(
        sa.select(
            as_stored(col(e.client_id)),
            as_stored(col(e.status)),
            as_stored(col(e.start_date)),
            as_stored(col(e.sent_on)),
            as_stored(col(e.signed_on)),
            as_stored(col(e.activated_on)),
            as_stored(col(e.end_date)),
            as_stored(col(e.ended_on)),
            as_stored(col(e.created_at)),
        )
    ):
        client_id = client_of(client_hex)
        if status in OPEN:
            busy.add(client_id)
        ended = days[-1] or (days[-2] if status in _CLOSED else None)
        proposed = [d for d in days[:-2] if d]
        # A draft with no date yet: the day it was written.
        latest = max(proposed) if proposed else local_date(datetime.fromisoformat(created), zone).isoformat()
        _latest(found, client_id, date.fromisoformat(latest), agreed)
        _latest(found, client_id, date.fromisoformat(ended) if ended else None, ended_basis)
    s = CoachingSession
    last_session = phrase("services", "last session")
    for client_hex, session_status, last in connection.execute(
        sa.select(
            as_stored(col(s.client_id)), as_stored(col(s.status)), as_stored(sa.func.max(s.starts_at))
        ).group_by(col(s.client_id), col(s.status))
    ):
        client_id = client_of(client_hex)
        day = local_date(datetime.fromisoformat(last), zone)
        if session_status == SessionStatus.SCHEDULED and day >= today:
            busy.add(client_id)
        else:
            _latest(found, client_id, day, last_session)
    for client_id, intake, created in connection.execute(
        sa.select(col(Client.id), col(Client.intake_date), col(Client.created_at))
    ):
        if client_id not in found:  # no agreement, no session: the day they were taken on, or added
            found[client_id] = (intake or created.astimezone(zone).date(), phrase("services", "added"))
    return found, busy


def _holds(db: Session) -> dict[uuid.UUID, Hold]:
    latest: dict[uuid.UUID, Hold] = {}
    rows = db.exec(
        select(RetentionHold).order_by(col(RetentionHold.decided_on), col(RetentionHold.created_at))
    )
    for hold in rows:
        latest[hold.client_id] = Hold(hold.id, hold.decided_on, hold.reason, hold.review_on)
    return latest


def clients_past_retention(
    db: Session, today: date, *, include_kept: bool = False, zone: tzinfo | None = None
) -> list[RetentionRow]:
    """Clients whose retention period has run out by ``today``, longest overdue first.

    Clients kept with a reason still in force are left out unless ``include_kept``.
    """
    today = v.a_date("today", today, label="date")
    zone = zone or local_zone()
    years = retention_years(db)
    found, busy = _activity(db, today, zone)
    holds = _holds(db)
    names = {
        row[0]: (row[1], row[2]) for row in db.connection().execute(
            sa.select(col(Client.id), col(Client.name), col(Client.status))
        )
    }  # fmt: skip
    rows = []
    for client_id, (last, basis) in found.items():
        due = years_after(last, years)
        hold = holds.get(client_id)
        if client_id in busy or due > today or (hold and hold.in_force(today) and not include_kept):
            continue
        name, status = names[client_id]
        rows.append(RetentionRow(client_id, name, status, last, basis, due, hold))
    rows.sort(key=lambda r: (r.due_on, r.name.casefold()))
    return rows


def keep_client(
    db: Session, client_id: uuid.UUID, reason: str, today: date, review_on: date | None = None
) -> Changes:
    """Record the decision to keep a client's records past the period, with the reason (audited)."""
    with transaction(db):
        client = fetch(db, Client, client_id, field="client_id", label="client")
        decided_on = v.required_date("decided_on", today, label="date of the decision")
        why = v.text("reason", reason, required=True, long=True, label="reason for keeping the records")
        review = v.optional_date("review_on", review_on, label="review date")
        if review is not None and review <= decided_on:
            raise ValidationError(
                "review_on", phrase("services", "The review date must be after the date of the decision.")
            )
        hold = RetentionHold(client_id=client.id, decided_on=decided_on, reason=why, review_on=review)
        db.add(hold)
        audit(db, hold, AuditAction.CREATED)
    return changed("retention_hold", created=hold.id)


def holds_of(db: Session, client_id: uuid.UUID) -> list[Hold]:
    """Every decision to keep the client's records, oldest first."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    rows = db.exec(
        select(RetentionHold)
        .where(col(RetentionHold.client_id) == client.id)
        .order_by(col(RetentionHold.decided_on), col(RetentionHold.created_at))
    )
    return [Hold(hold.id, hold.decided_on, hold.reason, hold.review_on) for hold in rows]
