"""The Clients area: the client list with a filter box and a status filter; add and edit clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
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
# Table names in the words of the deletion question (counts come first: "3 sessions").
_WORDS = {
    "engagement": "agreement(s)",
    "coaching_session": "session(s)",
    "note_amendment": "note amendment(s)",
    "goal": "goal(s)",
    "action_item": "action item(s)",
    "referral": "referral(s)",
    "consent": "consent record(s)",
    "disclosure": "disclosure record(s)",
    "conflict": "conflict record(s)",
    "boundary_incident": "boundary incident(s)",
}


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
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected client and everything recorded about them (Del)")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        # Replaceable in tests: shows the question, returns True to delete.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.table = self._build_table()
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.new_button)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(16, 16, 16, 16)
        listing_layout.addLayout(bar)
        listing_layout.addWidget(self.table, 1)
        empty_page = self._build_empty_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.activated.connect(self._open)
        selection = table.selectionModel()
        selection.selectionChanged.connect(
            lambda *_args: self.delete_button.setEnabled(table.selectionModel().hasSelection())
        )
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete_key.activated.connect(self.delete_selected)
        return table

    def _build_empty_page(self) -> QWidget:
        first = QPushButton("Add your first client…")
        first.clicked.connect(lambda: self.edit_client(None))
        self.empty = EmptyState.for_area("clients")
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(self.empty, 1)
        empty_layout.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        return empty_page

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

    def delete_selected(self) -> Changes | None:
        """Ask, naming what goes with the client, then delete it all (the audit keeps only that)."""
        from coachdesk.services.clients import delete_client, deletion_summary

        indexes = self.table.selectionModel().selectedRows()
        row = self.proxy.row_at(indexes[0]) if indexes else None
        if row is None or self._sessions is None:
            return None
        with self._sessions() as session:
            linked = deletion_summary(session, row.id)
        parts = [
            f"{count} {_WORDS.get(table, table.replace('_', ' '))}"
            for table, count in linked.items()
            if count
        ]
        with_it = f" With them go: {', '.join(parts)}." if parts else ""
        question = (
            f"Delete {row.name} and everything recorded about them?{with_it}\n\n"
            "This cannot be undone, except from a backup made before."
        )
        if not self.confirm(f"Delete {row.name}?", question):
            return None
        with self._sessions() as session:
            changes = delete_client(session, row.id)
        self.refresh()
        self.changed.emit(changes)
        return changes

    def _ask(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self)
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit_client(row.id)
