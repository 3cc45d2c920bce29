"""The page shown for a damaged vault: its backups with what each holds, one restored to a new file."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from coachdesk.services.vault_access import BackupSummary
from coachdesk.ui.kit.widgets import error_label, heading, page, paragraph, show_error

if TYPE_CHECKING:
    from coachdesk.vault import Backup


def vault_filter() -> str:
    """The file dialogs' filter for vault files, its words in the coach's language."""
    return QCoreApplication.translate("VaultFiles", "CoachDesk vaults ({pattern});;All files (*)").format(
        pattern="*.coachdesk"
    )


# Technical reasons from the vault, said the way a coach would say them.
_PLAIN = (
    ("its contents fail authentication", "its contents no longer match what was saved"),
    ("its header checksum does not match", "its first bytes are damaged"),
    ("its key slots are inconsistent", "the part that holds its keys is damaged"),
    ("a key slot is of an unknown kind", "the part that holds its keys is damaged"),
    ("a key slot names the wrong key derivation", "the part that holds its keys is damaged"),
    ("its header has unknown flags set", "its first bytes are damaged"),
    ("its header has an impossible length", "its first bytes are damaged"),
    ("it ends inside the header", "it was cut short"),
)
_ADVICE = re.compile(r"\s*Open one of its backups( instead)?\.")


def _english_plural(found: str, n: int) -> str:
    """An untranslated English plural written out ("1 client", "2 clients")."""
    return found.replace("(s)", "s" if n != 1 else "")


def plain_reason(message: str, *, has_backups: bool) -> str:
    """The vault's reason without jargon, and with advice that fits: backups only if there are some."""
    for technical, plain in _PLAIN:
        message = message.replace(technical, plain)
    message = _ADVICE.sub("", message).strip()
    if has_backups:
        return (
            message
            + " "
            + QCoreApplication.translate("DamagedVaultPage", "Choose one of its backups below to restore.")
        )
    return (
        message
        + " "
        + QCoreApplication.translate(
            "DamagedVaultPage",
            "No backups were found beside it. If you keep a copy elsewhere (another drive, a "
            "backup you made with File → Back up now), go back and open that copy.",
        )
    )


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    day = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    return f"{day}, {local:%H:%M}"


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class DamagedVaultPage(QWidget):
    """Lists the damaged vault's backups; asks to restore the chosen one to a new file, never over one."""

    restore_requested = Signal(object, object)  # backup path, new file's path
    back = Signal()

    def __init__(self, choose_save_path: Callable[[QWidget, str, str, str], str]) -> None:
        super().__init__()
        self.choose_save_path = choose_save_path
        self.vault_path = Path()
        self.message = error_label()
        self.explanation = paragraph(
            self.tr(
                "Restoring a backup writes it to a new file of your choice, which opens with the same "
                "passphrase; nothing is overwritten. The damaged file is then renamed to say so and "
                "kept, and CoachDesk opens the restored one from then on."
            )
        )
        self.backup_list = QListWidget()
        self.backup_list.setAlternatingRowColors(True)
        self.backup_list.setWordWrap(True)
        self.backup_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.backup_list.setMinimumHeight(300)
        self.restore_button = QPushButton(self.tr("Restore selected backup to a new file…"))
        self.restore_button.clicked.connect(self._restore)
        self.backup_list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        self.list_label = QLabel(self.tr("Backups, newest first:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            page(
                heading(self.tr("This vault cannot be opened")),
                self.message,
                self.explanation,
                self.list_label,
                self.backup_list,
                buttons=[back, self.restore_button],
            )
        )

    def show_for(self, vault_path: Path, message: str, backups: Sequence[Backup | BackupSummary]) -> None:
        """Fill the page for ``vault_path``, which failed to open with ``message``, and its ``backups``."""
        self.vault_path = vault_path
        show_error(self.message, plain_reason(message, has_backups=bool(backups)))
        for widget in (self.explanation, self.list_label, self.backup_list, self.restore_button):
            widget.setVisible(bool(backups))
        self.show_backups(backups)

    def show_backups(self, backups: Sequence[Backup | BackupSummary]) -> None:
        """List ``backups``: plain ones by date and size, summaries with what each holds."""
        selected = self.backup_list.currentRow()
        self.backup_list.clear()
        for backup in backups:
            item = QListWidgetItem(self.describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        if 0 <= selected < self.backup_list.count():
            self.backup_list.setCurrentRow(selected)
        self.restore_button.setEnabled(self.backup_list.currentRow() >= 0)

    def describe(self, backup: Backup | BackupSummary) -> str:
        """One line per backup: when, how big, and (once read) what it holds."""
        text = (
            self.tr("Saved %1 · %2").replace("%1", _when(backup.saved_at)).replace("%2", _size(backup.size))
        )
        if backup.label == "before-upgrade":
            text += " " + self.tr("(kept before an upgrade)")
        if not isinstance(backup, BackupSummary):
            return text + "\n" + self.tr("Reading what it holds…")
        if not backup.opened:
            return text + "\n" + self.tr("Could not be opened with what you typed: it may be damaged too.")
        if backup.empty:
            return text + "\n" + self.tr("Empty: from before any data was entered")
        clients = _english_plural(self.tr("%n client(s)", "", backup.clients), backup.clients)
        sessions = _english_plural(
            self.tr("%n session(s)", "", backup.sessions),
            backup.sessions,
        )
        details = self.tr("{clients}, {sessions}").format(clients=clients, sessions=sessions)
        last_change = backup.last_change
        if last_change is not None:
            details += " · " + self.tr("last change %1").replace("%1", _when(last_change))
        return text + "\n" + details

    def _restore(self) -> None:
        item = self.backup_list.currentItem()
        source = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not source:
            return
        start = str(
            self.vault_path.with_name(
                self.tr("{name} restored").format(name=self.vault_path.stem) + ".coachdesk"
            )
        )
        chosen = self.choose_save_path(self, self.tr("Restore the backup as"), start, vault_filter())
        if not chosen:
            return
        self.restore_requested.emit(Path(source), Path(chosen))

    def show_problem(self, message: str) -> None:
        """Say what went wrong (a backup not restored) in the page's message."""
        show_error(self.message, message)
