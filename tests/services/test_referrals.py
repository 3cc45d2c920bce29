"""Referrals: who, to whom, on whose consent, the status path, audit without values, no half-writes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Consent,
    ConsentScope,
    Referral,
    ReferralStatus,
    ReferralUrgency,
)
from coachdesk.domain.ethics import RiskRaised
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent, withdraw_consent
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.referrals import (
    ReferralDetails,
    create_referral,
    set_referral_status,
    update_referral,
)
from tests.services.checks import ANYTHING, mostly, refused
from tests.services.checks import audit_text as _audit_text
from tests.services.conftest import table_snapshot

MARCH_1, MARCH_14, JUNE_30 = date(2026, 3, 1), date(2026, 3, 14), date(2026, 6, 30)
PROPOSED, SENT, ACCEPTED, COMPLETED, CANCELLED = ReferralStatus


def _client(db: Session, name: str = "Zoë Ørsted") -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name)).created
    assert created is not None
    return created


def _professional(db: Session) -> uuid.UUID:
    created = create_professional(db, ProfessionalDetails("Dr Łukasz Nowak", "Psychotherapist")).created
    assert created is not None
    return created


def _consent(db: Session, client: uuid.UUID, /, **fields: Any) -> uuid.UUID:
    values: dict[str, Any] = {
        "client_id": client,
        "scope": ConsentScope.REFERRAL,
        "granted_on": MARCH_1,
        "recipient": "Dr Łukasz Nowak",
        **fields,
    }
    created = create_consent(db, ConsentDetails(**values)).created
    assert created is not None
    return created


class Practice:
    """A client, a professional and the client's referral consent from 1 March."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self.client_id = _client(db)
        self.professional_id = _professional(db)
        self.consent_id = _consent(db, self.client_id)

    def details(self, **fields: Any) -> ReferralDetails:
        values: dict[str, Any] = {
            "client_id": self.client_id,
            "professional_id": self.professional_id,
            "reason": "Signs of burnout beyond coaching",
            **fields,
        }
        return ReferralDetails(**values)

    def referral(self, **fields: Any) -> Referral:
        created = create_referral(self.db, self.details(**fields)).created
        referral = self.db.get(Referral, created)
        assert referral is not None
        return referral


@pytest.fixture
def practice(db: Session) -> Practice:
    return Practice(db)


# Create and update


def test_create_stores_values_and_audits_without_them(practice: Practice, db: Session) -> None:
    changes = create_referral(
        db,
        practice.details(
            urgency="soon",
            consent_id=practice.consent_id,
            reason_in_clients_words="I can't sleep",
            summary_client_read="Summary of concerns",
            client_will_contact=True,
            client_gets_copy=True,
            risk_raised="not_known",
            referred_on=MARCH_14,
            follow_up_on=JUNE_30,
        ),
    )
    assert changes.tables == {"referral"} and changes.created is not None and changes.ids == {changes.created}
    referral = db.get(Referral, changes.created)
    assert referral is not None
    assert (
        referral.client_id,
        referral.professional_id,
        referral.consent_id,
        referral.urgency,
        referral.status,
        referral.referred_on,
        referral.follow_up_on,
        referral.reason_in_clients_words,
        referral.summary_client_read,
        referral.client_will_contact,
        referral.client_gets_copy,
        referral.risk_raised,
    ) == (
        practice.client_id,
        practice.professional_id,
        practice.consent_id,
        ReferralUrgency.SOON,
        PROPOSED,
        MARCH_14,
        JUNE_30,
        "I can't sleep",
        "Summary of concerns",
        True,
        True,
        RiskRaised.NOT_KNOWN,
    )
    entry = db.exec(select(AuditEntry).where(AuditEntry.entity == "referral")).one()
    assert (entry.entity_id, entry.action, entry.fields) == (referral.id, AuditAction.CREATED, "")
    for value in ("burnout", "Summary", "soon", "2026"):
        assert value not in _audit_text(db)


def test_a_referral_needs_no_consent_or_dates(practice: Practice) -> None:
    referral = practice.referral()
    assert (referral.consent_id, referral.referred_on, referral.urgency) == (
        None,
        None,
        ReferralUrgency.ROUTINE,
    )


