"""The practice's vocabulary: SQLModel tables, enums and pure rules (no I/O, no Qt).

The tables, their enums and ``metadata`` are named here, and load together on first use of any of
them (``tables.py``): the modules of pure rules (phrases, folding) serve the unlock window too, which
must not wait the half second SQLModel and SQLAlchemy take to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachdesk.domain.tables import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'coachdesk.domain' has no attribute {name!r}")
    from coachdesk.domain import tables

    globals().update({each: getattr(tables, each) for each in __all__})  # looked up here from now on
    return globals()[name]


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
