"""The practice at a glance: the week's sessions, what falls due, what awaits the coach, and hours logged."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import (
    ActionItem,
    ActionOwner,
    Client,
    CoachingSession,
    Conflict,
    ConflictKind,
    Consent,
    ConsentScope,
    Engagement,
    EngagementStatus,
    Professional,
    Referral,
    ReferralStatus,
    SessionFormat,
    SessionStatus,
)
from coachdesk.domain.lazy_words import LazyWords
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.credential_readiness import NextLevel, NextRenewal, next_level, next_renewal

WEEK_DAYS = 7  # sessions and action items: today and the next 7 days
CONSENT_DAYS = 30  # consents expiring today or in the next 30 days


def _format_words() -> dict[SessionFormat, str]:
    return {
        SessionFormat.IN_PERSON: phrase("services", "in person"),
        SessionFormat.VIDEO: phrase("services", "video"),
        SessionFormat.PHONE: phrase("services", "phone"),
    }


FORMAT_WORDS: LazyWords[SessionFormat] = LazyWords(_format_words)


def _scope_words() -> dict[ConsentScope, str]:
    return {
        ConsentScope.SHARE_WITH_SPONSOR: phrase("services", "Sharing with the sponsor"),
        ConsentScope.REFERRAL: phrase("services", "Referral"),
        ConsentScope.NAMED_IN_HOURS_LOG: phrase("services", "Named in the hours log"),
        ConsentScope.SESSION_RECORDING: phrase("services", "Session recording"),
        ConsentScope.TESTIMONIAL: phrase("services", "Testimonial"),
    }


SCOPE_WORDS: LazyWords[ConsentScope] = LazyWords(_scope_words)


def _conflict_words() -> dict[ConflictKind, str]:
    return {
        ConflictKind.SAME_ORGANISATION: phrase("services", "Same organisation"),
        ConflictKind.CLIENT_IS_SPONSOR_CONTACT: phrase("services", "Client is a sponsor contact"),
        ConflictKind.REFERRAL_FEE: phrase("services", "Referral fee"),
        ConflictKind.PERSONAL_RELATIONSHIP: phrase("services", "Personal relationship"),
        ConflictKind.PROFESSIONAL_RELATIONSHIP: phrase("services", "Professional relationship"),
        ConflictKind.FINANCIAL_BENEFIT: phrase("services", "Financial benefit"),
        ConflictKind.OTHER: phrase("services", "Conflict of interest"),
    }


CONFLICT_WORDS: LazyWords[ConflictKind] = LazyWords(_conflict_words)


def _owner_words() -> dict[ActionOwner, str]:
    return {
        ActionOwner.CLIENT: phrase("services", "client's action"),
        ActionOwner.COACH: phrase("services", "your action"),
    }


OWNER_WORDS: LazyWords[ActionOwner] = LazyWords(_owner_words)


@dataclass(frozen=True)
class DashboardItem:
    """One line of a dashboard section.

    ``kind`` names the record ('session', 'action_item', 'engagement', 'consent', 'conflict',
    'referral') and ``record_id`` its id; ``client_id``/``client_name`` the client it concerns
    (None/'' for a conflict recorded without one). ``when`` is a session's start (aware UTC);
    ``on`` is the date that matters for the others (due, sent, expiring, raised, follow-up).
    ``text`` says what it is, ``note`` adds a detail, ``status`` is the record's status where the
    section holds more than one ('sent' or 'draft' for agreements), and ``overdue`` marks a date
    already passed.
    """

    kind: str
    record_id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    text: str
    when: datetime | None = None
    on: date | None = None
    note: str = ""
    status: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class CoachingMinutes:
    """Minutes of completed coaching, paid and pro bono."""

    paid: int = 0
    pro_bono: int = 0

    @property
    def total(self) -> int:
        return self.paid + self.pro_bono


@dataclass(frozen=True)
class CoachingHours:
    """Coaching logged in the current calendar month and in all, each split paid / pro bono."""

    this_month: CoachingMinutes
    in_total: CoachingMinutes


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows, as of ``today`` (the coach's local date)."""

    today: date
    clients: int
    sessions_today: tuple[DashboardItem, ...]
    sessions_coming: tuple[DashboardItem, ...]  # tomorrow up to and including day 7
    action_items: tuple[DashboardItem, ...]  # not done, overdue or due by day 7; overdue first
    awaiting_signature: tuple[DashboardItem, ...]  # sent, not yet signed
    draft_agreements: tuple[DashboardItem, ...]  # drafted, not yet sent
    expiring_consents: tuple[DashboardItem, ...]  # not withdrawn, expiring today to day 30
    open_conflicts: tuple[DashboardItem, ...]  # no decision yet
    referral_follow_ups: tuple[DashboardItem, ...]  # follow-up date reached, no outcome recorded
    hours: CoachingHours
    past_retention: tuple[DashboardItem, ...] = ()  # records kept the whole retention period
    renewal: NextRenewal | None = None  # the next renewal of a credential held, and what it lacks
    next_level: NextLevel | None = None  # the next ICF level, and what it lacks


