"""Which vault the app opens at start: the one last unlocked or restored, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LAST_VAULT_KEY = "vault/last_path"


def remember_vault(settings: QSettings, path: Path) -> None:
    """Open the vault at ``path`` next time (a file path only; nothing about its contents)."""
    settings.setValue(LAST_VAULT_KEY, str(path.absolute()))


def remembered_vault(settings: QSettings) -> Path | None:
    """The vault last unlocked or restored, if it is still there."""
    value = settings.value(LAST_VAULT_KEY)
    if not isinstance(value, str) or not value:
        return None
    path = Path(value)
    return path if path.is_file() else None
