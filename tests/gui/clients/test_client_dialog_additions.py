"""The client form adds an organisation on the way (chosen for the client after), and the client's record
starts a new agreement with that client in the Agreements area."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Client, Organisation
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.clients.detail import ClientDetailPane
from coachdesk.ui.organisations.view import OrganisationDialog
from coachdesk.vault import Vault


def test_new_organisation_from_the_client_form_is_added_and_chosen(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_acme(dialog: OrganisationDialog) -> int:
        dialog.name.setText("Acme Ltd")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", add_acme)
    dialog = ClientDialog(vault.session)
    qtbot.addWidget(dialog)
    assert dialog.new_organisation_button.isEnabled()
    dialog.new_organisation_button.click()
    assert dialog.organisation.currentText() == "Acme Ltd"
    dialog.name.setText("Zoë Ørsted")
    dialog.accept()
    assert dialog.changes is not None and dialog.changes.touches("client", "organisation")
    assert dialog.changes.touches("organisation")
    with vault.session() as db:
        acme = db.exec(select(Organisation)).one()
        assert db.exec(select(Client)).one().organisation_id == acme.id


def test_a_cancelled_organisation_form_leaves_the_choice_as_it_was(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OrganisationDialog, "exec", lambda _d: 0)
    dialog = ClientDialog(vault.session)
    qtbot.addWidget(dialog)
    dialog.new_organisation_button.click()
    assert dialog.organisation.currentData() is None and dialog.organisation.count() == 1


def test_the_record_asks_for_a_new_agreement_with_its_client(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        zoe = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    pane = ClientDetailPane()
    qtbot.addWidget(pane)
    pane.attach(vault.session)
    pane.show_client(zoe)
    with qtbot.waitSignal(pane.open_record) as asked:
        pane.new_agreement_button.click()
    assert asked.args == ["new_engagement", zoe]