def hours(minutes: int) -> Decimal:
    """Minutes as hours to one decimal, halves rounded up (45 min → 0.8)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """The start of ``day`` in ``zone``, as an aware UTC datetime."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


# The statements are built once; each call only binds its dates (SQLAlchemy then reuses the compiled SQL).
_s, _a, _e, _c, _k, _r = CoachingSession, ActionItem, Engagement, Consent, Conflict, Referral
_WEEK = (
    sa.select(
        col(_s.id),
        col(_s.client_id),
        col(Client.name),
        col(_s.starts_at),
        col(_s.duration_minutes),
        col(_s.format),
        col(_s.is_group),
        col(_s.group_size),
        col(_s.status),
        col(Engagement.title),
    )
    .join(Client, col(Client.id) == col(_s.client_id))
    .outerjoin(Engagement, col(Engagement.id) == col(_s.engagement_id))
    .where(col(_s.starts_at) >= sa.bindparam("start"), col(_s.starts_at) < sa.bindparam("end"))
    .where(col(_s.status).in_([SessionStatus.SCHEDULED, SessionStatus.COMPLETED]))
    .order_by(col(_s.starts_at), col(Client.name))
)
_ACTION_ITEMS = (
    sa.select(
        col(_a.id), col(_a.client_id), col(Client.name), col(_a.description), col(_a.owner), col(_a.due_date)
    )
    .join(Client, col(Client.id) == col(_a.client_id))
    .where(col(_a.done).is_(False), col(_a.due_date).is_not(None), col(_a.due_date) <= sa.bindparam("last"))
    .order_by(col(_a.due_date), col(Client.name), col(_a.description))
)
_AGREEMENTS = (
    sa.select(
        col(_e.id), col(_e.client_id), col(Client.name), col(_e.title), col(_e.sent_on), col(_e.sponsor_id)
    )
    .join(Client, col(Client.id) == col(_e.client_id))
    .where(col(_e.status) == sa.bindparam("status"))
    .order_by(col(_e.sent_on), col(_e.created_at), col(Client.name))
)
_CONSENTS = (
    sa.select(
        col(_c.id), col(_c.client_id), col(Client.name), col(_c.scope), col(_c.recipient), col(_c.expires_on)
    )
    .join(Client, col(Client.id) == col(_c.client_id))
    .where(col(_c.withdrawn_on).is_(None))
    .where(col(_c.expires_on) >= sa.bindparam("first"), col(_c.expires_on) <= sa.bindparam("last"))
    .order_by(col(_c.expires_on), col(Client.name))
)
_CONFLICTS = (
    sa.select(
        col(_k.id), col(_k.client_id), col(Client.name), col(_k.kind), col(_k.description), col(_k.created_at)
    )
    .outerjoin(Client, col(Client.id) == col(_k.client_id))
    .where(col(_k.decision).is_(None))
    .order_by(col(_k.created_at))
)
_REFERRALS = (
    sa.select(
        col(_r.id),
        col(_r.client_id),
        col(Client.name),
        col(Professional.name),
        col(Professional.profession),
        col(_r.follow_up_on),
        col(_r.reason),
    )
    .join(Client, col(Client.id) == col(_r.client_id))
    .join(Professional, col(Professional.id) == col(_r.professional_id))
    .where(col(_r.follow_up_on) <= sa.bindparam("last"), sa.func.trim(col(_r.outcome)) == "")
    .where(col(_r.status) != ReferralStatus.CANCELLED)
    .order_by(col(_r.follow_up_on), col(Client.name))
)
_CLIENTS = sa.select(sa.func.count()).select_from(Client)


