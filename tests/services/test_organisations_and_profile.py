"""Sponsoring organisations and the coach profile."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import Session, select

from coachdesk.domain import AuditEntry, Client, Engagement
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.organisations import (
    OrganisationDetails,
    create_organisation,
    delete_organisation,
    update_organisation,
)
from coachdesk.services.profile import ProfileDetails, get_profile, save_profile
from tests.services.conftest import table_snapshot


def _organisation(db: Session, name: str = "Nordlicht GmbH") -> uuid.UUID:
    created = create_organisation(
        db, OrganisationDetails(name=name, contact_email="hr@nordlicht.example")
    ).created
    assert created is not None
    return created


def test_organisation_rules(db: Session) -> None:
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, OrganisationDetails(name=""))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, OrganisationDetails(name="Acme", contact_email="hr at acme"))
    assert caught.value.field == "contact_email"
    assert table_snapshot(db) == before


def test_update_organisation(db: Session) -> None:
    organisation = _organisation(db)
    update_organisation(db, organisation, OrganisationDetails(name="Nordlicht AG", contact_name="Ørjan Berg"))
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity_id == organisation)).all()
    assert [e.fields for e in entries] == ["", "contact_email,contact_name,name"]
    assert "Ørjan" not in repr(entries)


def test_deleting_a_sponsor_of_an_engagement_is_refused(db: Session) -> None:
    organisation = _organisation(db)
    client = create_client(db, ClientDetails(name="Ana", organisation_id=organisation)).created
    assert client is not None
    db.add(Engagement(client_id=client, sponsor_id=organisation, title="Three-way"))
    db.commit()
    with pytest.raises(ValidationError, match="sponsors 1 engagement;"):
        delete_organisation(db, organisation)


def test_deleting_an_organisation_keeps_its_clients(db: Session) -> None:
    organisation = _organisation(db)
    client = create_client(db, ClientDetails(name="Ana", organisation_id=organisation)).created
    delete_organisation(db, organisation)
    stored = db.get(Client, client)
    assert stored is not None and stored.organisation_id is None


def test_profile_is_created_then_updated(db: Session) -> None:
    assert get_profile(db) is None
    save_profile(db, ProfileDetails(name="Dr Łucja Kowalska", credentials="ICF PCC", default_currency="pln"))
    save_profile(db, ProfileDetails(name="Dr Łucja Kowalska", credentials="ICF MCC", default_currency="PLN"))
    profile = get_profile(db)
    assert profile is not None
    assert (profile.credentials, profile.default_currency) == ("ICF MCC", "PLN")
    assert len(db.exec(select(AuditEntry)).all()) == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"default_currency": "euro"}, "default_currency"),
        ({"default_session_minutes": 0}, "default_session_minutes"),
        ({"default_session_minutes": 2000}, "default_session_minutes"),
        ({"email": "me"}, "email"),
    ],
)
def test_profile_rules(db: Session, fields: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save_profile(db, ProfileDetails(**{"name": "Coach", **fields}))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert get_profile(db) is None


def test_money_validation_refuses_absurd_numbers() -> None:
    from coachdesk.services.validation import money_minor

    for value in (10**5000, "1e999999", float("inf"), "12.345", -1, "abc", True):
        with pytest.raises(ValidationError) as caught:
            money_minor("fee", value)
        assert caught.value.field == "fee"
    assert money_minor("fee", "150,50") == 15050
