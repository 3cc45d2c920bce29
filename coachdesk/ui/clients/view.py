"""The Clients area: the client list (filter, status filter, add, edit, delete) beside the client's record."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.enums import ClientStatus
from coachdesk.services.db import DbFactory
from coachdesk.ui.clients.detail import ClientDetailPane
from coachdesk.ui.clients.table import STATUS_WORDS, ClientColumn, ClientFilterProxy, ClientTableModel
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import FIT_SAMPLE_ROWS

if TYPE_CHECKING:
    import uuid

    from coachdesk.services.changes import Changes

SETTINGS_GROUP = "clients_view"
FOLLOW_DELAY_MS = 150
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
    """Lists the clients of the open vault beside the selected client's record.

    Emits ``changed`` after a change made here (in the list or the record), and ``open_record``
    (kind, id) when the record asks for a session, engagement, referral… to be opened in its area.
    """

    changed = Signal(object)  # Changes
    open_record = Signal(str, object)  # kind, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self._columns_fitted = False
        self.model = ClientTableModel(self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(placeholderText="Filter by name, organisation or engagement")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda text: self._filter(self.proxy.set_filter_text, text))
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", None)
        for status in ClientStatus:
            self.status_filter.addItem(STATUS_WORDS[status], status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(self.proxy.set_status, self.status_filter.currentData())
        )
        self.new_button = QPushButton("New client…")
        self.new_button.clicked.connect(lambda: self.edit_client(None))
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected client and everything recorded about them (Del)")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        # Replaceable in tests: shows the question, returns True to delete.
        self.confirm: Callable[[str, str], bool] = self._ask
        self._following = True  # whether a selection change shows the client (not while refreshing)
        self._filtering = False
        # When filtering moves the selection, the record follows once typing pauses.
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._show_selected)
        self.table = self._build_table()
        self.detail = ClientDetailPane()
        self.detail.changed.connect(self._changed_in_record)
        self.detail.open_record.connect(self.open_record)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_listing())
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.detail.setMinimumWidth(460)
        self.splitter.setSizes([380, 720])  # a third for the list, the rest for the record
        empty_page = self._build_empty_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        chain = [self.filter_box, self.status_filter, self.table, self.new_button, self.delete_button]
        for before, after in pairwise([*chain, self.detail.edit_button]):
            QWidget.setTabOrder(before, after)

    def _build_listing(self) -> QWidget:
        """The filters above the list, its buttons below."""
        self.filter_box.setAccessibleName("Filter clients")
        self.status_filter.setAccessibleName("Client status")
        self.table.setAccessibleName("Clients")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 1)
        filters.addWidget(self.status_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        listing = QWidget()
        listing.setMinimumWidth(280)
        layout = QVBoxLayout(listing)
        layout.setContentsMargins(16, 12, 4, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return listing

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
        table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        table.activated.connect(self._open)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        # Filtering a selected client out of the list can drop the selection without saying so:
        # look again once the filtering is done (one range of rows at a time, it would be costly).
        self.proxy.rowsRemoved.connect(lambda *_args: self._follow_timer.start())
        self.proxy.layoutChanged.connect(lambda *_args: self._follow_timer.start())
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

    def attach(self, open_db: DbFactory) -> None:
        """Show the clients of the vault that ``sessions`` opens sessions on."""
        self._open_db = open_db
        self.detail.attach(open_db)
        self.refresh()

    def refresh(self) -> None:
        """Read the list and the selected client's record again, keeping the selection."""
        self._refresh_list()
        self.detail.show_client(self.selected_id())

    def _refresh_list(self) -> None:
        from coachdesk.services.clients import client_rows

        if self._open_db is None:
            return
        kept = self.selected_id()
        with self._open_db() as db:
            rows = client_rows(db)
        self._following = False  # the reset drops the selection; put it back before showing anything
        try:
            self.model.set_rows(rows)
            if kept is not None:
                self.select_client(kept)
        finally:
            self._following = True
        self.delete_button.setEnabled(self.selected_id() is not None)
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)
        if not self._columns_fitted and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._columns_fitted = True

    def clear(self) -> None:
        """Forget every client shown (on lock)."""
        self._open_db = None
        self._follow_timer.stop()
        self.model.clear()
        self.detail.clear()
        self.filter_box.clear()
        self.status_filter.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.table.selectionModel().selectedRows()
        row = self.proxy.row_at(indexes[0]) if indexes else None
        return None if row is None else row.id

    def select_client(self, client_id: uuid.UUID) -> bool:
        """Select the client in the list (when the filters show them); their record follows."""
        for n in range(self.proxy.rowCount()):
            index = self.proxy.index(n, 0)
            row = self.proxy.row_at(index)
            if row is not None and row.id == client_id:
                self.table.selectRow(n)
                self.table.scrollTo(index)
                return True
        return False

    def _filter(self, narrow: Callable[[Any], None], value: Any) -> None:
        self._filtering = True
        try:
            narrow(value)
        finally:
            self._filtering = False

    def _selection_changed(self) -> None:
        if not self._following:
            return
        chosen = self.selected_id()
        self.delete_button.setEnabled(chosen is not None)
        if chosen == self.detail.client_id:
            self._follow_timer.stop()
        elif self._filtering:
            self._follow_timer.start()  # keystrokes stay quick; the record follows after them
        else:
            self._follow_timer.stop()
            self.detail.show_client(chosen)

    def _show_selected(self) -> None:
        chosen = self.selected_id()
        self.delete_button.setEnabled(chosen is not None)
        if self._open_db is not None and chosen != self.detail.client_id:
            self.detail.show_client(chosen)

    def _changed_in_record(self, changes: Changes) -> None:
        """The record pane changed something (it shows the result itself): the list follows if it shows it."""
        if changes.touches("client", "organisation", "engagement", "coaching_session"):
            self._refresh_list()
        self.changed.emit(changes)

    # ----- UI state (never anything about clients) ---------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        """The splitter between list and record, and the list's column widths and order."""
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("header", self.table.horizontalHeader().saveState())
        settings.endGroup()

    def restore_ui_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_ui_state` kept; missing or unreadable values are ignored."""
        settings.beginGroup(SETTINGS_GROUP)
        try:
            splitter = _bytes(settings.value("splitter"))
            if splitter is not None:
                self.splitter.restoreState(splitter)
            header = _bytes(settings.value("header"))
            if header is not None and self.table.horizontalHeader().restoreState(header):
                self._columns_fitted = True  # the coach's widths, not the contents', from now on
        finally:
            settings.endGroup()

    def edit_client(self, client_id: object | None) -> Changes | None:
        """Open the client dialog (a new client when ``client_id`` is None); refresh after a change."""
        from coachdesk.ui.clients.client_dialog import ClientDialog

        if self._open_db is None:
            return None
        dialog = ClientDialog(self._open_db, client_id, self)  # type: ignore[arg-type]
        if not dialog.exec() or dialog.changes is None:
            return None
        self._refresh_list()
        if client_id is None and dialog.changes.created is not None:
            self._show_new(dialog.changes.created)
        self.detail.show_client(self.selected_id())
        self.changed.emit(dialog.changes)
        return dialog.changes

    def _show_new(self, client_id: uuid.UUID) -> None:
        """Select a client just added, clearing filters that would hide them."""
        if not self.select_client(client_id):
            self.filter_box.clear()
            self.status_filter.setCurrentIndex(0)
            self.select_client(client_id)

    def delete_selected(self) -> Changes | None:
        """Ask, naming what goes with the client, then delete it all (the audit keeps only that)."""
        from coachdesk.services.clients import delete_client, deletion_summary

        indexes = self.table.selectionModel().selectedRows()
        row = self.proxy.row_at(indexes[0]) if indexes else None
        if row is None or self._open_db is None:
            return None
        with self._open_db() as db:
            linked = deletion_summary(db, row.id)
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
        with self._open_db() as db:
            changes = delete_client(db, row.id)
        self.refresh()  # the client is gone: nothing is selected, the record shows the hint
        self.changed.emit(changes)
        return changes

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, "Delete")

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit_client(row.id)


def _bytes(value: Any) -> QByteArray | None:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    return None
