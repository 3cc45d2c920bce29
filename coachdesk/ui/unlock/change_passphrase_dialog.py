"""Asks for the current passphrase (or recovery key), a new one twice, and whether to replace the keys."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.screen_fit import resize_within_screen
from coachdesk.ui.kit.widgets import error_label, paragraph, passphrase_field, show_error
from coachdesk.ui.unlock import recovery_sheet_output
from coachdesk.ui.unlock.passphrase_strength import StrengthMeter
from coachdesk.vault import MIN_PASSPHRASE_LENGTH


class ChangePassphraseDialog(QDialog):
    """Collects the current secret and the new passphrase; ``change_requested`` asks for the change.

    The caller checks the current secret and changes the passphrase, then calls ``succeeded``
    (the dialog closes) or ``failed`` (it says why and stays open).
    """

    change_requested = Signal(str, bool, str, bool)  # current secret, is recovery key, new, replace keys

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = passphrase_field(self.tr("the passphrase you unlock with now"))
        self.use_recovery = QCheckBox(self.tr("I give the recovery key instead"))
        self.use_recovery.toggled.connect(self._toggle_recovery_mode)
        self.new_passphrase = passphrase_field(self.tr("at least %n characters", "", MIN_PASSPHRASE_LENGTH))
        self.repeat_passphrase = passphrase_field(self.tr("the same again"))
        self.strength = StrengthMeter()
        self.new_passphrase.textChanged.connect(self.strength.update_for)
        self.replace_keys = QCheckBox(self.tr("Also replace the recovery key (and the encryption key)"))
        self.replace_keys.setToolTip(
            self.tr(
                "Choose this if your old passphrase or recovery key may be known to someone: old copies "
                "of the vault then stop opening with them. You will be shown a new recovery key."
            )
        )
        self.error = error_label()
        self.current_label = QLabel(self.tr("Current passphrase:"))
        self.current_label.setBuddy(self.current)  # the field is named by what the label says
        form = QFormLayout()
        form.addRow(self.current_label, self.current)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("New passphrase:"), self.new_passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat:"), self.repeat_passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button = ok
        ok.setText(self.tr("Change passphrase"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(
            paragraph(
                self.tr(
                    "To make sure it is you, give the passphrase you unlock with now. The vault and its "
                    "backups will then open with the new passphrase only. The recovery key keeps "
                    "working unless you replace it too."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.replace_keys)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, 600, self.sizeHint().height())

    def _toggle_recovery_mode(self, on: bool) -> None:
        self.current.clear()
        self.current_label.setText(self.tr("Recovery key:") if on else self.tr("Current passphrase:"))
        self.current.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.current.setPlaceholderText(
            self.tr("XXXX-XXXX-… (from your recovery sheet)")
            if on
            else self.tr("the passphrase you unlock with now")
        )
        self.current.setFocus()

    def _check(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if not self.current.text().strip():
            show_error(self.error, self.tr("Give your current passphrase (or the recovery key) first."))
            self.current.setFocus()
            return
        if len(self.new_passphrase.text().strip()) < MIN_PASSPHRASE_LENGTH:
            show_error(
                self.error,
                self.tr("A passphrase needs at least %n characters.", "", MIN_PASSPHRASE_LENGTH),
            )
            return
        if self.new_passphrase.text() != self.repeat_passphrase.text():
            show_error(self.error, self.tr("The two passphrases differ. Type them again."))
            self.repeat_passphrase.clear()
            return
        self.error.hide()
        self.ok_button.setEnabled(False)
        self.ok_button.setText(self.tr("Changing…"))
        self.change_requested.emit(
            self.current.text(),
            self.use_recovery.isChecked(),
            self.new_passphrase.text(),
            self.replace_keys.isChecked(),
        )

    def failed(self, message: str) -> None:
        """The passphrase was not changed: say why; the current secret is typed again."""
        self.ok_button.setEnabled(True)
        self.ok_button.setText(self.tr("Change passphrase"))
        show_error(self.error, message)
        self.current.selectAll()
        self.current.setFocus()

    def succeeded(self) -> None:
        """The passphrase was changed: forget what was typed and close."""
        for field in (self.current, self.new_passphrase, self.repeat_passphrase):
            field.clear()
        self.accept()

    def passphrase(self) -> str:
        return self.new_passphrase.text()


class NewRecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, to print or save; closes only when the coach says it is stored."""

    def __init__(self, key: str, vault_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        self._key, self._vault_name = key, vault_name
        self.ask_printer: recovery_sheet_output.AskPrinter = (
            recovery_sheet_output.ask_printer
        )  # tests replace it
        label = QLabel(key)
        font = label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        label.setFont(font)
        label.setStyleSheet("padding: 10px; border: 1px solid palette(mid);")
        self.status = paragraph("")
        self.status.hide()
        self.print_button = QPushButton(self.tr("Print recovery sheet…"))
        self.print_button.setToolTip(self.tr("Print one page with the key and how to use it (Ctrl+P)"))
        self.print_button.clicked.connect(self._print)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_button.click)
        self.stored = QCheckBox(self.tr("I have stored the new recovery key somewhere safe"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(False)
        self.stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The old recovery key no longer works. This one is shown only now: print it, or "
                    "write it down, and keep it apart from this computer."
                )
            )
        )
        layout.addWidget(label)
        layout.addWidget(self.status)
        layout.addWidget(self.stored)
        layout.addWidget(buttons)

    def _print(self) -> None:
        message = recovery_sheet_output.print_sheet(self, self._vault_name, self._key, ask=self.ask_printer)
        if message:
            self.status.setText(message)
            self.status.show()

    def reject(self) -> None:  # Escape must not dismiss the only showing of the key
        if self.stored.isChecked():
            super().reject()
