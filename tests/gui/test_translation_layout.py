"""German runs 30-40% longer than English: in German too, every area and main dialog is usable on a
1024x700 screen (the checks of tests/gui/shell/test_layout_fit.py, under the German catalog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.ui.kit.translation import start_language
from tests.gui.shell.practice_windows import (
    AREA_NAMES,
    SMALL_SCREEN,
    each_tab,
    main_dialogs,
    open_demo_practice,
    settle,
)
from tests.gui.shell.test_layout_fit import layout_problems
from tests.gui.translation_support import app_language

__all__ = ["app_language"]


def test_in_german_every_area_and_main_dialog_fits_a_1024_by_700_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_language: QApplication
) -> None:
    start_language(app_language, "de")
    practice = open_demo_practice(qtbot, tmp_path, monkeypatch)
    window = practice.main_window
    found: dict[str, list[str]] = {}
    for area in AREA_NAMES:
        window.show_area(area)
        settle(practice)
        for tab in each_tab(window, practice):
            if problems := layout_problems(window):
                found[f"{area} {tab}".strip()] = problems
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
                found.setdefault(f"dialog: {name} {tab}".strip(), []).extend(problems)
        dialog.reject()
    report = (f"{where}: {problem}" for where, problems in found.items() for problem in problems)
    assert found == {}, "\n".join(report)
