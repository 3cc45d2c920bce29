"""The referral letter as a PDF, refused without a current consent covering its recipient."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlmodel import Session

from coachdesk.documents.base import Letterhead, document_id
from coachdesk.documents.referral_letter import ReferralLetterData, ReferralLetterRenderer
from coachdesk.domain import Client, Professional, Referral
from coachdesk.services import validation as v
from coachdesk.services.consent_rules import names, referral_consent
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

__all__ = ["names", "referral_letter_data", "referral_letter_pdf"]


def _request(client: str) -> str:
    return (
        f"I would be grateful if you would consider offering {client} an appointment, and let me know "
        "whether you are able to help. I do not expect to receive any clinical information: what "
        f"{client} shares with you stays between you."
    )


def referral_letter_data(db: Session, referral_id: uuid.UUID | str, today: date) -> ReferralLetterData:
    """What the letter prints; ValidationError on "consent_id" unless a current consent covers the recipient.

    Reads the referral, its client's name, the professional, the consent and the coach profile only:
    never session notes, other sessions or other clients.
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
    return ReferralLetterData(
        letterhead=Letterhead.from_profile(profile),
        document_id=document_id("REF", referral.id, datetime.combine(day, time())),
        letter_date=day,
        professional_name=professional.name,
        professional_profession=professional.profession,
        professional_organisation=professional.organisation,
        professional_address=professional.address,
        professional_email=professional.email,
        client_name=client.name,
        reason=referral.reason,
        background=referral.items_to_share,
        request=_request(client.name),
        urgency=referral.urgency,
        consent_recipient=consent.recipient,
        consent_granted_on=consent.granted_on,
        consent_expires_on=consent.expires_on,
        coach_address=profile.address,
        coach_email=profile.email,
        coach_phone=profile.phone,
        coach_qualifications=profile.qualifications,
        coach_code_of_ethics=profile.code_of_ethics,
    )


def referral_letter_pdf(db: Session, referral_id: uuid.UUID | str, today: date) -> bytes:
    """The letter as PDF bytes (nothing recorded: ``services.document_export`` records an export)."""
    return ReferralLetterRenderer(referral_letter_data(db, referral_id, today)).render()