def test_a_consent_on_an_undated_referral_is_checked_when_it_is_sent(practice: Practice, db: Session) -> None:
    referral = practice.referral(consent_id=practice.consent_id)
    withdraw_consent(db, practice.consent_id, MARCH_14)
    refused(lambda: set_referral_status(db, referral.id, SENT, MARCH_14), db, "consent_id", "not in force")
    set_referral_status(db, referral.id, SENT, date(2026, 3, 13))
    db.refresh(referral)
    assert (referral.status, referral.referred_on) == (SENT, date(2026, 3, 13))


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"client_id": uuid.uuid4()}, "client_id", "That client no longer exists"),
        ({"client_id": None}, "client_id", "No such record"),
        ({"professional_id": uuid.uuid4()}, "professional_id", "That professional no longer exists"),
        ({"reason": "  "}, "reason", "reason for the referral is required"),
        ({"reason": None}, "reason", "reason for the referral is required"),
        ({"urgency": "yesterday"}, "urgency", "must be one of: routine, soon, urgent"),
        ({"referred_on": "14 March"}, "referred_on", "date like"),
        ({"referred_on": MARCH_14, "follow_up_on": MARCH_1}, "follow_up_on", "before the referral date"),
        ({"consent_id": uuid.uuid4()}, "consent_id", "That consent no longer exists"),
        ({"summary_client_read": 42}, "summary_client_read", "must be text"),
        ({"reason_in_clients_words": 42}, "reason_in_clients_words", "must be text"),
        ({"client_gets_copy": "yes"}, "client_gets_copy", "must be yes or no"),
        ({"risk_raised": "maybe"}, "risk_raised", "must be one of: yes, no, not_known"),
    ],
)
def test_referral_rules(
    practice: Practice, db: Session, fields: dict[str, Any], field: str, phrase: str
) -> None:
    refused(lambda: practice.referral(**fields), db, field, phrase)


def test_a_referral_cannot_rely_on_another_clients_consent(practice: Practice, db: Session) -> None:
    others = _consent(db, _client(db, "Дмитрий Иванов"))
    refused(lambda: practice.referral(consent_id=others), db, "consent_id", "given by another client")


def test_a_referral_needs_a_consent_to_a_referral(practice: Practice, db: Session) -> None:
    sponsor = _consent(db, practice.client_id, scope=ConsentScope.SHARE_WITH_SPONSOR, recipient="Acme HR")
    refused(lambda: practice.referral(consent_id=sponsor), db, "consent_id", "not a consent to a referral")


@pytest.mark.parametrize(
    ("consent", "referred_on"),
    [
        ({"granted_on": MARCH_14}, MARCH_1),  # not yet given
        ({"expires_on": MARCH_14}, JUNE_30),  # expired
    ],
)
def test_the_consent_must_be_in_force_on_the_referral_date(
    practice: Practice, db: Session, consent: dict[str, Any], referred_on: date
) -> None:
    consent_id = _consent(db, practice.client_id, **consent)
    refused(
        lambda: practice.referral(consent_id=consent_id, referred_on=referred_on),
        db,
        "consent_id",
        f"not in force on the referral date ({referred_on.isoformat()})",
    )


def test_a_withdrawn_consent_covers_no_later_referral(practice: Practice, db: Session) -> None:
    withdraw_consent(db, practice.consent_id, MARCH_14)
    refused(
        lambda: practice.referral(consent_id=practice.consent_id, referred_on=MARCH_14),
        db,
        "consent_id",
        "not in force",
    )
    assert practice.referral(consent_id=practice.consent_id, referred_on=date(2026, 3, 13)).consent_id


def test_update_audits_changed_field_names_only(practice: Practice, db: Session) -> None:
    referral = practice.referral()
    changes = update_referral(db, referral.id, practice.details(urgency="urgent", outcome="Seen by Dr Nowak"))
    assert changes.tables == {"referral"} and changes.ids == {referral.id}
    db.refresh(referral)
    assert (referral.urgency, referral.outcome) == (ReferralUrgency.URGENT, "Seen by Dr Nowak")
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert entry.fields == "outcome,urgency"
    assert "Seen by" not in _audit_text(db)


