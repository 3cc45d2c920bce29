"""Pickers for the session editor and the session list: a client chosen by typing a few letters."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from coachdesk.services.folding import fold
from coachdesk.services.session_list import ClientChoice

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 10


class _FoldingCompleter(QCompleter):
    """Completes on folded names ("zoe" finds Zoë) and writes the name itself into the field.

    Enter while the list is open completes and is then used up, so ``entered`` says it happened.
    """

    entered = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and (popup := self.popup()) is not None
            and popup.isVisible()
        )
        handled = super().eventFilter(watched, event)
        if enter:
            self.entered.emit()
        return handled

    def splitPath(self, path: str) -> list[str]:
        return [fold(path.strip())]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class ClientCombo(QComboBox):
    """A client list to type into: a few letters of the name (any part, accents optional) suffice.

    ``client_id()`` is the chosen client, or the one client the typed letters match; None when
    they match none or several (or when ``none_text``, e.g. "All clients", is chosen).
    """

    client_changed = Signal(object)  # uuid.UUID | None
    # Enter pressed to take a completion (a dialog's default button never sees that Enter).
    entered = Signal()

    def __init__(self, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._last: uuid.UUID | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = _FoldingCompleter(self)
        completer.setModel(self.model())
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self._completer = completer
        completer.entered.connect(self.entered)
        completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]
        self.currentIndexChanged.connect(self._index_changed)
        line = self.lineEdit()
        assert line is not None  # editable
        line.editingFinished.connect(self._settle)
        line.textEdited.connect(lambda _t: self._announce())
        if none_text:
            line.setPlaceholderText(none_text)
        self.set_clients([])

    # ----- contents ------------------------------------------------------------------------------

    def set_clients(self, clients: Sequence[ClientChoice]) -> None:
        """Offer these clients (in this order), keeping the chosen one if it is still there.

        The items are built in a model of their own and swapped in whole: adding a thousand items
        one by one to a combo box whose completer follows along costs a hundred times more.
        """
        keep = self.client_id()
        items = []
        if self._none_text:
            items.append(self._item(self._none_text, None, ""))
        items += [self._item(client.name, client.id, fold(client.name)) for client in clients]
        model = QStandardItemModel(self)
        if items:
            model.invisibleRootItem().appendRows(items)
        self.blockSignals(True)
        self.setModel(model)  # deletes the previous model, whose parent is this combo box
        self._completer.setModel(model)
        self.blockSignals(False)
        self.set_client_id(keep)

    @staticmethod
    def _item(text: str, client_id: uuid.UUID | None, search: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(client_id, Qt.ItemDataRole.UserRole)
        item.setData(search, SEARCH_ROLE)
        item.setEditable(False)
        return item

    def set_client_id(self, client_id: uuid.UUID | None) -> None:
        """Choose this client (None: the ``none_text`` item, or an empty field)."""
        position = self._position(client_id)
        if client_id is not None and position >= 0:
            self.setCurrentIndex(position)
            self.setEditText(self.itemText(position))
        else:
            self.setCurrentIndex(0 if self._none_text else -1)
            self.setEditText("")  # the placeholder says what an empty field means
        self._announce()

    def _position(self, client_id: uuid.UUID | None) -> int:
        if client_id is None:
            return 0 if self._none_text else -1
        return next((i for i in range(self.count()) if self.itemData(i) == client_id), -1)

    # ----- what is chosen ------------------------------------------------------------------------

    def matches(self) -> list[int]:
        """The items whose name contains the typed letters (all items when nothing is typed)."""
        typed = fold(" ".join(self.currentText().split()))
        start = 1 if self._none_text else 0
        if not typed:
            return list(range(start, self.count()))
        exact = [i for i in range(start, self.count()) if self.itemData(i, SEARCH_ROLE) == typed]
        if exact:
            return exact
        return [i for i in range(start, self.count()) if typed in str(self.itemData(i, SEARCH_ROLE))]

    def client_id(self) -> uuid.UUID | None:
        """The client chosen, or the only one the typed letters match; else None."""
        text = self.currentText()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            value = self.itemData(index)
            return value if isinstance(value, uuid.UUID) else None
        if self._none_text and not text.strip():
            return None
        found = self.matches()
        if len(found) == 1 and text.strip():
            value = self.itemData(found[0])
            return value if isinstance(value, uuid.UUID) else None
        return None

    def line_edit(self) -> QLineEdit:
        """The field typed into (the combo box is always editable)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def typed_text(self) -> str:
        return self.currentText().strip()

    def _completed(self, index: QModelIndex) -> None:
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        position = self.findText(name, Qt.MatchFlag.MatchExactly)
        if position >= 0:
            self.setCurrentIndex(position)
            self.setEditText(name)
        self._announce()

    def _settle(self) -> None:
        """On leaving the field, show the matched client's full name."""
        client_id = self.client_id()
        if client_id is not None:
            position = self._position(client_id)
            if self.currentIndex() != position or self.currentText() != self.itemText(position):
                self.setCurrentIndex(position)
                self.setEditText(self.itemText(position))
        elif self._none_text and not self.currentText().strip():
            self.setCurrentIndex(0)
            self.setEditText("")
        self._announce()

    def _index_changed(self, index: int) -> None:
        if self._none_text and index == 0:
            self.setEditText("")  # ready to type into; the placeholder shows ``none_text``
        self._announce()

    def _announce(self) -> None:
        now = self.client_id()
        if now != self._last:
            self._last = now
            self.client_changed.emit(now)
