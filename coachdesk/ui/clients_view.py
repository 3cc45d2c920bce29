"""The Clients area: the client list with a filter box and a status filter; add and edit clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.enums import ClientStatus
from coachdesk.ui.client_table import STATUS_WORDS, ClientColumn, ClientFilterProxy, ClientTableModel
from coachdesk.ui.empty_state import EmptyState

if TYPE_CHECKING:
    from sqlmodel import Session

    from coachdesk.services.changes import Changes

SessionFactory = Callable[[], "Session"]


class ClientsView(QWidget):
    """Lists the clients of the open vault; emits ``changed`` after an add or an edit."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions: SessionFactory | None = None
        self.model = ClientTableModel(self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(placeholderText="Filter by name, organisation or engagement")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", None)
        for status in ClientStatus:
            self.status_filter.addItem(STATUS_WORDS[status], status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData())
        )
        self.new_button = QPushButton("New client…")
        self.new_button.clicked.connect(lambda: self.edit_client(None))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.new_button)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(16, 16, 16, 16)
        listing_layout.addLayout(bar)
        listing_layout.addWidget(self.table, 1)
        first = QPushButton("Add your first client…")
        first.clicked.connect(lambda: self.edit_client(None))
        self.empty = EmptyState.for_area("clients")
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(self.empty, 1)
        empty_layout.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def attach(self, sessions: SessionFactory) -> None:
        """Show the clients of the vault that ``sessions`` opens sessions on."""
        self._sessions = sessions
        self.refresh()

    def refresh(self) -> None:
        from coachdesk.services.clients import client_rows

        if self._sessions is None:
            return
        with self._sessions() as session:
            self.model.set_rows(client_rows(session))
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.table.resizeColumnsToContents()

    def clear(self) -> None:
        """Forget every client shown (on lock)."""
        self._sessions = None
        self.model.clear()
        self.filter_box.clear()
        self.status_filter.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)

    def edit_client(self, client_id: object | None) -> Changes | None:
        """Open the client dialog (a new client when ``client_id`` is None); refresh after a change."""
        from coachdesk.ui.client_dialog import ClientDialog

        if self._sessions is None:
            return None
        dialog = ClientDialog(self._sessions, client_id, self)  # type: ignore[arg-type]
        if not dialog.exec() or dialog.changes is None:
            return None
        self.refresh()
        self.changed.emit(dialog.changes)
        return dialog.changes

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit_client(row.id)
