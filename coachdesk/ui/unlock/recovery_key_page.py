"""The page that shows a new vault's recovery key once, and prints the recovery sheet (or saves it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.ui.kit.widgets import heading, page, paragraph
from coachdesk.ui.unlock import recovery_sheet_output
from coachdesk.ui.unlock.recovery_sheet_output import PDF_FILTER

__all__ = ["PDF_FILTER", "RecoveryKeyPage"]


class RecoveryKeyPage(QWidget):
    """Shows the key until the coach says it is stored; ``done`` then, after which it forgets it."""

    done = Signal()

    def __init__(self, choose_save_path: Callable[[QWidget, str, str, str], str]) -> None:
        super().__init__()
        self.choose_save_path = choose_save_path
        self.vault_path = Path()
        self._key = ""
        self.key_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.ask_printer: recovery_sheet_output.AskPrinter = (
            recovery_sheet_output.ask_printer
        )  # tests replace it
        self.print_sheet = QPushButton(self.tr("Print recovery sheet…"))
        self.print_sheet.setToolTip(self.tr("Print one page with the key and how to use it (Ctrl+P)"))
        self.print_sheet.clicked.connect(self._print)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_sheet.click)
        self.save_sheet_button = QPushButton(self.tr("Save as PDF…"))
        self.save_sheet_button.setToolTip(
            self.tr("Save the sheet as a PDF on a USB stick or another place apart")
        )
        self.save_sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = paragraph("")
        self.stored_check = QCheckBox(self.tr("I have stored the recovery key somewhere safe"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            page(
                heading(self.tr("Your recovery key")),
                paragraph(
                    self.tr(
                        "If you ever forget your passphrase, this key opens the vault. It is shown only "
                        "now. Write it down or print it, and keep it apart from this computer."
                    )
                ),
                self.key_label,
                self.sheet_status,
                self.stored_check,
                buttons=[self.save_sheet_button, self.print_sheet, self.continue_button],
            )
        )

    def show_key(self, vault_path: Path, key: str) -> None:
        self.vault_path, self._key = vault_path, key
        self.key_label.setText(key)
        self.stored_check.setChecked(False)
        self.sheet_status.hide()

    def _print(self) -> None:
        message = recovery_sheet_output.print_sheet(
            self, self.vault_path.name, self._key, ask=self.ask_printer
        )
        if message:
            self._say(message)

    def save_sheet(self) -> None:
        """Write the recovery sheet PDF where the coach chooses, away from the vault."""
        message = recovery_sheet_output.save_sheet(self, self.choose_save_path, self.vault_path, self._key)
        if message:
            self._say(message)

    def _say(self, message: str) -> None:
        self.sheet_status.setText(message)
        self.sheet_status.show()

    def forget(self) -> None:
        self._key = ""
        self.key_label.clear()

    def _finish(self) -> None:
        self.forget()
        self.done.emit()
