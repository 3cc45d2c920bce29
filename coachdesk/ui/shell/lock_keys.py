"""Ctrl+L locks from anywhere in the app: the main window, or any dialog open on top of it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

_KEYS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress})


class LockKeys(QObject):
    """Watches every key press in the application for the lock action's keys.

    A window shortcut does not reach the main window while a modal dialog (the session editor,
    say) has focus, and Qt's application-wide shortcuts are blocked by modal dialogs too; this
    filter sees the key first wherever focus is, and triggers the action itself.
    """

    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # once: every event of the app passes here
        if kind not in _KEYS:
            return False
        if not isinstance(event, QKeyEvent) or event.isAutoRepeat():
            return False
        if not (self._action.isEnabled() and self._matches(event)):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self._action.trigger()
        return True

    def _matches(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
            for keys in self._action.shortcuts()
        )
