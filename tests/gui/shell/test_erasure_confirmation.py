"""After an erasure, from the client's record or the retention list, a message says what was done."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.domain import Conflict
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.clients import data_rights_dialogs
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import Vault
from tests.gui.shell.conftest import OpenController


@pytest.fixture
def controller(unlocked_controller: OpenController) -> AppController:
    return unlocked_controller(autosave_delay_ms=50)


def _practice(vault: Vault) -> tuple[uuid.UUID, uuid.UUID]:
    """Zoë, last seen in 2018 (past the retention period), and Björn's conflict record naming her."""
    with vault.session() as s:
        zoe = create_client(
            s, ClientDetails(name="Zoë Ørsted", status="completed", intake_date=date(2017, 3, 1))
        ).created
        bjorn = create_client(s, ClientDetails(name="Björn Berg")).created
        assert zoe is not None and bjorn is not None
        create_session(s, SessionDetails(zoe, datetime(2018, 5, 2, 9, tzinfo=UTC), status="completed"))
        conflict = create_conflict(
            s, ConflictDetails("professional_relationship", "Björn reports to Zoë.", client_id=bjorn)
        ).created
        assert conflict is not None
    vault.save()
    return zoe, conflict


def _confirm(dialog: QDialog) -> bool:
    assert isinstance(dialog, data_rights_dialogs.EraseClientDialog)
    assert len(dialog.mentions.rows) == 1
    dialog.name_box.setText("zoe orsted")
    dialog.erase_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def _message(controller: AppController) -> QMessageBox:
    boxes = [b for b in controller.main_window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _check(controller: AppController, vault: Vault, conflict: uuid.UUID) -> None:
    assert not vault.has_unsaved_changes  # saved before the message
    box = _message(controller)
    assert box.windowTitle() == "Client erased"
    assert box.text().startswith("Zoë Ørsted and everything recorded about them were erased")
    assert '1 mention of Zoë Ørsted in other records now read "[name removed]".' in box.text()
    assert "backup" in box.text()
    with vault.session() as s:
        record = s.get(Conflict, conflict)
        assert record is not None and record.description == "Björn reports to [name removed]."
    box.accept()


def test_erasing_from_the_client_record_confirms_what_was_done(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert controller.vault is not None
    zoe, conflict = _practice(controller.vault)
    monkeypatch.setattr(data_rights_dialogs.EraseClientDialog, "exec", lambda d: int(_confirm(d)))
    controller.workspace.erase_client(zoe)
    _check(controller, controller.vault, conflict)


def test_erasing_from_the_retention_list_confirms_what_was_done(
    qtbot: QtBot, controller: AppController
) -> None:
    assert controller.vault is not None
    _zoe, conflict = _practice(controller.vault)
    controller.main_window.show_area("reports")
    retention = controller.workspace.reports.retention
    retention.refresh()
    assert retention.model.rowCount() == 1
    retention.table.selectRow(0)
    retention.run_dialog = _confirm
    assert retention.erase_selected() is not None
    _check(controller, controller.vault, conflict)
