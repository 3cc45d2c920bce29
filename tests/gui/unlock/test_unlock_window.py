"""The first window: create a vault (passphrase, recovery key, profile), unlock, recover.

The window only collects; the app controller opens and creates the vault. These tests drive
the window as the coach does, with the controller behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import CoachProfile
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.unlock.last_vault import remembered_vault
from coachdesk.ui.unlock.unlock_window import UnlockWindow
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WAIT_MS = 20_000  # key derivation on a busy machine


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachdesk.vault.vault.calibrate", lambda: FAST_KDF)


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., AppController]]:
    """Shows the unlock window for a path, with the app controller that does its work behind it."""
    made: list[AppController] = []

    def make(path: Path, demo_passphrase: str = "") -> AppController:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        app = AppController(path, settings, demo_passphrase=demo_passphrase)
        qtbot.addWidget(app.unlock_window)
        qtbot.addWidget(app.main_window)
        app.workspace.screening_enabled = False
        made.append(app)
        app.start()
        return app

    yield make
    for app in made:
        app.wait_for_work()
        QApplication.processEvents()  # the finished work's outcome, already posted
        for vault in (app.vault, app.vault_in_setup):
            if vault is not None:
                vault.close()


def _window(qtbot: QtBot, path: Path) -> UnlockWindow:
    window = UnlockWindow(path)
    qtbot.addWidget(window)
    window.show()
    return window


def _create(qtbot: QtBot, window: UnlockWindow) -> str:
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "recovery", timeout=WAIT_MS)
    return window.recovery_key_label.text()


@pytest.mark.usefixtures("fast_kdf")
def test_first_run_creates_vault_shows_key_once_then_takes_the_profile(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path, tmp_path: Path
) -> None:
    app = opened(vault_path)
    window = app.unlock_window
    assert window.current_page() == "create"
    window.new_passphrase.setText("password1")
    assert window.strength.score <= 1 and window.strength.advice.text()
    key = _create(qtbot, window)
    assert vault_path.is_file()
    setup = app.vault_in_setup
    assert setup is not None and setup.recovery_key is None  # not kept on the vault
    assert app.vault is None  # not in use until the setup is done
    sheet = tmp_path / "papers" / "sheet.pdf"
    sheet.parent.mkdir()
    window.choose_save_path = lambda *_args: str(sheet)
    qtbot.mouseClick(window.save_sheet, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF") and "Saved to" in window.sheet_status.text()
    assert not window.recovery_continue.isEnabled()
    window.stored_check.setChecked(True)
    qtbot.mouseClick(window.recovery_continue, Qt.MouseButton.LeftButton)
    assert window.current_page() == "profile" and window.recovery_key_label.text() == ""
    window.profile_form.fields["name"].setText("Alex Moreau")  # type: ignore[union-attr]
    window.profile_form.fields["email"].setText("not an address")  # type: ignore[union-attr]
    qtbot.mouseClick(window.profile_save, Qt.MouseButton.LeftButton)
    assert window.current_page() == "profile" and app.vault is None
    window.profile_form.fields["email"].setText("alex@example.org")  # type: ignore[union-attr]
    qtbot.mouseClick(window.profile_save, Qt.MouseButton.LeftButton)
    assert app.vault is setup and app.vault_in_setup is None
    assert app.main_window.isVisible() and not window.isVisible()
    app.lock()
    with Vault.open_with_recovery_key(vault_path, key) as reopened, reopened.session() as s:
        assert s.exec(select(CoachProfile.name)).one() == "Alex Moreau"


@pytest.mark.usefixtures("fast_kdf")
def test_fill_in_later_opens_the_new_vault_without_a_profile(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    app = opened(vault_path)
    window = app.unlock_window
    _create(qtbot, window)
    window.stored_check.setChecked(True)
    qtbot.mouseClick(window.recovery_continue, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.profile_later, Qt.MouseButton.LeftButton)
    vault = app.vault
    assert vault is not None and app.vault_in_setup is None
    with vault.session() as s:
        assert s.exec(select(CoachProfile)).all() == []


@pytest.mark.usefixtures("fast_kdf")
def test_closing_the_window_half_way_through_setup_closes_the_new_vault(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    app = opened(vault_path)
    _create(qtbot, app.unlock_window)
    setup = app.vault_in_setup
    assert setup is not None and setup.is_open
    app.unlock_window.close()
    assert not setup.is_open and app.vault_in_setup is None
    Vault.open(vault_path, PASSPHRASE).close()  # saved already, lock released


def test_the_window_only_asks_and_shows_the_answer(qtbot: QtBot, vault_path: Path, tmp_path: Path) -> None:
    """Alone, the window opens and creates nothing: it emits what the coach typed."""
    window = _window(qtbot, vault_path)
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.create_requested) as asked:
        qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert asked.args == [vault_path, PASSPHRASE]
    assert not window.create_button.isEnabled() and window.create_button.text() == "Creating…"
    assert not vault_path.exists()
    window.create_failed("The disk is full.")
    assert window.create_button.isEnabled() and window.create_error.text() == "The disk is full."
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    window.show_vault(vault_path)
    window.use_recovery.setChecked(True)
    window.passphrase.setText("abcd-efgh")
    with qtbot.waitSignal(window.unlock_requested) as asked:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert asked.args == [vault_path, "abcd-efgh", True]
    assert not window.unlock_button.isEnabled()
    window.unlock_failed("The recovery key is wrong.")
    assert window.unlock_button.isEnabled() and window.unlock_button.text() == "Unlock"
    assert window.passphrase.selectedText() == "abcd-efgh"


@pytest.mark.usefixtures("fast_kdf")
def test_mismatched_passphrases_are_refused(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    window = opened(vault_path).unlock_window
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE + "x")
    with qtbot.assertNotEmitted(window.create_requested):
        qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "create"
    assert "differ" in window.create_error.text()
    assert not vault_path.exists()


@pytest.mark.usefixtures("fast_kdf")
def test_short_passphrase_is_refused_with_reason(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    window = opened(vault_path).unlock_window
    window.new_passphrase.setText("short")
    window.repeat_passphrase.setText("short")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.create_error.isVisible, timeout=WAIT_MS)
    assert "at least 8 characters" in window.create_error.text()
    assert window.create_button.isEnabled() and window.current_page() == "create"
    assert not vault_path.exists()


def test_wrong_then_right_passphrase(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    app = opened(vault_path)
    window = app.unlock_window
    assert window.current_page() == "unlock"
    assert vault_path.name in window.unlock_heading.text()
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.unlock_error.isVisible, timeout=WAIT_MS)
    assert "passphrase is wrong" in window.unlock_error.text()
    assert window.current_page() == "unlock" and app.vault is None
    window.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.vault is not None, timeout=WAIT_MS)
    assert window.windowTitle() == "CoachDesk"
    assert window.passphrase.text() == ""
    assert window.unlock_button.isEnabled() and window.unlock_button.text() == "Unlock"


def test_recovery_key_unlock(qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path) -> None:
    created = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    key = created.recovery_key
    created.close()
    app = opened(vault_path)
    window = app.unlock_window
    window.use_recovery.setChecked(True)
    assert window.passphrase.echoMode() == window.passphrase.EchoMode.Normal
    window.passphrase.setText(str(key).lower())
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.vault is not None, timeout=WAIT_MS)


def test_vault_open_elsewhere_is_reported(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    holder = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    try:
        window = opened(vault_path).unlock_window
        window.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.unlock_error.isVisible, timeout=WAIT_MS)
        assert "open in another CoachDesk window" in window.unlock_error.text()
    finally:
        holder.close()


def test_damaged_vault_offers_its_backups_and_restores_to_a_new_file(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path, tmp_path: Path
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
    app = opened(vault_path)
    window = app.unlock_window
    window.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "damaged", timeout=WAIT_MS)
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
    set_aside = vault_path.with_name(f"practice (damaged {date.today().isoformat()}).coachdesk")
    assert not vault_path.exists() and set_aside.read_bytes() == damaged  # renamed to say so, kept whole
    assert set_aside.name in window.notice.text() and window.notice.isVisible()
    Vault.open(restored, PASSPHRASE).close()
    assert remembered_vault(app.settings) == restored  # the vault opened at the next start


def test_demo_vault_shows_its_passphrase(
    qtbot: QtBot, opened: Callable[..., AppController], vault_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    window = opened(vault_path, demo_passphrase=PASSPHRASE).unlock_window
    assert window.demo_hint.isVisible() and PASSPHRASE in window.demo_hint.text()
    plain = _window(qtbot, vault_path)
    assert not plain.demo_hint.isVisible()
