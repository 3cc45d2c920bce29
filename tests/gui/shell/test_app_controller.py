"""The application's life: unlock to the main window, lock (shortcut, idle, session), back up, quit."""

from __future__ import annotations

import errno
import gc
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import Vault, VaultBusy
from tests.conftest import PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS, unlock


def _write(vault: Vault, text: str) -> None:
    vault.connection.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    vault.connection.execute("INSERT INTO scratch VALUES (?)", (text,))
    vault.connection.commit()


def test_unlock_shows_the_main_window_and_lock_clears_everything(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    vault = unlock(qtbot, controller)
    assert controller.main_window.isVisible() and not controller.unlock_window.isVisible()
    assert controller.main_window.windowTitle() == "CoachDesk"
    _write(vault, "unsaved change")
    controller.main_window.registry["lock"].trigger()
    assert controller.vault is None and not vault.is_open
    assert controller.unlock_window.isVisible() and controller.unlock_window.current_page() == "unlock"
    assert not controller.main_window.isVisible()
    with pytest.raises(VaultBusy):
        vault.session()
    with Vault.open(vault_path, PASSPHRASE) as reopened:  # saved on lock, lock file released
        assert reopened.connection.execute("SELECT x FROM scratch").fetchall() == [("unsaved change",)]


def test_idle_timer_locks(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    controller.set_idle_minutes(0.002)  # 120 ms, counted from the last input:
    qtbot.keyClick(controller.main_window, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: controller.vault is None, timeout=WAIT_MS)
    assert controller.unlock_window.isVisible()


def test_session_lock_locks(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    controller.screen_lock.screensaver_changed(True)
    assert controller.vault is None


def test_a_failed_save_on_lock_keeps_the_vault_open_unless_the_coach_gives_up(
    qtbot: QtBot, controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = unlock(qtbot, controller)
    _write(vault, "precious")
    before = vault_path.read_bytes()
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    asked: list[str] = []
    monkeypatch.setattr(controller, "confirm_unsaved", lambda asking: asked.append(asking) or False)
    assert controller.lock() is False
    assert asked == ["lock"] and controller.vault is vault and vault.has_unsaved_changes
    assert "disk is full" in controller.autosaver.state.message  # type: ignore[union-attr]
    assert controller.save_status.isVisible() or controller.main_window.isVisible()
    assert vault_path.read_bytes() == before
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert controller.lock() is True
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.connection.execute("SELECT x FROM scratch").fetchall() == [("precious",)]


def test_back_up_now_writes_an_encrypted_copy(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    vault = unlock(qtbot, controller)
    _write(vault, "backed up")
    folder = tmp_path / "usb stick"
    folder.mkdir()
    controller.choose_folder = lambda *_args: str(folder)  # type: ignore[assignment]
    controller.main_window.registry["back_up"].trigger()
    (copy,) = folder.iterdir()
    assert copy.suffix == ".coachdesk"
    with Vault.open(copy, PASSPHRASE) as opened:
        assert opened.connection.execute("SELECT x FROM scratch").fetchall() == [("backed up",)]


def test_closing_the_main_window_saves_and_quits(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    vault = unlock(qtbot, controller)
    _write(vault, "last words")
    controller.main_window.close()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=WAIT_MS)
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.connection.execute("SELECT x FROM scratch").fetchall() == [("last words",)]


def test_a_failed_autosave_opens_the_dialog_once_and_loses_nothing(
    qtbot: QtBot, controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = unlock(qtbot, controller)
    before = vault_path.read_bytes()
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    _write(vault, "kept in memory")
    assert controller.autosaver is not None
    controller.autosaver.note_change()
    qtbot.waitUntil(
        lambda: controller.failure_dialog is not None and controller.failure_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = controller.failure_dialog
    assert dialog is not None and "disk is full" in dialog.message.text()
    assert "Not saved" in controller.save_status.text()
    assert vault_path.read_bytes() == before and vault.has_unsaved_changes
    controller.autosaver.note_change()  # failing again does not stack up dialogs
    qtbot.waitUntil(
        lambda: controller.autosaver is not None and not controller.autosaver.is_writing, timeout=WAIT_MS
    )
    assert controller.failure_dialog is dialog
    monkeypatch.setattr(os, "fsync", real_fsync)
    dialog.try_again_button.click()
    qtbot.waitUntil(lambda: controller.failure_dialog is None, timeout=WAIT_MS)
    assert not vault.has_unsaved_changes
    assert controller.save_status.text().startswith("Saved")


def test_clients_area_lists_adds_and_forgets_on_lock(
    qtbot: QtBot, controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.services.clients import ClientDetails, create_client
    from coachdesk.ui.clients.client_dialog import ClientDialog

    vault = unlock(qtbot, controller)
    controller.main_window.show_area("clients")
    view = controller.clients_view
    assert view.pages.currentIndex() == 0  # the empty state, with "Add your first client…"
    with vault.session() as s:
        create_client(s, ClientDetails(name="Zoë Ørsted", email="zoe@example.org"))
    view.refresh()
    assert view.pages.currentIndex() == 1 and view.model.rowCount() == 1

    def add_through_the_dialog(dialog: ClientDialog) -> int:
        dialog.name.setText("Łukasz Nowak")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ClientDialog, "exec", add_through_the_dialog)
    view.new_button.click()
    assert sorted(r.name for r in view.model.rows()) == ["Zoë Ørsted", "Łukasz Nowak"]
    assert controller.autosaver is not None
    qtbot.waitUntil(lambda: not vault.has_unsaved_changes, timeout=WAIT_MS)  # autosaved
    view.filter_box.setText("zoe")
    assert view.proxy.rowCount() == 1
    controller.lock()
    assert view.model.rowCount() == 0 and view.filter_box.text() == ""
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.connection.execute("SELECT count(*) FROM client").fetchone() == (2,)


def test_deleting_a_client_names_what_goes_with_it(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    from datetime import UTC, datetime

    from coachdesk.services.clients import ClientDetails, create_client
    from coachdesk.services.sessions import SessionDetails, create_session

    vault = unlock(qtbot, controller)
    controller.main_window.show_area("clients")
    view = controller.clients_view
    with vault.session() as s:
        gone = create_client(s, ClientDetails(name="Ana Lúcia")).created
        create_client(s, ClientDetails(name="Björn Åkesson"))
        assert gone is not None
        create_session(s, SessionDetails(client_id=gone, starts_at=datetime(2026, 1, 5, 9, tzinfo=UTC)))
    view.refresh()
    asked: list[str] = []
    view.confirm = lambda _title, question: asked.append(question) or False  # type: ignore[method-assign]
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()
    view.delete_button.click()
    assert "Ana Lúcia" in asked[0] and "1 session(s)" in asked[0]
    assert view.model.rowCount() == 2  # cancelled: nothing deleted
    view.confirm = lambda _title, _question: True  # type: ignore[method-assign]
    view.delete_button.click()
    assert [r.name for r in view.model.rows()] == ["Björn Åkesson"]
    qtbot.waitUntil(lambda: not vault.has_unsaved_changes, timeout=WAIT_MS)
    controller.lock()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.connection.execute("SELECT count(*) FROM coaching_session").fetchone() == (0,)


def test_practice_menu_offers_new_client(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    action = controller.main_window.registry["new_client"]
    assert action.isVisible() and action.shortcut().toString() == "Ctrl+Shift+N"
    menus = [a.text() for a in controller.main_window.menuBar().actions()]
    assert menus == ["&File", "&Practice", "&Help"]


def test_locking_closes_any_open_editor(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    controller.main_window.show_area("clients")
    from coachdesk.ui.clients.client_dialog import ClientDialog

    assert controller.vault is not None
    dialog = ClientDialog(controller.vault.session, None, controller.main_window)
    dialog.name.setText("Typed but not saved")
    dialog.open()
    assert dialog.isVisible()
    controller.lock()
    assert not dialog.isVisible() and dialog.result() == 0


def test_erasing_a_client_from_the_record_saves_at_once(
    qtbot: QtBot, controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.services.clients import ClientDetails, create_client
    from coachdesk.ui.clients import data_rights_dialogs as client_records_dialogs

    vault = unlock(qtbot, controller)
    with vault.session() as s:
        gone = create_client(s, ClientDetails(name="Ana Lúcia", email="ana@example.org")).created
    controller.autosaver.save_now()  # type: ignore[union-attr]
    controller.main_window.show_area("clients")
    view = controller.clients_view
    view.refresh()
    assert view.select_client(gone)  # type: ignore[arg-type]

    def erase(dialog: client_records_dialogs.EraseClientDialog) -> int:
        assert "backup" in dialog.backups.text().lower()
        dialog.name_box.setText("ana lucia")
        dialog.erase_button.click()
        return int(dialog.result())

    monkeypatch.setattr(client_records_dialogs.EraseClientDialog, "exec", erase)
    view.detail.record_actions.erase()
    assert view.model.rowCount() == 0
    assert not vault.has_unsaved_changes  # written at once, not at the next autosave
    with vault.session() as s:
        from sqlmodel import select

        from coachdesk.domain import Client

        assert s.exec(select(Client)).all() == []


def test_practice_menu_offers_import(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    practice = next(a.menu() for a in controller.main_window.menuBar().actions() if a.text() == "&Practice")
    texts = [a.text() for a in practice.actions() if not a.isSeparator()]
    assert "&Import clients…" in texts and "&Log a completed session…" in texts


def test_ctrl_k_searches_and_ctrl_f_leaves_a_text_field_alone(
    qtbot: QtBot, controller: AppController
) -> None:

    unlock(qtbot, controller)
    window = controller.main_window
    window.show_area("clients")
    view = controller.clients_view
    window.activateWindow()
    view.filter_box.setFocus()
    qtbot.waitUntil(view.filter_box.hasFocus, timeout=WAIT_MS)
    workspace = controller.workspace
    qtbot.keyClick(view.filter_box, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace._search is None or not workspace._search.isVisible()
    qtbot.keyClick(window.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert workspace._search is not None and workspace._search.isVisible()
    workspace._search.hide()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace._search.isVisible()


def test_after_an_import_the_client_list_shows_the_new_clients(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.services.changes import Changes
    from coachdesk.services.clients import ClientDetails, create_client
    from coachdesk.services.db import DbFactory
    from coachdesk.ui.clients import import_dialog

    unlock(qtbot, controller)
    controller.main_window.show_area("clients")
    view = controller.clients_view
    view.filter_box.setText("nobody by this name")

    def imported(_parent: object, open_db: DbFactory) -> Changes:
        with open_db() as db:
            return create_client(db, ClientDetails(name="Dan Imported"))

    monkeypatch.setattr(import_dialog, "import_clients_flow", imported)
    controller.workspace.import_clients()
    assert view.filter_box.text() == ""
    qtbot.waitUntil(lambda: any(r.name == "Dan Imported" for r in view.model.rows()))
    assert view.proxy.rowCount() == len(view.model.rows())


def test_the_heap_set_aside_at_unlock_is_given_back_on_lock(qtbot: QtBot, controller: AppController) -> None:
    gc.unfreeze()
    unlock(qtbot, controller)
    assert gc.get_freeze_count() > 0  # full collections skip what the unlock left alive
    shown = controller.workspace.sessions
    shown.refresh()
    controller.main_window.registry["lock"].trigger()
    assert controller.vault is None
    assert gc.get_freeze_count() == 0  # and the closed vault's rows can be freed
    assert not [o for o in gc.get_objects() if type(o).__name__ == "SessionRows"]
