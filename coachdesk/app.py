"""Wires the application together: Qt application object, default vault location, first window."""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_VAULT_NAME = "practice.coachdesk"


def default_vault_path() -> Path:
    """``practice.coachdesk`` in the platform's per-user application data folder."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEFAULT_VAULT_NAME


def run_app(vault_path: Path | None = None) -> int:
    """Show the create/unlock window and run the event loop until the window closes."""
    from PySide6.QtWidgets import QApplication

    from coachdesk import __version__
    from coachdesk.ui.unlock_window import UnlockWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("CoachDesk")
    QApplication.setApplicationVersion(__version__)
    QApplication.setStyle("Fusion")
    window = UnlockWindow((vault_path or default_vault_path()).absolute())
    window.show()
    return app.exec()
