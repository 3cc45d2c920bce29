"""Every area and main dialog is usable on a 1024x700 screen: laid out offscreen, nothing needs more.

For each area (in the main window resized to the screen) and each main dialog (shown, so that it
sizes itself to the screen), the test fails when

- the window's minimum size, or a shown widget's, is larger than the window (widgets in a page that
  scrolls, a ``QScrollArea``, may be taller than the window, never wider);
- a shown button lies partly outside the window, or outside what encloses it (a splitter pane, a
  tab page); outside the viewport of its scroll area counts only when that page scrolls sideways;
- a page scrolls sideways at all (``QScrollArea``; tables and lists may scroll their columns).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.practice_windows import (
    AREA_NAMES,
    SMALL_SCREEN,
    each_tab,
    main_dialogs,
    open_demo_practice,
    settle,
    visible_widgets,
)


def _minimum(widget: QWidget) -> QSize:
    """The size below which the widget's layout cannot go (as its parent's layout sees it)."""
    hint = widget.minimumSizeHint()
    return QSize(
        widget.minimumWidth() or max(hint.width(), 0), widget.minimumHeight() or max(hint.height(), 0)
    )


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName() or text!r}"


def _visible_rect(button: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """The button's rectangle in window coordinates, and the part of the window enclosing it: each
    ancestor clips it; in a page that scrolls (a ``QScrollArea``) what lies below the fold is
    reached by scrolling, so there the page and what holds it clip only sideways, and the page's
    viewport only when it scrolls sideways."""
    rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    page = _scroll_area(button)
    endless = 1 << 20
    room = QRect(0, -endless, window.width(), 2 * endless) if page else QRect(QPoint(0, 0), window.size())
    outside_page = False
    parent = button.parentWidget()
    while parent is not None and parent is not window:
        box: QRect | None = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if page is not None and parent is page:
            outside_page = True
            viewport = parent.viewport()
            scrolls = parent.horizontalScrollBar().maximum() > 0
            box = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()) if scrolls else None
        elif page is not None and parent is page.viewport():
            box = None  # the page's own rectangle decides
        if box is not None and outside_page:
            box = QRect(box.left(), -endless, box.width(), 2 * endless)
        if box is not None:
            room = room.intersected(box)
        parent = parent.parentWidget()
    return rect, room


def layout_problems(window: QWidget) -> list[str]:
    """What does not fit in ``window`` as it is now laid out (see the module's docstring)."""
    problems = []
    size = window.size()
    if _minimum(window).width() > size.width() or _minimum(window).height() > size.height():
        problems.append(f"the window needs {_minimum(window).toTuple()}, more than {size.toTuple()}")
    for widget in visible_widgets(window)[1:]:
        if _in_item_view(widget) or widget.isWindow():
            continue
        needed = _minimum(widget)
        scrolls = _scroll_area(widget) is not None
        if needed.width() > size.width() or (needed.height() > size.height() and not scrolls):
            problems.append(f"{_name(widget)} needs {needed.toTuple()} in a {size.toTuple()} window")
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"{_name(widget)} scrolls sideways")
        if isinstance(widget, QAbstractButton):
            rect, room = _visible_rect(widget, window)
            if not room.contains(rect):
                problems.append(f"{_name(widget)} at {rect.getRect()} lies outside {room.getRect()}")
    return problems


@pytest.fixture
def practice(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppController:
    return open_demo_practice(qtbot, tmp_path, monkeypatch)


def test_every_area_fits_a_1024_by_700_window(practice: AppController) -> None:
    window = practice.main_window
    found: dict[str, list[str]] = {}
    for area in AREA_NAMES:
        window.show_area(area)
        settle(practice)
        assert window.size() == SMALL_SCREEN.size()
        for tab in each_tab(window, practice):
            if problems := layout_problems(window):
                found[f"{area} {tab}".strip()] = problems
    assert found == {}, _report(found)


def test_every_main_dialog_fits_a_1024_by_700_screen(
    qtbot: QtBot, practice: AppController, tmp_path: Path
) -> None:
    found: dict[str, list[str]] = {}
    for name, dialog in main_dialogs(practice, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(practice)
        frame = dialog.frameGeometry()
        if not SMALL_SCREEN.contains(QRect(frame.topLeft(), dialog.size())):
            found[name] = [f"opens at {frame.getRect()}, beyond the screen"]
        for tab in each_tab(dialog, practice):
            if problems := layout_problems(dialog):
                found.setdefault(f"{name} {tab}".strip(), []).extend(problems)
        dialog.reject()
    assert found == {}, _report(found)


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {problem}" for where, problems in found.items() for problem in problems)
