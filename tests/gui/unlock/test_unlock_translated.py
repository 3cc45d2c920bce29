"""Every word of the unlock window and the passphrase dialogs goes through Qt's translation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from coachdesk.services.vault_access import BackupSummary
from coachdesk.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog, NewRecoveryKeyDialog
from coachdesk.ui.unlock.damaged_vault_page import DamagedVaultPage
from coachdesk.ui.unlock.unlock_window import UnlockWindow
from tests.gui.shell.pseudo_texts import bracketing, untranslated

# The product's name and Qt's own buttons (Qt's catalog, not CoachDesk's).
NOT_OURS = {"CoachDesk", "OK", "Cancel", "Close", "EUR"}


def test_every_page_of_the_unlock_window_is_translated(qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "practice.coachdesk"
    existing.write_bytes(b"")
    with bracketing():
        window = UnlockWindow(tmp_path / "new.coachdesk", demo_passphrase="apple pie")
        qtbot.addWidget(window)
        window.new_passphrase.setText("abc")  # the strength meter's verdict and advice
        paths = {str(tmp_path / "new.coachdesk"), str(existing), "apple pie"}
        assert untranslated(window, NOT_OURS | paths) == [], "create"
        window.show_recovery_key("ABCD-EFGH-IJKL-MNOP")
        assert untranslated(window, NOT_OURS | paths | {"ABCD-EFGH-IJKL-MNOP"}) == [], "recovery key"
        window.stored_check.setChecked(True)
        window.recovery_continue.click()
        assert window.current_page() == "profile"
        assert untranslated(window, NOT_OURS | paths) == [], "profile"
        window.show_vault(existing)
        assert window.current_page() == "unlock"
        assert untranslated(window, NOT_OURS | paths) == [], "unlock"
        assert "⟦at least %n characters⟧" not in window.new_passphrase.placeholderText()


def test_the_damaged_vault_page_and_passphrase_dialogs_are_translated(qtbot: QtBot, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    backups = [
        BackupSummary(tmp_path / "a", now - timedelta(hours=2), 2048, opened=True, clients=3, sessions=1),
        BackupSummary(tmp_path / "b", now - timedelta(days=2), 2048, label="before-upgrade"),
    ]
    with bracketing():
        page = DamagedVaultPage(lambda *_args: "")
        qtbot.addWidget(page)
        page.show_for(tmp_path / "x.coachdesk", "The vault is damaged.", backups)
        items = [page.backup_list.item(row).text() for row in range(page.backup_list.count())]
        assert "⟦3 clients⟧" in items[0] and "⟦1 session⟧" in items[0]
        assert untranslated(page, NOT_OURS | {"The vault is damaged."}) == []
        change = ChangePassphraseDialog()
        key = NewRecoveryKeyDialog("ABCD-EFGH", "practice.coachdesk")
        for dialog in (change, key):
            qtbot.addWidget(dialog)
            assert untranslated(dialog, NOT_OURS | {"ABCD-EFGH"}) == [], type(dialog).__name__
