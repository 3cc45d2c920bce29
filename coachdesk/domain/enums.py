"""The fixed vocabularies of the practice, stored as their text values."""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    DECLINED = "declined"
    REFERRED_OUT = "referred_out"


class EngagementStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    SIGNED = "signed"
    ACTIVE = "active"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class SessionFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    LATE_CANCELLED = "late_cancelled"  # cancelled too late for the agreement's cancellation policy
    NO_SHOW = "no_show"


class ConcernFlag(StrEnum):
    """A need a session revealed that may fall outside coaching."""

    MENTAL_HEALTH = "mental_health"
    MEDICAL = "medical"
    LEGAL = "legal"
    FINANCIAL = "financial"
    SAFEGUARDING = "safeguarding"


class Payer(StrEnum):
    CLIENT = "client"
    SPONSOR = "sponsor"


class FeeBasis(StrEnum):
    PER_SESSION = "per_session"
    PER_ENGAGEMENT = "per_engagement"


class VatTreatment(StrEnum):
    """How the agreement's fee stands to VAT."""

    INCLUDED = "included"
    ADDED = "added"
    NOT_CHARGED = "not_charged"


class GoalOrigin(StrEnum):
    CLIENT = "client"
    ORGANISATION = "organisation"
    SHARED = "shared"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ActionOwner(StrEnum):
    CLIENT = "client"
    COACH = "coach"


class ReferralUrgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ConsentScope(StrEnum):
    SHARE_WITH_SPONSOR = "share_with_sponsor"
    REFERRAL = "referral"
    NAMED_IN_HOURS_LOG = "named_in_hours_log"
    SESSION_RECORDING = "session_recording"
    TESTIMONIAL = "testimonial"


class DisclosureBasis(StrEnum):
    """The grounds on which confidentiality may be set aside."""

    CLIENT_CONSENT = "client_consent"
    LAW_OR_COURT_ORDER = "law_or_court_order"
    ILLEGAL_ACTIVITY = "illegal_activity"
    RISK_OF_HARM_TO_SELF = "risk_of_harm_to_self"
    RISK_OF_HARM_TO_OTHERS = "risk_of_harm_to_others"


class ConflictKind(StrEnum):
    SAME_ORGANISATION = "same_organisation"
    CLIENT_IS_SPONSOR_CONTACT = "client_is_sponsor_contact"
    REFERRAL_FEE = "referral_fee"
    PERSONAL_RELATIONSHIP = "personal_relationship"
    PROFESSIONAL_RELATIONSHIP = "professional_relationship"
    FINANCIAL_BENEFIT = "financial_benefit"
    OTHER = "other"


class ConflictDecision(StrEnum):
    PROCEED_WITH_SAFEGUARDS = "proceed_with_safeguards"
    DECLINE = "decline"
    REFER_ELSEWHERE = "refer_elsewhere"


class BoundaryKind(StrEnum):
    CONTACT_OUTSIDE_AGREED_HOURS = "contact_outside_agreed_hours"
    UNAGREED_CHANNEL = "unagreed_channel"
    GIFT = "gift"
    DUAL_RELATIONSHIP = "dual_relationship"
    SCOPE = "scope"
    OTHER = "other"


class AuditAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    STATUS_CHANGED = "status_changed"
    FINALISED = "finalised"
    AMENDED = "amended"
    WITHDRAWN = "withdrawn"
    EXPORTED = "exported"


class DocumentKind(StrEnum):
    AGREEMENT = "agreement"
    REFERRAL_LETTER = "referral_letter"
    SPONSOR_REPORT = "sponsor_report"
    HOURS_LOG = "hours_log"
    RECOVERY_SHEET = "recovery_sheet"
    CALENDAR = "calendar"
    CLIENT_RECORDS = "client_records"  # a client's records folder (data access or portability)
    CERTIFICATE = "certificate"  # a certificate of the coach's own education, saved out of the vault
    APPLICATION_PACK = "application_pack"  # a credential application: the log, mentoring, CCE, supervision
    VERIFICATION_LETTER = "verification_letter"  # an organisation verifies hours logged under aliases
    SESSION_PREP = "session_prep"  # the coach's one-page preparation for a session
    RECAP = "recap"  # a session's recap for the client: the shared summary and the action items
    INVOICE = "invoice"  # an invoice, to its payer (the client or the sponsor)
    CREDIT_NOTE = "credit_note"  # a credit note correcting an invoice, to the same payer
    PAYMENT_REMINDER = "payment_reminder"  # a reminder of an invoice still open, to its payer
    INVOICES_CSV = "invoices_csv"  # the accountant's list of a period's invoices and credit notes
    PAYMENTS_CSV = "payments_csv"  # the accountant's list of the payments received


class OutboundChannel(StrEnum):
    """How something left the vault."""

    FILE = "file"
    PRINT = "print"
    MAIL_DRAFT = "mail_draft"  # a draft handed to the coach's mail program (CoachDesk sends nothing)


class OutboundBasis(StrEnum):
    """Why something was allowed to leave the vault."""

    CLIENT_CONSENT = "client_consent"  # a consent record in force (its id is kept)
    AGREEMENT = "agreement"  # the coaching agreement itself, to its parties
    LEGAL_BASIS = "legal_basis"  # one of the DisclosureBasis grounds other than consent
    DATA_ACCESS = "data_access"  # the client's own records, at their request
    OWN_USE = "own_use"  # the coach's own use (a calendar, the hours log kept for oneself)
    BOOKKEEPING = "bookkeeping"  # the practice's books, kept and given to its accountant as tax law requires


class InvoiceKind(StrEnum):
    """An invoice, or a credit note that corrects one (an issued invoice is never edited)."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceState(StrEnum):
    """Whether the document can still change: a draft can; an issued one never does."""

    DRAFT = "draft"
    ISSUED = "issued"


class TaxTreatment(StrEnum):
    """How an invoice stands to VAT (the profile's choice, overridable per invoice)."""

    CHARGED = "charged"  # VAT charged at the lines' rates
    SMALL_BUSINESS = "small_business"  # exempt as a small business, with the country's wording
    REVERSE_CHARGE = "reverse_charge"  # the business customer accounts for the VAT
    OUTSIDE_SCOPE = "outside_scope"  # outside the scope of VAT


class LineSource(StrEnum):
    """Where an invoice line came from."""

    SESSION = "session"
    PACKAGE = "package"
    FIXED_FEE = "fixed_fee"
    FREE = "free"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CASH = "cash"
    ONLINE = "online"
    OTHER = "other"
