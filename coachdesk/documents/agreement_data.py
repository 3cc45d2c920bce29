"""What a coaching agreement prints, as plain values: the parties, the terms, the declared conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coachdesk.documents.letterhead import Letterhead


@dataclass(frozen=True)
class Party:
    """One party as printed: name, then the lines under it (role, organisation, contact)."""

    name: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sponsor:
    """The organisation in a three-way agreement and the person who signs for it."""

    name: str
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class Terms:
    """The engagement's terms as plain values; empty text means "use the default wording"."""

    title: str
    start_date: date | None = None
    end_date: date | None = None
    session_count: int | None = None
    session_minutes: int = 60
    format: str = "video"  # a SessionFormat value
    fee_minor: int = 0
    currency: str = "EUR"
    fee_basis: str = "per_session"  # a FeeBasis value
    payer: str = "client"  # a Payer value
    payment_terms: str = ""
    cancellation_policy: str = ""
    confidentiality_terms: str = ""
    sponsor_receives_attendance: bool = False
    sponsor_receives_goals: bool = False
    sponsor_receives_progress_summary: bool = False
    contact_channels: str = ""
    contact_hours: str = ""
    response_time: str = ""
    gifts_policy: str = ""
    notice_days: int = 14
    vat: str = "included"  # a VatTreatment value: included, added or not_charged
    three_way_meetings: str = ""  # when the planned three-way meetings take place ("" = the template's)


@dataclass(frozen=True)
class DeclaredConflict:
    """A conflict as the parties are told it: never the coach's internal description."""

    kind: str  # readable, e.g. "Same organisation"
    wording: str  # the conflict's wording for the document
    decision: str | None = None  # a ConflictDecision value, None while undecided
    safeguards: str = ""


@dataclass(frozen=True)
class Amendment:
    """A change to the signed agreement, agreed in writing on ``agreed_on``."""

    agreed_on: date
    what_changed: str


@dataclass(frozen=True)
class AgreementData:
    """Everything an agreement prints, gathered from the vault by ``services.agreement_pdf``."""

    letterhead: Letterhead
    document_id: str
    created_on: date
    client: Party
    terms: Terms
    sponsor: Sponsor | None = None
    conflicts: tuple[DeclaredConflict, ...] = ()
    qualifications: str = ""
    professional_body: str = ""
    code_of_ethics: str = ""
    complaints_route: str = ""
    coach_details: tuple[str, ...] = ()  # practice, address, e-mail, phone: under the coach's name
    draft: bool = False
    # A reprint of a signed agreement: when it was signed, when this copy was printed, and what
    # happened since (amendments agreed in writing, conflicts declared after signing).
    signed_on: date | None = None
    copy_printed_on: date | None = None
    amendments: tuple[Amendment, ...] = ()
    conflicts_since_signing: tuple[DeclaredConflict, ...] = ()
    clause_text: str = ""  # the clause template a signed agreement was signed with ("": the file's)
    # The coach's profile: where the practice is, the tools it uses, the wording the coach set.
    country: str = ""
    data_protection_authority: str = ""  # "" = the authority known for ``country``
    platforms: str = ""  # the video and messaging platforms sessions use
    processors: str = ""  # the services that process personal data for the coach (e-mail, video)
    limitation_of_liability: str = ""  # "" = the template's wording
    client_named_in_log: bool = False  # the client agreed to be named in the coaching-hours log
    clauses_off: tuple[str, ...] = ()  # optional clauses switched off for this agreement
    signature_place: bool = True  # a "Place" line beside each signature date
    language: str = "en"  # the language it prints in: "en", "de" or "fr" (older signed copies: English)

    @property
    def three_way(self) -> bool:
        return self.sponsor is not None
