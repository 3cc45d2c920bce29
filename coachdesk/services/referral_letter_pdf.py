"""The referral letter as a PDF, refused without a current consent covering its recipient."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date, datetime, time

from sqlmodel import Session

from coachdesk.documents.base import Letterhead, document_id
from coachdesk.documents.referral_letter import HONORIFICS, ReferralLetterData, ReferralLetterRenderer
from coachdesk.domain import Client, Consent, ConsentScope, Professional, Referral
from coachdesk.services import validation as v
from coachdesk.services.consents import active_consents
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def names(recipient: str, professional: str) -> bool:
    """Whether a consent's recipient names the professional (case-insensitive; a title may be left out)."""
    wanted = _normal(professional)
    words = wanted.split()
    if len(words) >= 2 and words[0].rstrip(".") in HONORIFICS:
        wanted = " ".join(words[1:])
    if not wanted:
        return False
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", _normal(recipient)) is not None


def _missing(consent: Consent | None, referral: Referral, professional: Professional, today: date) -> str:
    """Why the consent does not allow the letter today, or "" when it does."""
    who = professional.name
    if consent is None:
        return (
            f"No consent is attached to this referral: the client's consent to referral to {who} is missing."
        )
    attached = "The consent attached to this referral"
    problems = (
        (consent.client_id != referral.client_id, f"{attached} was given by another client."),
        (
            consent.scope != ConsentScope.REFERRAL,
            f"{attached} is a {consent.scope.value.replace('_', ' ')} consent, not a consent to a referral.",
        ),
        (
            not names(consent.recipient, who),
            f"{attached} is for {consent.recipient or 'no named recipient'}, not for {who}.",
        ),
        (today < consent.granted_on, f"{attached} is only given from {consent.granted_on.isoformat()}."),
        (
            consent.withdrawn_on is not None and consent.withdrawn_on <= today,
            f"The client withdrew the consent to a referral to {who} on {consent.withdrawn_on}.",
        ),
        (
            consent.expires_on is not None and consent.expires_on < today,
            f"The client's consent to a referral to {who} expired on {consent.expires_on}.",
        ),
    )
    return next((message for failed, message in problems if failed), "")


def _newer_consent_hint(db: Session, referral: Referral, professional: Professional, today: date) -> str:
    for consent in active_consents(db, referral.client_id, today, ConsentScope.REFERRAL):
        if names(consent.recipient, professional.name):
            return (
                f" A current consent given on {consent.granted_on.isoformat()} covers {professional.name}: "
                "attach it to the referral."
            )
    return " Record the client's current consent to this referral and attach it before writing the letter."


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
    consent = None if referral.consent_id is None else db.get(Consent, referral.consent_id)
    problem = _missing(consent, referral, professional, day)
    if problem:
        raise ValidationError("consent_id", problem + _newer_consent_hint(db, referral, professional, day))
    assert consent is not None
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
