"""Ctrl+L locks from anywhere: the main window, and a modal editor with a text field in focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.main_window import MainWindow


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_ctrl_l_locks_from_the_main_window(qtbot: QtBot) -> None:
    window = _window(qtbot)
    requested: list[bool] = []
    window.lock_requested.connect(lambda: requested.append(True))
    qtbot.waitUntil(window.registry["lock"].isEnabled)  # offered once something listens
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert requested == [True]  # once: the window's own shortcut does not fire a second time


def test_ctrl_l_locks_from_a_modal_editor_with_notes_in_focus(qtbot: QtBot) -> None:
    window = _window(qtbot)
    editor = QDialog(window)
    notes = QPlainTextEdit(editor)
    QVBoxLayout(editor).addWidget(notes)
    requested: list[bool] = []
    window.lock_requested.connect(lambda: (requested.append(True), editor.reject()))
    qtbot.waitUntil(window.registry["lock"].isEnabled)

    def type_and_lock() -> None:
        notes.setFocus()
        qtbot.keyClicks(notes, "She said")
        qtbot.keyClick(notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def when_open() -> None:
        qtbot.waitUntil(lambda: editor.isVisible() and notes.isVisible(), timeout=5000)
        type_and_lock()
        if not requested:
            editor.reject()  # lets exec() return so the assertion below reports the failure

    QTimer.singleShot(0, when_open)
    editor.exec()
    assert requested == [True]
    assert notes.toPlainText() == "She said"  # the key was the lock, not a letter typed into the notes
