"""The coaching-hours log in the ICF credential format, its totals, and progress towards ACC, PCC and MCC.

What counts, and how:

- Only completed sessions count, up to the end of the day the log is made, optionally within a
  date range (the coach's local dates, both ends included). Hours are minutes / 60 to two decimals.
- Individual sessions give one row per client.
- A group session is recorded against a client who was in the group, with the number in the
  group. Its hours count once, however many of its participants have the session recorded:
  group sessions starting at the same moment are one meeting (a coach runs one group at a time),
  and clients who share meetings are one group, listed as one row. Each participant counts as a
  client, up to 15 per group (participants beyond 15 are not counted); a group's participants
  who are also clients of record are not counted twice.
- Consent to be named: a client who has consent records for being named in the hours log
  (ConsentScope.NAMED_IN_HOURS_LOG) is named only while one of them is in force on the day the
  log is made; a dated record, with its expiry or withdrawal, is the more precise statement and
  prevails over the tick on the client. A client with no such record is named when
  ``Client.named_in_hours_log`` is ticked. Clients not named are left off and counted, with their
  hours, in one line; a group is named by those of its clients who may be named, and goes into that
  line when none may be.
- Progress towards each credential is measured on the sessions of the log, with the recent-hours
  requirement counting sessions from 18 months before the day the log is made.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import Client, CoachingSession, Consent, ConsentScope, SessionStatus
from coachdesk.services import validation as v
from coachdesk.services.credentials import (
    CREDENTIALS,
    RECENT_MONTHS,
    CredentialProgress,
    HoursTotals,
    hours,
    progress,
)
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.local_time import day_start, local_date, local_zone, months_before

GROUP_CAP = 15  # participants a group counts for, at most
UNNAMED_LABEL = "Clients not named (no consent)"


@dataclass(frozen=True)
class HoursLogRow:
    """One line of the log: a named client's individual sessions, or a group with its named clients."""

    number: int
    client_ids: tuple[uuid.UUID, ...]
    client_name: str
    group: bool
    number_in_group: int | None  # participants counted (at most 15); None for individual coaching
    contact: str
    first_date: date
    last_date: date
    paid_minutes: int
    pro_bono_minutes: int

    @property
    def kind(self) -> str:
        return "Group" if self.group else "Individual"

    @property
    def paid_hours(self) -> Decimal:
        return hours(self.paid_minutes)

    @property
    def pro_bono_hours(self) -> Decimal:
        return hours(self.pro_bono_minutes)


@dataclass(frozen=True)
class UnnamedLine:
    """The clients left off for want of consent to be named: how many, their dates and their hours."""

    clients: int
    individual: bool
    group: bool
    first_date: date
    last_date: date
    paid_minutes: int
    pro_bono_minutes: int

    @property
    def kind(self) -> str:
        return " and ".join(
            k for k, present in (("Individual", self.individual), ("Group", self.group)) if present
        )

    @property
    def paid_hours(self) -> Decimal:
        return hours(self.paid_minutes)

    @property
    def pro_bono_hours(self) -> Decimal:
        return hours(self.pro_bono_minutes)


@dataclass(frozen=True)
class HoursLog:
    """The log as of ``made_on``: rows, the unnamed line, totals and progress per credential."""

    made_on: date
    start: date | None
    end: date | None
    recent_since: date
    rows: tuple[HoursLogRow, ...]
    unnamed: UnnamedLine | None
    totals: HoursTotals
    progress: tuple[CredentialProgress, ...]


@dataclass(frozen=True)
class _Sitting:
    """A completed session as the log sees it."""

    client_id: uuid.UUID
    starts_at: datetime
    day: date
    minutes: int
    group: bool
    size: int
    paid: bool


@dataclass
class _Tally:
    """Minutes and dates of a set of sessions (a row, the unnamed line, the totals)."""

    paid: int = 0
    pro_bono: int = 0
    recent: int = 0
    days: list[date] = field(default_factory=list)

    def add(self, minutes: int, paid: bool, day: date, recent_since: date) -> None:
        if paid:
            self.paid += minutes
        else:
            self.pro_bono += minutes
        if day >= recent_since:
            self.recent += minutes
        self.days.append(day)


@dataclass
class _Group:
    members: set[uuid.UUID]
    participants: int  # counted, at most GROUP_CAP
    tally: _Tally


def _period(start: date | None, end: date | None, today: date) -> tuple[date | None, date]:
    first = v.optional_date("start_date", start, label="start of the period")
    last = v.optional_date("end_date", end, label="end of the period")
    if first is not None and last is not None and last < first:
        raise ValidationError("end_date", "The end of the period is before its start.")
    if first is not None and first > today:
        raise ValidationError("start_date", "The period starts after today; no session can be in it yet.")
    return first, min(last, today) if last is not None else today


def _sittings(db: Session, first: date | None, last: date, zone: tzinfo) -> list[_Sitting]:
    s = CoachingSession
    query = sa.select(
        col(s.client_id),
        col(s.starts_at),
        col(s.duration_minutes),
        col(s.is_group),
        col(s.group_size),
        col(s.paid),
    ).where(
        col(s.status) == SessionStatus.COMPLETED, col(s.starts_at) < day_start(last + timedelta(days=1), zone)
    )
    if first is not None:
        query = query.where(col(s.starts_at) >= day_start(first, zone))
    return [
        _Sitting(
            client_id, starts_at, local_date(starts_at, zone), minutes, group, size if group else 1, paid
        )
        for client_id, starts_at, minutes, group, size, paid in db.connection().execute(query)
    ]


