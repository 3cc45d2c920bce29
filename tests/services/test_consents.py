"""Consent and disclosures: withdrawal, consents in force, audit without values, no half-writes."""

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
    Disclosure,
    DisclosureBasis,
    Referral,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import (
    ConsentDetails,
    DisclosureDetails,
    active_consents,
    create_consent,
    record_client_informed,
    record_disclosure,
    update_consent,
    withdraw_consent,
)
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.errors import NotFound, ValidationError
from tests.services.checks import ANYTHING, mostly, refused
from tests.services.checks import audit_text as _audit_text
from tests.services.conftest import table_snapshot

MARCH_1, MARCH_14, JUNE_30 = date(2026, 3, 1), date(2026, 3, 14), date(2026, 6, 30)


def _client(db: Session, name: str = "Zoë Ørsted") -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name)).created
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


def _disclosure(db: Session, client: uuid.UUID, /, **fields: Any) -> Disclosure:
    values: dict[str, Any] = {
        "client_id": client,
        "disclosed_on": MARCH_14,
        "recipient": "Emergency services",
        "basis": DisclosureBasis.RISK_OF_HARM_TO_SELF,
        "what_was_disclosed": "Stated intention of self-harm",
        **fields,
    }
    created = record_disclosure(db, DisclosureDetails(**values)).created
    disclosure = db.get(Disclosure, created)
    assert disclosure is not None
    return disclosure


# Consent: create and update


def test_create_consent_stores_values_and_audits_without_them(db: Session) -> None:
    client_id = _client(db)
    changes = create_consent(
        db,
        ConsentDetails(
            client_id,
            "share_with_sponsor",
            MARCH_1,
            recipient=" Acme HR ",
            expires_on=JUNE_30,
            evidence="signed form of 1 March",
        ),
    )
    assert changes.tables == {"consent"} and changes.created is not None
    consent = db.get(Consent, changes.created)
    assert consent is not None
    assert (consent.client_id, consent.scope, consent.recipient, consent.granted_on, consent.expires_on) == (
        client_id,
        ConsentScope.SHARE_WITH_SPONSOR,
        "Acme HR",
        MARCH_1,
        JUNE_30,
    )
    assert consent.withdrawn_on is None
    entry = db.exec(select(AuditEntry).where(AuditEntry.entity == "consent")).one()
    assert (entry.entity_id, entry.action, entry.fields) == (changes.created, AuditAction.CREATED, "")
    for value in ("Acme", "signed form", "2026"):
        assert value not in _audit_text(db)


@pytest.mark.parametrize(
    "fields",
    [
        {"scope": ConsentScope.TESTIMONIAL, "recipient": ""},  # no one to name
        {"scope": ConsentScope.NAMED_IN_HOURS_LOG, "recipient": None},
        {"expires_on": MARCH_1},  # expires the day it is given
    ],
)
def test_edge_cases_that_are_allowed(db: Session, fields: dict[str, Any]) -> None:
    consent = db.get(Consent, _consent(db, _client(db), **fields))
    assert consent is not None and consent.granted_on == MARCH_1


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"scope": "everything"}, "scope", "must be one of"),
        ({"scope": None}, "scope", "Choose the"),
        ({"granted_on": None}, "granted_on", "date consent was given is required"),
        ({"granted_on": ""}, "granted_on", "date consent was given is required"),
        ({"granted_on": "1 March"}, "granted_on", "date like 2026-03-14"),
        ({"expires_on": date(2026, 2, 28)}, "expires_on", "before the date consent was given"),
        ({"expires_on": "soon"}, "expires_on", "date like"),
        ({"scope": ConsentScope.REFERRAL, "recipient": "  "}, "recipient", "Say who may receive"),
        ({"scope": ConsentScope.SHARE_WITH_SPONSOR, "recipient": ""}, "recipient", "Say who may receive"),
        ({"recipient": "a\nb"}, "recipient", "one line"),
        ({"evidence": "x" * 301}, "evidence", "too long"),
        ({"client_id": uuid.uuid4()}, "client_id", "That client no longer exists"),
        ({"client_id": "not an id"}, "client_id", "No such record"),
    ],
)
def test_consent_rules(db: Session, fields: dict[str, Any], field: str, phrase: str) -> None:
    client_id = _client(db)
    refused(lambda: _consent(db, client_id, **fields), db, field, phrase)


def test_update_consent_audits_changed_field_names(db: Session) -> None:
    client_id = _client(db)
    consent_id = _consent(db, client_id)
    changes = update_consent(
        db, consent_id, ConsentDetails(client_id, ConsentScope.REFERRAL, MARCH_1, "Dr Ana Ruiz", JUNE_30)
    )
    assert changes.tables == {"consent"} and changes.ids == {consent_id}
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert entry.fields == "expires_on,recipient"
    assert "Ana" not in _audit_text(db)


