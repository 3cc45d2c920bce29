"""The coach, the clients and the sponsoring organisations."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.decimal_text import DecimalText
from coachdesk.domain.enums import ClientStatus, TaxTreatment
from coachdesk.domain.types import enum_field

DEFAULT_NUMBER_PATTERN = "{year}-{seq:4}"


class CoachProfile(Record, table=True):
    """The coach and the practice, as printed on agreements and letters (one row)."""

    __tablename__ = "coach_profile"

    name: str
    practice_name: str = ""
    credentials: str = ""  # e.g. "ICF PCC"
    qualifications: str = ""
    professional_body: str = ""
    code_of_ethics: str = ""
    complaints_route: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    default_currency: str = "EUR"
    default_session_minutes: int = 60
    # What the agreements say about the practice: the law it works under and the tools it uses.
    country: str = ""  # governing law, jurisdiction and the data-protection authority
    data_protection_authority: str = ""  # "" = the authority known for the country
    platforms: str = ""  # video and messaging platforms used for sessions
    processors: str = ""  # services processing client data for the coach (e-mail, video, backup)
    limitation_of_liability: str = ""  # "" = the clause template's wording
    # Invoicing (services/invoice_settings.py): how invoices stand to VAT and what they print.
    tax_treatment: TaxTreatment = enum_field(TaxTreatment, TaxTreatment.SMALL_BUSINESS)
    default_vat_rate: Decimal = Field(default=Decimal(0), sa_type=DecimalText, nullable=False)  # percent
    tax_exemption_wording: str = ""  # "" = the wording known for the country
    invoice_number_pattern: str = DEFAULT_NUMBER_PATTERN  # fixed once the first invoice is issued
    payment_terms_days: int = 14
    vat_number: str = ""
    company_number: str = ""
    iban: str = ""
    bic: str = ""
    document_language: str = "en"  # the language documents print in unless a client has their own


class Organisation(Record, table=True):
    """A sponsor: the organisation that pays for or commissions coaching."""

    __tablename__ = "organisation"

    name: str = Field(index=True)
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    billing_address: str = ""
    notes: str = ""
    vat_number: str = ""  # for reverse-charge invoices to a business in another EU country
    company_number: str = ""


class Client(Record, table=True):
    """A person the coach works with (or may)."""

    __tablename__ = "client"

    name: str = Field(index=True)
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", ondelete="SET NULL", index=True
    )
    role: str = ""
    status: ClientStatus = enum_field(ClientStatus, ClientStatus.PROSPECT)
    source: str = ""
    tags: str = ""  # comma-separated
    intake_date: date | None = None
    named_in_hours_log: bool = False  # consent to be named in the coaching-hours log
    private_notes: str = ""
    time_zone: str = ""  # IANA name (Europe/Lisbon) when the client lives elsewhere; '' for the coach's
    billing_address: str = ""  # printed on invoices to the client
    vat_number: str = ""  # a client invoiced as a business
    company_number: str = ""
    document_language: str | None = None  # "en", "de", "fr"; None prints in the coach's language
