"""The wrapping button bar: one row when the buttons fit, two rows rather than cut buttons when not."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.ui.kit.button_bar import WrappingButtonBar


def _bar(qtbot: QtBot, width: int) -> tuple[QWidget, WrappingButtonBar, list[QPushButton], list[QPushButton]]:
    leading = [QPushButton("Neue Aufgabe…"), QPushButton("Neues Ziel…")]
    trailing = [QPushButton("Bearbeiten…"), QPushButton("Löschen…"), QPushButton("Als erledigt markieren")]
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = WrappingButtonBar(leading, trailing)
    QVBoxLayout(holder).addWidget(bar)
    holder.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, bar, leading, trailing


def test_the_buttons_share_one_row_when_they_fit(qtbot: QtBot) -> None:
    _holder, bar, leading, trailing = _bar(qtbot, 1200)
    qtbot.waitUntil(lambda: bar.wrapped is False)
    assert len({button.y() for button in leading + trailing}) == 1


def test_a_narrow_bar_moves_the_trailing_buttons_below_instead_of_cutting_them(qtbot: QtBot) -> None:
    _holder, bar, leading, trailing = _bar(qtbot, 420)
    qtbot.waitUntil(lambda: bar.wrapped is True)
    qtbot.waitUntil(lambda: all(b.y() > leading[0].y() for b in trailing))
    for button in leading + trailing:
        assert button.width() >= button.sizeHint().width()  # the whole text shows
