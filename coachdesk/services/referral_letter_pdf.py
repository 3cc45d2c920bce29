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
from coachdesk.services.referral_letter_items import shared_content
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


def letter_date(referral: Referral, today: date) -> date:
    """The letter is dated on the referral date; before the referral is made, on the day it is printed."""
    if referral.referred_on is not None and referral.referred_on <= today:
        return referral.referred_on
    return today


def referral_letter_data(db: Session, referral_id: uuid.UUID | str, today: date) -> ReferralLetterData:
    """What the letter prints; ValidationError on "consent_id" unless a current consent covers the recipient.

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
    dated = letter_date(referral, day)
    shared = shared_content(db, referral, consent, client)
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
    )


def referral_letter_pdf(db: Session, referral_id: uuid.UUID | str, today: date) -> bytes:
    """The letter as PDF bytes (nothing recorded: ``services.document_export`` records an export)."""
    return ReferralLetterRenderer(referral_letter_data(db, referral_id, today)).render()
