"""The referral directory: validation, audit without values, deletion refused while referrals name someone."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import AuditAction, AuditEntry, Professional, Referral
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.directory import (
    ProfessionalDetails,
    create_professional,
    delete_professional,
    update_professional,
)
from coachdesk.services.errors import NotFound, ValidationError
from tests.services.checks import ANYTHING, mostly, refused
from tests.services.checks import audit_text as _audit_text
from tests.services.conftest import table_snapshot


def _professional(db: Session, **fields: Any) -> uuid.UUID:
    details = ProfessionalDetails(**{"name": "Dr Łukasz Nowak", "profession": "Psychotherapist", **fields})
    created = create_professional(db, details).created
    assert created is not None
    return created


def test_create_stores_cleaned_values_and_audits_without_values(db: Session) -> None:
    changes = create_professional(
        db,
        ProfessionalDetails(
            name="  Dr Łukasz Nowak ",
            profession="Psychotherapist",
            specialties="burnout",
            organisation="Mindful Clinic",
            email=" lukasz@clinic.example.org ",
            phone="+48 22 123",
            address="ul. Długa 5\nWarszawa",
            pays_referral_fee=True,
            notes="Speaks Polish and English",
        ),
    )
    assert changes.tables == {"professional"}
    assert changes.created is not None and changes.ids == {changes.created}
    professional = db.get(Professional, changes.created)
    assert professional is not None
    assert (professional.name, professional.email, professional.address, professional.pays_referral_fee) == (
        "Dr Łukasz Nowak",
        "lukasz@clinic.example.org",
        "ul. Długa 5\nWarszawa",
        True,
    )
    entries = db.exec(select(AuditEntry)).all()
    assert [(e.entity, e.entity_id, e.action, e.fields) for e in entries] == [
        ("professional", changes.created, AuditAction.CREATED, "")
    ]
    for value in ("Łukasz", "Psychotherapist", "burnout", "Mindful", "clinic.example", "Długa", "Polish"):
        assert value not in _audit_text(db)


def test_update_audits_changed_field_names_only(db: Session) -> None:
    professional_id = _professional(db)
    changes = update_professional(
        db,
        professional_id,
        ProfessionalDetails(name="Dr Łukasz Nowak", profession="Counsellor", email="ln@example.org"),
    )
    assert changes.tables == {"professional"} and changes.ids == {professional_id}
    professional = db.get(Professional, professional_id)
    assert professional is not None and professional.profession == "Counsellor"
    updated = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert (updated.entity_id, updated.fields) == (professional_id, "email,profession")
    assert "Counsellor" not in _audit_text(db) and "ln@example" not in _audit_text(db)


def test_update_with_nothing_changed_adds_no_audit_entry(db: Session) -> None:
    professional_id = _professional(db)
    update_professional(db, professional_id, ProfessionalDetails("Dr Łukasz Nowak", "Psychotherapist"))
    assert len(db.exec(select(AuditEntry)).all()) == 1


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"name": "  "}, "name", "name is required"),
        ({"name": None}, "name", "name is required"),
        ({"profession": ""}, "profession", "profession is required"),
        ({"email": "nowak.example.org"}, "email", "is not an e-mail address"),
        ({"email": "nowak@localhost"}, "email", "is not an e-mail address"),
        ({"pays_referral_fee": "yes"}, "pays_referral_fee", "yes or no"),
        ({"pays_referral_fee": 1}, "pays_referral_fee", "yes or no"),
        ({"name": "a\nb"}, "name", "one line"),
        ({"specialties": "x" * 301}, "specialties", "too long"),
        ({"phone": 12345}, "phone", "must be text"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    db: Session, fields: dict[str, Any], field: str, phrase: str
) -> None:
    refused(lambda: _professional(db, **fields), db, field, phrase)


def test_update_refuses_bad_input_and_leaves_the_record_as_it_was(db: Session) -> None:
    professional_id = _professional(db)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_professional(db, professional_id, ProfessionalDetails("Dr Nowak", "", email="x"))
    assert caught.value.field == "profession"
    assert table_snapshot(db) == before


def test_update_or_delete_of_a_missing_professional_is_not_found(db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        update_professional(db, uuid.uuid4(), ProfessionalDetails("A", "B"))
    assert (caught.value.field, caught.value.message) == (
        "professional_id",
        "That professional no longer exists.",
    )
    with pytest.raises(NotFound):
        delete_professional(db, uuid.uuid4())


def test_delete_removes_the_professional_and_audits_it(db: Session) -> None:
    professional_id = _professional(db)
    changes = delete_professional(db, professional_id)
    assert changes.tables == {"professional"} and changes.ids == {professional_id}
    assert db.get(Professional, professional_id) is None
    deleted = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.DELETED)).one()
    assert (deleted.entity, deleted.entity_id) == ("professional", professional_id)


def test_delete_is_refused_while_a_referral_names_the_professional(db: Session) -> None:
    professional_id = _professional(db)
    client_id = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client_id is not None
    db.add(Referral(client_id=client_id, professional_id=professional_id, reason="burnout"))
    db.commit()
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        delete_professional(db, professional_id)
    assert caught.value.field == "professional_id"
    assert "is named in 1 referral;" in caught.value.message
    assert "cannot be deleted" in caught.value.message
    assert table_snapshot(db) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=mostly("Dr Ana Ruiz"),
    profession=mostly(st.sampled_from(["Lawyer", "Психотерапевт", " Financial adviser "])),
    email=mostly(st.sampled_from(["", "ana@example.org"])),
    address=mostly(st.text()),
    pays=mostly(st.booleans()),
    notes=ANYTHING,
)
def test_arbitrary_input_is_stored_or_refused_cleanly(
    db: Session, name: Any, profession: Any, email: Any, address: Any, pays: Any, notes: Any
) -> None:
    details = ProfessionalDetails(
        name=name, profession=profession, email=email, address=address, pays_referral_fee=pays, notes=notes
    )
    existing = db.exec(select(Professional.id)).first() or _professional(db)
    calls: list[Callable[[], object]] = [
        lambda: create_professional(db, details),
        lambda: update_professional(db, existing, details),
    ]
    for call in calls:
        before = table_snapshot(db)
        try:
            call()
        except ValidationError as refused:
            event(f"refused: {refused.field}")
            assert table_snapshot(db) == before
        else:
            event("stored")
