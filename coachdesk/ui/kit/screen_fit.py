"""Windows and dialogs open inside the screen: shrunk to the room there is, then moved into view."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget


def fitted(frame: QRect, available: QRect, minimum: QSize | None = None) -> QRect:
    """``frame`` (a window with its title bar and borders) made no larger than ``available`` (never
    below ``minimum``) and moved the least so that it lies inside it; the top-left corner stays on
    the screen when even the smallest window is larger than it."""
    low = minimum or QSize(0, 0)
    width = max(min(frame.width(), available.width()), min(low.width(), frame.width()))
    height = max(min(frame.height(), available.height()), min(low.height(), frame.height()))
    x = max(available.left(), min(frame.left(), available.left() + available.width() - width))
    y = max(available.top(), min(frame.top(), available.top() + available.height() - height))
    return QRect(x, y, width, height)


def available_geometry(widget: QWidget) -> QRect | None:
    """The usable part of the screen the widget is on (Qt falls back to the primary screen)."""
    screen: QScreen | None = widget.screen()  # None while the application has no screen at all
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, available: QRect | None = None) -> bool:
    """Shrink and move the top-level ``widget`` so it lies within the available screen geometry.

    Returns whether it had to change. ``available`` defaults to the widget's screen.
    """
    area = available if available is not None else available_geometry(widget)
    if area is None or area.isEmpty() or not widget.isWindow():
        return False
    frame = widget.frameGeometry()
    extra = frame.size() - widget.size()  # title bar and borders
    minimum = widget.minimumSize() + extra
    target = fitted(frame, area, minimum)
    if target == frame:
        return False
    if target.size() != frame.size():
        widget.resize(target.size() - extra)
    widget.move(target.topLeft())
    return True


def fit_shown_window(widget: QWidget) -> bool:
    """``fit_to_screen`` for a window or dialog being shown (from a Show event); menus, tooltips and
    other popups place themselves and are left alone."""
    if not widget.isWindow() or widget.windowType() not in _WINDOWS:
        return False
    return fit_to_screen(widget)


_WINDOWS = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


# The first main window takes this share of the screen, up to a size that reads comfortably.
FIRST_WINDOW_SHARE = 0.9
COMFORTABLE_WINDOW = QSize(1600, 1000)
FALLBACK_WINDOW = QSize(1100, 720)  # with no screen to measure


def first_window_size(available: QRect | None) -> QSize:
    """The size of a main window opened for the first time on a screen with ``available`` room:
    nine tenths of it, no larger than :data:`COMFORTABLE_WINDOW`, never larger than the room."""
    if available is None or available.isEmpty():
        return FALLBACK_WINDOW
    width = min(round(available.width() * FIRST_WINDOW_SHARE), COMFORTABLE_WINDOW.width())
    height = min(round(available.height() * FIRST_WINDOW_SHARE), COMFORTABLE_WINDOW.height())
    return QSize(min(width, available.width()), min(height, available.height()))


def resize_within_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` (a window or dialog) to ``width`` x ``height``, or less where its screen's
    available area is smaller (leaving room for a title bar); returns the size given."""
    area = available_geometry(widget)
    size = QSize(width, height)
    if area is not None and not area.isEmpty():
        room = area.size() - _DECORATION
        size = QSize(max(min(width, room.width()), 1), max(min(height, room.height()), 1))
    widget.resize(size)
    return size


_DECORATION = QSize(8, 40)  # a title bar and borders, before the window manager has told us
