"""Reports ▸ Credentials ▸ Application pack…: a folder, a recipient, then the pack written and recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.domain import OWN_USE
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit import recipient_dialog
from coachdesk.ui.kit.file_dialogs import existing_folder
from coachdesk.ui.reports.parts import show_problem

if TYPE_CHECKING:
    from coachdesk.services.application_pack import PackExport
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import DbFactory


def pack_folder(chosen: Path, today: date) -> Path:
    """The chosen folder when it is empty, else a new dated folder inside it (never one in use)."""
    if not chosen.is_dir() or not any(chosen.iterdir()):
        return chosen  # new, empty, or not a folder (which the export then refuses, saying so)
    base = f"credential-application-{today.isoformat()}"
    candidate, number = chosen / base, 2
    while candidate.exists():
        candidate, number = chosen / f"{base}-{number}", number + 1
    return candidate


def show_information(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


class ApplicationPackFlow:
    """Asks where and for whom, writes the pack, says what was written (dialogs replaceable in tests)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.choose_folder: Callable[[QWidget | None, str], str] = existing_folder
        self.ask_recipient: Callable[[QWidget | None, str, str], recipient_dialog.Recipient | None] = (
            recipient_dialog.ask_recipient
        )
        self.show_result: Callable[[QWidget | None, str, str], None] = show_information
        self.report_error: Callable[[QWidget | None, str, str], None] = show_problem
        self.vaults: Callable[[], tuple[Path, ...]] = tuple

    def run(self, open_db: DbFactory, today: date, zone: tzinfo) -> Changes | None:
        """The changes to save (the ledger entries), or None when cancelled or refused (said why)."""
        from coachdesk.services.application_pack import export_application_pack

        chosen = self.choose_folder(
            self.parent,
            QCoreApplication.translate("ApplicationPack", "Choose where to save the application pack"),
        )
        if not chosen:
            return None
        recipient = self.ask_recipient(
            self.parent, QCoreApplication.translate("ApplicationPack", "Credential application pack"), OWN_USE
        )
        if recipient is None:
            return None
        folder = pack_folder(Path(chosen), today)
        title = QCoreApplication.translate("ApplicationPack", "The application pack was not saved")
        try:
            with open_db() as db:
                result = export_application_pack(
                    db, folder, today, zone=zone, vaults=self.vaults(), recipient=recipient.name
                )
        except ValidationError as error:
            self.report_error(self.parent, title, f"{folder}: {error.message}")
            return None
        except OSError as error:
            reason = error.strerror or str(error)
            message = QCoreApplication.translate(
                "ApplicationPack",
                "Could not write in {folder}: {reason}.\n\n"
                "Choose another folder, or check that you may write to it.",
            )
            self.report_error(self.parent, title, message.format(folder=folder, reason=reason))
            return None
        self.show_result(
            self.parent,
            QCoreApplication.translate("ApplicationPack", "Application pack saved"),
            self._summary(result),
        )
        return result.changes

    @staticmethod
    def _summary(result: PackExport) -> str:
        names = "\n".join(f"  {path.relative_to(result.folder)}" for path in result.files)
        return QCoreApplication.translate(
            "ApplicationPack", "Saved in {folder}:\n{names}\n\nEach file is recorded in Ethics ▸ Sent out."
        ).format(folder=result.folder, names=names)
