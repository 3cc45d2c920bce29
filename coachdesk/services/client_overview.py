"""One client's record at a glance: profile, agreements, sessions, goals, ethics records and a timeline."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk import domain as dm
from coachdesk.services import validation as v
from coachdesk.services.client_timeline import TimelineEvent, newest_first, short
from coachdesk.services.errors import NotFound


@dataclass(frozen=True)
class ClientProfile:
    id: uuid.UUID
    name: str
    preferred_name: str
    email: str
    phone: str
    organisation: str
    role: str
    status: dm.ClientStatus
    tags: tuple[str, ...]
    intake_date: date | None
    named_in_hours_log: bool  # consent to be named in the coaching-hours log
    private_notes: str


@dataclass(frozen=True)
class EngagementLine:
    id: uuid.UUID
    title: str
    status: dm.EngagementStatus
    three_way: bool
    sponsor: str  # '' for a two-party agreement
    start_date: date | None
    end_date: date | None
    sent_on: date | None
    signed_on: date | None
    activated_on: date | None
    ended_on: date | None
    sessions_done: int  # completed sessions under this agreement
    sessions_planned: int | None  # the number agreed, if any


@dataclass(frozen=True)
class SessionLine:
    id: uuid.UUID
    starts_at: datetime
    duration_minutes: int
    format: dm.SessionFormat
    status: dm.SessionStatus
    finalised_at: datetime | None
    concern_flags: frozenset[dm.ConcernFlag]
    engagement_id: uuid.UUID | None
    engagement: str
    amendments: int

    @property
    def finalised(self) -> bool:
        return self.finalised_at is not None


@dataclass(frozen=True)
class ActionItemLine:
    id: uuid.UUID
    description: str
    owner: dm.ActionOwner
    due_date: date | None
    done: bool
    done_at: datetime | None
    goal_id: uuid.UUID | None
    goal: str  # the goal's statement, '' without one
    session_id: uuid.UUID | None
    session_starts_at: datetime | None


@dataclass(frozen=True)
class GoalLine:
    id: uuid.UUID
    statement: str
    origin: dm.GoalOrigin
    status: dm.GoalStatus
    progress: int  # percent
    measure_of_success: str
    engagement_id: uuid.UUID | None
    engagement: str
    created_at: datetime
    achieved_at: datetime | None  # when it last became achieved (None unless achieved)
    action_items: tuple[ActionItemLine, ...]


@dataclass(frozen=True)
class ReferralLine:
    id: uuid.UUID
    professional: str
    profession: str
    reason: str
    urgency: dm.ReferralUrgency
    status: dm.ReferralStatus
    referred_on: date | None
    follow_up_on: date | None
    status_changed_on: date | None


@dataclass(frozen=True)
class ConsentLine:
    id: uuid.UUID
    scope: dm.ConsentScope
    recipient: str
    granted_on: date
    expires_on: date | None
    withdrawn_on: date | None
    evidence: str

    def in_force(self, on: date) -> bool:
        return (
            self.granted_on <= on
            and (self.withdrawn_on is None or on < self.withdrawn_on)
            and (self.expires_on is None or on <= self.expires_on)
        )


@dataclass(frozen=True)
class DisclosureLine:
    id: uuid.UUID
    disclosed_on: date
    recipient: str
    basis: dm.DisclosureBasis
    client_informed_on: date | None


@dataclass(frozen=True)
class ConflictLine:
    id: uuid.UUID
    kind: dm.ConflictKind
    description: str
    decision: dm.ConflictDecision | None  # None while awaiting a decision
    safeguards: str
    decided_on: date | None
    declared_at: datetime
    engagement: str


@dataclass(frozen=True)
class BoundaryLine:
    id: uuid.UUID
    occurred_on: date
    kind: dm.BoundaryKind
    description: str


@dataclass(frozen=True)
class ClientOverview:
    profile: ClientProfile
    engagements: tuple[EngagementLine, ...]
    sessions: tuple[SessionLine, ...]  # newest first
    goals: tuple[GoalLine, ...]
    action_items: tuple[ActionItemLine, ...]  # every one, with a goal or not
    referrals: tuple[ReferralLine, ...]
    consents: tuple[ConsentLine, ...]
    disclosures: tuple[DisclosureLine, ...]
    conflicts: tuple[ConflictLine, ...]
    boundary_incidents: tuple[BoundaryLine, ...]
    timeline: tuple[TimelineEvent, ...]  # newest first


def _rows(db: Session, query: Any) -> list[Any]:
    return list(db.connection().execute(query).all())


def _select(*columns: Any) -> Any:
    """A select of model columns; ``(Model, "field field …")`` stands for several of one model."""
    picked: list[Any] = []
    for column in columns:
        if isinstance(column, tuple):
            picked += [getattr(column[0], name) for name in column[1].split()]
        else:
            picked.append(column)
    return sa.select(*picked)


def _text(column: Any) -> Any:
    """The column's text, '' where there is none (an outer join found nothing)."""
    return sa.func.coalesce(column, "")


