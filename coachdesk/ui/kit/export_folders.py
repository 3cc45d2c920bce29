"""The folder each kind of export (agreements, letters, sponsor reports, hours log, calendar…) was last
saved in, so the next save of that kind opens there.

Kept in memory for the running session only, and forgotten on lock: never in the settings file. A
folder a coach named after a client ("Clients/Zoë Ørsted") is client data, and the settings file lies
unencrypted outside the vault (DESIGN.md: QSettings holds UI state only).
"""

from __future__ import annotations

from pathlib import Path

from coachdesk.ui.kit.file_dialogs import neutral_folder


class ExportFolders:
    """Per kind of export, the folder last saved in; the documents folder for a kind not saved yet."""

    def __init__(self) -> None:
        self._folders: dict[str, Path] = {}

    def folder(self, kind: str) -> Path:
        return self._folders.get(kind) or neutral_folder()

    def remember(self, kind: str, folder: Path) -> None:
        self._folders[kind] = folder

    def forget(self) -> None:
        """Forget every folder (on lock)."""
        self._folders.clear()
