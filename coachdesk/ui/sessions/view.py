"""The Sessions area: upcoming and past sessions, by date range and client; add, edit, log and delete."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.session_list import ClientChoice, SessionRow
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.form import from_qdate
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import FIT_SAMPLE_ROWS, local_datetime_text
from coachdesk.ui.sessions.editor_pickers import ClientCombo
from coachdesk.ui.sessions.table import (
    WHEN_ORDER,
    WHEN_WORDS,
    SessionColumn,
    SessionFilterProxy,
    SessionTableModel,
    When,
    count_text,
    local_days,
    set_default_widths,
)

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes

SETTINGS_GROUP = "sessions_view"


class SessionsView(QWidget):
    """Lists the sessions of the open vault; emits ``changed`` (a ``Changes``) after every write."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self._widths_restored = False
        self._widths_set = False
        self.model = SessionTableModel(self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # Replaceable in tests: shows the question, returns True to delete.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.editor: QWidget | None = None  # the session editor while it is open
        self._now = datetime.now(UTC)
        self._clients: list[ClientChoice] = []
        self._build_filters()
        self.table = self._build_table()
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.count_label.setAccessibleName("Sessions shown")
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(16, 16, 16, 12)
        listing_layout.addLayout(self._filter_bar())
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.count_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._set_tab_order()
        self._apply_when(When.UPCOMING)

    # ----- building ------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filter_box = QLineEdit(placeholderText="Filter by client or engagement")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName("Filter sessions")
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.when_filter = QComboBox()
        self.when_filter.setAccessibleName("Show")
        for when, word in WHEN_WORDS.items():
            self.when_filter.addItem(word, when)
        self.when_filter.currentIndexChanged.connect(lambda _i: self._apply_when(self.when()))
        self.client_filter = ClientCombo("All clients")
        self.client_filter.setAccessibleName("Client")
        self.client_filter.setToolTip("Type a few letters of a client's name to see only their sessions")
        self.client_filter.client_changed.connect(lambda client_id: self._apply_filters())
        today = QDate.currentDate()
        self.dates_on = QCheckBox("Only from")
        self.dates_on.setAccessibleName("Only sessions between two dates")
        self.from_date = QDateEdit(QDate(today.year(), today.month(), 1))
        self.to_date = QDateEdit(QDate(today.year(), today.month(), today.daysInMonth()))
        for edit, name in ((self.from_date, "From"), (self.to_date, "To")):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._apply_filters())
        self.dates_on.toggled.connect(self._dates_toggled)
        self.new_button = QPushButton("New session…")
        self.new_button.clicked.connect(lambda: self.edit_session(None, self.client_filter.client_id()))
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected session with its notes and action items (Del)")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)

    def _filter_bar(self) -> QVBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.delete_button)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        show_label = QLabel("&Show")
        show_label.setBuddy(self.when_filter)
        client_label = QLabel("&Client")
        client_label.setBuddy(self.client_filter)
        to_label = QLabel("to")
        to_label.setBuddy(self.to_date)
        groups: list[list[QWidget]] = [
            [show_label, self.when_filter],
            [client_label, self.client_filter],
            [self.dates_on, self.from_date, to_label, self.to_date],
        ]
        for n, group in enumerate(groups):
            if n:
                bottom.addSpacing(12)
            for widget in group:
                bottom.addWidget(widget)
        bottom.addStretch(1)
        bar = QVBoxLayout()
        bar.addLayout(top)
        bar.addLayout(bottom)
        return bar

    def _set_tab_order(self) -> None:
        """Filters first, in the order they read, then the buttons and the list."""
        chain = [
            self.filter_box,
            self.when_filter,
            self.client_filter,
            self.dates_on,
            self.from_date,
            self.to_date,
            self.delete_button,
            self.new_button,
            self.table,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName("Sessions")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        header.setHighlightSections(False)
        table.activated.connect(self._open)
        table.selectionModel().selectionChanged.connect(
            lambda *_args: self.delete_button.setEnabled(table.selectionModel().hasSelection())
        )
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete_key.activated.connect(self.delete_selected)
        return table

    def _build_empty_page(self) -> QWidget:
        self.first_button = QPushButton("Schedule your first session…")
        self.first_button.clicked.connect(lambda: self.edit_session(None))
        self.log_button = QPushButton("Log a completed session…")
        self.log_button.clicked.connect(lambda: self.log_completed_session(None))
        self.empty = EmptyState.for_area("sessions")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.first_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # ----- showing -------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        """Show the sessions of the vault that ``sessions`` opens database sessions on."""
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        """Read the sessions the filters ask for again (only those: a large practice has thousands)."""
        from coachdesk.services.session_list import client_choices, has_sessions, session_rows

        if self._open_db is None:
            return
        start, end = self._bounds()
        with self._open_db() as db:
            any_sessions = has_sessions(db)
            clients = client_choices(db)
            if clients != self._clients:
                self._clients = clients
                self.client_filter.set_clients(clients)
            rows = session_rows(db, start=start, end=end, client_id=self.client_filter.client_id())
        self.model.clear()  # so the proxy does not filter the old rows once more for the new "now"
        self.proxy.set_when(self.when(), self._now)
        self.model.set_rows(rows)
        self.pages.setCurrentIndex(1 if any_sessions else 0)
        if not self._widths_set and not self._widths_restored:
            set_default_widths(self.table)
            self._widths_set = True
        self._count()

    def clear(self) -> None:
        """Forget every session and client shown, and reset the filters (on lock); an open editor or
        question closes without saving."""
        self._open_db = None
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.model.clear()
        self._clients = []
        self.client_filter.set_clients([])
        self.filter_box.clear()
        self.dates_on.setChecked(False)
        self.when_filter.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)
        self._count()

    def show_client(self, client_id: uuid.UUID | None) -> None:
        """Show only this client's sessions (None: every client's)."""
        if client_id is not None and client_id not in {c.id for c in self._clients} and self._open_db:
            from coachdesk.services.session_list import client_choices

            with self._open_db() as db:  # a client added since the list was read
                self._clients = client_choices(db)
            self.client_filter.set_clients(self._clients)
        if client_id != self.client_filter.client_id():
            self.client_filter.set_client_id(client_id)  # the filters follow the picker's signal

    # ----- filters -------------------------------------------------------------------------------

    def _bounds(self) -> tuple[datetime | None, datetime | None]:
        """The instants the service is asked for: the date range, narrowed to before or after now."""
        self._now = datetime.now(UTC)
        start, end = (None, None)
        if self.dates_on.isChecked():
            start, end = local_days(from_qdate(self.from_date.date()), from_qdate(self.to_date.date()))
        when = self.when()
        if when is When.UPCOMING:
            start = self._now if start is None else max(start, self._now)
        elif when is When.PAST:
            end = self._now if end is None else min(end, self._now)
        return start, end

    def when(self) -> When:
        """Which sessions the Show choice asks for."""
        return When(self.when_filter.currentData() or When.UPCOMING)

    def _apply_when(self, when: When) -> None:
        self.table.sortByColumn(SessionColumn.WHEN, WHEN_ORDER[when])
        self._apply_filters()

    def _dates_toggled(self, on: bool) -> None:
        self.from_date.setEnabled(on)
        self.to_date.setEnabled(on)
        self._apply_filters()

    def _apply_filters(self) -> None:
        """Ask the service for what the filters now cover, and let the proxy hold the same filters."""
        self.proxy.set_client(self.client_filter.client_id())
        if self.dates_on.isChecked():
            first, last = from_qdate(self.from_date.date()), from_qdate(self.to_date.date())
            self.proxy.set_range(*local_days(first, last))
        else:
            self.proxy.set_range(None, None)
        self.refresh()

    def _count(self) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText("" if self._open_db is None else count_text(shown, self.when()))

    # ----- editing -------------------------------------------------------------------------------

    def edit_session(
        self, session_id: uuid.UUID | None, client_id: uuid.UUID | None = None
    ) -> Changes | None:
        """Open the editor (a new session when ``session_id`` is None); refresh after any change."""
        return self._run_editor(session_id, client_id, quick=False)

    def log_completed_session(self, client_id: uuid.UUID | None = None) -> Changes | None:
        """The quick path: the editor set to a completed session that has just ended; type a few
        letters of the client's name and press Enter."""
        return self._run_editor(None, client_id, quick=True)

    def _run_editor(
        self, session_id: uuid.UUID | None, client_id: uuid.UUID | None, *, quick: bool
    ) -> Changes | None:
        from coachdesk.ui.sessions.editor import SessionEditor

        if self._open_db is None:
            return None
        editor = self.editor = SessionEditor(self._open_db, session_id, client_id, quick, self)
        try:
            editor.exec()
        finally:
            self.editor = None
        editor.deleteLater()
        changes = editor.changes
        if changes is None or self._open_db is None:  # nothing changed, or locked meanwhile
            return None
        self.refresh()
        self.select(editor.session_id)
        self.changed.emit(changes)
        return changes

    def select(self, session_id: uuid.UUID | None) -> None:
        """Select and show the session's row, if the filters show it."""
        for row in range(self.proxy.rowCount()):
            found = self.proxy.row_at(self.proxy.index(row, 0))
            if found is not None and found.id == session_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def selected(self) -> SessionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def delete_selected(self) -> Changes | None:
        """Ask, naming the session and what goes with it, then delete it."""
        from coachdesk.services.sessions import delete_session

        row = self.selected()
        if row is None or self._open_db is None:
            return None
        when = local_datetime_text(row.starts_at)
        notes = " with its private notes" if row.has_notes else ""
        question = (
            f"Delete the session with {row.client_name} on {when}{notes}, and any amendments and action "
            "items recorded with it?\n\nThis cannot be undone, except from a backup made before."
        )
        if not self.confirm("Delete session?", question) or self._open_db is None:
            return None
        with self._open_db() as db:
            changes = delete_session(db, row.id)
        self.refresh()
        self.changed.emit(changes)
        return changes

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, "Delete")

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit_session(row.id)

    # ----- UI state ------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        """Column widths (UI state only: nothing about any client)."""
        header = self.table.horizontalHeader()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("column_widths", [header.sectionSize(c) for c in SessionColumn])
        settings.endGroup()

    def restore_ui_state(self, settings: QSettings) -> None:
        settings.beginGroup(SETTINGS_GROUP)
        widths = settings.value("column_widths")
        settings.endGroup()
        if not isinstance(widths, list) or len(widths) != len(SessionColumn):
            return
        try:
            sizes = [int(w) for w in widths]
        except (TypeError, ValueError):
            return
        header = self.table.horizontalHeader()
        for column, size in zip(SessionColumn, sizes, strict=True):
            if 20 <= size <= 2000:
                header.resizeSection(column, size)
        self._widths_restored = True
