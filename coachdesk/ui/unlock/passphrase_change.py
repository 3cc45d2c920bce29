"""Changing the open vault's passphrase: the current one is checked first, all key work off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.ui.kit.background import BackgroundRunner
from coachdesk.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog, NewRecoveryKeyDialog
from coachdesk.vault import VaultError

if TYPE_CHECKING:
    from coachdesk.vault import Vault

# (message, milliseconds) -> shown in the status bar
ShowStatus = Callable[[str, int], None]


class PassphraseChange(QObject):
    """Shows the change-passphrase dialog for ``vault`` and does the change it asks for.

    Nobody at an unlocked computer can change the passphrase (or replace the recovery key)
    without knowing the current passphrase or the recovery key: it is checked against the vault
    before anything is changed.
    """

    def __init__(
        self, vault: Vault, runner: BackgroundRunner, parent: QWidget, show_status: ShowStatus
    ) -> None:
        super().__init__(parent)
        self._vault, self._runner, self._parent, self._show_status = vault, runner, parent, show_status
        self.dialog = ChangePassphraseDialog(parent)
        self.dialog.change_requested.connect(self._change)
        self.key_dialog: NewRecoveryKeyDialog | None = None

    def start(self) -> None:
        self.dialog.open()

    def _change(self, current: str, is_recovery_key: bool, new: str, replace_keys: bool) -> None:
        vault = self._vault
        self._show_status(self.tr("Changing the passphrase…"), 0)

        def work() -> str | None:
            try:
                vault.check_secret(current, is_recovery_key=is_recovery_key)
            except VaultError as wrong:
                raise _NotYou(str(wrong)) from None
            return vault.change_passphrase(new, new_recovery_key=replace_keys)

        self._runner.run(work, self._done)

    def _done(self, new_key: object, error: Exception | None) -> None:
        self._show_status("", 0)
        if isinstance(error, _NotYou):
            self.dialog.failed(self.tr("Nothing was changed: %1").replace("%1", str(error)))
            return
        if isinstance(error, VaultError):
            self.dialog.failed(self.tr("The passphrase was not changed. %1").replace("%1", str(error)))
            return
        if error is not None:
            raise error  # a bug, not a wrong passphrase: let it surface
        self.dialog.succeeded()
        vault = self._vault
        if isinstance(new_key, str):
            self.key_dialog = NewRecoveryKeyDialog(new_key, vault.path.name, self._parent)
            self.key_dialog.open()
            vault.recovery_key = None  # the dialog alone shows it, once
        message = self.tr("The passphrase was changed.")
        if vault.stale_backups:
            stale = len(vault.stale_backups)
            message += " " + self.tr("%n damaged backup(s) still open with the old one.", "", stale)
        self._show_status(message, 8000)


class _NotYou(VaultError):
    """The current passphrase or recovery key given was not the vault's."""


def suggest_new_passphrase(parent: QWidget, change: Callable[[], None]) -> QMessageBox:
    """After unlocking with the recovery key: suggest a new passphrase (the coach may dismiss it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("PassphraseChange", "Set a new passphrase?"))
    box.setText(QCoreApplication.translate("PassphraseChange", "You unlocked with the recovery key."))
    box.setInformativeText(
        QCoreApplication.translate(
            "PassphraseChange",
            "If you have forgotten your passphrase, set a new one now, so you need not use the "
            "recovery key next time. If someone else may have seen the key, also replace it.",
        )
    )
    now = box.addButton(
        QCoreApplication.translate("PassphraseChange", "Change passphrase…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("PassphraseChange", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.buttonClicked.connect(lambda clicked: clicked is now and QTimer.singleShot(0, change))
    box.open()
    return box
