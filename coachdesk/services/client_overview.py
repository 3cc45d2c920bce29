"""One client's record at a glance: profile, agreements, sessions, goals, ethics records and a timeline.

The lines it returns are in ``client_lines``; the timeline is made by ``client_timeline_events``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk import domain as dm
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.client_lines import (
    ActionItemLine,
    BoundaryLine,
    ClientOverview,
    ClientProfile,
    ConflictLine,
    ConsentLine,
    DisclosureLine,
    EngagementLine,
    GoalLine,
    ReferralLine,
    SessionLine,
)
from coachdesk.services.client_timeline import TimelineEvent, newest_first, short
from coachdesk.services.client_timeline_events import timeline_events
from coachdesk.services.errors import NotFound


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
    rest = "role status tags intake_date named_in_hours_log private_notes time_zone"
    query = (
        _select((c, "id name preferred_name email phone"), _text(dm.Organisation.name), (c, rest))
        .join(dm.Organisation, col(c.organisation_id) == dm.Organisation.id, isouter=True)
        .where(col(c.id) == v.an_id("client_id", client_id))
    )
    found = _rows(db, query)
    if not found:
        raise NotFound("client_id", phrase("services", "That client no longer exists."))
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
    events = timeline_events(overview)
    events += [
        TimelineEvent(
            "note_amendment",
            a_id,
            at,
            phrase("services", "Notes amended: {text}").format(text=short(text)),
            session_id,
        )
        for a_id, session_id, at, text in amendments
    ]
    return replace(overview, timeline=newest_first(events))


def client_timeline(db: Session, client_id: uuid.UUID) -> list[TimelineEvent]:
    """Every dated event about the client, newest first."""
    return list(client_overview(db, client_id).timeline)


__all__ = [
    "ActionItemLine",
    "BoundaryLine",
    "ClientOverview",
    "ClientProfile",
    "ConflictLine",
    "ConsentLine",
    "DisclosureLine",
    "EngagementLine",
    "GoalLine",
    "ReferralLine",
    "SessionLine",
    "client_overview",
    "client_timeline",
]
