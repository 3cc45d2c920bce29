"""The page shown for a damaged vault: its backups with their dates, one chosen to restore to a new file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from coachdesk.ui.kit.widgets import error_label, heading, page, paragraph, show_error

if TYPE_CHECKING:
    from coachdesk.vault import Backup

VAULT_FILTER = "CoachDesk vaults (*.coachdesk);;All files (*)"


class DamagedVaultPage(QWidget):
    """Lists the damaged vault's backups; asks to restore the chosen one to a new file, never over one."""

    restore_requested = Signal(object, object)  # backup path, new file's path
    back = Signal()

    def __init__(self, choose_save_path: Callable[[QWidget, str, str, str], str]) -> None:
        super().__init__()
        self.choose_save_path = choose_save_path
        self.vault_path = Path()
        self.message = error_label()
        self.backup_list = QListWidget()
        self.restore_button = QPushButton("Restore selected backup to a new file…")
        self.restore_button.clicked.connect(self._restore)
        self.backup_list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        back = QPushButton("Back")
        back.clicked.connect(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            page(
                heading("This vault cannot be opened"),
                self.message,
                paragraph(
                    "Backups of earlier versions are kept beside the vault. Restoring one writes it "
                    "to a new file of your choice; nothing is overwritten. Open that file with the "
                    "same passphrase."
                ),
                self.backup_list,
                buttons=[back, self.restore_button],
            )
        )

    def show_for(self, vault_path: Path, message: str, backups: Sequence[Backup]) -> None:
        """Fill the page for ``vault_path``, which failed to open with ``message``, and its ``backups``."""
        self.vault_path = vault_path
        show_error(self.message, message)
        self.backup_list.clear()
        locale = QLocale()
        for backup in backups:
            when = backup.saved_at.astimezone()
            day = QDate(when.year, when.month, when.day)
            text = f"Saved {locale.toString(day, QLocale.FormatType.LongFormat)} at {when:%H:%M:%S}"
            if backup.label == "before-upgrade":
                text += " (kept before an upgrade)"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        if not self.backup_list.count():
            self.backup_list.addItem("No backups were found beside this vault.")
        self.backup_list.setEnabled(bool(backups))
        self.restore_button.setEnabled(False)

    def _restore(self) -> None:
        item = self.backup_list.currentItem()
        source = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not source:
            return
        start = str(self.vault_path.with_name(f"{self.vault_path.stem} restored.coachdesk"))
        chosen = self.choose_save_path(self, "Restore the backup as", start, VAULT_FILTER)
        if not chosen:
            return
        self.restore_requested.emit(Path(source), Path(chosen))

    def show_problem(self, message: str) -> None:
        """Say what went wrong (a backup not restored) in the page's message."""
        show_error(self.message, message)
