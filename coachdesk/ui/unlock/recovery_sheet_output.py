"""Puts a recovery sheet on paper (printed first) or in a PDF kept away from the vault it opens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk.ui.kit.pdf_print import (
    AskPrinter,
    PrintFailed,
    ask_printer,
    choose_printer_and_print,
    sheets_text,
)

__all__ = ["PDF_FILTER", "AskPrinter", "ask_printer", "print_sheet", "save_sheet", "too_close_to"]

PDF_FILTER = "PDF documents (*.pdf)"  # in English; ``pdf_filter()`` in the coach's language
# Folders that sync tools keep in step with other computers and the cloud.
SYNC_FOLDERS = (
    "dropbox",
    "onedrive",
    "nextcloud",
    "owncloud",
    "google drive",
    "icloud drive",
    "sync",
    "pcloud",
    "box",
)

# (parent, caption, suggested, filter) -> chosen path or "".
ChooseFile = Callable[[QWidget, str, str, str], str]


def pdf_filter() -> str:
    """The file dialog's filter for the sheet, its words in the coach's language."""
    return QCoreApplication.translate("RecoverySheet", "PDF documents ({pattern})").format(pattern="*.pdf")


def print_sheet(parent: QWidget, vault_name: str, key: str, *, ask: AskPrinter = ask_printer) -> str:
    """Print the pages of the sheet's PDF (so the paper matches the saved sheet) on a printer the coach
    chooses; the message to show, "" when cancelled. Nothing is written and nothing recorded: the key
    is not client data, and no file of it may linger."""
    from coachdesk.documents.recovery_sheet import TITLE, RecoverySheetData, RecoverySheetRenderer

    pdf = RecoverySheetRenderer(RecoverySheetData(vault_name, key, date.today())).render()
    try:
        printed = choose_printer_and_print(parent, pdf, TITLE, ask)
    except PrintFailed as error:
        return QCoreApplication.translate("RecoverySheet", "The sheet was not printed. %1").replace(
            "%1", error.message
        )
    if printed is None:
        return ""
    return sheets_text(printed)


def too_close_to(vault_path: Path, chosen: Path) -> str:
    """Why ``chosen`` is no place for the sheet of the vault at ``vault_path``; "" when it is fine.

    The sheet must not sit beside the vault (whoever has one has both), nor in the same sync
    folder, which copies both to the same places.
    """
    vault_folder, folder = vault_path.absolute().parent, chosen.absolute().parent
    if folder == vault_folder or folder.is_relative_to(
        vault_path.absolute().with_name(vault_path.name + "-backups")
    ):
        return QCoreApplication.translate(
            "RecoverySheet",
            "That is the vault's own folder: anyone who has the vault would have its key too. "
            "Choose another place, such as a USB stick you keep apart, or print the sheet.",
        )
    for part in vault_folder.parts:
        if part.lower() in SYNC_FOLDERS:
            root = Path(*vault_folder.parts[: vault_folder.parts.index(part) + 1])
            if folder.is_relative_to(root):
                return QCoreApplication.translate(
                    "RecoverySheet",
                    "The vault is in the sync folder “%1”, and so is that place: the key would be "
                    "copied wherever the vault is. Choose a place outside it, or print the sheet.",
                ).replace("%1", root.name)
    return ""


def save_sheet(parent: QWidget, choose: ChooseFile, vault_path: Path, key: str) -> str:
    """Ask where (starting in the documents folder), write the sheet PDF there, and say what happened.

    A place beside the vault or in its sync folder is refused. Returns the message to show, "" if
    the coach cancelled.
    """
    from coachdesk.documents.files import write_file_atomically
    from coachdesk.documents.recovery_sheet import RecoverySheetData, RecoverySheetRenderer

    # A bare name: the dialog opens in Documents.
    suggested = (
        QCoreApplication.translate("RecoverySheet", "{name} recovery sheet").format(name=vault_path.stem)
        + ".pdf"
    )
    chosen = choose(
        parent,
        QCoreApplication.translate("RecoverySheet", "Save the recovery sheet"),
        suggested,
        pdf_filter(),
    )
    if not chosen:
        return ""
    path = Path(chosen)
    refused = too_close_to(vault_path, path)
    if refused:
        return refused
    data = RecoverySheetData(vault_path.name, key, date.today())
    try:
        write_file_atomically(path, RecoverySheetRenderer(data).render())
    except OSError as error:
        return QCoreApplication.translate("RecoverySheet", "The sheet could not be saved: %1.").replace(
            "%1", error.strerror or str(error)
        )
    return QCoreApplication.translate(
        "RecoverySheet", "Saved to %1. Print it, then delete the file: the key belongs on paper."
    ).replace("%1", chosen)
