"""Every table of the practice, with the enums they use, and the metadata that holds them all:
loaded on first use of any of them through ``coachdesk.domain``, which names each one here."""

from sqlmodel import SQLModel

from coachdesk.domain.base import Record
from coachdesk.domain.coaching_session import CoachingSession, NoteAmendment
from coachdesk.domain.development import (
    CredentialBody,
    EducationCategory,
    EducationRecord,
    HeldCredential,
    MentorCoachingSession,
    SupervisionSession,
)
from coachdesk.domain.drafts import Draft
from coachdesk.domain.earlier_hours import EarlierLogLine
from coachdesk.domain.engagement import ActionItem, Engagement, Goal
from coachdesk.domain.enums import (
    ActionOwner,
    AuditAction,
    BoundaryKind,
    ClientStatus,
    ConcernFlag,
    ConflictDecision,
    ConflictKind,
    ConsentScope,
    DisclosureBasis,
    DocumentKind,
    EngagementStatus,
    FeeBasis,
    GoalOrigin,
    GoalStatus,
    InvoiceKind,
    InvoiceState,
    LineSource,
    OutboundBasis,
    OutboundChannel,
    Payer,
    PaymentMethod,
    ReferralStatus,
    ReferralUrgency,
    SessionFormat,
    SessionStatus,
    TaxTreatment,
    VatTreatment,
)
from coachdesk.domain.ethics import BoundaryIncident, Conflict, Consent, Disclosure, Professional, Referral
from coachdesk.domain.invoicing import (
    ComputerTag,
    Invoice,
    InvoiceLine,
    InvoiceLineSession,
    InvoiceSeries,
    Payment,
    Refund,
)
from coachdesk.domain.note_template import NoteTemplate
from coachdesk.domain.outbound import OWN_USE, OutboundClient, OutboundEntry
from coachdesk.domain.practice import Client, CoachProfile, Organisation
from coachdesk.domain.records import AuditEntry, GeneratedDocument
from coachdesk.domain.retention import PracticeSetting, RetentionHold
from coachdesk.domain.signed_agreement import AgreementAmendment, SignedAgreement

metadata = SQLModel.metadata

# Named again in coachdesk/domain/__init__.py, which cannot read them from here without loading
# every table; a test holds the two lists equal.
__all__ = [
    "OWN_USE",
    "ActionItem",
    "ActionOwner",
    "AgreementAmendment",
    "AuditAction",
    "AuditEntry",
    "BoundaryIncident",
    "BoundaryKind",
    "Client",
    "ClientStatus",
    "CoachProfile",
    "CoachingSession",
    "ComputerTag",
    "ConcernFlag",
    "Conflict",
    "ConflictDecision",
    "ConflictKind",
    "Consent",
    "ConsentScope",
    "CredentialBody",
    "Disclosure",
    "DisclosureBasis",
    "DocumentKind",
    "Draft",
    "EarlierLogLine",
    "EducationCategory",
    "EducationRecord",
    "Engagement",
    "EngagementStatus",
    "FeeBasis",
    "GeneratedDocument",
    "Goal",
    "GoalOrigin",
    "GoalStatus",
    "HeldCredential",
    "Invoice",
    "InvoiceKind",
    "InvoiceLine",
    "InvoiceLineSession",
    "InvoiceSeries",
    "InvoiceState",
    "LineSource",
    "MentorCoachingSession",
    "NoteAmendment",
    "NoteTemplate",
    "Organisation",
    "OutboundBasis",
    "OutboundChannel",
    "OutboundClient",
    "OutboundEntry",
    "Payer",
    "Payment",
    "PaymentMethod",
    "PracticeSetting",
    "Professional",
    "Record",
    "Referral",
    "ReferralStatus",
    "ReferralUrgency",
    "Refund",
    "RetentionHold",
    "SessionFormat",
    "SessionStatus",
    "SignedAgreement",
    "SupervisionSession",
    "TaxTreatment",
    "VatTreatment",
    "metadata",
]
