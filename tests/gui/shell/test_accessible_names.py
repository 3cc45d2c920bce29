"""Every interactive widget in every area and main dialog has a name and can be reached with Tab.

Interactive: buttons (push, tool, check, radio), line and text edits, combo boxes, spin boxes and
date/time edits, and item views (tables, lists, trees). Parts of another widget are left out:
the line edit of an editable combo box or spin box (the outer widget carries the name), a header
view, the scroll buttons of a tab bar, and the buttons Qt puts inside a line edit (its clear button).

Named, the way Qt's accessibility exposes a name to a screen reader, means one of:
- ``accessibleName()`` is set;
- a button shows text (Qt reads the text, without its ``&`` mnemonic, as the name);
- a ``QLabel`` with text has the widget as its buddy (``QFormLayout.addRow("Label", widget)``
  sets that buddy).

In the tab order means: while it is shown and enabled, its focus policy includes ``Qt.TabFocus``.
One exception is Qt's own: of the buttons of an exclusive group (radio buttons, the Write and
Preview switch of a Markdown field) only the checked one is in the tab order, and the arrow keys
move to the others; such a button passes when the checked one of its group is in the tab order.
No other widget is skipped on purpose at present; one that is must be listed in ``SKIPPED`` (by
object name) with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.practice_windows import (
    AREA_NAMES,
    each_tab,
    main_dialogs,
    open_demo_practice,
    settle,
    visible_widgets,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
# Widgets deliberately kept out of the tab order, by object name, with the reason.
SKIPPED: dict[str, str] = {}


def _is_part_of_another(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True
    # a tab bar's scroll arrows, a line edit's clear button
    return isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar | QLineEdit)


def _buddies(root: QWidget) -> set[int]:
    return {
        id(label.buddy())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().replace("&", "").strip()
    }


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    return id(widget) in buddies


def _describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(parent.accessibleName() or type(parent).__name__)
        parent = parent.parentWidget()
    tip = widget.toolTip()
    return f"{type(widget).__name__} (in {' < '.join(chain)}){' tip: ' + tip if tip else ''}"


def _tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _reached_through_its_group(widget: QWidget) -> bool:
    """An unchecked button of an exclusive group, whose checked button Tab reaches."""
    if not isinstance(widget, QAbstractButton) or widget.group() is None:
        return False
    group = widget.group()
    checked = group.checkedButton()
    return group.exclusive() and checked is not None and checked.isEnabled() and _tab_focus(checked)


def accessibility_problems(root: QWidget) -> list[str]:
    """The interactive widgets shown in ``root`` without a name, or out of the tab order."""
    problems = []
    buddies = _buddies(root)
    for widget in visible_widgets(root):
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget):
            continue
        if not _named(widget, buddies):
            problems.append(f"no name: {_describe(widget)}")
        reachable = _tab_focus(widget) or _reached_through_its_group(widget)
        if widget.isEnabled() and not reachable and widget.objectName() not in SKIPPED:
            problems.append(f"out of the tab order: {_describe(widget)} {widget.accessibleName()!r}")
    return problems


@pytest.fixture
def practice(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppController:
    return open_demo_practice(qtbot, tmp_path, monkeypatch)


def test_every_area_names_its_controls_and_reaches_them_with_tab(practice: AppController) -> None:
    window = practice.main_window
    found: dict[str, list[str]] = {}
    for area in AREA_NAMES:
        window.show_area(area)
        settle(practice)
        for tab in each_tab(window, practice):
            if problems := accessibility_problems(window):
                found[f"{area} {tab}".strip()] = problems
    assert found == {}, _report(found)


def test_every_main_dialog_names_its_controls_and_reaches_them_with_tab(
    qtbot: QtBot, practice: AppController, tmp_path: Path
) -> None:
    found: dict[str, list[str]] = {}
    for name, dialog in main_dialogs(practice, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(practice)
        for tab in each_tab(dialog, practice):
            if problems := accessibility_problems(dialog):
                found[f"{name} {tab}".strip()] = problems
        dialog.reject()
    assert found == {}, _report(found)


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {problem}" for where, problems in found.items() for problem in problems)