def _minutes_query(between: bool) -> sa.Select[Any]:
    """Completed minutes by paid or pro bono. A group session is recorded once per participant,
    so group rows that start together count once (as in the coaching-hours log)."""
    done = [col(_s.status) == SessionStatus.COMPLETED]
    if between:
        done += [col(_s.starts_at) >= sa.bindparam("start"), col(_s.starts_at) < sa.bindparam("end")]
    single: Any = sa.select(col(_s.paid).label("paid"), col(_s.duration_minutes).label("minutes")).where(
        *done, col(_s.is_group).is_(False)
    )
    group: Any = (
        sa.select(col(_s.paid).label("paid"), sa.func.max(_s.duration_minutes).label("minutes"))
        .where(*done, col(_s.is_group).is_(True))
        .group_by(col(_s.starts_at), col(_s.paid))
    )
    every = sa.union_all(single, group).subquery()
    return sa.select(every.c.paid, sa.func.coalesce(sa.func.sum(every.c.minutes), 0)).group_by(every.c.paid)


_MINUTES = _minutes_query(between=False)
_MINUTES_BETWEEN = _minutes_query(between=True)


def coaching_minutes(
    db: Session, start: datetime | None = None, end: datetime | None = None
) -> CoachingMinutes:
    """Minutes of completed sessions starting in [start, end) (either bound may be left open)."""
    query, params = _MINUTES, {}
    if start is not None or end is not None:
        low = v.aware_datetime("start", start) if start is not None else datetime(1900, 1, 1, tzinfo=UTC)
        high = v.aware_datetime("end", end) if end is not None else datetime(2201, 1, 1, tzinfo=UTC)
        query, params = _MINUTES_BETWEEN, {"start": low, "end": high}
    rows = db.connection().execute(query, params).all()
    totals = {bool(row[0]): int(row[1]) for row in rows}
    return CoachingMinutes(paid=totals.get(True, 0), pro_bono=totals.get(False, 0))


def claimable_minutes(db: Session, today: date, zone: tzinfo, since: date | None = None) -> CoachingMinutes:
    """Minutes the coaching-hours log can claim up to ``today`` (from ``since``): as the log counts them,
    without clients who may not be named, with earlier lines entered by the coach."""
    from coachdesk.services.hours_log import hours_log

    totals = hours_log(db, today, start=since, zone=zone).totals
    return CoachingMinutes(paid=totals.paid_minutes, pro_bono=totals.pro_bono_minutes)


def dashboard(db: Session, now: datetime, zone: tzinfo | None = None) -> Dashboard:
    """The dashboard as of ``now``, with "today" and the month taken in ``zone`` (default: now's zone)."""
    now = v.aware_datetime("now", now)
    zone = zone or now.tzinfo or UTC
    today = now.astimezone(zone).date()
    tomorrow = local_midnight(today + timedelta(days=1), zone)
    week = _sessions(
        db, local_midnight(today, zone), local_midnight(today + timedelta(days=WEEK_DAYS + 1), zone)
    )
    first = today.replace(day=1)
    month = claimable_minutes(db, today, zone, first)
    from coachdesk.services.hours_log import hours_log

    log = hours_log(db, today, zone=zone)  # made once: the total and the next level's hours
    return Dashboard(
        today=today,
        clients=int(db.connection().execute(_CLIENTS).scalar_one()),
        sessions_today=tuple(item for item in week if item.when is not None and item.when < tomorrow),
        sessions_coming=tuple(item for item in week if item.when is not None and item.when >= tomorrow),
        action_items=_action_items(db, today),
        awaiting_signature=_agreements(db, EngagementStatus.SENT),
        draft_agreements=_agreements(db, EngagementStatus.DRAFT),
        expiring_consents=_consents(db, today),
        open_conflicts=_conflicts(db, zone),
        referral_follow_ups=_referrals(db, today),
        hours=CoachingHours(
            this_month=month,
            in_total=CoachingMinutes(paid=log.totals.paid_minutes, pro_bono=log.totals.pro_bono_minutes),
        ),
        past_retention=_past_retention(db, today, zone),
        renewal=next_renewal(db),
        next_level=next_level(db, today, zone, log=log),
    )


