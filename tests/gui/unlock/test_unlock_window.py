"""The first window: create a vault (passphrase, recovery key, profile), unlock, recover."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import CoachProfile
from coachdesk.ui.unlock.unlock_window import UnlockWindow
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


def _create(qtbot: QtBot, window: UnlockWindow) -> str:
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "recovery")
    return window.recovery_key_label.text()


@pytest.mark.usefixtures("fast_kdf")
def test_first_run_creates_vault_shows_key_once_then_takes_the_profile(
    qtbot: QtBot, vault_path: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, vault_path)
    assert window.current_page() == "create"
    window.new_passphrase.setText("password1")
    assert window.strength.score <= 1 and window.strength.advice.text()
    key = _create(qtbot, window)
    assert vault_path.is_file()
    assert window.vault is not None and window.vault.recovery_key is None  # not kept on the vault
    sheet = tmp_path / "sheet.pdf"
    window.choose_save_path = lambda *_args: str(sheet)
    qtbot.mouseClick(window.print_sheet, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF") and "Saved to" in window.sheet_status.text()
    assert not window.recovery_continue.isEnabled()
    window.stored_check.setChecked(True)
    qtbot.mouseClick(window.recovery_continue, Qt.MouseButton.LeftButton)
    assert window.current_page() == "profile" and window.recovery_key_label.text() == ""
    window.profile_form.fields["name"].setText("Alex Moreau")  # type: ignore[union-attr]
    window.profile_form.fields["email"].setText("not an address")  # type: ignore[union-attr]
    qtbot.mouseClick(window.profile_save, Qt.MouseButton.LeftButton)
    assert window.current_page() == "profile"
    window.profile_form.fields["email"].setText("alex@example.org")  # type: ignore[union-attr]
    with qtbot.waitSignal(window.unlocked) as signal:
        qtbot.mouseClick(window.profile_save, Qt.MouseButton.LeftButton)
    vault: Vault = signal.args[0]
    vault.close()
    with Vault.open_with_recovery_key(vault_path, key) as reopened, reopened.session() as s:
        assert s.exec(select(CoachProfile.name)).one() == "Alex Moreau"


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


def test_wrong_then_right_passphrase(qtbot: QtBot, vault_path: Path) -> None:
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
    with qtbot.waitSignal(window.unlocked) as signal:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert window.windowTitle() == "CoachDesk"
    assert window.passphrase.text() == ""
    signal.args[0].close()


def test_recovery_key_unlock(qtbot: QtBot, vault_path: Path) -> None:
    created = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    key = created.recovery_key
    created.close()
    window = _window(qtbot, vault_path)
    window.use_recovery.setChecked(True)
    assert window.passphrase.echoMode() == window.passphrase.EchoMode.Normal
    window.passphrase.setText(str(key).lower())
    with qtbot.waitSignal(window.unlocked) as signal:
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    signal.args[0].close()


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


def test_damaged_vault_offers_its_backups_and_restores_to_a_new_file(
    qtbot: QtBot, vault_path: Path, tmp_path: Path
) -> None:
    vault = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    for _ in range(2):
        vault.connection.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
        vault.connection.execute("INSERT INTO scratch VALUES (1)")
        vault.connection.commit()
        vault.save()
    vault.close()
    damaged = vault_path.read_bytes()[:-10]
    vault_path.write_bytes(damaged)
    window = _window(qtbot, vault_path)
    window.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "damaged")
    assert "damaged" in window.damaged_message.text()
    assert window.backup_list.count() == 2 and "Saved" in window.backup_list.item(0).text()
    window.backup_list.setCurrentRow(0)
    existing = tmp_path / "taken.coachdesk"
    existing.write_bytes(b"keep me")
    window.choose_save_path = lambda *_args: str(existing)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert existing.read_bytes() == b"keep me" and "already exists" in window.damaged_message.text()
    restored = tmp_path / "restored.coachdesk"
    window.choose_save_path = lambda *_args: str(restored)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "unlock" and window.vault_path == restored
    assert vault_path.read_bytes() == damaged  # the damaged file is left as it was
    Vault.open(restored, PASSPHRASE).close()


def test_demo_vault_shows_its_passphrase(qtbot: QtBot, vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    window = UnlockWindow(vault_path, demo_passphrase=PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.demo_hint.isVisible() and PASSPHRASE in window.demo_hint.text()
    plain = UnlockWindow(vault_path)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.demo_hint.isVisible()
