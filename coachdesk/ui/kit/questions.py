"""The one way CoachDesk asks before doing something that cannot be taken back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, question: str, action: str, *, destructive: bool = True) -> bool:
    """Ask ``question`` with a button named for the ``action`` and Cancel (the default); True to go on."""
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, question, parent=parent)
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    go = box.addButton(action, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
