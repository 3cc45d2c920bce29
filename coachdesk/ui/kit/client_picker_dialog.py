"""Choose a client by typing part of their name: for records started outside the client's page."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.folding import fold
from coachdesk.services.referral_list import client_choices

if TYPE_CHECKING:
    pass


class ClientPickerDialog(QDialog):
    """A filter box over the client list; Down moves into the list, Enter chooses."""

    def __init__(self, open_db: DbFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a client"))
        self.setMinimumSize(380, 420)
        self.filter = QLineEdit(placeholderText=self.tr("Type part of the name"))
        self.filter.setAccessibleName(self.tr("Client name"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Clients"))
        with open_db() as db:
            for choice in client_choices(db):
                item = QListWidgetItem(choice.text)
                item.setData(Qt.ItemDataRole.UserRole, choice.id)
                self.list.addItem(item)
        self.none = QLabel(self.tr("No client matches."))
        self.none.setVisible(False)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list.activated.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none)
        layout.addWidget(buttons)
        self._narrow("")
        self.filter.setFocus()

    def _narrow(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in fold(item.text())
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is None:
            self.list.setCurrentRow(-1)
        else:
            self.list.setCurrentItem(first)
        self.none.setVisible(first is None)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.list.setFocus()
            self.list.keyPressEvent(event)
            return True
        return False

    def client_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, uuid.UUID) else None

    def accept(self) -> None:
        if self.client_id() is not None:
            super().accept()
