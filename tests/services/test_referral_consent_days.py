"""A referral letter may be written on the day the client's consent is given and on its last day; the
day before it is given and the day after it ends it is refused, saying which."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.domain import Professional, Referral
from coachdesk.services.consent_rules import referral_consent
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.errors import ValidationError
from coachdesk.services.referrals import ReferralDetails, create_referral

GIVEN, ENDS = date(2026, 11, 20), date(2026, 12, 20)


def _referral(db: Session, client_id: uuid.UUID) -> tuple[Referral, Professional]:
    professional_id = create_professional(db, ProfessionalDetails("Dr Ana Ruiz", "Psychologist")).created
    consent_id = create_consent(
        db, ConsentDetails(client_id, "referral", GIVEN, recipient="Dr Ana Ruiz", expires_on=ENDS)
    ).created
    assert professional_id is not None and consent_id is not None
    referral_id = create_referral(
        db, ReferralDetails(client_id, professional_id, "Sleep", consent_id=consent_id, referred_on=GIVEN)
    ).created
    referral, professional = db.get(Referral, referral_id), db.get(Professional, professional_id)
    assert referral is not None and professional is not None
    return referral, professional


def test_the_consent_covers_its_first_and_its_last_day(db: Session, client_id: uuid.UUID) -> None:
    referral, professional = _referral(db, client_id)
    for day in (GIVEN, ENDS):
        assert referral_consent(db, referral, professional, day).id == referral.consent_id


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        (date(2026, 11, 19), "is only given from 2026-11-20"),
        (date(2026, 12, 21), "consent to a referral to Dr Ana Ruiz expired on 2026-12-20"),
    ],
)
def test_outside_those_days_the_letter_is_refused(
    db: Session, client_id: uuid.UUID, day: date, phrase: str
) -> None:
    referral, professional = _referral(db, client_id)
    with pytest.raises(ValidationError) as refused:
        referral_consent(db, referral, professional, day)
    assert refused.value.field == "consent_id" and phrase in refused.value.message
