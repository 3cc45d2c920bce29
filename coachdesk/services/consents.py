"""Consent (what a client agreed may be shared) and the disclosure log (what was shared, on what basis)."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import (
    AuditAction,
    Client,
    Consent,
    ConsentScope,
    Disclosure,
    DisclosureBasis,
    Referral,
)
from coachdesk.domain.ethics import SharedItem
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

# Consents that name who receives the information: without a recipient they say nothing.
NEEDS_RECIPIENT = frozenset({ConsentScope.SHARE_WITH_SPONSOR, ConsentScope.REFERRAL})
# A consent to a referral is for that referral, not open-ended: it ends after this many months unless
# the coach sets another date (ICF Code of Ethics 2025, Ethical Standards, "Confidentiality and Legal
# Compliance": a clear agreement before information is released; EMCC Global Code of Ethics, "Working
# with clients", confidentiality: information is shared only with the client's agreement).
REFERRAL_CONSENT_MONTHS = 3


def default_expiry(scope: ConsentScope | str | None, granted_on: date) -> date | None:
    """The end date a new consent gets unless the coach changes it: three months for a referral."""
    if scope != ConsentScope.REFERRAL:
        return None
    month = granted_on.month - 1 + REFERRAL_CONSENT_MONTHS
    year, month = granted_on.year + month // 12, month % 12 + 1
    return date(year, month, min(granted_on.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ConsentDetails:
    """The consent form: what the client agreed to, with whom, from when until when, and the evidence."""

    client_id: uuid.UUID
    scope: ConsentScope | str
    granted_on: date | None
    recipient: str = ""
    expires_on: date | None = None
    evidence: str = ""
    shared_items: Iterable[SharedItem | str] = field(default_factory=frozenset)
    shared_other: str = ""  # anything else the client agreed to share, in one line
    recipient_may_reply: bool = False


@dataclass(frozen=True)
class DisclosureDetails:
    """The disclosure form: what confidential information went to whom, when, and why it was allowed."""

    client_id: uuid.UUID
    disclosed_on: date | None
    recipient: str
    basis: DisclosureBasis | str
    what_was_disclosed: str
    client_informed: bool = False
    client_informed_on: date | None = None


def _consent_values(db: Session, d: ConsentDetails) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    scope = v.choice("scope", d.scope, ConsentScope)
    recipient = v.text("recipient", d.recipient)
    if scope in NEEDS_RECIPIENT and not recipient:
        raise ValidationError(
            "recipient",
            phrase(
                "services", "Say who may receive the information (a consent to share names its recipient)."
            ),
        )
    granted_on = v.required_date("granted_on", d.granted_on, label="date consent was given")
    expires_on = v.optional_date("expires_on", d.expires_on, label="expiry date")
    if expires_on is not None and expires_on < granted_on:
        raise ValidationError(
            "expires_on", phrase("services", "The expiry date is before the date consent was given.")
        )
    return {
        "client_id": client.id,
        "scope": scope,
        "recipient": recipient,
        "granted_on": granted_on,
        "expires_on": expires_on,
        "evidence": v.text("evidence", d.evidence),
        "shared_items": frozenset(v.choice("shared_items", item, SharedItem) for item in d.shared_items),
        "shared_other": v.text("shared_other", d.shared_other, label="anything else to share"),
        "recipient_may_reply": v.boolean("recipient_may_reply", d.recipient_may_reply),
    }


def _check_still_covers(db: Session, consent: Consent, values: dict[str, Any]) -> None:
    """An edit must not leave the consent's own withdrawal, or referrals relying on it, uncovered."""
    if values["client_id"] != consent.client_id:
        raise ValidationError(
            "client_id",
            phrase(
                "services",
                "A consent belongs to the client who gave it; record a new consent for the other client.",
            ),
        )
    if consent.withdrawn_on is not None and consent.withdrawn_on < values["granted_on"]:
        raise ValidationError(
            "granted_on",
            phrase(
                "services",
                "The consent was withdrawn on {withdrawn_on}; it cannot have been given after that.",
            ).format(withdrawn_on=consent.withdrawn_on.isoformat()),
        )
    referrals = db.exec(select(Referral).where(col(Referral.consent_id) == consent.id)).all()
    if referrals and values["scope"] != ConsentScope.REFERRAL:
        raise ValidationError(
            "scope",
            phrase(
                "services", "{count} referral(s) rely on this consent; its scope must stay referral."
            ).format(count=len(referrals)),
        )
    edited = Consent(**{**values, "withdrawn_on": consent.withdrawn_on})
    for referral in referrals:
        if referral.referred_on is not None and not edited.is_active(referral.referred_on):
            field = "granted_on" if referral.referred_on < edited.granted_on else "expires_on"
            raise ValidationError(
                field,
                phrase(
                    "services",
                    "A referral of {referred_on} relies on this consent; the consent must still cover that "
                    "date.",
                ).format(referred_on=referral.referred_on.isoformat()),
            )


def create_consent(db: Session, details: ConsentDetails) -> Changes:
    with transaction(db):
        consent = Consent(**_consent_values(db, details))
        db.add(consent)
        audit(db, consent, AuditAction.CREATED)
    return changed("consent", created=consent.id)


