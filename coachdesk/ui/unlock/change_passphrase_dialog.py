"""Asks for a new passphrase (twice, with the strength meter) and whether to replace the keys too."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coachdesk.ui.kit.widgets import error_label, paragraph, passphrase_field, show_error
from coachdesk.ui.unlock.passphrase_strength import StrengthMeter
from coachdesk.vault import MIN_PASSPHRASE_LENGTH


class ChangePassphraseDialog(QDialog):
    """Collects the new passphrase; the caller changes it on the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        self.new_passphrase = passphrase_field(f"at least {MIN_PASSPHRASE_LENGTH} characters")
        self.repeat_passphrase = passphrase_field("the same again")
        self.strength = StrengthMeter()
        self.new_passphrase.textChanged.connect(self.strength.update_for)
        self.replace_keys = QCheckBox("Also replace the recovery key (and the encryption key)")
        self.replace_keys.setToolTip(
            "Choose this if your old passphrase or recovery key may be known to someone: old copies "
            "of the vault then stop opening with them. You will be shown a new recovery key."
        )
        self.error = error_label()
        form = QFormLayout()
        form.addRow("New passphrase:", self.new_passphrase)
        form.addRow("", self.strength)
        form.addRow("Repeat:", self.repeat_passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText("Change passphrase")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                "The vault and its backups will open with the new passphrase only. The recovery "
                "key keeps working unless you replace it too."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.replace_keys)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        if len(self.new_passphrase.text().strip()) < MIN_PASSPHRASE_LENGTH:
            show_error(self.error, f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters.")
            return
        if self.new_passphrase.text() != self.repeat_passphrase.text():
            show_error(self.error, "The two passphrases differ. Type them again.")
            self.repeat_passphrase.clear()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.new_passphrase.text()


class NewRecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; closes only when the coach says it is stored."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your new recovery key")
        label = QLabel(key)
        font = label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        label.setFont(font)
        label.setStyleSheet("padding: 10px; border: 1px solid palette(mid);")
        self.stored = QCheckBox("I have stored the new recovery key somewhere safe")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(False)
        self.stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph("The old recovery key no longer works. This one is shown only now."))
        layout.addWidget(label)
        layout.addWidget(self.stored)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Escape must not dismiss the only showing of the key
        if self.stored.isChecked():
            super().reject()
