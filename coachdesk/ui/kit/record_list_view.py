"""An area's list view: a filterable table of records with New, Edit (Enter) and Delete (Del, asked)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Generic

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit.column_fit import FollowingWidths, squeeze_columns
from coachdesk.ui.kit.empty_state import EmptyState, area_title
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import FIT_SAMPLE_ROWS, Row, RowFilterProxy, RowTableModel, marked_text

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
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed column's title
    return table


def fit_columns(table: QTableView, widest: int = 220) -> None:
    """Size each column to its contents, none wider than ``widest`` (long text shows in a tooltip)."""
    header = table.horizontalHeader()
    for column in range(header.count() - 1):  # the last one takes the room left
        table.resizeColumnToContents(column)
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


class RecordListView(QWidget, Generic[Row]):
    """Subclasses say how rows load, how a record is edited, and how (and whether) it is deleted.

    They may add filters and buttons to ``bar``, widgets below the table to ``listing_layout``, a
    ``detail`` pane beside the list (the splitter between them is kept with the column widths),
    and buttons beside the empty state's to ``empty_buttons``.
    """

    changed = Signal(object)  # Changes

    area = ""
    noun = "record"
    filter_hint = QT_TRANSLATE_NOOP("RecordListView", "Filter")
    new_text = QT_TRANSLATE_NOOP("RecordListView", "New…")
    first_text = QT_TRANSLATE_NOOP("RecordListView", "Add the first…")
    delete_tip = ""  # the Delete button's tooltip; by default it names the noun
    buttons_below = False  # New and Delete below the list (beside a detail pane) instead of above it
    whole_columns: tuple[int, ...] = (0,)  # kept whole when the other columns give way for room
    header_key = "header"  # where the columns' widths and order are kept, in the area's settings group

    def marked(self, text: str) -> str:
        """A class attribute's ``text`` (marked with QT_TRANSLATE_NOOP in its class's context) translated."""
        return marked_text(self, text)

    def __init__(
        self,
        model: RowTableModel[Row],
        proxy: RowFilterProxy[Row],
        parent: QWidget | None = None,
        *,
        detail: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self._widths_set = False  # by the coach (restored) or fitted to the first rows shown
        self.filtering = False  # while a filter narrows the list (the selection may move with it)
        self.model = model
        self.proxy = proxy
        proxy.setSourceModel(model)
        # Replaceable in tests: shows the question, returns True to go ahead.
        self.confirm: Callable[[str, str], bool] = self._ask
        # Replaceable in tests: shows why something was refused.
        self.inform: Callable[[str, str], None] = self._warn

        title = area_title(self.area)
        self.filter_box = QLineEdit(placeholderText=self.marked(self.filter_hint))
        self.filter_box.setAccessibleName(
            QCoreApplication.translate("RecordListView", "Filter {lower}").format(
                title=title, lower=title.lower()
            )
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda text: self.narrow(self.proxy.set_filter_text, text))
        self.new_button = QPushButton(self.marked(self.new_text))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(QCoreApplication.translate("RecordListView", "Delete…"))
        self.delete_button.setToolTip(
            self.marked(self.delete_tip)
            or QCoreApplication.translate("RecordListView", "Delete the selected {noun} (Del)").format(
                noun=self.marked(self.noun)
            )
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table = make_table(proxy, title)
        self.table.activated.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        self.delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_key.activated.connect(self.delete_selected)
        self.column_widths = FollowingWidths(self.table, self._fit_to_view)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self._build_page(self._build_listing(), detail))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.set_tab_order(self.filter_box, self.delete_button, self.new_button, self.table)

    def _build_listing(self) -> QWidget:
        """The filter bar above the table; New and Delete beside the filter or below the table."""
        bar = self.bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        listing = self.listing = QWidget()
        listing_layout = self.listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(16, 16, 16, 16)
        listing_layout.addLayout(bar)
        listing_layout.addWidget(self.table, 1)
        if self.buttons_below:
            buttons = QHBoxLayout()
            buttons.addWidget(self.new_button)
            buttons.addStretch(1)
            buttons.addWidget(self.delete_button)
            listing_layout.addLayout(buttons)
        else:
            bar.addWidget(self.delete_button)
            bar.addWidget(self.new_button)
        return listing

    def _build_empty_page(self) -> QWidget:
        """What the area says while it holds nothing, with the button that adds the first record."""
        self.first_button = QPushButton(self.marked(self.first_text))
        self.first_button.clicked.connect(lambda: self.edit(None))
        self.empty = EmptyState.for_area(self.area)
        self.empty_buttons = QHBoxLayout()
        self.empty_buttons.addStretch(1)
        self.empty_buttons.addWidget(self.first_button)
        self.empty_buttons.addStretch(1)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(self.empty, 1)
        empty_layout.addLayout(self.empty_buttons)
        empty_layout.addStretch(1)
        return empty_page

    def _build_page(self, listing: QWidget, detail: QWidget | None) -> QWidget:
        """The list, or the list beside the detail pane."""
        self.splitter: QSplitter | None = None
        if detail is None:
            return listing
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        return self.splitter

    def set_tab_order(self, *widgets: QWidget) -> None:
        """Tab moves through ``widgets`` in this order (the order they read)."""
        for before, after in pairwise(widgets):
            QWidget.setTabOrder(before, after)

    # ----- what subclasses provide -------------------------------------------------------------------

    def load_rows(self, db: Db) -> list[Row]:
        raise NotImplementedError

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        """Show the editor; the Changes it saved, or None when cancelled."""
        raise NotImplementedError

    def delete_record(self, db: Db, row: Row) -> Changes:
        raise NotImplementedError

    def deletion_question(self, row: Row) -> tuple[str, str]:
        """The title and the question asked before deleting (only asked while a vault is attached)."""
        raise NotImplementedError

    def row_id(self, row: Row) -> Any:
        return getattr(row, "id")  # noqa: B009 - every row type has an id

    def show_rows(self, rows: list[Row]) -> None:
        """Put freshly read rows in the model."""
        self.model.set_rows(rows)

    def has_records(self) -> bool:
        """Whether the list page shows (otherwise the empty state does)."""
        return self.model.total_rows() > 0

    def fit_columns(self) -> None:
        """Widths for the first rows shown (until the coach sets their own)."""
        fit_columns(self.table)

    def clear_filters(self) -> None:
        """Show every record again (on lock, and where a record just added would stay hidden)."""
        self.filter_box.clear()

    def update_buttons(self) -> None:
        """Enable what the selection allows (after each selection change and refresh)."""
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())

    def show_saved(self, record_id: Any, created: bool) -> None:
        """Select the record an editor just saved, when the filters show it."""
        self.select(record_id)

    def new_record(self) -> Changes | None:
        """What New… does: the editor for a new record."""
        return self.edit(None)

    # ----- life ------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        """Read the rows again, keeping the selection."""
        if self._open_db is None:
            return
        selected = self.selected()
        with self._open_db() as db:
            rows = self.load_rows(db)
        self.show_rows(rows)
        self.pages.setCurrentIndex(1 if self.has_records() else 0)
        self._fit_once()
        if selected is not None:
            self.select(self.row_id(selected))
        self.update_buttons()

    def _fit_once(self) -> None:
        # Once rows are shown and the table has its real width; then the widths are the coach's.
        if not self._widths_set and self.model.rowCount() and self.table.isVisible():
            self.column_widths.fit()  # and again as the window's width changes, until the coach sets them
            self._widths_set = True

    def _fit_to_view(self) -> None:
        self.fit_columns()
        squeeze_columns(self.table, self.whole_columns)  # every column in view, those kept whole

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_once()

    def clear(self) -> None:
        """Forget every record shown (on lock)."""
        self._open_db = None
        self.model.clear()
        self.clear_filters()
        self.pages.setCurrentIndex(0)
        self.update_buttons()

    def narrow(self, apply: Callable[[Any], None], value: Any) -> None:
        """Apply a filter's new ``value``, with ``filtering`` set meanwhile."""
        self.filtering = True
        try:
            apply(value)
        finally:
            self.filtering = False

    def selected(self) -> Row | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select(self, record_id: Any) -> bool:
        """Select and show the record's row; False when it is not in the list or filtered out."""
        found = next((n for n, row in enumerate(self.model.rows()) if self.row_id(row) == record_id), -1)
        index = self.proxy.mapFromSource(self.model.index(found, 0)) if found >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    # ----- commands --------------------------------------------------------------------------------

    def edit(self, record_id: Any | None) -> Changes | None:
        """Open the editor (a new record when ``record_id`` is None); refresh after a change."""

        def show(open_db: DbFactory) -> tuple[Changes | None, Any]:
            changes = self.open_editor(open_db, record_id)
            saved = changes.created if record_id is None and changes is not None else record_id
            return changes, saved

        return self.run_editor(show, created=record_id is None)

    def run_editor(
        self, show: Callable[[DbFactory], tuple[Changes | None, Any]], *, created: bool
    ) -> Changes | None:
        """Run ``show`` (an editor: what it changed, and the record it saved); after a change, read
        the list again, select that record and announce the change."""
        if self._open_db is None:
            return None
        changes, record_id = show(self._open_db)
        if changes is None or self._open_db is None:  # nothing changed, or locked meanwhile
            return None
        self.refresh()
        if record_id is not None:
            self.show_saved(record_id, created)
        self.changed.emit(changes)
        return changes

    def delete_selected(self) -> Changes | None:
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        title, question = self.deletion_question(row)
        if not self.confirm(title, question) or self._open_db is None:
            return None
        try:
            with self._open_db() as db:
                changes = self.delete_record(db, row)
        except ValidationError as refused:
            self.inform(
                QCoreApplication.translate("RecordListView", "Cannot delete this {noun}").format(
                    noun=self.marked(self.noun)
                ),
                refused.message,
            )
            return None
        self.refresh()
        self.changed.emit(changes)
        return changes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, QCoreApplication.translate("RecordListView", "Delete"))

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit(self.row_id(row))

    # ----- UI state (never anything about a client) --------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        """The columns' widths and order, and the splitter beside a detail pane."""
        settings.beginGroup(f"{self.area}_view")
        settings.setValue(self.header_key, self.table.horizontalHeader().saveState())
        if self.splitter is not None:
            settings.setValue("splitter", self.splitter.saveState())
        settings.endGroup()

    def restore_ui_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_ui_state` kept; missing or unreadable values are ignored."""
        settings.beginGroup(f"{self.area}_view")
        try:
            header, splitter = _bytes(settings.value(self.header_key)), _bytes(settings.value("splitter"))
        finally:
            settings.endGroup()
        if header is not None and self.table.horizontalHeader().restoreState(header):
            self._widths_set = True
            self.column_widths.following = False  # the coach's widths stay as they were
        if splitter is not None and self.splitter is not None:
            self.splitter.restoreState(splitter)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, bytes):
        return QByteArray(value)
    return value if isinstance(value, QByteArray) else None
