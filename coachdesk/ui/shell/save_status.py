"""The status bar's save indicator: "Saved 14:02", "Saving…", unsaved changes, or a visible error."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.ui.shell.autosave import AutoSaver, SaveKind, SaveState

# The same padding in every state, so the text does not jump when the state changes.
NORMAL_STYLE = "QLabel { padding: 1px 8px; }"
# White on red in light and dark palettes alike: a failed save must not be missed.
FAILED_STYLE = (
    "QLabel { color: white; background: #b3261e; padding: 1px 8px; border-radius: 3px; font-weight: 600; }"
)
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def local_time_text(when: datetime, now: datetime | None = None) -> str:
    """``when`` in local time, the locale's short format; with the date too unless it is today."""
    moment = QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000)).toLocalTime()
    today = (QDateTime.currentDateTime() if now is None else _qt(now)).toLocalTime().date()
    locale = QLocale()
    if moment.date() == today:
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


class SaveStatusLabel(QLabel):
    """Shows a ``SaveState``; when the save failed it stands out and emits ``clicked`` when clicked."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._state = SaveState(SaveKind.UNSAVED)
        self.set_state(self._state)

    @property
    def state(self) -> SaveState:
        return self._state

    def follow(self, saver: AutoSaver) -> None:
        """Show ``saver``'s state now and whenever it changes."""
        saver.state_changed.connect(self.set_state)
        self.set_state(saver.state)

    def set_state(self, state: SaveState) -> None:
        self._state = state
        failed = state.kind is SaveKind.FAILED
        self.setText(self.text_for(state))
        self.setToolTip(self._tooltip_for(state))
        self.setAccessibleName(self.tr("Save status"))
        self.setAccessibleDescription(state.message if failed else self.text())
        self.setStyleSheet(FAILED_STYLE if failed else NORMAL_STYLE)
        if failed:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            self.unsetCursor()
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def text_for(self, state: SaveState) -> str:
        if state.kind is SaveKind.SAVED:
            if state.when is None:
                return self.tr("Saved")
            return self.tr("Saved %1").replace("%1", local_time_text(state.when))
        if state.kind is SaveKind.SAVING:
            return self.tr("Saving…")
        if state.kind is SaveKind.UNSAVED:
            return self.tr("Not saved yet") if state.when is None else self.tr("Unsaved changes")
        return self.tr("Not saved — click for details")

    def _tooltip_for(self, state: SaveState) -> str:
        if state.kind is SaveKind.FAILED:
            return state.message
        if state.kind is SaveKind.SAVED:
            return self.tr("Everything is saved in the encrypted vault file.")
        if state.kind is SaveKind.UNSAVED:
            return self.tr("Changes are saved automatically a moment after you stop typing.")
        return self.tr("Encrypting and writing the vault file.")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self._state.failed
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._state.failed and event.key() in _ACTIVATE_KEYS:
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)