def client_profile(db: Session, client_id: uuid.UUID) -> ClientProfile:
    c = dm.Client
    rest = "role status tags intake_date named_in_hours_log private_notes"
    query = (
        _select((c, "id name preferred_name email phone"), _text(dm.Organisation.name), (c, rest))
        .join(dm.Organisation, col(c.organisation_id) == dm.Organisation.id, isouter=True)
        .where(col(c.id) == v.an_id("client_id", client_id))
    )
    found = _rows(db, query)
    if not found:
        raise NotFound("client_id", "That client no longer exists.")
    r = found[0]
    tags = tuple(t.strip() for t in r[8].split(",") if t.strip())
    return ClientProfile(*[*r[:8], tags, *r[9:]])


def client_engagements(db: Session, client_id: uuid.UUID) -> list[EngagementLine]:
    """The client's agreements, the latest first, with their completed sessions."""
    e, s = dm.Engagement, sa.orm.aliased(dm.CoachingSession)
    done = (
        sa.select(sa.func.count())
        .where(col(s.engagement_id) == e.id, col(s.status) == dm.SessionStatus.COMPLETED)
        .scalar_subquery()
    )
    dates = "start_date end_date sent_on signed_on activated_on ended_on"
    query = (
        _select(
            (e, "id title status"), col(e.sponsor_id).is_not(None), _text(dm.Organisation.name), (e, dates)
        )
        .add_columns(done, e.session_count)
        .join(dm.Organisation, col(e.sponsor_id) == dm.Organisation.id, isouter=True)
        .where(col(e.client_id) == client_id)
        .order_by(sa.func.coalesce(col(e.start_date), sa.func.substr(col(e.created_at), 1, 10)).desc())
    )
    return [EngagementLine(*r) for r in _rows(db, query)]


def client_sessions(db: Session, client_id: uuid.UUID) -> list[SessionLine]:
    """The client's sessions, newest first (never their notes)."""
    return _sessions(db, client_id, {})


def _sessions(db: Session, client_id: uuid.UUID, amendments: dict[uuid.UUID, int]) -> list[SessionLine]:
    s = dm.CoachingSession
    fields = "id starts_at duration_minutes format status finalised_at concern_flags engagement_id"
    query = (
        _select((s, fields), _text(dm.Engagement.title))
        .join(dm.Engagement, col(s.engagement_id) == dm.Engagement.id, isouter=True)
        .where(col(s.client_id) == client_id)
        .order_by(col(s.starts_at).desc())
    )
    return [SessionLine(*[*r, amendments.get(r[0], 0)]) for r in _rows(db, query)]


def client_action_items(db: Session, client_id: uuid.UUID) -> list[ActionItemLine]:
    """The client's action items: open ones first, by due date."""
    a, cs = dm.ActionItem, dm.CoachingSession
    fields = "id description owner due_date done done_at goal_id"
    query = (
        _select((a, fields), _text(dm.Goal.statement), a.session_id, cs.starts_at)
        .join(dm.Goal, col(a.goal_id) == dm.Goal.id, isouter=True)
        .join(cs, col(a.session_id) == cs.id, isouter=True)
        .where(col(a.client_id) == client_id)
        .order_by(col(a.done), col(a.due_date).is_(None), col(a.due_date), col(a.created_at))
    )
    return [ActionItemLine(*r) for r in _rows(db, query)]


