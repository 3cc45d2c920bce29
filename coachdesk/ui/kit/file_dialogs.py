"""The file dialogs: the system's own, but leaving no folder (and so no client's name) in Qt's settings.

Qt's file dialog writes the folders it visited to its own settings file (``QtProject.conf`` on
Linux) when it closes. A folder named after a client would then sit in plain text outside the
vault. Every dialog here is pointed back at a neutral folder and cleared of its history before it
closes, and what Qt keeps of file dialogs is removed from its settings afterwards.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

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


def save_file_name(parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str:
    """A path to save to, '' when cancelled. ``suggested`` is a full path or a bare file name."""
    start = Path(suggested) if Path(suggested).is_absolute() else neutral_folder() / suggested
    dialog = QFileDialog(parent, caption, str(start), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(start.name)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


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