def test_update_consent_applies_the_same_rules(db: Session) -> None:
    client_id = _client(db)
    consent_id = _consent(db, client_id)
    details = ConsentDetails(client_id, ConsentScope.REFERRAL, MARCH_14, "Dr Nowak", expires_on=MARCH_1)
    refused(lambda: update_consent(db, consent_id, details), db, "expires_on", "before the date")


def test_a_consent_cannot_be_moved_to_another_client(db: Session) -> None:
    consent_id = _consent(db, _client(db))
    other = _client(db, "Дмитрий Иванов")
    details = ConsentDetails(other, ConsentScope.REFERRAL, MARCH_1, "Dr Nowak")
    refused(
        lambda: update_consent(db, consent_id, details), db, "client_id", "belongs to the client who gave it"
    )


def test_a_withdrawn_consent_cannot_be_redated_after_its_withdrawal(db: Session) -> None:
    client_id = _client(db)
    consent_id = _consent(db, client_id)
    withdraw_consent(db, consent_id, MARCH_14)
    details = ConsentDetails(client_id, ConsentScope.REFERRAL, JUNE_30, "Dr Nowak")
    refused(lambda: update_consent(db, consent_id, details), db, "granted_on", "withdrawn on 2026-03-14")


def _referral_relying_on(db: Session, client_id: uuid.UUID, consent_id: uuid.UUID, on: date) -> None:
    professional_id = create_professional(
        db, ProfessionalDetails("Dr Łukasz Nowak", "Psychotherapist")
    ).created
    assert professional_id is not None
    db.add(
        Referral(
            client_id=client_id,
            professional_id=professional_id,
            consent_id=consent_id,
            reason="r",
            referred_on=on,
        )
    )
    db.commit()


def test_a_consent_a_referral_relies_on_keeps_its_scope_and_dates(db: Session) -> None:
    client_id = _client(db)
    consent_id = _consent(db, client_id)
    _referral_relying_on(db, client_id, consent_id, MARCH_14)
    testimonial = ConsentDetails(client_id, ConsentScope.TESTIMONIAL, MARCH_1)
    refused(lambda: update_consent(db, consent_id, testimonial), db, "scope", "must stay referral")
    later = ConsentDetails(client_id, ConsentScope.REFERRAL, JUNE_30, "Dr Nowak")
    refused(lambda: update_consent(db, consent_id, later), db, "granted_on", "referral of 2026-03-14")
    shorter = ConsentDetails(
        client_id, ConsentScope.REFERRAL, MARCH_1, "Dr Nowak", expires_on=date(2026, 3, 2)
    )
    refused(lambda: update_consent(db, consent_id, shorter), db, "expires_on", "must still cover")
    update_consent(
        db, consent_id, ConsentDetails(client_id, ConsentScope.REFERRAL, MARCH_1, "Dr Nowak", JUNE_30)
    )


def test_update_of_a_missing_consent_is_not_found(db: Session) -> None:
    details = ConsentDetails(_client(db), ConsentScope.TESTIMONIAL, MARCH_1)
    with pytest.raises(NotFound) as caught:
        update_consent(db, uuid.uuid4(), details)
    assert (caught.value.field, caught.value.message) == ("consent_id", "That consent no longer exists.")
    with pytest.raises(NotFound):
        withdraw_consent(db, uuid.uuid4(), MARCH_14)


# Consent: withdrawal and consents in force


def test_withdraw_consent_sets_the_date_and_audits_withdrawn(db: Session) -> None:
    consent_id = _consent(db, _client(db))
    changes = withdraw_consent(db, consent_id, MARCH_14)
    assert changes.tables == {"consent"} and changes.ids == {consent_id}
    consent = db.get(Consent, consent_id)
    assert consent is not None and consent.withdrawn_on == MARCH_14
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.WITHDRAWN)).one()
    assert (entry.entity, entry.entity_id, entry.fields) == ("consent", consent_id, "withdrawn_on")


def test_a_consent_may_be_withdrawn_the_day_it_was_given(db: Session) -> None:
    consent_id = _consent(db, _client(db))
    withdraw_consent(db, consent_id, MARCH_1)
    consent = db.get(Consent, consent_id)
    assert consent is not None and consent.withdrawn_on == MARCH_1


def test_a_consent_cannot_be_withdrawn_twice(db: Session) -> None:
    consent_id = _consent(db, _client(db))
    withdraw_consent(db, consent_id, MARCH_14)
    refused(
        lambda: withdraw_consent(db, consent_id, JUNE_30),
        db,
        "withdrawn_on",
        "already withdrawn on 2026-03-14",
    )


