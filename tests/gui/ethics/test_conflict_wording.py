"""The decision dialog keeps the agreement's wording apart from the coach's note and refuses names."""

from __future__ import annotations

import uuid
from datetime import date

from pytestqt.qtbot import QtBot

from coachdesk.domain import Conflict, ConflictDecision
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.ui.ethics.conflict_dialogs import ConflictDecisionDialog
from coachdesk.ui.kit.form import index_of
from coachdesk.vault import Vault


def _id(value: uuid.UUID | None) -> uuid.UUID:
    assert value is not None
    return value


def _setup(vault: Vault) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with vault.session() as s:
        org = _id(
            create_organisation(
                s, OrganisationDetails(name="Nordlicht", contact_name="Ingrid Haugen")
            ).created
        )
        bjorn = _id(create_client(s, ClientDetails(name="Björn Åkesson", organisation_id=org)).created)
        zoe = _id(create_client(s, ClientDetails(name="Zoë Ørsted", organisation_id=org)).created)
        details = ConflictDetails("same_organisation", "Björn reports to Zoë.", client_id=bjorn)
        conflict = _id(create_conflict(s, details).created)
    return bjorn, zoe, conflict


def _dialog(qtbot: QtBot, vault: Vault, conflict: uuid.UUID) -> ConflictDecisionDialog:
    dialog = ConflictDecisionDialog(vault.session, conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.choice_buttons[ConflictDecision.PROCEED_WITH_SAFEGUARDS].setChecked(True)
    dialog.safeguards.setPlainText("Kept entirely separate.")
    return dialog


def test_the_wording_naming_another_client_is_pointed_out_and_refused(qtbot: QtBot, vault: Vault) -> None:
    _bjorn, zoe, conflict = _setup(vault)
    dialog = _dialog(qtbot, vault, conflict)
    assert "Björn reports to Zoë." in dialog.what.text() and "Your own note" in dialog.what.text()
    dialog.other_client.setCurrentIndex(index_of(dialog.other_client, zoe))
    dialog.document_wording.setPlainText("The client reports to Zoe, also coached.")
    qtbot.waitUntil(dialog.names_warning.isVisible)
    assert "Names a client: Zoë Ørsted" in dialog.names_warning.text()
    dialog.accept()
    assert "names Zoë Ørsted" in dialog.error_text("document_wording")
    with vault.session() as s:
        saved = s.get(Conflict, conflict)
        assert saved is not None and saved.decision is None and saved.document_wording == ""
    # With Zoë's consent to be named recorded, the same wording may print.
    dialog.consented.check.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.names_warning.isVisible())
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        saved = s.get(Conflict, conflict)
        assert saved is not None
        assert saved.decision is ConflictDecision.PROCEED_WITH_SAFEGUARDS
        assert (saved.other_client_id, saved.document_wording) == (
            zoe,
            "The client reports to Zoe, also coached.",
        )
        assert saved.other_client_consented_on == date.today()
        assert saved.description == "Björn reports to Zoë."


def test_a_person_known_at_an_organisation_is_a_warning_only(qtbot: QtBot, vault: Vault) -> None:
    _bjorn, zoe, conflict = _setup(vault)
    dialog = _dialog(qtbot, vault, conflict)
    assert dialog.other_client.findText("Björn Åkesson") < 0  # never the conflict's own client
    dialog.other_client.setCurrentIndex(index_of(dialog.other_client, zoe))
    dialog.document_wording.setPlainText("Ingrid Haugen knows the coach coaches two people at Nordlicht.")
    qtbot.waitUntil(dialog.names_warning.isVisible)
    assert "Names Ingrid Haugen, whom you know at an organisation" in dialog.names_warning.text()
    dialog.accept()
    assert dialog.changes is not None
    dialog2 = _dialog(qtbot, vault, conflict)  # loads what was saved
    assert dialog2.other_client.currentData() == zoe
    assert dialog2.document_wording.toPlainText().startswith("Ingrid Haugen knows")
