"""Tells when the screen locks (the screensaver's D-Bus signal), where the desktop says so."""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

# (object path, interface) of the screensavers that announce ActiveChanged(bool). The sender
# is not filtered: screensavers differ in the name they own, and a false alarm only locks.
_SCREENSAVERS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
]


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the screen locks; silent where no session bus is available."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None, *, bus: object | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus (Windows, macOS)
            return
        connection = bus if isinstance(bus, QDBusConnection) else QDBusConnection.sessionBus()
        if not connection.isConnected():
            return
        for path, interface in _SCREENSAVERS:
            if connection.connect(  # type: ignore[call-overload]
                "", path, interface, "ActiveChanged", self, SLOT("screensaver_changed(bool)")
            ):
                self.listening = True

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
