"""The create/unlock window: create a vault, see the recovery key once, lock, unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.ui.unlock_window import UnlockWindow
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachdesk.vault.vault.calibrate", lambda: FAST_KDF)


def _window(qtbot: QtBot, path: Path) -> UnlockWindow:
    window = UnlockWindow(path)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.usefixtures("fast_kdf")
def test_first_run_creates_vault_and_shows_recovery_key_once(qtbot: QtBot, vault_path: Path) -> None:
    window = _window(qtbot, vault_path)
    assert window.current_page() == "create"
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "recovery")
    key = window.recovery_key_label.text()
    assert vault_path.is_file()
    assert window.vault is not None and window.vault.recovery_key is None  # not kept around
    assert not window.recovery_continue.isEnabled()
    window.stored_check.setChecked(True)
    qtbot.mouseClick(window.recovery_continue, Qt.MouseButton.LeftButton)
    assert window.current_page() == "open"
    assert window.recovery_key_label.text() == ""
    window.lock()
    Vault.open_with_recovery_key(vault_path, key).close()


def test_mismatched_passphrases_are_refused(qtbot: QtBot, vault_path: Path) -> None:
    window = _window(qtbot, vault_path)
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE + "x")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "create"
    assert "differ" in window.create_error.text()
    assert not vault_path.exists()


@pytest.mark.usefixtures("fast_kdf")
def test_short_passphrase_is_refused_with_reason(qtbot: QtBot, vault_path: Path) -> None:
    window = _window(qtbot, vault_path)
    window.new_passphrase.setText("short")
    window.repeat_passphrase.setText("short")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.create_error.isVisible)
    assert "at least 8 characters" in window.create_error.text()
    assert not vault_path.exists()


def test_wrong_then_right_passphrase_then_lock(qtbot: QtBot, vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    window = _window(qtbot, vault_path)
    assert window.current_page() == "unlock"
    assert vault_path.name in window.unlock_heading.text()
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.unlock_error.isVisible)
    assert "passphrase is wrong" in window.unlock_error.text()
    assert window.current_page() == "unlock"
    window.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "open")
    assert window.windowTitle() == "CoachDesk"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "unlock"
    assert window.vault is None
    Vault.open(vault_path, PASSPHRASE).close()  # the lock was released


def test_recovery_key_unlock(qtbot: QtBot, vault_path: Path) -> None:
    created = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    key = created.recovery_key
    created.close()
    window = _window(qtbot, vault_path)
    window.use_recovery.setChecked(True)
    assert window.passphrase.echoMode() == window.passphrase.EchoMode.Normal
    window.passphrase.setText(str(key).lower())
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "open")
    window.lock()


def test_vault_open_elsewhere_is_reported(qtbot: QtBot, vault_path: Path) -> None:
    holder = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    try:
        window = _window(qtbot, vault_path)
        window.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.unlock_error.isVisible)
        assert "open in another CoachDesk window" in window.unlock_error.text()
    finally:
        holder.close()
