"""The declaration questions are asked once per fact: about the person when a client is added, and
about what is new when an agreement is created (its sponsor, its work), beside the client's answers."""

from __future__ import annotations

import uuid

from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Conflict, ConflictKind
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.screening_questions import agreement_questions, client_questions
from coachdesk.ui.ethics.conflict_dialogs import ScreeningDialog
from coachdesk.vault import Vault


def _ids(vault: Vault, *, sponsor: bool) -> tuple[uuid.UUID, uuid.UUID]:
    with vault.session() as db:
        acme = create_organisation(db, OrganisationDetails(name="Acme Ltd")).created if sponsor else None
        client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
        assert client is not None
        engagement = create_engagement(
            db, EngagementDetails(client_id=client, title="Leadership", sponsor_id=acme)
        ).created
    assert engagement is not None
    return client, engagement


def _questions(dialog: ScreeningDialog) -> list[str]:
    return [edit.accessibleName() for edit in dialog.answers.values()]


def test_the_agreement_shows_the_clients_answers_and_asks_only_what_is_new(
    qtbot: QtBot, vault: Vault
) -> None:
    client, engagement = _ids(vault, sponsor=False)
    intake = ScreeningDialog(vault.session, [], client)
    qtbot.addWidget(intake)
    assert _questions(intake) == [q for _k, q in client_questions()]
    intake.answers[ConflictKind.PERSONAL_RELATIONSHIP].setText("We sing in the same choir")
    intake.accept()

    agreement = ScreeningDialog(vault.session, [], client, engagement)
    qtbot.addWidget(agreement)
    assert _questions(agreement) == [q for _k, q in agreement_questions()]
    assert not set(_questions(agreement)) & set(_questions(intake))  # nothing asked twice
    assert "Personal relationship: We sing in the same choir (undecided)" in agreement.on_record.text()
    agreement.answers[ConflictKind.FINANCIAL_BENEFIT].setText("Her firm buys my workshops")
    agreement.accept()
    with vault.session() as db:
        recorded = {(c.kind, c.engagement_id) for c in db.exec(select(Conflict)).all()}
    assert recorded == {
        (ConflictKind.PERSONAL_RELATIONSHIP, None),
        (ConflictKind.FINANCIAL_BENEFIT, engagement),
    }


def test_a_three_way_agreement_asks_about_the_sponsor_it_brings(qtbot: QtBot, vault: Vault) -> None:
    client, engagement = _ids(vault, sponsor=True)
    dialog = ScreeningDialog(vault.session, [], client, engagement)
    qtbot.addWidget(dialog)
    questions = _questions(dialog)
    assert "Acme Ltd" in questions[0] and "Acme Ltd" in questions[1]
    assert questions[2:] == [q for _k, q in agreement_questions()]
    assert "Nothing is on record about this client" in dialog.on_record.text()
