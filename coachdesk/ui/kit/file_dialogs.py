"""The file dialogs: the system's own, but leaving no folder (and so no client's name) in Qt's settings.

Qt's file dialog writes the folders it visited to its own settings file (``QtProject.conf`` on
Linux) when it closes. A folder named after a client would then sit in plain text outside the
vault. Every dialog here is pointed back at a neutral folder and cleared of its history before it
closes, and what Qt keeps of file dialogs is removed from its settings afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coachdesk.services.errors import ValidationError
from coachdesk.services.export_target import check_export_target

# What Qt's file dialog keeps between runs (Qt 6, and Qt 5's single state value).
_QT_KEYS = ("FileDialog/history", "FileDialog/lastVisited", "Qt/filedialog")


def neutral_folder() -> Path:
    """Where a dialog opens and what it leaves behind: the documents folder, or the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembered, from its settings file."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_KEYS:
        settings.remove(key)
    settings.sync()


def _run(dialog: QFileDialog) -> list[str]:
    try:
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(str(neutral_folder()))
        shiboken6.delete(dialog)  # writes Qt's settings now, with nothing in them to hide
        forget_file_dialog_history()
    return chosen


def save_file_name(
    parent: QWidget | None,
    caption: str,
    suggested: str,
    file_filter: str,
    *,
    export: bool = False,
    vaults: Iterable[Path] = (),
) -> str:
    """A path to save to, '' when cancelled. ``suggested`` is a full path or a bare file name.

    The place is checked before anything is asked about replacing it: an ``export`` gets the
    suggested name's ending and is never the vault, its lock or backups (``check_export_target``,
    with the open ``vaults``); a refused choice says why and the dialog opens again. Replacing an
    existing file is asked once, by this function, with "No" as the default.
    """
    start = Path(suggested) if Path(suggested).is_absolute() else neutral_folder() / suggested
    suffix = start.suffix.lower()
    while True:
        dialog = QFileDialog(parent, caption, str(start), file_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.selectFile(start.name)
        chosen = _run(dialog)
        if not chosen:
            return ""
        path = start = Path(chosen[0])
        if export:
            try:
                check_export_target(path, [], vaults)  # the file as chosen: never a vault, with any ending
                if suffix and path.suffix.lower() != suffix:
                    path = path.with_name(f"{path.name}{suffix}")
                check_export_target(path, [suffix] if suffix else [], vaults)
            except ValidationError as refused:
                QMessageBox.warning(
                    parent, QCoreApplication.translate("FileDialogs", "Choose another file"), refused.message
                )
                continue
        if not path.exists() or _replace(parent, path):
            return str(path)


def _replace(parent: QWidget | None, path: Path) -> bool:
    question = QCoreApplication.translate(
        "FileDialogs", "“{name}” already exists in {folder}. Replace it?"
    ).format(name=path.name, folder=path.parent)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FileDialogs", "Replace the file?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_file_name(parent: QWidget | None, caption: str, start: str, file_filter: str) -> str:
    """An existing file to open, '' when cancelled."""
    dialog = QFileDialog(parent, caption, start or str(neutral_folder()), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """An existing folder, '' when cancelled."""
    dialog = QFileDialog(parent, caption, start or str(neutral_folder()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
