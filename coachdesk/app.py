"""Wires the application together: Qt application object, settings, default vault, the controller."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

DEMO_PASSPHRASE = "demo practice passphrase"  # noqa: S105 (shown on screen: fictional data)
APP_ID = "org.coachdesk.CoachDesk"  # the desktop file's name (packaging/linux), so the desktop finds the icon


def app_icon() -> QIcon:
    """CoachDesk's icon (resources/icons/coachdesk.svg), the window icon of every window."""
    from PySide6.QtGui import QIcon

    from coachdesk.resources import resource_path

    return QIcon(str(resource_path("icons", "coachdesk.svg")))


def default_vault_path() -> Path:
    """``practice.coachdesk`` in the platform's per-user application data folder
    (``~/.local/share/CoachDesk`` on Linux)."""
    from coachdesk.ui.kit.app_data import default_vault_path as in_app_data

    return in_app_data()


def run_app(vault_path: Path | None = None, *, demo: bool = False) -> int:
    """Show the create/unlock window and run the event loop until the coach quits.

    The window shows before the database libraries load (SQLAlchemy, SQLModel, the practice's
    tables: half a second); they load behind it while the coach types (``AppController.start``).
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from coachdesk import __version__
    from coachdesk.ui.kit.translation import start_chosen_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("CoachDesk")
    QApplication.setOrganizationName("CoachDesk")
    # Before any window: the language (setting, COACHDESK_LANGUAGE or the system) and its locale,
    # en_GB under C/POSIX so that dates read "05/12/2026", not "5 12 2026".
    start_chosen_language(app, QSettings())
    QApplication.setApplicationVersion(__version__)
    QApplication.setStyle("Fusion")
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    demo_folder = None
    if demo:
        from PySide6.QtWidgets import QMessageBox

        from coachdesk.ui.shell.demo_build import build_demo_vault

        demo_folder = Path(tempfile.mkdtemp(prefix="coachdesk-demo-"))
        vault_path = demo_folder / "demo practice.coachdesk"
        error = build_demo_vault(vault_path, DEMO_PASSPHRASE)  # a progress window shows meanwhile
        if error is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
            QMessageBox.critical(None, "CoachDesk demo", f"The demo practice could not be built: {error}")
            return 1

    from coachdesk.ui.kit.file_dialogs import forget_file_dialog_history
    from coachdesk.ui.shell.app_controller import AppController

    forget_file_dialog_history()  # folders an older version or another Qt program left there

    from coachdesk.ui.unlock.last_vault import remembered_vault

    settings = QSettings()
    controller = AppController(
        (vault_path or remembered_vault(settings) or default_vault_path()).absolute(),
        settings,
        demo_passphrase=DEMO_PASSPHRASE if demo else "",
    )
    controller.start()
    controller.handle_session_end()
    try:
        return app.exec()
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
