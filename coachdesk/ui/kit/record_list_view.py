"""A plain area view: a filterable table of records with New, Edit (Enter) and Delete (Del, asked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import FIT_SAMPLE_ROWS, Row, RowFilterProxy, RowTableModel

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


def make_table(proxy: RowFilterProxy[Any], name: str) -> QTableView:
    """A read-only table of whole rows, sortable, one row selected at a time."""
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    return table


def fit_columns(table: QTableView, widest: int = 220) -> None:
    """Size each column to its contents, none wider than ``widest`` (long text shows in a tooltip)."""
    header = table.horizontalHeader()
    for column in range(header.count() - 1):  # the last one takes the room left
        table.resizeColumnToContents(column)
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


class RecordListView(QWidget, Generic[Row]):
    """Subclasses say how rows load, how a record is edited, and how (and whether) it is deleted."""

    changed = Signal(object)  # Changes

    area = ""
    noun = "record"
    filter_hint = "Filter"
    new_text = "New…"
    first_text = "Add the first…"

    def __init__(
        self, model: RowTableModel[Row], proxy: RowFilterProxy[Row], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self._widths_set = False  # by the coach (restored) or fitted to the first rows shown
        self.model = model
        self.proxy = proxy
        proxy.setSourceModel(model)
        # Replaceable in tests: shows the question, returns True to go ahead.
        self.confirm: Callable[[str, str], bool] = self._ask
        # Replaceable in tests: shows why something was refused.
        self.inform: Callable[[str, str], None] = self._warn

        self.filter_box = QLineEdit(placeholderText=self.filter_hint)
        self.filter_box.setAccessibleName(f"Filter {self.area}")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.new_button = QPushButton(self.new_text)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip(f"Delete the selected {self.noun} (Del)")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table = make_table(proxy, self.area.capitalize())
        self.table.activated.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.delete_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table).activated.connect(
            self.delete_selected
        )

        bar = self.bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.new_button)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(16, 16, 16, 16)
        listing_layout.addLayout(bar)
        listing_layout.addWidget(self.table, 1)

        first = QPushButton(self.first_text)
        first.clicked.connect(lambda: self.edit(None))
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(EmptyState.for_area(self.area), 1)
        empty_layout.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setTabOrder(self.filter_box, self.delete_button)
        self.setTabOrder(self.delete_button, self.new_button)
        self.setTabOrder(self.new_button, self.table)

    # ----- what subclasses provide -------------------------------------------------------------------

    def load_rows(self, db: Db) -> list[Row]:
        raise NotImplementedError

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        """Show the editor; the Changes it saved, or None when cancelled."""
        raise NotImplementedError

    def delete_record(self, db: Db, row: Row) -> Changes:
        raise NotImplementedError

    def deletion_question(self, row: Row) -> tuple[str, str]:
        raise NotImplementedError

    def row_id(self, row: Row) -> Any:
        return getattr(row, "id")  # noqa: B009 - every row type has an id

    # ----- life ------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        if self._open_db is None:
            return
        selected = self.selected()
        with self._open_db() as db:
            self.model.set_rows(self.load_rows(db))
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)
        if not self._widths_set and self.model.rowCount():
            fit_columns(self.table)
            self._widths_set = True
        if selected is not None:
            self.select(self.row_id(selected))

    def clear(self) -> None:
        """Forget every record shown (on lock)."""
        self._open_db = None
        self.model.clear()
        self.filter_box.clear()
        self.pages.setCurrentIndex(0)

    def selected(self) -> Row | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select(self, record_id: Any) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = self.proxy.row_at(index)
            if row is not None and self.row_id(row) == record_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return True
        return False

    # ----- commands --------------------------------------------------------------------------------

    def edit(self, record_id: Any | None) -> Changes | None:
        """Open the editor (a new record when ``record_id`` is None); refresh after a change."""
        if self._open_db is None:
            return None
        changes = self.open_editor(self._open_db, record_id)
        if changes is None:
            return None
        self.refresh()
        if changes.created is not None:
            self.select(changes.created)
        self.changed.emit(changes)
        return changes

    def delete_selected(self) -> Changes | None:
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        title, question = self.deletion_question(row)
        if not self.confirm(title, question):
            return None
        try:
            with self._open_db() as db:
                changes = self.delete_record(db, row)
        except ValidationError as refused:
            self.inform(f"Cannot delete this {self.noun}", refused.message)
            return None
        self.refresh()
        self.changed.emit(changes)
        return changes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, "Delete")

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit(self.row_id(row))

    # ----- UI state --------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.area}_view/header", self.table.horizontalHeader().saveState())

    def restore_ui_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.area}_view/header")
        if isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state):
            self._widths_set = True
