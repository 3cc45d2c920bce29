"""The page that shows a new vault's recovery key once, and saves the printable recovery sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.ui.kit.widgets import heading, page, paragraph

PDF_FILTER = "PDF documents (*.pdf)"


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
        self.print_sheet = QPushButton("Print recovery sheet…")
        self.print_sheet.setToolTip("Save a one-page PDF with the key and how to use it, to print")
        self.print_sheet.clicked.connect(self.save_sheet)
        self.sheet_status = paragraph("")
        self.stored_check = QCheckBox("I have stored the recovery key somewhere safe")
        self.continue_button = QPushButton("Continue")
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            page(
                heading("Your recovery key"),
                paragraph(
                    "If you ever forget your passphrase, this key opens the vault. It is shown only "
                    "now. Write it down or print it, and keep it apart from this computer."
                ),
                self.key_label,
                self.sheet_status,
                self.stored_check,
                buttons=[self.print_sheet, self.continue_button],
            )
        )

    def show_key(self, vault_path: Path, key: str) -> None:
        self.vault_path, self._key = vault_path, key
        self.key_label.setText(key)
        self.stored_check.setChecked(False)
        self.sheet_status.hide()

    def save_sheet(self) -> None:
        """Write the recovery sheet PDF where the coach chooses, to print it."""
        from coachdesk.documents.files import write_file_atomically
        from coachdesk.documents.recovery_sheet import RecoverySheet

        start = str(self.vault_path.with_name(f"{self.vault_path.stem} recovery sheet.pdf"))
        chosen = self.choose_save_path(self, "Save the recovery sheet", start, PDF_FILTER)
        if not chosen:
            return
        sheet = RecoverySheet(self.vault_path.name, self._key, date.today())
        try:
            write_file_atomically(Path(chosen), sheet.render())
        except OSError as error:
            self.sheet_status.setText(f"The sheet could not be saved: {error.strerror}.")
        else:
            self.sheet_status.setText(
                f"Saved to {chosen}. Print it, then delete the file: the key belongs on paper."
            )
        self.sheet_status.show()

    def forget(self) -> None:
        self._key = ""
        self.key_label.clear()

    def _finish(self) -> None:
        self.forget()
        self.done.emit()
