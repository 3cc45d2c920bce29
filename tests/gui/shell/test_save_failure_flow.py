"""The save-failure dialog in the running app: keep this window's version, go on with a copy, no stacking."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.save_failure_dialog import SaveFailureDialog
from coachdesk.vault import Vault, storage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS, OpenController, scratch_change


@pytest.fixture
def controller(unlocked_controller: OpenController) -> AppController:
    return unlocked_controller(autosave_delay_ms=50)


def _rows(path: Path) -> list[tuple[str]]:
    with Vault.open(path, PASSPHRASE, read_only=True) as opened:
        return opened.connection.execute("SELECT x FROM scratch").fetchall()


def _dialog(qtbot: QtBot, app: AppController) -> SaveFailureDialog:
    qtbot.waitUntil(
        lambda: app.failure_dialog is not None and app.failure_dialog.isVisible(), timeout=WAIT_MS
    )
    assert app.failure_dialog is not None
    return app.failure_dialog


def test_a_replaced_file_is_described_and_this_windows_version_can_be_kept(
    qtbot: QtBot, controller: AppController, vault_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "older backup.coachdesk"
    Vault.create(other, PASSPHRASE, kdf=FAST_KDF).close()
    os.replace(other, vault_path)  # a backup put back by another program
    replaced = vault_path.read_bytes()
    scratch_change(controller, "this window's work")
    dialog = _dialog(qtbot, controller)
    text = dialog.message.text() + " " + dialog.reassurance.text()
    assert "changed by another program" in text and "holds your work" not in text
    assert "last changed at" in text and "The file on disk is now" in text
    assert dialog.keep_button.isVisible()
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: controller.save_status.text().startswith("Saved"), timeout=WAIT_MS)
    assert not dialog.isVisible()
    assert _rows(vault_path) == [("this window's work",)]
    vault = controller.vault
    assert vault is not None
    assert replaced in [backup.path.read_bytes() for backup in vault.backups()]
    scratch_change(controller, "and later")  # saving goes on as normal
    qtbot.waitUntil(lambda: controller.save_status.text().startswith("Saved"), timeout=WAIT_MS)
    assert _rows(vault_path) == [("this window's work",), ("and later",)]


def test_after_a_copy_is_saved_the_app_works_on_the_copy_and_quits_without_warning(
    qtbot: QtBot,
    controller: AppController,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = storage.write_temp

    def full(path: Path, chunks: storage.Chunks) -> Path:
        if path.parent == vault_path.parent:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(path, chunks)

    monkeypatch.setattr(storage, "write_temp", full)
    scratch_change(controller, "kept")
    dialog = _dialog(qtbot, controller)
    copy = tmp_path / "usb" / "practice.coachdesk"
    dialog.choose_path = lambda *_args: str(copy)
    dialog.copy_button.click()
    assert controller.vault is not None and controller.vault.path == copy
    assert controller.save_status.text().startswith("Saved")
    scratch_change(controller, "on the copy")
    qtbot.waitUntil(lambda: controller.save_status.text().startswith("Saved"), timeout=WAIT_MS)
    asked: list[str] = []
    monkeypatch.setattr(controller, "confirm_unsaved", lambda asking: asked.append(asking) or False)
    assert controller.quit() and not asked
    assert _rows(copy) == [("kept",), ("on the copy",)]
    assert controller.unlock_window.vault_path == copy


def test_the_failure_dialog_waits_for_an_open_question(
    qtbot: QtBot, controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = QMessageBox(
        QMessageBox.Icon.Question, "Delete?", "Delete this?", parent=controller.main_window
    )
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    question.open()
    qtbot.waitUntil(question.isVisible, timeout=WAIT_MS)

    def full(_path: Path, _chunks: storage.Chunks) -> Path:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage, "write_temp", full)
    scratch_change(controller, "x")
    qtbot.waitUntil(lambda: controller.save_status.state.failed, timeout=WAIT_MS)
    dialog = controller.failure_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.postponed >= 2, timeout=WAIT_MS)  # it looked, twice, and waited
    assert not dialog.isVisible()
    question.done(QMessageBox.StandardButton.No)
    _dialog(qtbot, controller)
    monkeypatch.undo()
    assert controller.lock()  # the disk has room again: the change is saved on lock
