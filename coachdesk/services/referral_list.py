"""The Referrals area's rows, and what the referral form needs: a referral's values and its choices."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    Client,
    Consent,
    ConsentScope,
    Professional,
    Referral,
    ReferralStatus,
    ReferralUrgency,
)
from coachdesk.services.referrals import ReferralDetails
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class ReferralRow:
    """A referral as the Referrals area lists it."""

    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    professional: str
    profession: str
    reason: str
    urgency: ReferralUrgency
    status: ReferralStatus
    referred_on: date | None
    follow_up_on: date | None
    outcome: str
    has_consent: bool


@dataclass(frozen=True)
class Choice:
    """One entry of a picker: the record's id and how it reads."""

    id: uuid.UUID
    text: str


def referral_rows(db: Session) -> list[ReferralRow]:
    """Every referral, with its client's and professional's names, in one query."""
    query = (
        sa.select(
            col(Referral.id),
            col(Referral.client_id),
            col(Client.name),
            col(Professional.name),
            col(Professional.profession),
            col(Referral.reason),
            col(Referral.urgency),
            col(Referral.status),
            col(Referral.referred_on),
            col(Referral.follow_up_on),
            col(Referral.outcome),
            col(Referral.consent_id),
        )
        .join(Client, col(Referral.client_id) == col(Client.id))
        .join(Professional, col(Referral.professional_id) == col(Professional.id))
    )
    return [
        ReferralRow(
            id=row[0],
            client_id=row[1],
            client_name=row[2],
            professional=row[3],
            profession=row[4],
            reason=row[5],
            urgency=ReferralUrgency(row[6]),
            status=ReferralStatus(row[7]),
            referred_on=row[8],
            follow_up_on=row[9],
            outcome=row[10],
            has_consent=row[11] is not None,
        )
        for row in db.connection().execute(query)
    ]


def referral_details(db: Session, referral_id: uuid.UUID) -> tuple[ReferralDetails, ReferralStatus]:
    """The form's values for an existing referral, and its status."""
    r = fetch(db, Referral, referral_id, field="referral_id", label="referral")
    details = ReferralDetails(
        client_id=r.client_id,
        professional_id=r.professional_id,
        reason=r.reason,
        urgency=r.urgency,
        consent_id=r.consent_id,
        reason_in_clients_words=r.reason_in_clients_words,
        summary_client_read=r.summary_client_read,
        client_will_contact=r.client_will_contact,
        client_gets_copy=r.client_gets_copy,
        risk_raised=r.risk_raised,
        referred_on=r.referred_on,
        follow_up_on=r.follow_up_on,
        outcome=r.outcome,
    )
    return details, ReferralStatus(r.status)


def client_choices(db: Session) -> list[Choice]:
    rows = db.exec(select(Client.id, Client.name).order_by(func.lower(col(Client.name)))).all()
    return [Choice(row[0], row[1]) for row in rows]


def professional_choices(db: Session) -> list[Choice]:
    rows = db.exec(
        select(Professional.id, Professional.name, Professional.profession).order_by(
            func.lower(col(Professional.name))
        )
    ).all()
    return [Choice(row[0], f"{row[1]} — {row[2]}") for row in rows]


def referral_consent_choices(
    db: Session, client_id: uuid.UUID, on: date, day_text: Callable[[date], str] = date.isoformat
) -> list[Choice]:
    """The client's consents to a referral, current ones first, each saying whom it names and when
    it was given (in ``day_text``'s words: the app passes its locale's short date)."""
    consents = db.exec(
        select(Consent)
        .where(Consent.client_id == client_id, Consent.scope == ConsentScope.REFERRAL)
        .order_by(col(Consent.granted_on).desc())
    ).all()
    ordered = sorted(consents, key=lambda c: not c.is_active(on))
    choices = []
    for consent in ordered:
        state = "current" if consent.is_active(on) else "not in force"
        choices.append(
            Choice(
                consent.id,
                f"To {consent.recipient or 'anyone'}, given {day_text(consent.granted_on)} ({state})",
            )
        )
    return choices
