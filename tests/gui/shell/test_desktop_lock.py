"""The screen locking (a screensaver's D-Bus signal) is noticed, on a private session bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Slot
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.desktop_lock import ScreenLockWatcher
from tests.gui.shell.conftest import WAIT_MS


class HeardWatcher(ScreenLockWatcher):
    """Notes every ActiveChanged it hears, so a test knows when a message has arrived."""

    def __init__(self, *, bus: QDBusConnection) -> None:
        self.heard: list[bool] = []
        super().__init__(bus=bus)

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        self.heard.append(active)
        super().screensaver_changed(active)


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is installed by packaging/debian-packages.sh --test"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=5)
        process.stdout.close()


def _send(address: str, path: str, interface: str, active: bool) -> None:
    subprocess.run(
        [
            "dbus-send",
            f"--bus={address}",
            "--type=signal",
            path,
            f"{interface}.ActiveChanged",
            f"boolean:{'true' if active else 'false'}",
        ],
        check=True,
    )


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_screensaver_activation_reports_a_screen_lock(
    qtbot: QtBot, private_bus: str, path: str, interface: str
) -> None:
    bus = QDBusConnection.connectToBus(private_bus, f"test-{interface}")
    watcher = HeardWatcher(bus=bus)
    assert watcher.listening
    locked: list[bool] = []
    watcher.screen_locked.connect(lambda: locked.append(True))
    _send(private_bus, path, interface, False)
    with qtbot.waitSignal(watcher.screen_locked, timeout=WAIT_MS):
        _send(private_bus, path, interface, True)
    qtbot.waitUntil(lambda: watcher.heard == [False, True], timeout=WAIT_MS)  # both arrived, in order
    assert locked == [True]  # the screensaver going off locks nothing
    QDBusConnection.disconnectFromBus(f"test-{interface}")
