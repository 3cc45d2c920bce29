"""The ethical record: referrals and the directory, consent, disclosures, conflicts, boundaries."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.enums import (
    BoundaryKind,
    ConflictDecision,
    ConflictKind,
    ConsentScope,
    DisclosureBasis,
    ReferralStatus,
    ReferralUrgency,
)
from coachdesk.domain.types import FlagSet, enum_field


class SharedItem(StrEnum):
    """A kind of information a client may agree to have shared with the recipient of a referral."""

    CONTACT_DETAILS = "contact_details"
    REASON_IN_CLIENTS_WORDS = "reason_in_clients_words"
    COACHING_DATES = "coaching_dates"
    GOALS = "goals"
    READ_SUMMARY = "read_summary"


class RiskRaised(StrEnum):
    """Whether a risk to the client or to others came up, as the coach states it (never a diagnosis)."""

    YES = "yes"
    NO = "no"
    NOT_KNOWN = "not_known"


class Professional(Record, table=True):
    """Someone in the referral directory: a therapist, doctor, lawyer, financial adviser…"""

    __tablename__ = "professional"

    name: str = Field(index=True)
    profession: str
    specialties: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    pays_referral_fee: bool = False
    notes: str = ""


class Consent(Record, table=True):
    """What a client agreed may be shared, with whom, until when."""

    __tablename__ = "consent"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    scope: ConsentScope = enum_field(ConsentScope)
    recipient: str = ""
    granted_on: date
    expires_on: date | None = None
    withdrawn_on: date | None = None
    evidence: str = ""  # e.g. "signed form, 3 March", "email of 4 March"
    # What may be shared, as kinds ticked on the form, and an optional line for anything else.
    shared_items: frozenset[SharedItem] = Field(
        default_factory=frozenset, sa_type=FlagSet(SharedItem), nullable=False
    )
    shared_other: str = ""
    # Whether the recipient may tell the coach if they can offer the client an appointment.
    recipient_may_reply: bool = False

    def is_active(self, on: date) -> bool:
        return (
            self.granted_on <= on
            and (self.withdrawn_on is None or on < self.withdrawn_on)
            and (self.expires_on is None or on <= self.expires_on)
        )


class Referral(Record, table=True):
    """A client referred to a professional for a need outside coaching."""

    __tablename__ = "referral"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    professional_id: uuid.UUID = Field(foreign_key="professional.id", ondelete="RESTRICT", index=True)
    consent_id: uuid.UUID | None = Field(default=None, foreign_key="consent.id", ondelete="SET NULL")
    reason: str
    urgency: ReferralUrgency = enum_field(ReferralUrgency, ReferralUrgency.ROUTINE)
    reason_in_clients_words: str = ""
    summary_client_read: str = ""  # a summary written for the recipient, which the client has read
    client_will_contact: bool = False  # the client gets in touch with the professional themselves
    client_gets_copy: bool = False
    risk_raised: RiskRaised | None = enum_field(RiskRaised, nullable=True)
    status: ReferralStatus = enum_field(ReferralStatus, ReferralStatus.PROPOSED)
    status_changed_on: date | None = None
    referred_on: date | None = None
    follow_up_on: date | None = None
    outcome: str = ""


class Disclosure(Record, table=True):
    """Confidential information shared, with the basis that allowed it."""

    __tablename__ = "disclosure"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    disclosed_on: date
    recipient: str
    basis: DisclosureBasis = enum_field(DisclosureBasis)
    what_was_disclosed: str
    client_informed: bool = False
    client_informed_on: date | None = None


class Conflict(Record, table=True):
    """A conflict of interest found or declared, and the coach's decision on it."""

    __tablename__ = "conflict"

    client_id: uuid.UUID | None = Field(default=None, foreign_key="client.id", ondelete="CASCADE", index=True)
    engagement_id: uuid.UUID | None = Field(
        default=None, foreign_key="engagement.id", ondelete="SET NULL", index=True
    )
    kind: ConflictKind = enum_field(ConflictKind)
    description: str  # the coach's own record; never printed
    # What the parties are told, as the agreement prints it (ICF Code of Ethics 2025, section on
    # conflicts of interest: disclose openly; confidentiality: never another client's identity).
    document_wording: str = ""
    # Another client the conflict concerns; it then appears in that client's agreement too.
    other_client_id: uuid.UUID | None = Field(
        default=None, foreign_key="client.id", ondelete="SET NULL", index=True
    )
    # When the other client agreed to be named in the wording (without it, no name may print).
    other_client_consented_on: date | None = None
    decision: ConflictDecision | None = enum_field(ConflictDecision, nullable=True)
    safeguards: str = ""
    decided_on: date | None = None


class BoundaryIncident(Record, table=True):
    """A boundary tested or crossed, and what the coach did."""

    __tablename__ = "boundary_incident"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    occurred_on: date
    kind: BoundaryKind = enum_field(BoundaryKind)
    description: str
    action_taken: str = ""
