"""The referral letter as a PDF, refused without a current consent covering its recipient."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlmodel import Session

from coachdesk.documents.letterhead import Letterhead, document_id
from coachdesk.documents.referral_letter import ReferralLetterRenderer
from coachdesk.documents.referral_letter_data import ReferralLetterData
from coachdesk.domain import Client, Professional, Referral
from coachdesk.services import validation as v
from coachdesk.services.consent_rules import names, referral_consent
from coachdesk.services.document_language import chosen_language
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import get_profile
from coachdesk.services.referral_letter_items import shared_content
from coachdesk.services.work import fetch

__all__ = ["names", "referral_letter_data", "referral_letter_pdf"]


def letter_date(referral: Referral, today: date) -> date:
    """The letter is dated on the referral date; before the referral is made, on the day it is printed."""
    if referral.referred_on is not None and referral.referred_on <= today:
        return referral.referred_on
    return today


def referral_letter_data(
    db: Session, referral_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> ReferralLetterData:
    """What the letter prints; ValidationError on "consent_id" unless a current consent covers the recipient.

    It prints in ``language``, else in the client's document language.

    Dated on the referral date; printed later, it says it is a copy and when it was printed. Reads the
    referral, its client, the professional, the consent and the coach profile, and for the kinds the
    client consented to share only their content (the dates of sessions held, goal statements): never
    session notes, summaries or other clients.
    """
    day = v.required_date("today", today, label="date of the letter")
    referral = fetch(db, Referral, referral_id, field="referral_id", label="referral")
    professional = fetch(
        db, Professional, referral.professional_id, field="professional_id", label="professional"
    )
    consent = referral_consent(db, referral, professional, day)
    profile = get_profile(db)
    if profile is None:
        raise ValidationError(
            "profile", "Fill in your coach profile (name and credentials) before writing a referral letter."
        )
    client = fetch(db, Client, referral.client_id, field="client_id", label="client")
    dated = letter_date(referral, day)
    chosen = chosen_language(db, client.id, language)
    shared = shared_content(db, referral, consent, client, chosen)
    return ReferralLetterData(
        letterhead=Letterhead.from_profile(profile),
        document_id=document_id("REF", referral.id, datetime.combine(dated, time())),
        letter_date=dated,
        printed_on=day if dated < day else None,
        professional_name=professional.name,
        professional_profession=professional.profession,
        professional_organisation=professional.organisation,
        professional_address=professional.address,
        professional_email=professional.email,
        client_name=client.name,
        reason=referral.reason,
        urgency=referral.urgency,
        shared=shared.lines,
        shared_statement=shared.statement,
        shared_other=shared.other,
        client_will_contact=referral.client_will_contact,
        recipient_may_reply=consent.recipient_may_reply,
        client_gets_copy=referral.client_gets_copy,
        risk_raised=referral.risk_raised,
        consent_recipient=consent.recipient,
        consent_granted_on=consent.granted_on,
        consent_expires_on=consent.expires_on,
        coach_address=profile.address,
        coach_email=profile.email,
        coach_phone=profile.phone,
        coach_qualifications=profile.qualifications,
        coach_code_of_ethics=profile.code_of_ethics,
        language=chosen,
    )


def referral_letter_pdf(
    db: Session, referral_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> bytes:
    """The letter as PDF bytes (nothing recorded: ``services.document_export`` records an export)."""
    return ReferralLetterRenderer(referral_letter_data(db, referral_id, today, language=language)).render()
