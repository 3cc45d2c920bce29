"""When something goes wrong: damaged vaults and their backups, the recovery key, passphrase changes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.domain import Client
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.unlock.last_vault import remember_vault, remembered_vault
from coachdesk.vault import Vault, WrongPassphrase
from tests.conftest import FAST_KDF, PASSPHRASE

WAIT_MS = 20_000  # key derivation on a busy machine
NEW_PASSPHRASE = "a brand new passphrase"


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachdesk.vault.vault.calibrate", lambda: FAST_KDF)


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[Path], AppController]]:
    """The unlock window for a path, with the app controller behind it."""
    made: list[AppController] = []

    def make(path: Path) -> AppController:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        app = AppController(path, settings)
        qtbot.addWidget(app.unlock_window)
        qtbot.addWidget(app.main_window)
        app.workspace.screening_enabled = False
        made.append(app)
        app.start()
        return app

    yield make
    for app in made:
        app.wait_for_work()
        QApplication.processEvents()
        if app.vault is not None:
            app.vault.close()


def _unlock(qtbot: QtBot, app: AppController, secret: str, *, recovery: bool = False) -> None:
    window = app.unlock_window
    window.use_recovery.setChecked(recovery)
    window.passphrase.setText(secret)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.vault is not None, timeout=WAIT_MS)


def _printing_to(path: Path) -> Callable[[QWidget, QPrinter], bool]:
    def ask(_parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return ask


def _prints_key(path: Path, vault_name: str, key: str) -> bool:
    """True when the one printed page at ``path`` is the recovery sheet of ``key`` (pictures compared)."""
    from tests.gui.unlock.sheet_pictures import matches_sheet

    assert len(PdfReader(path).pages) == 1
    return matches_sheet(path, vault_name, key)


def test_after_unlocking_with_the_recovery_key_a_lock_brings_back_a_masked_passphrase_field(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        key = vault.recovery_key
    assert key is not None
    app = opened(vault_path)
    window = app.unlock_window
    window.use_recovery.setChecked(True)
    window.passphrase.setText("AAAA-BBBB")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.unlock_error.isVisible, timeout=WAIT_MS)
    _unlock(qtbot, app, key, recovery=True)
    prompt = app.recovery_prompt
    assert prompt.isVisible() and "recovery key" in prompt.text()  # a new passphrase is suggested
    (change,) = [b for b in prompt.buttons() if "Change passphrase" in b.text()]
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(app, "passphrase_change") and app.passphrase_change.dialog.isVisible())
    app.lock()
    assert not window.use_recovery.isChecked()
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert window.passphrase.text() == "" and not window.unlock_error.isVisible()


def _vault_with_history(vault_path: Path) -> None:
    """A vault saved empty, then with two clients: its backups are an empty one and a full one."""
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.save()
        with vault.session() as db:
            db.add(Client(name="Zoë Ørsted"))
            db.add(Client(name="Łukasz Nowak"))
            db.commit()
        vault.save()
        vault.save()


def test_the_damaged_vault_page_says_what_each_backup_holds_in_plain_words(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    _vault_with_history(vault_path)
    data = bytearray(vault_path.read_bytes())
    data[-1] ^= 0xFF  # the contents no longer match their tag
    vault_path.write_bytes(bytes(data))
    app = opened(vault_path)
    window = app.unlock_window
    window.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "damaged", timeout=WAIT_MS)
    message = window.damaged_message.text()
    assert "authentication" not in message and "no longer match what was saved" in message
    assert window.passphrase.text() == ""  # not kept in the field behind the page
    rows = lambda: [window.backup_list.item(i).text() for i in range(window.backup_list.count())]  # noqa: E731
    qtbot.waitUntil(lambda: "2 clients" in rows()[0], timeout=WAIT_MS)
    newest, *_, oldest = rows()
    assert (
        "0 sessions" in newest and "last change" in newest and re.search(r"· [\d.,]+ (bytes|KB|MB)", newest)
    )
    assert "Empty: from before any data" in oldest


def test_a_damaged_vault_without_backups_does_not_offer_any(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    vault_path.write_bytes(vault_path.read_bytes()[:-10])
    app = opened(vault_path)
    window = app.unlock_window
    window.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "damaged", timeout=WAIT_MS)
    message = window.damaged_message.text()
    assert "Open one of its backups" not in message and "No backups were found" in message
    assert not window.backup_list.isVisible() and not window.restore_button.isVisible()


@pytest.mark.usefixtures("fast_kdf")
def test_changing_the_passphrase_needs_the_current_one_and_offers_to_print_a_new_key(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path, tmp_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    app = opened(vault_path)
    _unlock(qtbot, app, PASSPHRASE)
    app.change_passphrase()
    dialog = app.passphrase_change.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat_passphrase.setText(NEW_PASSPHRASE)
    dialog.replace_keys.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "current passphrase" in dialog.error.text()  # nothing typed: not even tried
    dialog.current.setText("someone else guessing")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT_MS)
    assert dialog.isVisible() and "Nothing was changed" in dialog.error.text()
    Vault.open(vault_path, PASSPHRASE, read_only=True).close()  # still the old passphrase
    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.passphrase_change.key_dialog is not None, timeout=WAIT_MS)
    key_dialog = app.passphrase_change.key_dialog
    assert key_dialog is not None and not dialog.isVisible()
    printed = tmp_path / "printed.pdf"
    key_dialog.ask_printer = _printing_to(printed)
    qtbot.mouseClick(key_dialog.print_button, Qt.MouseButton.LeftButton)
    new_key = key_dialog.findChildren(type(dialog.current_label))[1].text()
    assert _prints_key(printed, vault_path.name, new_key)
    # One character changed to one of a clearly other shape (blurred, T looks like I and Z like 2).
    other = "W" if new_key[-1] in "IJTZ27" else "I"
    assert not _prints_key(printed, vault_path.name, new_key[:-1] + other)
    key_dialog.stored.setChecked(True)
    key_dialog.accept()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE, read_only=True)
    Vault.open_with_recovery_key(vault_path, new_key, read_only=True).close()


def test_the_recovery_key_can_be_given_instead_of_the_current_passphrase(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path, fast_kdf: None
) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        key = vault.recovery_key
    assert key is not None
    app = opened(vault_path)
    _unlock(qtbot, app, PASSPHRASE)
    app.change_passphrase()
    dialog = app.passphrase_change.dialog
    dialog.use_recovery.setChecked(True)
    assert dialog.current.echoMode() == QLineEdit.EchoMode.Normal
    dialog.current.setText(key)
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat_passphrase.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.current.text() == ""
    Vault.open(vault_path, NEW_PASSPHRASE, read_only=True).close()


def test_the_recovery_sheet_is_printed_first_and_never_saved_beside_the_vault(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path, tmp_path: Path, fast_kdf: None
) -> None:
    window = opened(vault_path).unlock_window
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "recovery", timeout=WAIT_MS)
    key = window.recovery_key_label.text()
    page = window._recovery_page
    printed = tmp_path / "elsewhere" / "printed.pdf"
    printed.parent.mkdir()
    page.ask_printer = _printing_to(printed)
    qtbot.mouseClick(window.print_sheet, Qt.MouseButton.LeftButton)
    assert _prints_key(printed, vault_path.name, key)
    asked: list[str] = []
    beside = vault_path.with_name("sheet.pdf")

    def choose(_parent: QWidget, _caption: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(beside)

    window.choose_save_path = choose
    qtbot.mouseClick(window.save_sheet, Qt.MouseButton.LeftButton)
    assert asked == ["practice recovery sheet.pdf"]  # a bare name: the dialog opens in Documents
    assert not beside.exists() and "vault's own folder" in window.sheet_status.text()
    synced = tmp_path / "Dropbox" / "practice.coachdesk"
    page.vault_path, beside = synced, tmp_path / "Dropbox" / "papers" / "sheet.pdf"
    qtbot.mouseClick(window.save_sheet, Qt.MouseButton.LeftButton)
    assert not beside.exists() and "sync folder" in window.sheet_status.text()


def test_a_copy_saved_after_a_failed_save_is_the_vault_unlocked_next(
    qtbot: QtBot, opened: Callable[[Path], AppController], vault_path: Path, tmp_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    app = opened(vault_path)
    _unlock(qtbot, app, PASSPHRASE)
    app._show_save_failure()
    dialog = app.failure_dialog
    assert dialog is not None
    copy = tmp_path / "elsewhere" / "practice copy.coachdesk"
    dialog.choose_path = lambda *_args: str(copy)
    dialog.save_copy()
    assert copy.is_file() and remembered_vault(app.settings) == copy
    app.lock()
    assert app.unlock_window.vault_path == copy


def test_the_vault_opened_at_start_is_the_one_last_used_while_it_is_there(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert remembered_vault(settings) is None
    vault = tmp_path / "practice restored.coachdesk"
    vault.write_bytes(b"vault")
    remember_vault(settings, vault)
    assert remembered_vault(settings) == vault
    vault.unlink()
    assert remembered_vault(settings) is None  # gone: the default place is used instead
