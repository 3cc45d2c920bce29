"""The small look-ups the UI makes through services: one record by id, a form's choices, backups."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from coachdesk.domain import (
    Client,
    CoachingSession,
    Conflict,
    Consent,
    Engagement,
    Goal,
    NoteAmendment,
    Organisation,
)
from coachdesk.services import client_records
from coachdesk.services.client_records import ErasureInterrupted, erase_client, labelled_backups
from coachdesk.services.clients import find_client, get_client
from coachdesk.services.conflicts import get_conflict
from coachdesk.services.consents import find_consent, get_consent
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.engagements import find_engagement
from coachdesk.services.goals import get_goal
from coachdesk.services.organisations import organisation_choices
from coachdesk.services.sessions import amend_notes, finalise_notes, session_of_amendment
from coachdesk.vault import Vault
from coachdesk.vault.storage import make_backup
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.checks import refused

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    yield vault
    vault.close()


@pytest.fixture
def demo(demo_vault: Vault) -> Iterator[Session]:
    with demo_vault.session() as db:
        yield db


def test_one_record_by_id(demo: Session) -> None:
    client = demo.exec(select(Client)).first()
    consent = demo.exec(select(Consent)).first()
    conflict = demo.exec(select(Conflict)).first()
    goal = demo.exec(select(Goal)).first()
    engagement = demo.exec(select(Engagement)).first()
    assert client and consent and conflict and goal and engagement
    assert get_client(demo, client.id) is client and find_client(demo, client.id) is client
    assert get_consent(demo, consent.id) is consent and find_consent(demo, consent.id) is consent
    assert get_conflict(demo, conflict.id) is conflict
    assert get_goal(demo, goal.id) is goal
    assert find_engagement(demo, engagement.id) is engagement
    assert find_engagement(demo, client.id) is None  # the id of another kind of record


def test_a_record_that_is_gone(demo: Session) -> None:
    gone = uuid.uuid4()
    assert find_client(demo, gone) is None and find_consent(demo, gone) is None
    refused(lambda: get_client(demo, gone), demo, "client_id", "That client no longer exists.")
    refused(lambda: get_consent(demo, gone), demo, "consent_id", "That consent no longer exists.")
    refused(lambda: get_conflict(demo, gone), demo, "conflict_id", "That conflict no longer exists.")
    refused(lambda: get_goal(demo, gone), demo, "goal_id", "That goal no longer exists.")
    refused(lambda: session_of_amendment(demo, gone), demo, "amendment_id", "no longer exists")


def test_the_session_an_amendment_belongs_to(demo: Session) -> None:
    coaching_session = demo.exec(select(CoachingSession)).first()
    assert coaching_session is not None
    if coaching_session.finalised_at is None:
        finalise_notes(demo, coaching_session.id)
    amend_notes(demo, coaching_session.id, "She meant the spring, not the autumn.")
    amendment = demo.exec(select(NoteAmendment)).one()
    assert session_of_amendment(demo, amendment.id) == amendment.session_id


def test_organisations_as_choices_by_name_case_aside(db: Session) -> None:
    for name in ("beta GmbH", "Alpha AG", "Ørsted A/S"):
        db.add(Organisation(name=name))
    db.commit()
    names = [name for _id, name in organisation_choices(db)]
    assert names == ["Alpha AG", "beta GmbH", "Ørsted A/S"]
    assert {i for i, _n in organisation_choices(db)} == {o.id for o in db.exec(select(Organisation))}


def test_labelled_backups_only(demo_vault: Vault) -> None:
    demo_vault.save()
    demo_vault.save()
    kept = make_backup(demo_vault.path, "before-upgrade")
    assert labelled_backups(demo_vault.path) == {kept: "before-upgrade"}


def test_an_erasure_the_database_refuses_says_so(demo: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    client = demo.exec(select(Client)).first()
    assert client is not None

    def busy(db: Session, client_id: uuid.UUID) -> None:
        raise OperationalError("DELETE", {}, Exception("database is locked"))

    monkeypatch.setattr(client_records, "delete_client", busy)
    with pytest.raises(ErasureInterrupted, match="did not finish"):
        erase_client(demo, client.id)
