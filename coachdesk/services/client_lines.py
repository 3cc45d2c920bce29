"""The lines of a client's record, as the client detail pane shows them: plain, frozen values."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from coachdesk import domain as dm
from coachdesk.services.client_timeline import TimelineEvent


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
    time_zone: str = ""  # IANA name; '' when the client keeps the coach's time


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
