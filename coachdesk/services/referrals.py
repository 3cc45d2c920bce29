"""Referrals: a client referred to a professional for a need outside coaching, on the client's consent."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from coachdesk.domain import (
    AuditAction,
    Client,
    Consent,
    ConsentScope,
    Professional,
    Referral,
    ReferralStatus,
    ReferralUrgency,
)
from coachdesk.domain.ethics import RiskRaised
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.enum_words import value_words
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

# Where a referral may go next: proposed → sent → accepted → completed, or cancelled until completed.
NEXT_STATUSES: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.PROPOSED: frozenset({ReferralStatus.SENT, ReferralStatus.CANCELLED}),
    ReferralStatus.SENT: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.CANCELLED}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.COMPLETED, ReferralStatus.CANCELLED}),
    ReferralStatus.COMPLETED: frozenset(),
    ReferralStatus.CANCELLED: frozenset(),
}

WAS_SENT = frozenset({ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED})


@dataclass(frozen=True)
class ReferralDetails:
    """The referral form: who, to whom, why, how urgently, on which consent, and the dates."""

    client_id: uuid.UUID
    professional_id: uuid.UUID
    reason: str
    urgency: ReferralUrgency | str = ReferralUrgency.ROUTINE
    consent_id: uuid.UUID | None = None
    reason_in_clients_words: str = ""
    summary_client_read: str = ""
    client_will_contact: bool = False
    client_gets_copy: bool = False
    risk_raised: RiskRaised | str | None = None
    referred_on: date | None = None
    follow_up_on: date | None = None
    outcome: str = ""


def _check_consent(db: Session, consent_id: Any, client_id: uuid.UUID, on: date | None) -> uuid.UUID:
    """The consent the referral relies on: the same client's, for referral, in force on the referral date."""
    consent = fetch(db, Consent, consent_id, field="consent_id", label="consent")
    if consent.client_id != client_id:
        raise ValidationError(
            "consent_id",
            phrase(
                "services",
                "That consent was given by another client; a referral needs the client's own consent.",
            ),
        )
    if consent.scope != ConsentScope.REFERRAL:
        raise ValidationError(
            "consent_id", phrase("services", "That consent is not a consent to a referral.")
        )
    if on is not None and not consent.is_active(on):
        raise ValidationError(
            "consent_id",
            phrase("services", "That consent is not in force on the referral date ({on}).").format(
                on=on.isoformat()
            ),
        )
    return consent.id


def _check_follow_up(referred_on: date | None, follow_up_on: date | None) -> None:
    if referred_on is not None and follow_up_on is not None and follow_up_on < referred_on:
        raise ValidationError(
            "follow_up_on", phrase("services", "The follow-up date is before the referral date.")
        )


def _values(db: Session, d: ReferralDetails, current: Referral | None = None) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    if current is not None and client.id != current.client_id:
        raise ValidationError(
            "client_id",
            phrase(
                "services",
                "A referral stays with its client; cancel it and make a new one for the other client.",
            ),
        )
    professional = fetch(db, Professional, d.professional_id, field="professional_id", label="professional")
    referred_on = v.optional_date("referred_on", d.referred_on, label="referral date")
    follow_up_on = v.optional_date("follow_up_on", d.follow_up_on, label="follow-up date")
    if referred_on is None and current is not None and current.status in WAS_SENT:
        raise ValidationError(
            "referred_on", phrase("services", "The referral was sent; it keeps its referral date.")
        )
    _check_follow_up(referred_on, follow_up_on)
    consent_id = None
    if d.consent_id is not None:
        # A consent withdrawn since the referral was made does not undo it: recheck only what changed.
        unchanged = current is not None and (current.consent_id, current.referred_on) == (
            v.an_id("consent_id", d.consent_id),
            referred_on,
        )
        consent_id = _check_consent(db, d.consent_id, client.id, None if unchanged else referred_on)
    return {
        "client_id": client.id,
        "professional_id": professional.id,
        "reason": v.text("reason", d.reason, required=True, long=True, label="reason for the referral"),
        "urgency": v.choice("urgency", d.urgency, ReferralUrgency),
        "consent_id": consent_id,
        "reason_in_clients_words": v.text(
            "reason_in_clients_words",
            d.reason_in_clients_words,
            long=True,
            label="reason in the client's words",
        ),
        "summary_client_read": v.text(
            "summary_client_read", d.summary_client_read, long=True, label="summary the client read"
        ),
        "client_will_contact": v.boolean("client_will_contact", d.client_will_contact),
        "client_gets_copy": v.boolean("client_gets_copy", d.client_gets_copy),
        "risk_raised": None
        if d.risk_raised in (None, "")
        else v.choice("risk_raised", d.risk_raised, RiskRaised, label="whether a risk was raised"),
        "referred_on": referred_on,
        "follow_up_on": follow_up_on,
        "outcome": v.text("outcome", d.outcome, long=True),
    }


def create_referral(db: Session, details: ReferralDetails) -> Changes:
    with transaction(db):
        referral = Referral(**_values(db, details))
        db.add(referral)
        audit(db, referral, AuditAction.CREATED)
    return changed("referral", created=referral.id)


def update_referral(db: Session, referral_id: uuid.UUID, details: ReferralDetails) -> Changes:
    """Edit the referral (its status moves only through ``set_referral_status``)."""
    with transaction(db):
        referral = fetch(db, Referral, referral_id, field="referral_id", label="referral")
        fields = apply(referral, _values(db, details, referral))
        if fields:
            audit(db, referral, AuditAction.UPDATED, fields)
    return changed("referral", ids=(referral.id,))


def set_referral_status(
    db: Session, referral_id: uuid.UUID, status: ReferralStatus | str, on: date
) -> Changes:
    """Move the referral on (proposed → sent → accepted → completed) or cancel it before completion.

    Sending on ``on`` makes ``on`` the referral date when none was set; the consent must cover it.
    """
    with transaction(db):
        referral = fetch(db, Referral, referral_id, field="referral_id", label="referral")
        new = v.choice("status", status, ReferralStatus)
        day = v.required_date("on", on, label="date")
        if new not in NEXT_STATUSES[referral.status]:
            raise ValidationError("status", _refusal(referral.status, new))
        last = referral.status_changed_on or referral.referred_on
        if last is not None and day < last:
            raise ValidationError(
                "on",
                phrase(
                    "services", "The date of this change is before the referral's last one ({last})."
                ).format(last=last.isoformat()),
            )
        values: dict[str, Any] = {"status": new, "status_changed_on": day}
        if new is ReferralStatus.SENT and referral.referred_on is None:
            values["referred_on"] = day
            _check_follow_up(day, referral.follow_up_on)
            if referral.consent_id is not None:
                _check_consent(db, referral.consent_id, referral.client_id, day)
        fields = apply(referral, values)
        audit(db, referral, AuditAction.STATUS_CHANGED, fields)
    return changed("referral", ids=(referral.id,))


def _refusal(current: ReferralStatus, new: ReferralStatus) -> str:
    if current == new:
        return phrase("services", "The referral is already {current}.").format(current=value_words(current))
    if current in {ReferralStatus.COMPLETED, ReferralStatus.CANCELLED}:
        return phrase("services", "The referral is {current}; it cannot become {new}.").format(
            current=value_words(current), new=value_words(new)
        )
    allowed = phrase("services", " or ").join(sorted(value_words(s) for s in NEXT_STATUSES[current]))
    return phrase(
        "services", "The referral is {current}; it cannot become {new} (next it can be {allowed})."
    ).format(current=value_words(current), new=value_words(new), allowed=allowed)
