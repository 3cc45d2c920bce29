"""The dated events of a client's record, made from its lines for the timeline."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum

from coachdesk import domain as dm
from coachdesk.services.client_lines import ClientOverview, SessionLine
from coachdesk.services.client_timeline import TimelineEvent, short


def _words(value: Enum) -> str:
    return str(value.value).replace("_", " ")


def _session_text(s: SessionLine) -> str:
    what = {
        dm.SessionStatus.SCHEDULED: "Session scheduled",
        dm.SessionStatus.COMPLETED: "Session",
        dm.SessionStatus.CANCELLED: "Session cancelled",
        dm.SessionStatus.LATE_CANCELLED: "Session cancelled late",
        dm.SessionStatus.NO_SHOW: "Session missed (no-show)",
    }[s.status]
    text = f"{what}, {s.duration_minutes} min, {_words(s.format)}"
    if s.concern_flags:
        text += "; concern: " + ", ".join(sorted(_words(f) for f in s.concern_flags))
    return text


def timeline_events(o: ClientOverview) -> list[TimelineEvent]:
    """Every dated thing in the record's lines (note amendments are added by the caller)."""
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