def client_goals(
    db: Session, client_id: uuid.UUID, items: Iterable[ActionItemLine] | None = None
) -> list[GoalLine]:
    """The client's goals, oldest first, each with its action items and when it was achieved."""
    g = dm.Goal
    fields = "id statement origin status progress measure_of_success engagement_id"
    query = (
        _select((g, fields), _text(dm.Engagement.title), g.created_at)
        .join(dm.Engagement, col(g.engagement_id) == dm.Engagement.id, isouter=True)
        .where(col(g.client_id) == client_id)
        .order_by(col(g.created_at))
    )
    rows = _rows(db, query)
    achieved = _achieved_at(db, [r[0] for r in rows if r[3] is dm.GoalStatus.ACHIEVED])
    of_goal: dict[uuid.UUID, list[ActionItemLine]] = {}
    for item in client_action_items(db, client_id) if items is None else items:
        if item.goal_id is not None:
            of_goal.setdefault(item.goal_id, []).append(item)
    lines = []
    for r in rows:
        achieved_at = achieved.get(r[0], r[8]) if r[3] is dm.GoalStatus.ACHIEVED else None
        lines.append(GoalLine(*[*r, achieved_at, tuple(of_goal.get(r[0], ()))]))
    return lines


def _achieved_at(db: Session, goal_ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    """When each achieved goal last changed status (the audit keeps that a field changed, and when)."""
    if not goal_ids:
        return {}
    a = dm.AuditEntry
    query = (
        _select(a.entity_id, sa.func.max(col(a.created_at)))
        .where(col(a.entity_id).in_(goal_ids), col(a.entity) == "goal")
        .where(("," + col(a.fields) + ",").contains(",status,"))
        .group_by(col(a.entity_id))
    )
    return {r[0]: r[1] for r in _rows(db, query)}


def client_referrals(db: Session, client_id: uuid.UUID) -> list[ReferralLine]:
    r, p = dm.Referral, dm.Professional
    fields = "reason urgency status referred_on follow_up_on status_changed_on"
    query = (
        _select(r.id, p.name, p.profession, (r, fields))
        .join(p, col(r.professional_id) == p.id)
        .where(col(r.client_id) == client_id)
        .order_by(col(r.referred_on).desc(), col(r.created_at).desc())
    )
    return [ReferralLine(*row) for row in _rows(db, query)]


def client_consents(db: Session, client_id: uuid.UUID) -> list[ConsentLine]:
    c = dm.Consent
    query = (
        _select((c, "id scope recipient granted_on expires_on withdrawn_on evidence"))
        .where(col(c.client_id) == client_id)
        .order_by(col(c.granted_on).desc(), col(c.created_at).desc())
    )
    return [ConsentLine(*row) for row in _rows(db, query)]


def client_conflicts(db: Session, client_id: uuid.UUID) -> list[ConflictLine]:
    c = dm.Conflict
    query = (
        _select(
            (c, "id kind description decision safeguards decided_on created_at"), _text(dm.Engagement.title)
        )
        .join(dm.Engagement, col(c.engagement_id) == dm.Engagement.id, isouter=True)
        .where(col(c.client_id) == client_id)
        .order_by(col(c.created_at).desc())
    )
    return [ConflictLine(*row) for row in _rows(db, query)]


def _disclosures(db: Session, client_id: uuid.UUID) -> list[DisclosureLine]:
    d = dm.Disclosure
    query = _select((d, "id disclosed_on recipient basis client_informed_on")).where(
        col(d.client_id) == client_id
    )
    return [DisclosureLine(*row) for row in _rows(db, query)]


def _boundary_incidents(db: Session, client_id: uuid.UUID) -> list[BoundaryLine]:
    b = dm.BoundaryIncident
    query = _select((b, "id occurred_on kind description")).where(col(b.client_id) == client_id)
    return [BoundaryLine(*row) for row in _rows(db, query)]


def _amendments(db: Session, client_id: uuid.UUID) -> list[Any]:
    """(id, session id, written at, the start of the text) of every amendment to the client's notes."""
    n, s = dm.NoteAmendment, dm.CoachingSession
    query = (
        _select(n.id, n.session_id, n.created_at, sa.func.substr(col(n.text), 1, 120))
        .join(s, col(n.session_id) == s.id)
        .where(col(s.client_id) == client_id)
    )
    return _rows(db, query)


def client_overview(db: Session, client_id: uuid.UUID) -> ClientOverview:
    """Everything the client detail pane shows, in a dozen indexed queries; NotFound if the client is gone."""
    profile = client_profile(db, client_id)
    cid = profile.id
    amendments = _amendments(db, cid)
    per_session: dict[uuid.UUID, int] = {}
    for _id, session_id, _at, _text in amendments:
        per_session[session_id] = per_session.get(session_id, 0) + 1
    items = client_action_items(db, cid)
    overview = ClientOverview(
        profile=profile,
        engagements=tuple(client_engagements(db, cid)),
        sessions=tuple(_sessions(db, cid, per_session)),
        goals=tuple(client_goals(db, cid, items)),
        action_items=tuple(items),
        referrals=tuple(client_referrals(db, cid)),
        consents=tuple(client_consents(db, cid)),
        disclosures=tuple(_disclosures(db, cid)),
        conflicts=tuple(client_conflicts(db, cid)),
        boundary_incidents=tuple(_boundary_incidents(db, cid)),
        timeline=(),
    )
    events = _timeline_events(overview)
    events += [
        TimelineEvent("note_amendment", a_id, at, f"Notes amended: {short(text)}", session_id)
        for a_id, session_id, at, text in amendments
    ]
    return replace(overview, timeline=newest_first(events))


def client_timeline(db: Session, client_id: uuid.UUID) -> list[TimelineEvent]:
    """Every dated event about the client, newest first."""
    return list(client_overview(db, client_id).timeline)


def _words(value: Enum) -> str:
    return str(value.value).replace("_", " ")


def _session_text(s: SessionLine) -> str:
    what = {
        dm.SessionStatus.SCHEDULED: "Session scheduled",
        dm.SessionStatus.COMPLETED: "Session",
        dm.SessionStatus.CANCELLED: "Session cancelled",
        dm.SessionStatus.NO_SHOW: "Session missed (no-show)",
    }[s.status]
    text = f"{what}, {s.duration_minutes} min, {_words(s.format)}"
    if s.concern_flags:
        text += "; concern: " + ", ".join(sorted(_words(f) for f in s.concern_flags))
    return text


def _timeline_events(o: ClientOverview) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []

    def add(kind: str, record_id: uuid.UUID, when: date | datetime | None, text: str) -> None:
        if when is not None:
            events.append(TimelineEvent(kind, record_id, when, text))

    add("client", o.profile.id, o.profile.intake_date, "Intake")
    for e in o.engagements:
        ended = "terminated" if e.status is dm.EngagementStatus.TERMINATED else "completed"
        for when, what in (
            (e.sent_on, "Agreement sent"),
            (e.signed_on, "Agreement signed"),
            (e.activated_on, "Engagement started"),
            (e.ended_on, f"Engagement {ended}"),
        ):
            add("engagement", e.id, when, f"{what}: {e.title}")
    for s in o.sessions:
        add("session", s.id, s.starts_at, _session_text(s))
        add("session", s.id, s.finalised_at, "Session notes finalised")
    for g in o.goals:
        add("goal", g.id, g.created_at, f"Goal set: {short(g.statement)}")
        add("goal", g.id, g.achieved_at, f"Goal achieved: {short(g.statement)}")
    for a in o.action_items:
        add("action_item", a.id, a.due_date, f"Action due ({_words(a.owner)}): {short(a.description)}")
        add("action_item", a.id, a.done_at, f"Action done: {short(a.description)}")
    for r in o.referrals:
        add("referral", r.id, r.referred_on, f"Referred to {r.professional}")
        add("referral", r.id, r.follow_up_on, f"Referral follow-up: {r.professional}")
        if r.status in _REFERRAL_OUTCOMES:
            add("referral", r.id, r.status_changed_on, f"Referral {_words(r.status)}: {r.professional}")
    for c in o.consents:
        about = _words(c.scope) + (f" ({c.recipient})" if c.recipient else "")
        add("consent", c.id, c.granted_on, f"Consent given: {about}")
        add("consent", c.id, c.expires_on, f"Consent expires: {about}")
        add("consent", c.id, c.withdrawn_on, f"Consent withdrawn: {about}")
    for d in o.disclosures:
        add("disclosure", d.id, d.disclosed_on, f"Disclosure to {d.recipient} ({_words(d.basis)})")
        add("disclosure", d.id, d.client_informed_on, f"Client told of the disclosure to {d.recipient}")
    for k in o.conflicts:
        add("conflict", k.id, k.declared_at, f"Conflict of interest declared: {_words(k.kind)}")
        add("conflict", k.id, k.decided_on, f"Conflict decided: {_words(k.decision) if k.decision else ''}")
    for b in o.boundary_incidents:
        what = f"Boundary incident ({_words(b.kind)}): {short(b.description)}"
        add("boundary_incident", b.id, b.occurred_on, what)
    return events


_REFERRAL_OUTCOMES = frozenset(
    {dm.ReferralStatus.ACCEPTED, dm.ReferralStatus.COMPLETED, dm.ReferralStatus.CANCELLED}
)
