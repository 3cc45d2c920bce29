"""The dated events of a client's record, made from its lines for the timeline."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum

from coachdesk import domain as dm
from coachdesk.domain.phrases import phrase
from coachdesk.services.client_lines import ClientOverview, SessionLine
from coachdesk.services.client_timeline import TimelineEvent, short
from coachdesk.services.enum_words import value_words


def _words(value: Enum) -> str:
    return value_words(value)


def _session_text(s: SessionLine) -> str:
    what = {
        dm.SessionStatus.SCHEDULED: phrase("services", "Session scheduled"),
        dm.SessionStatus.COMPLETED: phrase("services", "Session"),
        dm.SessionStatus.CANCELLED: phrase("services", "Session cancelled"),
        dm.SessionStatus.LATE_CANCELLED: phrase("services", "Session cancelled late"),
        dm.SessionStatus.NO_SHOW: phrase("services", "Session missed (no-show)"),
    }[s.status]
    text = phrase("services", "{what}, {minutes} min, {format}").format(
        what=what, minutes=s.duration_minutes, format=_words(s.format)
    )
    if s.concern_flags:
        text += phrase("services", "; concern: {concerns}").format(
            concerns=", ".join(sorted(_words(f) for f in s.concern_flags))
        )
    return text


def timeline_events(o: ClientOverview) -> list[TimelineEvent]:
    """Every dated thing in the record's lines (note amendments are added by the caller)."""
    events: list[TimelineEvent] = []

    def add(kind: str, record_id: uuid.UUID, when: date | datetime | None, text: str) -> None:
        if when is not None:
            events.append(TimelineEvent(kind, record_id, when, text))

    add("client", o.profile.id, o.profile.intake_date, phrase("services", "Intake"))
    for e in o.engagements:
        ended = (
            phrase("services", "Engagement terminated")
            if e.status is dm.EngagementStatus.TERMINATED
            else phrase("services", "Engagement completed")
        )
        for when, what in (
            (e.sent_on, phrase("services", "Agreement sent")),
            (e.signed_on, phrase("services", "Agreement signed")),
            (e.activated_on, phrase("services", "Engagement started")),
            (e.ended_on, ended),
        ):
            add(
                "engagement",
                e.id,
                when,
                phrase("services", "{what}: {title}").format(what=what, title=e.title),
            )
    for s in o.sessions:
        add("session", s.id, s.starts_at, _session_text(s))
        add("session", s.id, s.finalised_at, phrase("services", "Session notes finalised"))
    for g in o.goals:
        add(
            "goal", g.id, g.created_at, phrase("services", "Goal set: {goal}").format(goal=short(g.statement))
        )
        add(
            "goal",
            g.id,
            g.achieved_at,
            phrase("services", "Goal achieved: {goal}").format(goal=short(g.statement)),
        )
    for a in o.action_items:
        add(
            "action_item",
            a.id,
            a.due_date,
            phrase("services", "Action due ({owner}): {action}").format(
                owner=_words(a.owner), action=short(a.description)
            ),
        )
        add(
            "action_item",
            a.id,
            a.done_at,
            phrase("services", "Action done: {action}").format(action=short(a.description)),
        )
    for r in o.referrals:
        add(
            "referral",
            r.id,
            r.referred_on,
            phrase("services", "Referred to {professional}").format(professional=r.professional),
        )
        add(
            "referral",
            r.id,
            r.follow_up_on,
            phrase("services", "Referral follow-up: {professional}").format(professional=r.professional),
        )
        if r.status in _REFERRAL_OUTCOMES:
            add(
                "referral",
                r.id,
                r.status_changed_on,
                phrase("services", "Referral {status}: {professional}").format(
                    status=_words(r.status), professional=r.professional
                ),
            )
    for c in o.consents:
        about = _words(c.scope) + (f" ({c.recipient})" if c.recipient else "")
        add("consent", c.id, c.granted_on, phrase("services", "Consent given: {about}").format(about=about))
        add("consent", c.id, c.expires_on, phrase("services", "Consent expires: {about}").format(about=about))
        add(
            "consent",
            c.id,
            c.withdrawn_on,
            phrase("services", "Consent withdrawn: {about}").format(about=about),
        )
    for d in o.disclosures:
        add(
            "disclosure",
            d.id,
            d.disclosed_on,
            phrase("services", "Disclosure to {recipient} ({basis})").format(
                recipient=d.recipient, basis=_words(d.basis)
            ),
        )
        add(
            "disclosure",
            d.id,
            d.client_informed_on,
            phrase("services", "Client told of the disclosure to {recipient}").format(recipient=d.recipient),
        )
    for k in o.conflicts:
        add(
            "conflict",
            k.id,
            k.declared_at,
            phrase("services", "Conflict of interest declared: {kind}").format(kind=_words(k.kind)),
        )
        add(
            "conflict",
            k.id,
            k.decided_on,
            phrase("services", "Conflict decided: {decision}").format(
                decision=_words(k.decision) if k.decision else ""
            ),
        )
    for b in o.boundary_incidents:
        what = phrase("services", "Boundary incident ({kind}): {incident}").format(
            kind=_words(b.kind), incident=short(b.description)
        )
        add("boundary_incident", b.id, b.occurred_on, what)
    return events


_REFERRAL_OUTCOMES = frozenset(
    {dm.ReferralStatus.ACCEPTED, dm.ReferralStatus.COMPLETED, dm.ReferralStatus.CANCELLED}
)