def named_clients(db: Session, client_ids: set[uuid.UUID], on: date) -> set[uuid.UUID]:
    """Which of ``client_ids`` may be named in the hours log on ``on`` (see the module's rule)."""
    ticked = {
        row[0]
        for row in db.connection().execute(
            sa.select(col(Client.id)).where(col(Client.named_in_hours_log).is_(True))
        )
    }
    consents: dict[uuid.UUID, bool] = {}
    query = sa.select(Consent).where(col(Consent.scope) == ConsentScope.NAMED_IN_HOURS_LOG)
    for consent in db.execute(query).scalars():
        consents[consent.client_id] = consents.get(consent.client_id, False) or consent.is_active(on)
    return {c for c in client_ids if consents.get(c, c in ticked)}


def _groups(sittings: list[_Sitting], recent_since: date) -> list[_Group]:
    """Group sessions gathered into meetings (same start) and meetings into groups (shared clients)."""
    parent: dict[uuid.UUID, uuid.UUID] = {}

    def root(node: uuid.UUID) -> uuid.UUID:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    meetings: dict[datetime, list[_Sitting]] = defaultdict(list)
    for sitting in sittings:
        meetings[sitting.starts_at].append(sitting)
        root(sitting.client_id)
    for records in meetings.values():
        for record in records[1:]:
            parent[root(record.client_id)] = root(records[0].client_id)
    groups: dict[uuid.UUID, _Group] = {}
    for records in meetings.values():
        members = {r.client_id for r in records}
        group = groups.setdefault(root(records[0].client_id), _Group(set(), 0, _Tally()))
        group.members |= members
        size = max(len(members), *(r.size for r in records))
        group.participants = max(group.participants, min(size, GROUP_CAP))
        first = records[0]
        group.tally.add(
            max(r.minutes for r in records), any(r.paid for r in records), first.day, recent_since
        )
    return list(groups.values())


def _contact(client: Client) -> str:
    return "; ".join(part for part in (client.email, client.phone) if part)


def hours_log(
    db: Session,
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    zone: tzinfo | None = None,
) -> HoursLog:
    """The hours log as of ``today``, for sessions from ``start`` to ``end`` (both optional, included)."""
    today = v.a_date("today", today, label="date of the log")
    first, last = _period(start, end, today)
    zone = zone or local_zone()
    recent_since = months_before(today, RECENT_MONTHS)
    sittings = _sittings(db, first, last, zone)
    client_ids = {s.client_id for s in sittings}
    clients = {c.id: c for c in db.execute(sa.select(Client).where(col(Client.id).in_(client_ids))).scalars()}
    named = named_clients(db, client_ids, today)

    individual: dict[uuid.UUID, _Tally] = defaultdict(_Tally)
    for sitting in sittings:
        if not sitting.group:
            individual[sitting.client_id].add(sitting.minutes, sitting.paid, sitting.day, recent_since)
    groups = _groups([s for s in sittings if s.group], recent_since)

    pending: list[tuple[tuple[date, str], HoursLogRow]] = []
    unnamed_tally, unnamed_known, unnamed_extra = _Tally(), set[uuid.UUID](), 0
    unnamed_individual = unnamed_group = False
    totals = _Tally()
    for client_id, tally in individual.items():
        _merge(totals, tally)
        if client_id in named:
            client = clients[client_id]
            pending.append(_row(tally, (client_id,), client.name, False, None, _contact(client)))
        else:
            _merge(unnamed_tally, tally)
            unnamed_known.add(client_id)
            unnamed_individual = True
    for group in groups:
        _merge(totals, group.tally)
        shown = sorted((clients[c] for c in group.members if c in named), key=lambda c: fold(c.name))
        if shown:
            name = "; ".join(c.name for c in shown)
            contact = "; ".join(filter(None, (_contact(c) for c in shown)))
            ids = tuple(c.id for c in shown)
            pending.append(_row(group.tally, ids, name, True, group.participants, contact))
        else:
            _merge(unnamed_tally, group.tally)
            unnamed_known |= group.members
            unnamed_extra += max(0, group.participants - len(group.members))
            unnamed_group = True
    pending.sort(key=lambda item: item[0])
    rows = tuple(replace(row, number=number) for number, (_key, row) in enumerate(pending, 1))
    unnamed = None
    if unnamed_tally.days:
        unnamed = UnnamedLine(
            clients=len(unnamed_known) + unnamed_extra,
            individual=unnamed_individual,
            group=unnamed_group,
            first_date=min(unnamed_tally.days),
            last_date=max(unnamed_tally.days),
            paid_minutes=unnamed_tally.paid,
            pro_bono_minutes=unnamed_tally.pro_bono,
        )
    known = set(individual) | {c for g in groups for c in g.members}
    client_count = len(known) + sum(max(0, g.participants - len(g.members)) for g in groups)
    total = HoursTotals(client_count, totals.paid, totals.pro_bono, totals.recent)
    return HoursLog(
        made_on=today,
        start=first,
        end=last if end is not None else None,
        recent_since=recent_since,
        rows=rows,
        unnamed=unnamed,
        totals=total,
        progress=tuple(progress(c, total) for c in CREDENTIALS),
    )


def _merge(into: _Tally, tally: _Tally) -> None:
    into.paid += tally.paid
    into.pro_bono += tally.pro_bono
    into.recent += tally.recent
    into.days.extend(tally.days)


def _row(
    tally: _Tally,
    ids: tuple[uuid.UUID, ...],
    name: str,
    group: bool,
    size: int | None,
    contact: str,
) -> tuple[tuple[date, str], HoursLogRow]:
    first, last = min(tally.days), max(tally.days)
    row = HoursLogRow(0, ids, name, group, size, contact, first, last, tally.paid, tally.pro_bono)
    return (first, fold(name)), row
