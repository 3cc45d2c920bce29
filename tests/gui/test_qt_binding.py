"""The Qt binding the app runs on keeps Python's reference counts: a day's work cannot abort it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released one reference to None on every call returning nothing; after a few
    # thousand label updates Python freed None and the app aborted (pyproject pins the binding below).
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(2_000):
        label.setText(str(index))
    assert sys.getrefcount(None) >= before - 50