def test_a_consent_cannot_be_withdrawn_before_it_was_given(db: Session) -> None:
    consent_id = _consent(db, _client(db), granted_on=MARCH_14)
    refused(lambda: withdraw_consent(db, consent_id, MARCH_1), db, "withdrawn_on", "before it was given")


@pytest.mark.parametrize("on", [None, "", "yesterday", 3.5])
def test_withdrawal_needs_a_date(db: Session, on: Any) -> None:
    consent_id = _consent(db, _client(db))
    refused(lambda: withdraw_consent(db, consent_id, on), db, "withdrawn_on", "date")


def test_active_consents_respect_given_expired_and_withdrawn_dates(db: Session) -> None:
    client_id = _client(db)
    referral = _consent(db, client_id, expires_on=JUNE_30)
    sponsor = _consent(
        db, client_id, scope=ConsentScope.SHARE_WITH_SPONSOR, granted_on=MARCH_14, recipient="HR"
    )
    withdrawn = _consent(db, client_id, scope=ConsentScope.TESTIMONIAL)
    withdraw_consent(db, withdrawn, MARCH_14)
    _consent(db, _client(db, "Another client"))

    def ids(on: date, scope: Any = None) -> list[uuid.UUID]:
        return [c.id for c in active_consents(db, client_id, on, scope)]

    assert ids(date(2026, 2, 28)) == []
    assert ids(MARCH_1) == [referral, withdrawn]
    assert ids(date(2026, 3, 13)) == [referral, withdrawn]
    assert ids(MARCH_14) == [referral, sponsor]  # withdrawn that day: no longer in force
    assert ids(JUNE_30) == [referral, sponsor]  # the expiry day itself is still covered
    assert ids(date(2026, 7, 1)) == [sponsor]
    assert ids(MARCH_14, "share_with_sponsor") == [sponsor]
    assert ids(MARCH_14, ConsentScope.SESSION_RECORDING) == []


def test_active_consents_check_their_arguments(db: Session) -> None:
    client_id = _client(db)
    with pytest.raises(ValidationError) as caught:
        active_consents(db, client_id, MARCH_1, "anything")
    assert caught.value.field == "scope"
    with pytest.raises(ValidationError) as caught:
        active_consents(db, client_id, "soon")  # type: ignore[arg-type]
    assert caught.value.field == "on"
    with pytest.raises(NotFound):
        active_consents(db, uuid.uuid4(), MARCH_1)


# Disclosures


def test_record_disclosure_stores_values_and_audits_without_them(db: Session) -> None:
    client_id = _client(db)
    court = DisclosureDetails(
        client_id, MARCH_14, "Court", DisclosureBasis.LAW_OR_COURT_ORDER, "Session dates"
    )
    changes = record_disclosure(db, court)
    assert (
        changes.tables == {"disclosure"} and changes.created is not None and changes.ids == {changes.created}
    )
    disclosure = _disclosure(db, client_id, client_informed=True, client_informed_on=date(2026, 3, 15))
    assert (disclosure.client_id, disclosure.basis, disclosure.recipient, disclosure.client_informed_on) == (
        client_id,
        DisclosureBasis.RISK_OF_HARM_TO_SELF,
        "Emergency services",
        date(2026, 3, 15),
    )
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity == "disclosure")).all()
    assert {(e.entity_id, e.action, e.fields) for e in entries} == {
        (changes.created, AuditAction.CREATED, ""),
        (disclosure.id, AuditAction.CREATED, ""),
    }
    for value in ("Emergency", "self-harm", "Court", "Session dates", "2026"):
        assert value not in _audit_text(db)


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"basis": "curiosity"}, "basis", "basis for the disclosure must be one of"),
        ({"basis": None}, "basis", "Choose the basis for the disclosure"),
        ({"recipient": " "}, "recipient", "recipient is required"),
        ({"what_was_disclosed": ""}, "what_was_disclosed", "what was disclosed is required"),
        ({"disclosed_on": None}, "disclosed_on", "date of the disclosure is required"),
        ({"disclosed_on": "14.3.2026"}, "disclosed_on", "date like"),
        ({"client_informed": True}, "client_informed_on", "Give the date the client was told"),
        ({"client_informed_on": MARCH_14}, "client_informed_on", "not marked as told"),
        (
            {"client_informed": True, "client_informed_on": date(2026, 3, 13)},
            "client_informed_on",
            "before the date of the disclosure",
        ),
        ({"client_informed": "yes"}, "client_informed", "yes or no"),
        ({"client_id": uuid.uuid4()}, "client_id", "That client no longer exists"),
        ({"basis": DisclosureBasis.CLIENT_CONSENT}, "basis", "no consent in force on 2026-03-14"),
    ],
)
def test_disclosure_rules(db: Session, fields: dict[str, Any], field: str, phrase: str) -> None:
    client_id = _client(db)
    refused(lambda: _disclosure(db, client_id, **fields), db, field, phrase)


