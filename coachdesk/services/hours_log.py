"""The coaching-hours log in the ICF credential format: claimable lines, their totals, progress towards
ACC, PCC and MCC, and what cannot be claimed, shown apart.

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
  ``Client.named_in_hours_log`` is ticked. A group is named by those of its clients who may be named.
- Confidential organisational clients: sessions of an engagement with a sponsor that is logged as an
  alias print as "Confidential Client N" (numbered by ``log_aliases.alias_numbers``) with the sponsor
  contact's e-mail, and are claimable without consent to be named; without a contact e-mail they
  cannot be claimed. A group is logged as an alias when all its sessions are.
- ICF accepts only what it can verify: clients who may not be named (and are not aliased) are left
  off the log and out of every total and progress; they are counted apart, per reason, in
  ``HoursLog.not_claimable``.
- Lines the coach entered for hours before CoachDesk (``EarlierLogLine``) are listed, marked as
  entered, when they lie wholly within the period; they count in the totals, their clients counted
  by name (a group line by its number in group), their hours as recent only when the line starts in
  the recent window.
- Progress towards each credential is measured on the claimable lines, with the recent-hours
  requirement counting from ``RECENT_MONTHS`` (the rules file's window) before the day of the log.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import Client, Consent, ConsentScope, EarlierLogLine, SessionStatus
from coachdesk.domain.phrases import phrase
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
from coachdesk.services.hours_log_tally import GROUP_CAP, Group, Sitting, Tally, groups
from coachdesk.services.local_time import day_start, local_date, local_zone, months_before
from coachdesk.services.log_aliases import AliasedEngagement, alias_name, alias_numbers, aliased_engagements
from coachdesk.services.session_rows import stored_instant
from coachdesk.services.stored_ids import id_reader

__all__ = ["GROUP_CAP", "NO_CONSENT", "NO_CONTACT_EMAIL", "HoursLog", "HoursLogRow", "NotClaimable"]

NO_CONSENT = "no consent to be named"
NO_CONTACT_EMAIL = "no organisation contact e-mail"


@dataclass(frozen=True)
class HoursLogRow:
    """One claimable line: a client's individual sessions, a group, an alias, or a line entered by hand."""

    number: int
    client_ids: tuple[uuid.UUID, ...]  # the clients of record behind the line (none for an entered line)
    client_name: str  # the name printed: the client's, the group's named clients', or the alias
    group: bool
    number_in_group: int | None  # participants counted (at most 15); None for individual coaching
    contact: str
    first_date: date
    last_date: date
    paid_minutes: int
    pro_bono_minutes: int
    alias: bool = False  # logged as "Confidential Client N", verified by the organisation
    organisation_id: uuid.UUID | None = None  # for an alias: the organisation that verifies it
    entered: bool = False  # entered by the coach for hours before CoachDesk
    entry_id: uuid.UUID | None = None  # for an entered line: its EarlierLogLine

    @property
    def kind(self) -> str:
        return "Group" if self.group else "Individual"

    @property
    def named_client_ids(self) -> tuple[uuid.UUID, ...]:
        """The clients this line names (an alias names none)."""
        return () if self.alias else self.client_ids

    @property
    def paid_hours(self) -> Decimal:
        return hours(self.paid_minutes)

    @property
    def pro_bono_hours(self) -> Decimal:
        return hours(self.pro_bono_minutes)


@dataclass(frozen=True)
class NotClaimable:
    """Hours that cannot be claimed, for one reason: how many clients, their dates and their hours."""

    reason: str  # NO_CONSENT or NO_CONTACT_EMAIL
    clients: int
    individual: bool
    group: bool
    first_date: date
    last_date: date
    paid_minutes: int
    pro_bono_minutes: int

    @property
    def minutes(self) -> int:
        return self.paid_minutes + self.pro_bono_minutes

    @property
    def hours(self) -> Decimal:
        return hours(self.minutes)


@dataclass(frozen=True)
class HoursLog:
    """The log as of ``made_on``: claimable rows, their totals and progress, and what cannot be claimed."""

    made_on: date
    start: date | None
    end: date | None
    recent_since: date
    rows: tuple[HoursLogRow, ...]
    not_claimable: tuple[NotClaimable, ...]
    totals: HoursTotals
    progress: tuple[CredentialProgress, ...]

    @property
    def named_client_ids(self) -> tuple[uuid.UUID, ...]:
        """The clients the log names, each once (aliases and entered lines name no client of record)."""
        return tuple(dict.fromkeys(c for row in self.rows for c in row.named_client_ids))


