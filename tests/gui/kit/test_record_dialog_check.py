"""A record dialog's check box: its words wrap instead of widening the dialog, and clicking them ticks it."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from coachdesk.ui.kit.record_dialog import CheckBoxText, RecordDialog

LONG = (
    "Zahlt mir eine Vermittlungsprovision (ein Interessenkonflikt, den ich Klienten offenlege), "
    "und dieser Satz ist absichtlich noch viel länger als jede Zeile des Dialogs"
)


def _dialog(qtbot: QtBot) -> RecordDialog:
    dialog = RecordDialog(lambda: contextlib.nullcontext(None), None, None, title="T", ok_text="OK")
    qtbot.addWidget(dialog)
    return dialog


def test_long_words_wrap_rather_than_widen_the_dialog(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    box = dialog.check("pays", LONG)
    dialog.show()
    qtbot.waitExposed(dialog)
    words = dialog.findChild(CheckBoxText)
    assert words is not None and words.text() == LONG and box.accessibleName() == LONG
    assert dialog.minimumSizeHint().width() < words.fontMetrics().horizontalAdvance(LONG)
    assert words.height() > words.fontMetrics().height()  # on more than one line


def test_clicking_the_words_ticks_the_box(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    box = dialog.check("pays", "Pays me a referral fee")
    dialog.show()
    qtbot.waitExposed(dialog)
    words = dialog.findChild(CheckBoxText)
    assert words is not None
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert box.isChecked()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not box.isChecked()
