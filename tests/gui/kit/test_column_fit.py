"""Columns give way for room: the widest first, names and narrow columns kept, nothing scrolls sideways."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from coachdesk.ui.kit.column_fit import FollowingWidths, squeeze_columns, width_cap


def test_the_cap_takes_from_the_widest_columns_first() -> None:
    assert width_cap([70, 70, 300, 200], 500, 50) == 180  # the two dates keep their 70
    assert width_cap([70, 70, 300, 200], 1000, 50) is None  # they fit as they are
    assert width_cap([70, 70, 300, 200], 100, 50) == 50  # never below the floor


def test_a_wide_table_is_squeezed_into_view_keeping_the_name(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 5)
    for column, text in enumerate(["Fatima Zahra El Idrissi", "x" * 80, "y" * 60, "12/12/2026", "z"]):
        model.setItem(0, column, QStandardItem(text))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    table.resizeColumnsToContents()
    name, date = table.columnWidth(0), table.columnWidth(3)
    assert squeeze_columns(table, keep=(0,))
    assert table.columnWidth(0) == name and table.columnWidth(3) == date
    assert table.columnWidth(1) < 400 and table.columnWidth(2) < 400
    assert table.horizontalScrollBar().maximum() == 0  # every column in view
    assert not squeeze_columns(table, keep=(0,))  # it fits now


def test_fitted_columns_follow_the_width_until_the_coach_sets_one(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 3)
    for column, text in enumerate(["Zoë Ørsted", "x" * 90, "z"]):
        model.setItem(0, column, QStandardItem(text))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)

    def fit() -> None:
        table.resizeColumnsToContents()
        squeeze_columns(table)

    widths = FollowingWidths(table, fit)
    widths.fit()
    narrow = table.columnWidth(1)
    table.resize(900, 300)
    qtbot.waitUntil(lambda: table.columnWidth(1) > narrow)  # fitted again to the new width
    table.horizontalHeader().resizeSection(1, 150)  # the coach's choice
    assert not widths.following
    table.resize(500, 300)
    QApplication.processEvents()
    assert not widths.following and table.columnWidth(1) == 150  # no refit is asked for


def test_a_scroll_bar_coming_and_going_does_not_fit_the_columns_again(qtbot: QtBot) -> None:
    """Filtering a list can bring up its scroll bar (or take it away), which narrows the viewport
    a little: the columns, fitted with room for the bar, stay as they are; only a new width of the
    table itself fits them again."""
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("Zoë Ørsted"))
    model.setItem(0, 1, QStandardItem("Leading a team"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(500, 200)
    table.show()
    qtbot.waitExposed(table)
    fits: list[int] = []
    widths = FollowingWidths(table, lambda: fits.append(table.viewport().width()))
    widths.fit()
    model.setRowCount(200)  # enough rows for a scroll bar: the viewport narrows
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible())
    QApplication.processEvents()
    assert len(fits) == 1 and not widths._timer.isActive()  # no refit done, none waiting
    table.resize(700, 200)
    qtbot.waitUntil(lambda: len(fits) == 2)