def _period(start: date | None, end: date | None, today: date) -> tuple[date | None, date]:
    first = v.optional_date("start_date", start, label="start of the period")
    last = v.optional_date("end_date", end, label="end of the period")
    if first is not None and last is not None and last < first:
        raise ValidationError("end_date", phrase("services", "The end of the period is before its start."))
    if first is not None and first > today:
        raise ValidationError(
            "start_date", phrase("services", "The period starts after today; no session can be in it yet.")
        )
    return first, min(last, today) if last is not None else today


# The completed sessions of a period, from the start index alone (it holds every column read here):
# named, so SQLite never reads the sessions' rows, with their notes, instead. Those a client had
# alone, under their own name, are summed by SQLite (``_OWN``); the log reads one by one only the
# group sessions and those logged under an alias (``_SITTINGS``).
_PERIOD = (
    " FROM coaching_session INDEXED BY ix_coaching_session_starts_at"
    " WHERE status = ? AND starts_at < ?{since}"
)
_SITTINGS = (
    "SELECT client_id, starts_at, duration_minutes, is_group, group_size, paid, engagement_id"  # noqa: S608
    + _PERIOD
    + " AND (is_group OR engagement_id IN (SELECT value FROM json_each(?)))"
)
_OWN = (
    "SELECT client_id, sum(CASE WHEN paid THEN duration_minutes ELSE 0 END),"  # noqa: S608 - fixed text
    " sum(CASE WHEN paid THEN 0 ELSE duration_minutes END),"
    " sum(CASE WHEN starts_at >= ? THEN duration_minutes ELSE 0 END), min(starts_at), max(starts_at)"
    + _PERIOD
    + " AND NOT is_group"
    " AND (engagement_id IS NULL OR engagement_id NOT IN (SELECT value FROM json_each(?)))"
    " GROUP BY client_id ORDER BY min(starts_at), client_id"
)


def _starts(first: date | None, last: date, zone: tzinfo) -> tuple[str, list[str]]:
    """The condition on a session's start for the days from ``first`` (None: open) to ``last``."""
    params = [SessionStatus.COMPLETED.value, stored_instant(day_start(last + timedelta(days=1), zone))]
    if first is None:
        return "", params
    return " AND starts_at >= ?", [*params, stored_instant(day_start(first, zone))]


def _own(
    db: Session, first: date | None, last: date, zone: tzinfo, aliased: dict[uuid.UUID, AliasedEngagement],
    recent_since: date,
) -> dict[uuid.UUID, Tally]:  # fmt: skip
    """The minutes of the sessions each client had alone under their own name, summed in SQLite: a
    tally per client (its days the first and the last), in order of their first session."""
    since, params = _starts(first, last, zone)
    recent = stored_instant(day_start(recent_since, zone))
    query = _OWN.format(since=since)
    found = db.connection().exec_driver_sql(query, (recent, *params, _hexes(aliased))).fetchall()
    return {
        uuid.UUID(client_hex): Tally(
            int(paid),
            int(pro_bono),
            int(recent_minutes),
            [
                local_date(datetime.fromisoformat(earliest), zone),
                local_date(datetime.fromisoformat(latest), zone),
            ],
        )
        for client_hex, paid, pro_bono, recent_minutes, earliest, latest in found
    }


def _hexes(aliased: dict[uuid.UUID, AliasedEngagement]) -> str:
    return json.dumps([engagement.hex for engagement in aliased])


def _sittings(
    db: Session, first: date | None, last: date, zone: tzinfo, aliased: dict[uuid.UUID, AliasedEngagement]
) -> list[Sitting]:
    """The group sessions of the period and those logged under an alias, one by one."""
    # Ids and instants as stored (text), converted here once per distinct id: through the ORM's
    # types, a row at a time, thousands of sessions cost several times the query itself.
    since, params = _starts(first, last, zone)
    query = _SITTINGS.format(since=since)
    client_of = id_reader()
    by_hex = {engagement.hex: engagement for engagement in aliased}  # the only engagements looked up
    days: dict[str, date] = {}  # each starting minute's local day (zones are whole minutes apart)
    sittings = []
    for client_hex, stored, minutes, group, size, paid, engagement_hex in (
        db.connection().exec_driver_sql(query, (*params, _hexes(aliased))).fetchall()
    ):
        starts_at = datetime.fromisoformat(stored)
        day = days.get(stored[:16])
        if day is None:
            day = days[stored[:16]] = local_date(starts_at, zone)
        engagement = by_hex.get(engagement_hex)
        sittings.append(
            Sitting(
                client_of(client_hex),
                starts_at,
                day,
                minutes,
                bool(group),
                size if group else 1,
                bool(paid),
                engagement,
                engagement is not None,
            )
        )
    return sittings


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