def test_update_applies_the_same_rules(practice: Practice, db: Session) -> None:
    referral = practice.referral()
    others = _consent(db, _client(db, "Дмитрий Иванов"))
    details = practice.details(consent_id=others)
    refused(lambda: update_referral(db, referral.id, details), db, "consent_id", "another client")
    blank = practice.details(reason="")
    refused(lambda: update_referral(db, referral.id, blank), db, "reason", "is required")


def test_a_referral_cannot_be_moved_to_another_client(practice: Practice, db: Session) -> None:
    referral = practice.referral()
    details = practice.details(client_id=_client(db, "Дмитрий Иванов"))
    refused(lambda: update_referral(db, referral.id, details), db, "client_id", "stays with its client")


def test_a_later_withdrawal_does_not_stop_recording_the_outcome(practice: Practice, db: Session) -> None:
    referral = practice.referral(consent_id=practice.consent_id, referred_on=MARCH_1)
    withdraw_consent(db, practice.consent_id, MARCH_1)  # recorded late, effective the same day
    update_referral(
        db, referral.id, practice.details(consent_id=practice.consent_id, referred_on=MARCH_1, outcome="Seen")
    )
    redated = practice.details(consent_id=practice.consent_id, referred_on=MARCH_14)
    refused(lambda: update_referral(db, referral.id, redated), db, "consent_id", "not in force")


def test_a_sent_referral_keeps_its_date(practice: Practice, db: Session) -> None:
    referral = practice.referral()
    set_referral_status(db, referral.id, SENT, MARCH_14)
    refused(
        lambda: update_referral(db, referral.id, practice.details()),
        db,
        "referred_on",
        "keeps its referral date",
    )


def test_missing_referral_is_not_found(practice: Practice, db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        update_referral(db, uuid.uuid4(), practice.details())
    assert (caught.value.field, caught.value.message) == ("referral_id", "That referral no longer exists.")
    with pytest.raises(NotFound):
        set_referral_status(db, uuid.uuid4(), SENT, MARCH_14)


# Status


def _walk(db: Session, referral_id: uuid.UUID, *statuses: ReferralStatus) -> None:
    for status in statuses:
        set_referral_status(db, referral_id, status, MARCH_14)


def test_the_whole_path_is_audited_as_status_changes(practice: Practice, db: Session) -> None:
    referral = practice.referral(follow_up_on=JUNE_30)
    changes = set_referral_status(db, referral.id, "sent", MARCH_14)
    assert changes.tables == {"referral"} and changes.ids == {referral.id}
    _walk(db, referral.id, ACCEPTED, COMPLETED)
    db.refresh(referral)
    assert (referral.status, referral.referred_on) == (COMPLETED, MARCH_14)
    entries = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.STATUS_CHANGED)).all()
    assert [e.fields for e in entries] == ["referred_on,status,status_changed_on", "status", "status"]


def test_sending_keeps_a_referral_date_already_set(practice: Practice, db: Session) -> None:
    referral = practice.referral(referred_on=MARCH_1)
    set_referral_status(db, referral.id, SENT, MARCH_14)
    db.refresh(referral)
    assert referral.referred_on == MARCH_1


def test_sending_after_the_follow_up_date_is_refused(practice: Practice, db: Session) -> None:
    referral = practice.referral(follow_up_on=MARCH_1)
    refused(
        lambda: set_referral_status(db, referral.id, SENT, MARCH_14),
        db,
        "follow_up_on",
        "before the referral",
    )


@pytest.mark.parametrize("path", [(), (SENT,), (SENT, ACCEPTED)])
def test_anything_not_completed_can_be_cancelled(
    practice: Practice, db: Session, path: tuple[ReferralStatus]
) -> None:
    referral = practice.referral()
    _walk(db, referral.id, *path, CANCELLED)
    db.refresh(referral)
    assert referral.status is CANCELLED


