"""The coaching agreement and what it works towards: engagements, goals, action items."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.enums import (
    ActionOwner,
    EngagementStatus,
    FeeBasis,
    GoalOrigin,
    GoalStatus,
    Payer,
    SessionFormat,
    VatTreatment,
)
from coachdesk.domain.types import enum_field, timestamp_field


class Engagement(Record, table=True):
    """A coaching agreement: two-party (coach, client) or three-way (with a sponsor)."""

    __tablename__ = "engagement"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    sponsor_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", ondelete="RESTRICT", index=True
    )
    sponsor_contact_name: str = ""
    sponsor_contact_email: str = ""
    title: str
    start_date: date | None = None
    end_date: date | None = None
    session_count: int | None = None
    session_minutes: int = 60
    format: SessionFormat = enum_field(SessionFormat, SessionFormat.VIDEO)
    fee_minor: int = 0  # in the currency's minor unit (cents)
    currency: str = "EUR"
    fee_basis: FeeBasis = enum_field(FeeBasis, FeeBasis.PER_SESSION)
    payer: Payer = enum_field(Payer, Payer.CLIENT)
    payment_terms: str = ""
    cancellation_policy: str = ""
    # Whether a late cancellation or a no-show uses one of the package's sessions (as the policy says).
    late_cancel_uses_credit: bool = False
    confidentiality_terms: str = ""
    # What the sponsor receives; never the private notes.
    sponsor_receives_attendance: bool = False
    sponsor_receives_goals: bool = False
    sponsor_receives_progress_summary: bool = False
    contact_channels: str = ""
    contact_hours: str = ""
    response_time: str = ""
    gifts_policy: str = ""
    termination_notice_days: int = 14
    vat: VatTreatment = enum_field(VatTreatment, VatTreatment.INCLUDED)
    three_way_meetings: str = ""  # when the planned three-way meetings take place
    # Optional clauses of the agreement template left out of this agreement: their keys, comma-separated.
    clauses_off: str = ""
    signature_place: bool = True  # a "Place" line beside each signature date
    status: EngagementStatus = enum_field(EngagementStatus, EngagementStatus.DRAFT)
    sent_on: date | None = None
    signed_on: date | None = None
    activated_on: date | None = None
    ended_on: date | None = None  # completed or terminated
    status_changed_at: datetime | None = timestamp_field()
    # Three-way: when coach, client and sponsor next review the coaching together (the sponsor report
    # prints it).
    next_review_on: date | None = None
    # With a sponsor whose confidentiality policy keeps client names in: the coaching-hours log lists
    # this engagement's sessions under an alias, verified by the organisation's contact.
    log_as_alias: bool = False
    # The note template a new session of this agreement starts from: a shipped template's key ("grow")
    # or the id of one of the coach's own; "" for none.
    note_template: str = ""

    @property
    def is_three_way(self) -> bool:
        return self.sponsor_id is not None


def clauses_off_set(stored: str) -> frozenset[str]:
    """The optional clause keys switched off for an agreement (stored comma-separated)."""
    return frozenset(key for key in stored.split(",") if key)


class Goal(Record, table=True):
    """What the coaching works towards, and whose goal it is."""

    __tablename__ = "goal"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    engagement_id: uuid.UUID | None = Field(
        default=None, foreign_key="engagement.id", ondelete="SET NULL", index=True
    )
    origin: GoalOrigin = enum_field(GoalOrigin, GoalOrigin.CLIENT)
    statement: str
    measure_of_success: str = ""
    status: GoalStatus = enum_field(GoalStatus, GoalStatus.ACTIVE)
    progress: int = 0  # percent
    # For an organisation's goal in a three-way engagement: when the client said they share it.
    client_agreed_on: date | None = None
    # What the sponsor may read about progress: the client's agreed words, and whether the client
    # agreed that the percentage above may be shown too. Neither is the coach's assessment.
    sponsor_progress: str = ""
    sponsor_sees_percent: bool = False


class ActionItem(Record, table=True):
    """Something the client or the coach agreed to do."""

    __tablename__ = "action_item"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    session_id: uuid.UUID | None = Field(
        default=None, foreign_key="coaching_session.id", ondelete="CASCADE", index=True
    )
    goal_id: uuid.UUID | None = Field(default=None, foreign_key="goal.id", ondelete="SET NULL", index=True)
    description: str
    owner: ActionOwner = enum_field(ActionOwner, ActionOwner.CLIENT)
    due_date: date | None = None
    done: bool = False
    done_at: datetime | None = timestamp_field()
