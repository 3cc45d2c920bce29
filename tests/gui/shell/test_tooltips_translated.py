"""A tooltip with keys is one translated sentence ("{text} ({keys})"), and each of its words is
translated once: an area's Go-to action does not pass its already translated words through again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.main_window import MainWindow
from tests.gui.translation_support import CLOSE, OPEN, app_language, bracketing

__all__ = ["app_language"]


def test_the_keys_of_a_tooltip_are_part_of_its_translated_sentence(
    qtbot: QtBot, app_language: QApplication
) -> None:
    with bracketing():
        window = MainWindow()
        qtbot.addWidget(window)
        go_to = window.registry["area_dashboard"]
        item = window.navigation.item(0)
        keys = window.registry.key_text(window.registry.spec("area_dashboard"))
        new_client_keys = window.registry.key_text(window.registry.spec("new_client"))
    # the template, around "Go to {area}", around the area's name: each looked up once
    assert go_to.toolTip() == f"{OPEN}{OPEN}Go to {OPEN}Dashboard{CLOSE}{CLOSE} ({keys}){CLOSE}"
    assert item.toolTip() == f"{OPEN}{OPEN}Dashboard{CLOSE} (Ctrl+1){CLOSE}"
    new_client = window.registry["new_client"]
    assert new_client.toolTip().startswith(f"{OPEN}{OPEN}")
    assert new_client.toolTip().endswith(f"{CLOSE} ({new_client_keys}){CLOSE}")
