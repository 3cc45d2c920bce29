"""The self-test's window checks, offscreen: icons, the unlock window, unlocking into the main window.

A check that does not hold raises ``WindowCheckFailed`` saying what failed; the self-test
(``coachdesk.self_test``, above the UI) calls these and reports them as its steps.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSettings, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

UNLOCK_TIMEOUT_SECONDS = 60


class WindowCheckFailed(Exception):
    """A window check did not hold; the message says which."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise WindowCheckFailed(message)


def _application() -> QApplication:
    """The running application, or a new one on Qt's offscreen platform: the self-test needs no display."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep the offscreen platform's notes ("does not support propagateSizeHints") out of the report."""
    previous = qInstallMessageHandler(lambda *_message: None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _platforms() -> list[str]:
    """Names of the Qt platform plugins this installation ships (xcb, wayland, offscreen ...)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    stems = (path.name.split(".")[0] for path in folder.glob("*q*"))
    return sorted(stem.removeprefix("lib").removeprefix("q") for stem in stems)


def check_unlock_window(vault_path: Path, app_icon: Callable[[], QIcon]) -> str:
    """``app_icon()`` and the icon font draw, the unlock window shows, Qt's platform plugins exist."""
    from coachdesk.ui.kit import icons
    from coachdesk.ui.unlock.unlock_window import UnlockWindow

    app = _application()
    with _quiet():
        drawn = app_icon().pixmap(64, 64).toImage()
        _check(
            not drawn.isNull() and drawn.pixelColor(32, 32).alpha() == 255, "the app icon (SVG) did not draw"
        )
        _check(icons.available(), "the icon font (qtawesome) is missing")
        _check(not icons.icon("lock").pixmap(32, 32).isNull(), "the icon font did not draw")
        window = UnlockWindow(vault_path)
        window.show()
        app.processEvents()
        shown = window.isVisible() and not window.grab().isNull()
        window.close()
        window.deleteLater()
        app.processEvents()
    _check(shown, "the unlock window did not show")
    platforms = _platforms()
    if sys.platform.startswith("linux"):
        missing = {"xcb", "wayland"} - set(platforms)
        _check(not missing, f"Qt's {' and '.join(sorted(missing))} platform plugins are missing")
    return f"opens offscreen with the app icon and the icon font; Qt platforms: {', '.join(platforms)}"


def check_main_window(vault_path: Path, passphrase: str, settings_path: Path) -> str:
    """The passphrase typed into the unlock window opens the main window; quitting saves, closes the vault."""
    from coachdesk.ui.shell.app_controller import AppController

    app = _application()
    with _quiet():
        controller = AppController(vault_path, QSettings(str(settings_path), QSettings.Format.IniFormat))
        controller.start()
        controller.unlock_window.passphrase.setText(passphrase)
        start = time.monotonic()
        controller.unlock_window.unlock_button.click()
        while controller.vault is None and time.monotonic() - start < UNLOCK_TIMEOUT_SECONDS:
            app.processEvents()
            time.sleep(0.005)
        unlocked_ms = (time.monotonic() - start) * 1000
        if controller.vault is None:
            controller.wait_for_work()
            controller.unlock_window.close()
            raise WindowCheckFailed(
                f"the vault did not unlock through the window within {UNLOCK_TIMEOUT_SECONDS} s"
            )
        window = controller.main_window
        app.processEvents()
        shown = window.isVisible() and not window.grab().isNull()
        closed = controller.quit()
        app.processEvents()
    _check(shown, "the main window did not show")
    _check(closed and controller.vault is None, "quitting did not save and close the vault")
    return f"the passphrase opens the main window ({unlocked_ms:.0f} ms); quitting saves and closes the vault"