@dataclass(frozen=True)
class _Person:
    """What the log prints of a client of record (not the whole record, with its notes)."""

    id: uuid.UUID
    name: str
    email: str
    phone: str


def _contact(client: _Person) -> str:
    return "; ".join(part for part in (client.email, client.phone) if part)


@dataclass
class _Apart:
    """What cannot be claimed for one reason, gathered."""

    tally: Tally
    clients: set[uuid.UUID]
    extra: int = 0
    individual: bool = False
    group: bool = False


class _Builder:
    """Sorts the log's sessions into claimable rows and what cannot be claimed."""

    def __init__(self, db: Session, today: date, recent_since: date, client_ids: set[uuid.UUID]) -> None:
        c = Client
        query = sa.select(col(c.id), col(c.name), col(c.email), col(c.phone)).where(col(c.id).in_(client_ids))
        self.clients = {row[0]: _Person(*row) for row in db.connection().execute(query)}
        self.named = named_clients(db, client_ids, today)
        self.recent_since = recent_since
        self.pending: list[tuple[tuple[date, str], HoursLogRow]] = []
        self.apart: dict[str, _Apart] = {}
        self.totals = Tally()
        self.counted: set[uuid.UUID] = set()
        self.extra = 0

    def claim(self, row: HoursLogRow, tally: Tally, members: set[uuid.UUID], extra: int = 0) -> None:
        self.totals.merge(tally)
        self.counted |= members
        self.extra += extra
        self.pending.append(((row.first_date, fold(row.client_name)), row))

    def set_apart(self, reason: str, tally: Tally, members: set[uuid.UUID], extra: int, group: bool) -> None:
        line = self.apart.setdefault(reason, _Apart(Tally(), set()))
        line.tally.merge(tally)
        line.clients |= members
        line.extra += extra
        line.group = line.group or group
        line.individual = line.individual or not group

    def row(
        self, tally: Tally, ids: tuple[uuid.UUID, ...], name: str, size: int | None, contact: str
    ) -> HoursLogRow:
        first, last = min(tally.days), max(tally.days)
        return HoursLogRow(
            0, ids, name, size is not None, size, contact, first, last, tally.paid, tally.pro_bono
        )

    def not_claimable(self) -> tuple[NotClaimable, ...]:
        return tuple(
            NotClaimable(
                reason,
                len(line.clients) + line.extra,
                line.individual,
                line.group,
                min(line.tally.days),
                max(line.tally.days),
                line.tally.paid,
                line.tally.pro_bono,
            )
            for reason in (NO_CONSENT, NO_CONTACT_EMAIL)
            if (line := self.apart.get(reason)) is not None
        )


def _individual(
    builder: _Builder,
    own: dict[uuid.UUID, Tally],
    sittings: list[Sitting],
    aliased: dict[uuid.UUID, AliasedEngagement],
    numbers: dict[uuid.UUID, int],
) -> None:
    """Each client's sessions alone: ``own`` under their name, tallied already; ``sittings``, those
    logged under an alias."""
    under_alias: dict[tuple[uuid.UUID, uuid.UUID, str], Tally] = defaultdict(Tally)
    for s in sittings:
        if s.engagement_id is not None:
            sponsor = aliased[s.engagement_id]
            key = (s.client_id, sponsor.organisation_id, sponsor.contact_email)
            under_alias[key].add(s.minutes, s.paid, s.day, builder.recent_since)
    for client_id, tally in own.items():
        if client_id in builder.named:
            client = builder.clients[client_id]
            builder.claim(
                builder.row(tally, (client_id,), client.name, None, _contact(client)), tally, {client_id}
            )
        else:
            builder.set_apart(NO_CONSENT, tally, {client_id}, 0, False)
    for (client_id, organisation_id, email), tally in under_alias.items():
        if not email:
            builder.set_apart(NO_CONTACT_EMAIL, tally, {client_id}, 0, False)
            continue
        row = builder.row(tally, (client_id,), alias_name(numbers[client_id]), None, email)
        builder.claim(replace(row, alias=True, organisation_id=organisation_id), tally, {client_id})