@pytest.mark.parametrize(
    ("path", "new", "phrase"),
    [
        ((), PROPOSED, "already proposed"),
        ((), ACCEPTED, "is proposed; it cannot become accepted (next it can be cancelled or sent)"),
        ((), COMPLETED, "cannot become completed"),
        ((SENT,), PROPOSED, "cannot become proposed"),
        ((SENT,), COMPLETED, "cannot become completed"),
        ((SENT,), SENT, "already sent"),
        ((SENT, ACCEPTED), SENT, "cannot become sent"),
        ((SENT, ACCEPTED, COMPLETED), CANCELLED, "is completed; it cannot become cancelled"),
        ((CANCELLED,), PROPOSED, "is cancelled; it cannot become proposed"),
        ((CANCELLED,), SENT, "cannot become sent"),
    ],
)
def test_nonsense_status_changes_are_refused(
    practice: Practice, db: Session, path: tuple[ReferralStatus], new: ReferralStatus, phrase: str
) -> None:
    referral = practice.referral()
    _walk(db, referral.id, *path)
    refused(lambda: set_referral_status(db, referral.id, new, JUNE_30), db, "status", phrase)


@pytest.mark.parametrize(
    ("status", "on", "field"), [("lost", MARCH_14, "status"), (SENT, None, "on"), (SENT, 3, "on")]
)
def test_status_changes_need_a_known_status_and_a_date(
    practice: Practice, db: Session, status: Any, on: Any, field: str
) -> None:
    referral = practice.referral()
    refused(lambda: set_referral_status(db, referral.id, status, on), db, field, "")


# Arbitrary input


HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _stored_or_refused_cleanly(db: Session, call: Callable[[], object]) -> None:
    before = table_snapshot(db)
    try:
        call()
    except ValidationError as refused:
        event(f"refused: {refused.field}")
        assert table_snapshot(db) == before
    else:
        event("stored")


@HYPOTHESIS
@given(data=st.data())
def test_arbitrary_referral_input(db: Session, data: st.DataObject) -> None:
    referral = db.exec(select(Referral)).first()
    if referral is None:
        practice = Practice(db)
        referral = practice.referral()
    client_id, professional_id = referral.client_id, referral.professional_id
    details = ReferralDetails(
        client_id=data.draw(mostly(client_id)),
        professional_id=data.draw(mostly(professional_id)),
        reason=data.draw(mostly("Needs a therapist")),
        urgency=data.draw(mostly(st.sampled_from(ReferralUrgency))),
        consent_id=data.draw(mostly(st.sampled_from([None, *db.exec(select(Consent.id)).all()]))),
        reason_in_clients_words=data.draw(ANYTHING),
        summary_client_read=data.draw(ANYTHING),
        client_will_contact=data.draw(mostly(True)),
        client_gets_copy=data.draw(mostly(False)),
        risk_raised=data.draw(mostly(st.sampled_from([None, *RiskRaised]))),
        referred_on=data.draw(mostly(st.sampled_from([None, MARCH_14]))),
        follow_up_on=data.draw(mostly(st.sampled_from([None, JUNE_30]))),
        outcome=data.draw(ANYTHING),
    )
    _stored_or_refused_cleanly(db, lambda: create_referral(db, details))
    _stored_or_refused_cleanly(db, lambda: update_referral(db, referral.id, details))
    status, on = (
        data.draw(mostly(st.sampled_from(ReferralStatus))),
        data.draw(mostly(st.dates(date(2000, 1, 1), date(2100, 12, 31)))),
    )
    _stored_or_refused_cleanly(db, lambda: set_referral_status(db, referral.id, status, on))


def test_status_change_records_its_date_and_never_goes_back_in_time(db: Session) -> None:
    from coachdesk.domain import Referral

    client = _client(db)
    professional = _professional(db)
    referral = create_referral(
        db, ReferralDetails(client_id=client, professional_id=professional, reason="Sleep")
    )
    referral_id = referral.created
    assert referral_id is not None
    set_referral_status(db, referral_id, "sent", date(2026, 3, 10))
    set_referral_status(db, referral_id, "accepted", date(2026, 3, 12))
    stored = db.get(Referral, referral_id)
    assert stored is not None and stored.status_changed_on == date(2026, 3, 12)
    with pytest.raises(ValidationError) as caught:
        set_referral_status(db, referral_id, "completed", date(2026, 3, 11))
    assert caught.value.field == "on" and "before" in caught.value.message
