"""The client's document language: chosen in the client dialog, kept in drafts, the coach's by default."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coachdesk.domain import Client
from coachdesk.services.document_language import client_language
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.unlock.profile_form import ProfileForm
from coachdesk.vault import Vault


def _dialog(qtbot: QtBot, vault: Vault, client_id: uuid.UUID | None = None) -> ClientDialog:
    dialog = ClientDialog(vault.session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stored(vault: Vault, client_id: uuid.UUID) -> str | None:
    with vault.session() as db:
        client = db.get(Client, client_id)
        assert client is not None
        return client.document_language


def test_a_client_chosen_to_read_german_gets_german_documents(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        save_profile(db, ProfileDetails(name="Alex Moreau", document_language="fr"))
    dialog = _dialog(qtbot, vault)
    assert dialog.document_language.currentText() == "Same as mine"  # new clients read the coach's
    dialog.name.setText("Jonas Weber")
    dialog.document_language.setCurrentIndex(dialog.document_language.findText("Deutsch"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.changes is not None and dialog.changes.created is not None
    client_id = dialog.changes.created
    assert _stored(vault, client_id) == "de"
    again = _dialog(qtbot, vault, client_id)
    assert again.document_language.currentText() == "Deutsch"
    again.document_language.setCurrentIndex(0)  # back to the coach's language
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _stored(vault, client_id) is None
    with vault.session() as db:
        assert client_language(db, client_id) == "fr"


def test_a_draft_keeps_the_chosen_language(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault)
    dialog.document_language.setCurrentIndex(dialog.document_language.findText("Français"))
    payload = dialog.draft_payload()
    assert payload["document_language"] == "fr"
    other = _dialog(qtbot, vault)
    other.restore_draft(payload)
    assert other.document_language.language() == "fr"


def test_the_profile_form_carries_the_coachs_document_language(qtbot: QtBot, vault: Vault) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.fields["name"].setFocus()
    assert form.details().document_language == "en"
    form.document_language.set_language("de")
    assert form.details().document_language == "de"
