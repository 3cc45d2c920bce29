"""An open editor survives a lock: its draft goes into the vault and it comes back after unlock."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.drafts import drafts
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS, unlock


def _zoe(vault: Vault) -> uuid.UUID:
    with vault.session() as db:
        created = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert created is not None
    return created


def _open_editors() -> list[SessionEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SessionEditor) and w.isVisible()]


def _editor_with_notes(qtbot: QtBot, app: AppController, client: uuid.UUID) -> SessionEditor:
    assert app.vault is not None
    editor = SessionEditor(app.vault.session, client_id=client, parent=app.main_window)
    editor.open()
    qtbot.waitExposed(editor)
    editor.notes_panel.notes.editor.setFocus()
    qtbot.keyClicks(editor.notes_panel.notes.editor, "She said she would call her sponsor")
    return editor


def _back_after_unlock(qtbot: QtBot, app: AppController, client: uuid.UUID) -> SessionEditor:
    assert app.vault is None and app.unlock_window.isVisible()
    unlock(qtbot, app)
    qtbot.waitUntil(lambda: len(_open_editors()) == 1, timeout=WAIT_MS)
    (editor,) = _open_editors()
    assert editor.notes_panel.text() == "She said she would call her sponsor"
    assert editor.client.client_id() == client and editor.has_changes()
    assert app.main_window.current_area() == "sessions"
    return editor


def test_idle_lock_keeps_the_open_session_editor_and_brings_it_back(
    qtbot: QtBot, controller: AppController
) -> None:
    zoe = _zoe(unlock(qtbot, controller))
    editor = _editor_with_notes(qtbot, controller, zoe)
    controller.set_idle_minutes(0.002)  # 120 ms after the last key
    qtbot.keyClick(editor.notes_panel.notes.editor, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: controller.vault is None, timeout=WAIT_MS)
    assert not editor.isVisible()
    controller.set_idle_minutes(0)
    again = _back_after_unlock(qtbot, controller, zoe)
    again.accept()  # saving it forgets the draft
    assert not again.isVisible()
    assert controller.vault is not None
    with controller.vault.session() as db:
        assert drafts(db) == []


def test_ctrl_l_keeps_the_open_session_editor_and_brings_it_back(
    qtbot: QtBot, controller: AppController
) -> None:
    zoe = _zoe(unlock(qtbot, controller))
    editor = _editor_with_notes(qtbot, controller, zoe)
    qtbot.waitUntil(controller.main_window.registry["lock"].isEnabled)
    qtbot.keyClick(editor.notes_panel.notes.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.vault is None and not editor.isVisible()
    _back_after_unlock(qtbot, controller, zoe)


def test_a_screen_lock_keeps_the_open_client_dialog(qtbot: QtBot, controller: AppController) -> None:
    vault = unlock(qtbot, controller)
    dialog = ClientDialog(vault.session, None, controller.main_window)
    dialog.open()
    qtbot.keyClicks(dialog.name, "Lukasz")
    dialog.name.setText("Łukasz Nowak")
    dialog.private_notes.setPlainText("Met at the conference")
    controller.screen_lock.screensaver_changed(True)
    assert controller.vault is None and not dialog.isVisible()
    unlock(qtbot, controller)

    def reopened() -> list[ClientDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(reopened()) == 1, timeout=WAIT_MS)
    (again,) = reopened()
    assert (
        again.name.text() == "Łukasz Nowak" and again.private_notes.toPlainText() == "Met at the conference"
    )
    again.accept()
    assert [r.name for r in controller.clients_view.model.rows()] == ["Łukasz Nowak"]


def test_a_draft_written_after_a_pause_in_typing_is_in_the_vault_file(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    """So a crash or kill while typing loses at most the last few seconds."""
    zoe = _zoe(unlock(qtbot, controller))
    editor = _editor_with_notes(qtbot, controller, zoe)
    assert editor.drafts is not None
    editor.drafts.timer.setInterval(50)  # the pause, shortened
    qtbot.keyClicks(editor.notes_panel.notes.editor, ", next week")

    def in_the_file() -> list[str]:
        with Vault.open(vault_path, PASSPHRASE, read_only=True) as on_disk, on_disk.session() as db:
            return [row.payload.get("private_notes", "") for row in drafts(db)]

    qtbot.waitUntil(
        lambda: in_the_file() == ["She said she would call her sponsor, next week"], timeout=WAIT_MS
    )
    assert editor.isVisible()  # nothing was closed or saved by hand