def _group(builder: _Builder, group: Group, aliased: dict[uuid.UUID, AliasedEngagement],
           numbers: dict[uuid.UUID, int]) -> None:  # fmt: skip
    if all(s.aliased for s in group.sittings):
        sponsors = {aliased[s.engagement_id] for s in group.sittings if s.engagement_id is not None}
        emails = sorted({s.contact_email for s in sponsors if s.contact_email})
        if not emails:
            builder.set_apart(NO_CONTACT_EMAIL, group.tally, group.members, group.extra, True)
            return
        number = min(numbers[c] for c in group.members)
        organisation = min(sponsors, key=lambda s: (not s.contact_email, s.organisation)).organisation_id
        ids = tuple(sorted(group.members, key=lambda c: numbers[c]))
        row = builder.row(group.tally, ids, alias_name(number), group.participants, "; ".join(emails))
        builder.claim(
            replace(row, alias=True, organisation_id=organisation), group.tally, group.members, group.extra
        )
        return
    shown = sorted(
        (builder.clients[c] for c in group.members if c in builder.named), key=lambda c: fold(c.name)
    )
    if not shown:
        builder.set_apart(NO_CONSENT, group.tally, group.members, group.extra, True)
        return
    name = "; ".join(c.name for c in shown)
    contact = "; ".join(filter(None, (_contact(c) for c in shown)))
    row = builder.row(group.tally, tuple(c.id for c in shown), name, group.participants, contact)
    builder.claim(row, group.tally, group.members, group.extra)


def _entered(builder: _Builder, db: Session, first: date | None, last: date) -> int:
    """Adds the entered lines within the period; returns the clients they count (by name)."""
    query = sa.select(EarlierLogLine).where(col(EarlierLogLine.end_date) <= last)
    if first is not None:
        query = query.where(col(EarlierLogLine.start_date) >= first)
    individual: set[str] = set()
    in_groups: dict[str, int] = {}
    for line in db.execute(query).scalars():
        tally = Tally(line.paid_minutes, line.pro_bono_minutes, 0, [line.start_date, line.end_date])
        if line.start_date >= builder.recent_since:
            tally.recent = line.paid_minutes + line.pro_bono_minutes
        size = min(line.number_in_group or 1, GROUP_CAP) if line.is_group else None
        row = HoursLogRow(
            0, (), line.client_name, line.is_group, size, line.contact, line.start_date, line.end_date,
            line.paid_minutes, line.pro_bono_minutes, entered=True, entry_id=line.id,
        )  # fmt: skip
        builder.claim(row, tally, set())
        key = fold(line.client_name)
        if size is None:
            individual.add(key)
        else:
            in_groups[key] = max(in_groups.get(key, 0), size)
    return len(individual) + sum(in_groups.values())


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
    aliased = aliased_engagements(db)
    own = _own(db, first, last, zone, aliased, recent_since)
    sittings = _sittings(db, first, last, zone, aliased)
    numbers = alias_numbers(db) if any(s.aliased for s in sittings) else {}
    builder = _Builder(db, today, recent_since, own.keys() | {s.client_id for s in sittings})
    _individual(builder, own, [s for s in sittings if not s.group], aliased, numbers)
    for group in groups([s for s in sittings if s.group], recent_since):
        _group(builder, group, aliased, numbers)
    entered_clients = _entered(builder, db, first, last)
    builder.pending.sort(key=lambda item: item[0])
    rows = tuple(replace(row, number=number) for number, (_key, row) in enumerate(builder.pending, 1))
    t = builder.totals
    total = HoursTotals(len(builder.counted) + builder.extra + entered_clients, t.paid, t.pro_bono, t.recent)
    return HoursLog(
        made_on=today,
        start=first,
        end=last if end is not None else None,
        recent_since=recent_since,
        rows=rows,
        not_claimable=builder.not_claimable(),
        totals=total,
        progress=tuple(progress(c, total) for c in CREDENTIALS),
    )
