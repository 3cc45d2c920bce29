"""What a referral letter prints, as plain values (the renderer is ``referral_letter``; this module
needs no PDF library, so the services that gather the letter's content load none)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.wording import ENGLISH
from coachdesk.domain import ReferralUrgency
from coachdesk.domain.ethics import RiskRaised


@dataclass(frozen=True)
class SharedLine:
    """One kind of information the client consented to share, and its content from the record."""

    label: str
    content: str


@dataclass(frozen=True)
class ReferralLetterData:
    """Everything the letter prints, as plain values: nothing else about the client can reach the page."""

    letterhead: Letterhead
    document_id: str
    letter_date: date
    professional_name: str
    professional_profession: str
    client_name: str
    reason: str
    urgency: ReferralUrgency
    consent_recipient: str
    consent_granted_on: date
    consent_expires_on: date | None = None
    shared: tuple[SharedLine, ...] = ()  # only the kinds the client consented to, with their content
    shared_statement: tuple[str, ...] = ()  # the same kinds, as the consent statement names them
    shared_other: str = ""  # the consent's free line: anything else the client agreed to share
    client_will_contact: bool = False
    recipient_may_reply: bool = False
    client_gets_copy: bool = False
    risk_raised: RiskRaised | None = None
    printed_on: date | None = None  # a later copy: the day it was printed (the letter keeps its date)
    professional_organisation: str = ""
    professional_address: str = ""
    professional_email: str = ""
    coach_address: str = ""
    coach_email: str = ""
    coach_phone: str = ""
    coach_qualifications: str = ""
    coach_code_of_ethics: str = ""
    language: str = ENGLISH  # what it prints in: the client's document language
