"""Saving when the session ends: SIGTERM and SIGHUP, the session manager's commit-data request, and
an encrypted rescue copy when the vault's own file cannot be written.

A Python signal handler cannot touch Qt, so the signal number travels through a socket pair
(``signal.set_wakeup_fd``) to a ``QSocketNotifier``, whose slot runs on the GUI thread and goes
through the application's normal save-and-quit.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSocketNotifier, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.ui.kit.app_data import app_data_folder
from coachdesk.vault import VaultError

if TYPE_CHECKING:
    from coachdesk.vault import Vault

RESCUE_KEY = "rescue/last_copy"  # the rescue file's path, and nothing else
HANDLED_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class ShutdownSignals(QObject):
    """Calls ``on_signal`` on the GUI thread when the process gets SIGTERM or SIGHUP.

    ``uninstall`` (or deleting the object) puts the previous handlers back.
    """

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _note) for number in HANDLED_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._installed = True

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            received = self._reader.recv(64)
            if any(number in received for number in HANDLED_SIGNALS):
                self._on_signal()

    def uninstall(self) -> None:
        if not self._installed:
            return
        self._installed = False
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note(_number: int, _frame: object) -> None:
    """The Python-level handler: nothing to do, the wakeup socket already carries the signal."""


def rescue_folder() -> Path:
    """Where rescue copies go when the vault's own folder cannot be written."""
    return app_data_folder() / "rescue"


def write_rescue_copy(vault: Vault, settings: QSettings, now: datetime | None = None) -> Path | None:
    """Write an encrypted copy of ``vault`` as it is in memory, beside the vault or in the app-data
    folder, and note its path for the next start; None if neither place could take it."""
    moment = now or datetime.now()
    stem = QCoreApplication.translate("Shutdown", "{name} rescue {moment}").format(
        name=vault.path.stem, moment=f"{moment:%Y-%m-%d %H-%M-%S}"
    )
    for folder in (vault.real_path.parent, rescue_folder()):
        target = folder / f"{stem}{vault.path.suffix}"
        number = 1
        while target.exists():  # a second rescue within the same second
            number += 1
            target = folder / f"{stem} {number}{vault.path.suffix}"
        try:
            copy = vault.save_copy(target)
        except VaultError:
            continue
        settings.setValue(RESCUE_KEY, str(copy))
        settings.sync()
        return copy
    return None


def forget_rescue_note(settings: QSettings) -> None:
    """The rescue copy is no longer needed: say nothing of it at the next start."""
    settings.remove(RESCUE_KEY)
    settings.sync()


def take_rescue_note(settings: QSettings) -> Path | None:
    """The rescue copy noted at the last shutdown (forgotten once taken), if its file is still there."""
    value = settings.value(RESCUE_KEY)
    if not value:
        return None
    settings.remove(RESCUE_KEY)
    path = Path(str(value))
    return path if path.exists() else None


def show_rescue_note(parent: QWidget, settings: QSettings) -> QMessageBox | None:
    """At start: say where the rescue copy written at the last shutdown is (without blocking)."""
    copy = take_rescue_note(settings)
    if copy is None:
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Shutdown", "A rescue copy was saved"))
    box.setText(
        QCoreApplication.translate(
            "Shutdown",
            "When CoachDesk last closed, the vault file could not be written, so the latest "
            "changes were saved in an encrypted rescue copy:\n\n%1\n\nIt opens with the same "
            "passphrase and recovery key. Open it to go on with those changes.",
        ).replace("%1", str(copy))
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


class Saving(Protocol):
    """What ``SessionEnd`` needs of the app controller."""

    def save_or_rescue(self) -> Path | None: ...

    def shut_down(self) -> None: ...


class SessionEnd(QObject):
    """Saves through ``controller`` when the desktop session ends or the process is told to stop.

    SIGTERM and SIGHUP save (or write a rescue copy) and quit without asking; the session
    manager's commit-data request (logout, shutdown) saves the same way and leaves quitting to
    it; a quit by any other route saves once more on ``aboutToQuit``.
    """

    def __init__(self, controller: Saving, parent: QObject | None = None, *, signals: bool = True) -> None:
        super().__init__(parent)
        self._controller = controller
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.commit_data)
            app.aboutToQuit.connect(self.commit_data)
        self.signals = ShutdownSignals(controller.shut_down, self) if signals else None

    def commit_data(self, _manager: object = None) -> None:
        self._controller.save_or_rescue()