def _past_retention(db: Session, today: date, zone: tzinfo) -> tuple[DashboardItem, ...]:
    """Clients whose records have been kept the whole retention period, for review."""
    from coachdesk.services.retention import clients_past_retention

    return tuple(
        DashboardItem(
            kind="client",
            record_id=row.client_id,
            client_id=row.client_id,
            client_name=row.name,
            text=phrase("services", "Records past the retention period"),
            on=row.due_on,
            note=f"{row.basis} {row.last_activity.isoformat()}",
            overdue=True,
        )
        for row in clients_past_retention(db, today, zone=zone)
    )


def _rows(db: Session, query: sa.Executable, **params: Any) -> list[Any]:
    """The rows of ``query`` as plain tuples."""
    return [tuple(row) for row in db.connection().execute(query, params)]


def _sessions(db: Session, start: datetime, end: datetime) -> list[DashboardItem]:
    """Scheduled and completed sessions starting in [start, end), earliest first (the starts_at index)."""
    items = []
    for row in _rows(db, _WEEK, start=start, end=end):
        record_id, client_id, name, starts_at, minutes, fmt, is_group, size, status, title = row
        details = [
            phrase("services", "{minutes} min").format(minutes=minutes),
            FORMAT_WORDS.get(fmt, str(fmt)),
        ]
        if is_group:
            details.append(phrase("services", "group of {size}").format(size=size))
        if status == SessionStatus.COMPLETED:
            details.append(phrase("services", "done"))
        text = title or phrase("services", "Coaching session")
        items.append(
            DashboardItem(
                "session", record_id, client_id, name, text, when=starts_at, note=" · ".join(details)
            )
        )
    return items


def _action_items(db: Session, today: date) -> tuple[DashboardItem, ...]:
    """Open action items overdue or due by day 7, earliest due first."""
    items = []
    for record_id, client_id, name, description, owner, due in _rows(
        db, _ACTION_ITEMS, last=today + timedelta(days=WEEK_DAYS)
    ):
        note, overdue = OWNER_WORDS.get(owner, ""), due < today
        items.append(
            DashboardItem(
                "action_item", record_id, client_id, name, description, on=due, note=note, overdue=overdue
            )
        )
    return tuple(items)


def _agreements(db: Session, status: EngagementStatus) -> tuple[DashboardItem, ...]:
    """Agreements in ``status``: sent ones longest waiting first, drafts oldest first."""
    items = []
    for record_id, client_id, name, title, sent_on, sponsor_id in _rows(db, _AGREEMENTS, status=status):
        note = phrase("services", "three-way") if sponsor_id is not None else ""
        items.append(
            DashboardItem(
                "engagement", record_id, client_id, name, title, on=sent_on, note=note, status=status.value
            )
        )
    return tuple(items)


def _consents(db: Session, today: date) -> tuple[DashboardItem, ...]:
    """Consents not withdrawn that expire from today to day 30, soonest first."""
    items = []
    for record_id, client_id, name, scope, recipient, expires_on in _rows(
        db, _CONSENTS, first=today, last=today + timedelta(days=CONSENT_DAYS)
    ):
        text = SCOPE_WORDS.get(scope, str(scope))
        text = f"{text}: {recipient}" if recipient else text
        items.append(DashboardItem("consent", record_id, client_id, name, text, on=expires_on))
    return tuple(items)


def _conflicts(db: Session, zone: tzinfo) -> tuple[DashboardItem, ...]:
    """Conflicts of interest with no decision yet, oldest first (raised on the day they were recorded)."""
    items = []
    for record_id, client_id, name, kind, description, raised in _rows(db, _CONFLICTS):
        text, on = CONFLICT_WORDS.get(kind, str(kind)), raised.astimezone(zone).date()
        note = _first_line(description)
        items.append(DashboardItem("conflict", record_id, client_id, name or "", text, on=on, note=note))
    return tuple(items)


def _referrals(db: Session, today: date) -> tuple[DashboardItem, ...]:
    """Referrals (not cancelled) whose follow-up date has come and that have no outcome yet."""
    items = []
    for record_id, client_id, name, professional, profession, follow_up, reason in _rows(
        db, _REFERRALS, last=today
    ):
        text = f"{professional} ({profession})" if profession else professional
        note, overdue = _first_line(reason), follow_up < today
        items.append(
            DashboardItem(
                "referral", record_id, client_id, name, text, on=follow_up, note=note, overdue=overdue
            )
        )
    return tuple(items)


def _first_line(text: str, limit: int = 140) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\u2026"