def update_consent(db: Session, consent_id: uuid.UUID, details: ConsentDetails) -> Changes:
    """Correct a consent record (withdrawal is its own action: ``withdraw_consent``)."""
    with transaction(db):
        consent = fetch(db, Consent, consent_id, field="consent_id", label="consent")
        values = _consent_values(db, details)
        _check_still_covers(db, consent, values)
        fields = apply(consent, values)
        if fields:
            audit(db, consent, AuditAction.UPDATED, fields)
    return changed("consent", ids=(consent.id,))


def withdraw_consent(db: Session, consent_id: uuid.UUID, on: date) -> Changes:
    """Record that the client withdrew the consent on ``on``; it covers nothing from that day."""
    with transaction(db):
        consent = fetch(db, Consent, consent_id, field="consent_id", label="consent")
        withdrawn_on = v.required_date("withdrawn_on", on, label="date of withdrawal")
        if consent.withdrawn_on is not None:
            raise ValidationError(
                "withdrawn_on",
                phrase("services", "This consent was already withdrawn on {withdrawn_on}.").format(
                    withdrawn_on=consent.withdrawn_on.isoformat()
                ),
            )
        if withdrawn_on < consent.granted_on:
            raise ValidationError(
                "withdrawn_on",
                phrase(
                    "services", "A consent cannot be withdrawn before it was given ({granted_on})."
                ).format(granted_on=consent.granted_on.isoformat()),
            )
        fields = apply(consent, {"withdrawn_on": withdrawn_on})
        audit(db, consent, AuditAction.WITHDRAWN, fields)
    return changed("consent", ids=(consent.id,))


def active_consents(
    db: Session, client_id: uuid.UUID, on: date, scope: ConsentScope | str | None = None
) -> list[Consent]:
    """The client's consents in force on ``on`` (given, not expired, not withdrawn), oldest first."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    day = v.a_date("on", on, label="date")
    wanted = None if scope is None else v.choice("scope", scope, ConsentScope)
    query = select(Consent).where(col(Consent.client_id) == client.id)
    if wanted is not None:
        query = query.where(col(Consent.scope) == wanted)
    consents = db.exec(query.order_by(col(Consent.granted_on), col(Consent.created_at))).all()
    return [consent for consent in consents if consent.is_active(day)]


def _disclosure_values(db: Session, d: DisclosureDetails) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    disclosed_on = v.required_date("disclosed_on", d.disclosed_on, label="date of the disclosure")
    basis = v.choice("basis", d.basis, DisclosureBasis, label="basis for the disclosure")
    if basis is DisclosureBasis.CLIENT_CONSENT and not active_consents(db, client.id, disclosed_on):
        raise ValidationError(
            "basis",
            phrase(
                "services",
                "The client had no consent in force on {disclosed_on}; record the consent first, or choose "
                "the basis that applied.",
            ).format(disclosed_on=disclosed_on.isoformat()),
        )
    informed = v.boolean("client_informed", d.client_informed)
    informed_on = v.optional_date(
        "client_informed_on", d.client_informed_on, label="date the client was told"
    )
    _check_informed(informed, informed_on, disclosed_on)
    return {
        "client_id": client.id,
        "disclosed_on": disclosed_on,
        "recipient": v.text("recipient", d.recipient, required=True),
        "basis": basis,
        "what_was_disclosed": v.text(
            "what_was_disclosed", d.what_was_disclosed, required=True, long=True, label="what was disclosed"
        ),
        "client_informed": informed,
        "client_informed_on": informed_on,
    }


def _check_informed(informed: bool, informed_on: date | None, disclosed_on: date) -> None:
    if informed and informed_on is None:
        raise ValidationError(
            "client_informed_on", phrase("services", "Give the date the client was told of the disclosure.")
        )
    if not informed and informed_on is not None:
        raise ValidationError(
            "client_informed_on",
            phrase("services", "A date the client was told is given, but the client is not marked as told."),
        )
    if informed_on is not None and informed_on < disclosed_on:
        raise ValidationError(
            "client_informed_on",
            phrase("services", "The date the client was told is before the date of the disclosure."),
        )


def record_disclosure(db: Session, details: DisclosureDetails) -> Changes:
    """Log confidential information shared, with the basis that allowed it."""
    with transaction(db):
        disclosure = Disclosure(**_disclosure_values(db, details))
        db.add(disclosure)
        audit(db, disclosure, AuditAction.CREATED)
    return changed("disclosure", created=disclosure.id)


def record_client_informed(db: Session, disclosure_id: uuid.UUID, on: date) -> Changes:
    """Record that the client was told of a disclosure (often after one made under risk of harm)."""
    with transaction(db):
        disclosure = fetch(db, Disclosure, disclosure_id, field="disclosure_id", label="disclosure")
        informed_on = v.required_date("client_informed_on", on, label="date the client was told")
        if disclosure.client_informed:
            raise ValidationError(
                "client_informed_on", phrase("services", "The client is already recorded as told.")
            )
        _check_informed(True, informed_on, disclosure.disclosed_on)
        fields = apply(disclosure, {"client_informed": True, "client_informed_on": informed_on})
        audit(db, disclosure, AuditAction.UPDATED, fields)
    return changed("disclosure", ids=(disclosure.id,))


def find_consent(db: Session, consent_id: uuid.UUID) -> Consent | None:
    """The consent with ``consent_id``, or None when it is gone."""
    return db.get(Consent, consent_id)


def get_consent(db: Session, consent_id: uuid.UUID) -> Consent:
    """The consent with ``consent_id``; NotFound if it is gone."""
    return fetch(db, Consent, consent_id, field="consent_id", label="consent")