def test_the_client_may_be_told_the_same_day(db: Session) -> None:
    disclosure = _disclosure(db, _client(db), client_informed=True, client_informed_on=MARCH_14)
    assert disclosure.client_informed_on == MARCH_14


def test_a_disclosure_on_consent_needs_the_clients_own_consent_in_force(db: Session) -> None:
    client_id = _client(db)
    on_consent = {"basis": DisclosureBasis.CLIENT_CONSENT}
    _consent(db, _client(db, "Someone else"))  # another client's consent covers nothing here
    refused(lambda: _disclosure(db, client_id, **on_consent), db, "basis", "no consent in force")
    expired = _consent(db, client_id, expires_on=date(2026, 3, 13))
    refused(lambda: _disclosure(db, client_id, **on_consent), db, "basis", "no consent in force")
    withdrawn = _consent(db, client_id)
    withdraw_consent(db, withdrawn, MARCH_14)
    refused(lambda: _disclosure(db, client_id, **on_consent), db, "basis", "no consent in force")
    assert expired != withdrawn
    _consent(db, client_id, scope=ConsentScope.SHARE_WITH_SPONSOR, recipient="Acme HR")
    disclosure = _disclosure(db, client_id, **on_consent)
    assert disclosure.basis is DisclosureBasis.CLIENT_CONSENT


def test_record_client_informed_later(db: Session) -> None:
    disclosure = _disclosure(db, _client(db))
    changes = record_client_informed(db, disclosure.id, date(2026, 3, 20))
    assert changes.ids == {disclosure.id}
    db.refresh(disclosure)
    assert (disclosure.client_informed, disclosure.client_informed_on) == (True, date(2026, 3, 20))
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert entry.fields == "client_informed,client_informed_on"
    refused(lambda: record_client_informed(db, disclosure.id, JUNE_30), db, "client_informed_on", "already")


def test_the_client_cannot_be_told_before_the_disclosure(db: Session) -> None:
    disclosure = _disclosure(db, _client(db))
    refused(
        lambda: record_client_informed(db, disclosure.id, MARCH_1),
        db,
        "client_informed_on",
        "before the date of the disclosure",
    )
    refused(lambda: record_client_informed(db, disclosure.id, None), db, "client_informed_on", "is required")  # type: ignore[arg-type]


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
def test_arbitrary_consent_input(db: Session, data: st.DataObject) -> None:
    client_id = db.exec(select(Consent.client_id)).first() or _client(db)
    consent_id = db.exec(select(Consent.id)).first() or _consent(db, client_id)
    details = ConsentDetails(
        client_id=data.draw(mostly(client_id)),
        scope=data.draw(mostly(st.sampled_from(ConsentScope))),
        granted_on=data.draw(mostly(MARCH_1)),
        recipient=data.draw(mostly("Acme HR")),
        expires_on=data.draw(mostly(st.sampled_from([None, JUNE_30]))),
        evidence=data.draw(ANYTHING),
    )
    _stored_or_refused_cleanly(db, lambda: create_consent(db, details))
    _stored_or_refused_cleanly(db, lambda: update_consent(db, consent_id, details))
    on = data.draw(mostly(st.dates(date(2000, 1, 1), date(2100, 12, 31))))
    _stored_or_refused_cleanly(db, lambda: withdraw_consent(db, consent_id, on))


@HYPOTHESIS
@given(data=st.data())
def test_arbitrary_disclosure_input(db: Session, data: st.DataObject) -> None:
    client_id = db.exec(select(Consent.client_id)).first() or _client(db)
    if not active_consents(db, client_id, MARCH_14):
        _consent(db, client_id)
    details = DisclosureDetails(
        client_id=data.draw(mostly(client_id)),
        disclosed_on=data.draw(mostly(MARCH_14)),
        recipient=data.draw(mostly("Court")),
        basis=data.draw(mostly(st.sampled_from(DisclosureBasis))),
        what_was_disclosed=data.draw(mostly("Session dates")),
        client_informed=data.draw(mostly(st.booleans())),
        client_informed_on=data.draw(mostly(st.sampled_from([None, JUNE_30]))),
    )
    _stored_or_refused_cleanly(db, lambda: record_disclosure(db, details))
    disclosure_id = db.exec(select(Disclosure.id)).first()
    on = data.draw(mostly(st.dates(date(2000, 1, 1), date(2100, 12, 31))))
    if disclosure_id is not None:
        _stored_or_refused_cleanly(db, lambda: record_client_informed(db, disclosure_id, on))
