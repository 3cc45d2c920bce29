"""The consent rules a disclosure rests on: a referral's consent to its professional, a sponsor's consent.

The one consent filter (``services.consent_filter``) and the renderers of the referral letter and the
sponsor report all ask these, so each rule is written once. ICF Code of Ethics (2025), confidentiality
standards: information about a client is released to another person only with a clear agreement (the
client's consent), unless the law requires it; EMCC Global Code of Ethics, "Confidentiality": the
same, with the client's informed consent recorded.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sqlmodel import Session, col, select

from coachdesk.documents.letterhead import HONORIFICS
from coachdesk.domain import Client, Consent, ConsentScope, Engagement, Professional, Referral
from coachdesk.domain.phrases import phrase
from coachdesk.services.consents import active_consents
from coachdesk.services.errors import ValidationError
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
        return phrase(
            "services",
            "No consent is attached to this referral: the client's consent to referral to {who} is missing.",
        ).format(who=who)
    attached = consent.recipient or ""
    problems = (
        (
            consent.client_id != referral.client_id,
            phrase("services", "The consent attached to this referral was given by another client."),
        ),
        (
            consent.scope != ConsentScope.REFERRAL,
            phrase(
                "services",
                "The consent attached to this referral is a {scope} consent, not a consent to a referral.",
            ).format(scope=_scope_words().get(consent.scope, consent.scope.value.replace("_", " "))),
        ),
        (
            not names(consent.recipient, who),
            phrase(
                "services", "The consent attached to this referral is for {recipient}, not for {who}."
            ).format(recipient=attached, who=who)
            if attached
            else phrase(
                "services", "The consent attached to this referral is for no named recipient, not for {who}."
            ).format(who=who),
        ),
        (
            today < consent.granted_on,
            phrase("services", "The consent attached to this referral is only given from {day}.").format(
                day=consent.granted_on.isoformat()
            ),
        ),
        (
            consent.withdrawn_on is not None and consent.withdrawn_on <= today,
            phrase("services", "The client withdrew the consent to a referral to {who} on {day}.").format(
                who=who, day=consent.withdrawn_on
            ),
        ),
        (
            consent.expires_on is not None and consent.expires_on < today,
            phrase("services", "The client's consent to a referral to {who} expired on {day}.").format(
                who=who, day=consent.expires_on
            ),
        ),
    )
    return next((message for failed, message in problems if failed), "")


def _scope_words() -> dict[ConsentScope, str]:
    return {
        ConsentScope.SHARE_WITH_SPONSOR: phrase("services", "share with sponsor"),
        ConsentScope.REFERRAL: phrase("services", "referral"),
        ConsentScope.NAMED_IN_HOURS_LOG: phrase("services", "named in hours log"),
        ConsentScope.SESSION_RECORDING: phrase("services", "session recording"),
        ConsentScope.TESTIMONIAL: phrase("services", "testimonial"),
    }


def _newer_consent_hint(db: Session, referral: Referral, professional: Professional, today: date) -> str:
    for consent in active_consents(db, referral.client_id, today, ConsentScope.REFERRAL):
        if names(consent.recipient, professional.name):
            return phrase(
                "services",
                " A current consent given on {day} covers {professional}: attach it to the referral.",
            ).format(day=consent.granted_on.isoformat(), professional=professional.name)
    return phrase(
        "services",
        " Record the client's current consent to this referral and attach it before writing the letter.",
    )


def referral_consent(db: Session, referral: Referral, professional: Professional, today: date) -> Consent:
    """The consent attached to ``referral``, in force on ``today`` and naming ``professional``.

    Raises ValidationError on "consent_id" saying what is missing and how to put it right.
    """
    consent = None if referral.consent_id is None else db.get(Consent, referral.consent_id)
    problem = _missing(consent, referral, professional, today)
    if problem:
        raise ValidationError("consent_id", problem + _newer_consent_hint(db, referral, professional, today))
    assert consent is not None
    return consent


def _covers(consent: Consent, sponsor: str) -> bool:
    """A consent to share with the sponsor covers it when it names no one else."""
    return not consent.recipient.strip() or names(consent.recipient, sponsor)


def sponsor_consent(db: Session, engagement: Engagement, sponsor: str, on: date) -> Consent:
    """The client's consent in force on ``on`` to share with this sponsor.

    Raises ValidationError on "consent_id" naming what is missing (none, withdrawn, expired, not yet
    given).
    """
    client = fetch(db, Client, engagement.client_id, field="client_id", label="client")
    consents = db.exec(
        select(Consent)
        .where(Consent.client_id == client.id, Consent.scope == ConsentScope.SHARE_WITH_SPONSOR)
        .order_by(col(Consent.granted_on).desc(), col(Consent.created_at).desc())
    ).all()
    relevant = [c for c in consents if _covers(c, sponsor)]
    current = next((c for c in relevant if c.is_active(on)), None)
    if current is not None:
        return current
    missing = phrase("services", "{client}'s consent to share information with {sponsor} is missing").format(
        client=client.name, sponsor=sponsor
    )
    remedy = phrase("services", "Record the client's current consent (scope: share with the sponsor) first.")
    latest = relevant[0] if relevant else None
    if latest is not None and latest.withdrawn_on is not None and latest.withdrawn_on <= on:
        missing = phrase(
            "services", "{client} withdrew their consent to share information with {sponsor} on {day}"
        ).format(client=client.name, sponsor=sponsor, day=latest.withdrawn_on)
    elif latest is not None and latest.expires_on is not None and latest.expires_on < on:
        missing = phrase(
            "services", "{client}'s consent to share information with {sponsor} expired on {day}"
        ).format(client=client.name, sponsor=sponsor, day=latest.expires_on)
    elif latest is not None and on < latest.granted_on:
        missing = phrase(
            "services", "{client}'s consent to share information with {sponsor} is only given from {day}"
        ).format(client=client.name, sponsor=sponsor, day=latest.granted_on.isoformat())
        remedy = phrase("services", "Date the report on or after that day.")
    raise ValidationError(
        "consent_id",
        phrase("services", "No sponsor report can be written: {missing}. {remedy}").format(
            missing=missing, remedy=remedy
        ),
    )
