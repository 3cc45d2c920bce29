"""The Sessions area: upcoming and past sessions, by date range and client; add, edit, log and delete."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.session_list import ClientChoice
from coachdesk.services.session_rows import SessionRow
from coachdesk.ui.kit.form import from_qdate
from coachdesk.ui.kit.record_list_view import RecordListView
from coachdesk.ui.kit.row_table import local_datetime_text
from coachdesk.ui.sessions.editor_pickers import ClientCombo
from coachdesk.ui.sessions.list_actions import SessionListActions
from coachdesk.ui.sessions.table import (
    WHEN_ORDER,
    WHEN_WORDS,
    SessionColumn,
    SessionFilterProxy,
    SessionTableModel,
    When,
    concerns_sort_key,
    count_text,
    format_sort_key,
    local_days,
    set_default_widths,
)
from coachdesk.ui.sessions.words import word

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

SETTINGS_GROUP = "sessions_view"


class SessionsView(RecordListView[SessionRow]):
    """Lists the sessions of the open vault; emits ``changed`` (a ``Changes``) after every write."""

    area = "sessions"
    # Marked for translation in this class's context: the list view shows them through self.tr.
    noun = str(QT_TRANSLATE_NOOP("SessionsView", "session"))
    filter_hint = str(QT_TRANSLATE_NOOP("SessionsView", "Filter by client or engagement"))
    new_text = str(QT_TRANSLATE_NOOP("SessionsView", "New session…"))
    first_text = str(QT_TRANSLATE_NOOP("SessionsView", "Schedule your first session…"))
    delete_tip = str(
        QT_TRANSLATE_NOOP("SessionsView", "Delete the selected session with its notes and action items (Del)")
    )
    whole_columns = (SessionColumn.WHEN, SessionColumn.CLIENT)
    model: SessionTableModel
    proxy: SessionFilterProxy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SessionTableModel(), SessionFilterProxy(), parent)
        self._translate_list_texts()
        self.editor: QWidget | None = None  # the session editor while it is open
        self._now = datetime.now(UTC)
        self._clients: list[ClientChoice] = []
        self._any_sessions = False
        self.table.horizontalHeader().setHighlightSections(False)
        self.log_button = QPushButton(self.tr("Log a completed session…"))
        self.log_button.clicked.connect(lambda: self.log_completed_session(None))
        self.empty_buttons.insertWidget(2, self.log_button)
        self._build_filters()
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.count_label.setAccessibleName(self.tr("Sessions shown"))
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._count)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._count)
        self.listing_layout.setContentsMargins(16, 16, 16, 12)
        self.listing_layout.addWidget(self.count_label)
        self.session_actions = SessionListActions(self, self)  # Prepare… and Recap… for the selected session
        self.set_tab_order(
            self.filter_box,
            self.session_actions.prep_button,
            self.session_actions.recap_button,
            self.when_filter,
            self.client_filter,
            self.dates_on,
            self.from_date,
            self.to_date,
            self.delete_button,
            self.new_button,
            self.table,
        )
        self._apply_when(When.UPCOMING)

    def _translate_list_texts(self) -> None:
        """The texts the list view makes from this class's attributes, in the coach's language."""
        self.filter_box.setPlaceholderText(QCoreApplication.translate("SessionsView", self.filter_hint))
        self.filter_box.setAccessibleName(self.tr("Filter sessions"))
        self.table.setAccessibleName(self.tr("Sessions"))
        self.new_button.setText(QCoreApplication.translate("SessionsView", self.new_text))
        self.first_button.setText(QCoreApplication.translate("SessionsView", self.first_text))
        self.delete_button.setToolTip(QCoreApplication.translate("SessionsView", self.delete_tip))

    def _build_filters(self) -> None:
        """Show (upcoming, past, all), client and date range, on a row below the filter box."""
        self.when_filter = QComboBox()
        self.when_filter.setAccessibleName(self.tr("Show"))
        for when, text in WHEN_WORDS.items():
            self.when_filter.addItem(word(text), when)
        self.when_filter.currentIndexChanged.connect(lambda _i: self._apply_when(self.when()))
        self.client_filter = ClientCombo(self.tr("All clients"))
        self.client_filter.setAccessibleName(self.tr("Client"))
        self.client_filter.setToolTip(
            self.tr("Type a few letters of a client's name to see only their sessions")
        )
        self.client_filter.client_changed.connect(lambda client_id: self._apply_filters())
        today = QDate.currentDate()
        self.dates_on = QCheckBox(self.tr("Only from"))
        self.dates_on.setAccessibleName(self.tr("Only sessions between two dates"))
        self.from_date = QDateEdit(QDate(today.year(), today.month(), 1))
        self.to_date = QDateEdit(QDate(today.year(), today.month(), today.daysInMonth()))
        for edit, name in ((self.from_date, self.tr("From")), (self.to_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._apply_filters())
        self.dates_on.toggled.connect(self._dates_toggled)
        show_label = QLabel(self.tr("&Show"))
        show_label.setBuddy(self.when_filter)
        client_label = QLabel(self.tr("&Client"))
        client_label.setBuddy(self.client_filter)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.to_date)
        groups: list[list[QWidget]] = [
            [show_label, self.when_filter],
            [client_label, self.client_filter],
            [self.dates_on, self.from_date, to_label, self.to_date],
        ]
        row = QHBoxLayout()
        for n, group in enumerate(groups):
            if n:
                row.addSpacing(12)
            for widget in group:
                row.addWidget(widget)
        row.addStretch(1)
        self.listing_layout.insertLayout(1, row)

    # ----- showing -------------------------------------------------------------------------------

    def load_rows(self, db: Db) -> list[SessionRow]:
        """The sessions the filters ask for (only those: a large practice has thousands), each row
        made only when the table reads it."""
        from coachdesk.services.session_list import client_choices, has_sessions
        from coachdesk.services.session_window import session_window

        start, end = self._bounds()
        self._any_sessions = has_sessions(db)
        clients = client_choices(db)
        if clients != self._clients:
            self._clients = clients
            self.client_filter.set_clients(clients)
        if self._open_db is None:
            return []
        # A Sequence that reads as a list (RecordListView's rows are lists; this one is never changed),
        # which reads the vault a page at a time as the table shows rows.
        return session_window(  # type: ignore[return-value]
            self._open_db,
            start=start,
            end=end,
            client_id=self.client_filter.client_id(),
            format_key=format_sort_key,
            concerns_key=concerns_sort_key,
        )

    def show_rows(self, rows: list[SessionRow]) -> None:
        self.model.clear()  # so the proxy does not filter the old rows once more for the new "now"
        self.proxy.set_when(self.when(), self._now)
        self.model.set_rows(rows)

    def has_records(self) -> bool:
        return self._any_sessions

    def select(self, record_id: Any) -> bool:
        """Select and show the session's row; False when it is not in the list or filtered out
        (found by id without making every row)."""
        found = self.model.position_of(record_id) if isinstance(record_id, uuid.UUID) else -1
        index = self.proxy.mapFromSource(self.model.index(found, 0)) if found >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def fit_columns(self) -> None:
        set_default_widths(self.table)

    def clear(self) -> None:
        """Forget every session and client shown, and reset the filters (on lock); an open editor or
        question closes without saving."""
        self._open_db = None
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self._clients = []
        self.client_filter.set_clients([])
        super().clear()

    def clear_filters(self) -> None:
        super().clear_filters()
        self.dates_on.setChecked(False)
        self.when_filter.setCurrentIndex(0)

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

    def new_record(self) -> Changes | None:
        return self.edit_session(None, self.client_filter.client_id())

    def edit(self, record_id: Any | None) -> Changes | None:
        return self.edit_session(record_id)

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

        def show(open_db: DbFactory) -> tuple[Changes | None, uuid.UUID | None]:
            editor = self.editor = SessionEditor(open_db, session_id, client_id, quick, self)
            try:
                editor.exec()
            finally:
                self.editor = None
            editor.deleteLater()
            return editor.changes, editor.session_id

        return self.run_editor(show, created=session_id is None)

    def show_saved(self, record_id: Any, created: bool) -> None:
        """Select the session just saved; when the filters hide it, show past or upcoming sessions
        (whichever it is among), with no dates or filter text and of every client unless it is the one
        shown, so it can be seen."""
        from coachdesk.services.session_list import session_record

        if self.select(record_id) or self._open_db is None:
            return
        with self._open_db() as db:
            record = session_record(db, record_id)
        self.filter_box.clear()
        self.dates_on.setChecked(False)
        if self.client_filter.client_id() not in (None, record.client_id):
            self.client_filter.set_client_id(None)
        when = When.PAST if record.starts_at <= datetime.now(UTC) else When.UPCOMING
        self.when_filter.setCurrentIndex(self.when_filter.findData(when))  # reads the list again
        self.refresh()
        self.select(record_id)

    def deletion_question(self, row: SessionRow) -> tuple[str, str]:
        when = local_datetime_text(row.starts_at)
        if row.has_notes:
            question = self.tr(
                "Delete the session with {client} on {when} with its private notes, and any amendments and "
                "action items recorded with it?\n\nThis cannot be undone, except from a backup made before."
            )
        else:
            question = self.tr(
                "Delete the session with {client} on {when}, and any amendments and action items recorded "
                "with it?\n\nThis cannot be undone, except from a backup made before."
            )
        return self.tr("Delete session?"), question.format(client=row.client_name, when=when)

    def delete_record(self, db: Db, row: SessionRow) -> Changes:
        from coachdesk.services.sessions import delete_session

        return delete_session(db, row.id)

    # ----- UI state ------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        """Column widths only (the Show choice orders the list): nothing about any client."""
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
        self._widths_set = True
        self.column_widths.following = False  # the coach's widths stay as they were
