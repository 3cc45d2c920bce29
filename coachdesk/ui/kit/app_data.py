"""CoachDesk's per-user data folder (``~/.local/share/CoachDesk`` on Linux), where the vault lives by
default and rescue copies go when the vault's own folder cannot be written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

DEFAULT_VAULT_NAME = "practice.coachdesk"


def _qt_app_data() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) if folder else Path.home() / ".coachdesk"


def app_data_folder() -> Path:
    """The platform's application-data folder for CoachDesk, one level deep.

    Qt names it <organisation>/<application>; both names are "CoachDesk", which would give
    ``~/.local/share/CoachDesk/CoachDesk``. One "CoachDesk" is enough, and keeps the settings (which
    use the same names) where they are.
    """
    folder = _qt_app_data()
    return folder.parent if folder.name == folder.parent.name else folder


def default_vault_path() -> Path:
    """``practice.coachdesk`` in the application-data folder; a vault already kept in the two-level
    folder of earlier versions stays where it is and is found there (nothing is moved)."""
    folder = _qt_app_data()
    earlier = folder / DEFAULT_VAULT_NAME
    current = app_data_folder() / DEFAULT_VAULT_NAME
    if earlier != current and earlier.exists() and not current.exists():
        return earlier
    return current
