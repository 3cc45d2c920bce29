"""The language a client's documents print in: chosen per client, else the coach's, checked on the way in."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from coachdesk.domain import Client
from coachdesk.services.clients import ClientDetails, create_client, update_client
from coachdesk.services.document_language import chosen_language, client_language, coach_language
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import ProfileDetails, save_profile


def test_a_client_without_a_language_gets_the_coachs_and_english_before_a_profile(db: Session) -> None:
    client_id = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client_language(db, client_id) == "en" and coach_language(db) == "en"
    save_profile(db, ProfileDetails(name="Alex Moreau", document_language="fr"))
    assert client_language(db, client_id) == "fr"
    assert client_language(db, None) == "fr"


def test_a_clients_own_language_wins_over_the_coachs(db: Session) -> None:
    save_profile(db, ProfileDetails(name="Alex Moreau", document_language="fr"))
    client_id = create_client(db, ClientDetails(name="Jonas Weber", document_language="de")).created
    assert client_language(db, client_id) == "de"
    update_client(db, client_id, ClientDetails(name="Jonas Weber", document_language=None))
    assert client_language(db, client_id) == "fr"


@pytest.mark.parametrize(("typed", "stored"), [("DE", "de"), ("fr_FR", "fr"), ("en-GB", "en"), ("", None)])
def test_the_language_is_stored_as_its_code(db: Session, typed: str, stored: str | None) -> None:
    client_id = create_client(db, ClientDetails(name="Jonas Weber", document_language=typed)).created
    client = db.get(Client, client_id)
    assert client is not None and client.document_language == stored


def test_a_language_documents_do_not_print_in_is_refused_and_nothing_is_written(db: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        create_client(db, ClientDetails(name="Jonas Weber", document_language="pt"))
    assert refused.value.field == "document_language" and "pt" in refused.value.message
    assert db.exec(select(Client)).all() == []
    with pytest.raises(ValidationError) as no_profile_language:
        save_profile(db, ProfileDetails(name="Alex Moreau", document_language=""))
    assert no_profile_language.value.field == "document_language"


def test_a_language_chosen_for_one_export_wins_and_is_checked(db: Session) -> None:
    client_id = create_client(db, ClientDetails(name="Jonas Weber", document_language="de")).created
    assert chosen_language(db, client_id) == "de"
    assert chosen_language(db, client_id, "fr") == "fr"
    with pytest.raises(ValidationError) as refused:
        chosen_language(db, client_id, "xx")
    assert refused.value.field == "language"
