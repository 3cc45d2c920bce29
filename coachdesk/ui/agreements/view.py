"""The Agreements area: the coaching agreements with their status; edit, move on, preview, export, delete."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import EngagementStatus
from coachdesk.services.agreement_list import AgreementRow
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.ui.agreements.editor_status import (
    MOVES,
    ask_status_date,
    fill_status_menu,
    needs_date,
    next_moves,
)
from coachdesk.ui.agreements.table import (
    STATUS_WORDS,
    AgreementColumn,
    AgreementFilterProxy,
    AgreementTableModel,
    deletion_question,
    fit_columns,
)
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported, saved_text
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import FIT_SAMPLE_ROWS

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog

SETTINGS_GROUP = "agreements_view"


class AgreementsView(QWidget):
    """Lists the engagements of the open vault; emits ``changed`` after every write (edit, move, export)."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self._today = today
        self._widths_restored = False
        self.model = AgreementTableModel(self)
        self.proxy = AgreementFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.exporter = DocumentExporter()
        # Replaceable in tests: the delete question, the date of a status move, a refusal.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.ask_date: Callable[[QWidget, EngagementStatus, str, date], date | None] = ask_status_date
        self.report_error: Callable[[str, str], None] = self._warn
        self._build_bar()
        self.table = self._build_table()
        self.notice = QLabel()
        self.notice.setAccessibleName("Last export")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(16, 16, 16, 16)
        listing_layout.addLayout(self.bar)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.notice)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._follow_selection()

    # ----- building ------------------------------------------------------------------------------

    def _build_bar(self) -> None:
        self.filter_box = QLineEdit(placeholderText="Filter by client, agreement or sponsor")
        self.filter_box.setAccessibleName("Filter agreements")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Status filter")
        self.status_filter.addItem("All statuses", None)
        for status in EngagementStatus:
            self.status_filter.addItem(STATUS_WORDS[status], status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData())
        )
        self.client_button = QPushButton()
        self.client_button.setToolTip("Show every client's agreements again")
        self.client_button.clicked.connect(lambda: self.show_client(None))
        self.client_button.setVisible(False)
        self.new_button = QPushButton("New agreement…")
        self.new_button.clicked.connect(lambda: self.edit_engagement(None, client_id=self.proxy.client_id))
        self.status_button = QPushButton("Status")
        self.status_button.setToolTip("Mark the selected agreement as sent, signed, active, completed…")
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(lambda: self._fill_status_menu(self.status_menu))
        self.status_button.setMenu(self.status_menu)
        self.preview_button = QPushButton("Preview")
        self.preview_button.setToolTip("See the agreement as it will print")
        self.preview_button.clicked.connect(self.preview_selected)
        self.export_button = QToolButton()
        self.export_button.setText("Export PDF…")
        self.export_button.setAccessibleName("Export PDF")
        self.export_button.setToolTip("Save the agreement as a PDF file; the arrow offers a password")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button.clicked.connect(self.export_selected)
        export_menu = QMenu(self.export_button)
        export_menu.addAction("Export PDF…", self.export_selected)
        export_menu.addAction("Export PDF with a password…", lambda: self.export_selected(protect=True))
        self.export_button.setMenu(export_menu)
        self.report_button = QPushButton("Sponsor report…")
        self.report_button.setToolTip("Write the report a three-way agreement lets the sponsor receive")
        self.report_button.clicked.connect(self.sponsor_report_selected)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected agreement (Del); its sessions and goals stay")
        self.delete_button.clicked.connect(self.delete_selected)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.filter_box, 1)
        self.bar.addWidget(self.status_filter)
        self.bar.addWidget(self.client_button)
        self.bar.addSpacing(12)
        for button in (
            self.status_button,
            self.preview_button,
            self.export_button,
            self.report_button,
            self.delete_button,
        ):
            self.bar.addWidget(button)
        self.bar.addWidget(self.new_button)
        self.export_button.setMinimumHeight(self.preview_button.sizeHint().height())

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName("Agreements")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(AgreementColumn.CLIENT, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        table.activated.connect(self._open)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._follow_selection())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_key.activated.connect(self.delete_selected)
        return table

    def _build_empty_page(self) -> QWidget:
        first = QPushButton("Draft your first agreement…")
        first.clicked.connect(lambda: self.edit_engagement(None))
        self.empty = EmptyState.for_area("agreements")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty, 1)
        layout.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    # ----- showing -------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        """Show the agreements of the vault that ``sessions`` opens sessions on."""
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        from coachdesk.services.agreement_list import agreement_rows

        if self._open_db is None:
            return
        selected = self.selected_row()
        with self._open_db() as db:
            self.model.set_rows(agreement_rows(db))
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)
        self._fit_columns()
        if selected is not None:
            self.select_engagement(selected.id)
        self._follow_selection()

    def _fit_columns(self) -> None:
        if not self._widths_restored:
            fit_columns(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # the table knows its real width only once shown

    def clear(self) -> None:
        """Forget every agreement shown (on lock)."""
        self._open_db = None
        self.exporter.close_preview()
        self.model.clear()
        self.filter_box.clear()
        self.status_filter.setCurrentIndex(0)
        self.show_client(None)
        self.notice.clear()
        self.notice.setVisible(False)
        self.pages.setCurrentIndex(0)

    def show_client(self, client_id: uuid.UUID | None, name: str = "") -> None:
        """Only this client's agreements (None: everyone's); ``name`` names them when they have none yet."""
        self.proxy.set_client(client_id)
        name = next((r.client_name for r in self.model.rows() if r.client_id == client_id), name)
        self.client_button.setText(f"Only {name} ✕" if name else "Only one client ✕")
        self.client_button.setAccessibleName("Show every client's agreements")
        self.client_button.setVisible(client_id is not None)

    def select_engagement(self, engagement_id: uuid.UUID) -> bool:
        """Select and show the agreement's row; False when it is not in the list or filtered out."""
        source = self.model.index_of_id(engagement_id)
        index = self.proxy.mapFromSource(self.model.index(source, 0)) if source >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_row(self) -> AgreementRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def _follow_selection(self) -> None:
        row = self.selected_row()
        for button in (self.preview_button, self.export_button, self.delete_button):
            button.setEnabled(row is not None)
        self.status_button.setEnabled(row is not None and bool(next_moves(row.status)))
        self.report_button.setEnabled(row is not None and row.three_way)

    # ----- writing -------------------------------------------------------------------------------

    def _changed(self, changes: Changes, engagement_id: uuid.UUID | None = None) -> None:
        self.refresh()
        if engagement_id is not None:
            self.select_engagement(engagement_id)
        self.changed.emit(changes)

    def edit_engagement(
        self, engagement_id: uuid.UUID | None, client_id: uuid.UUID | None = None
    ) -> Changes | None:
        """Open the agreement editor (a new one when ``engagement_id`` is None); refresh after changes."""
        from coachdesk.ui.agreements.editor import EngagementEditor

        if self._open_db is None:
            return None
        editor = EngagementEditor(self._open_db, engagement_id, client_id, self, today=self._today())
        editor.exec()
        # Status moves write at once, so a cancelled editor may still have changed the agreement.
        if editor.changes is None:
            return None
        self._changed(editor.changes, editor.engagement_id)
        return editor.changes

    def move_selected(self, target: EngagementStatus) -> Changes | None:
        """Move the selected agreement to ``target`` on a date asked for; a refusal is shown as it is."""
        from coachdesk.services.engagements import set_engagement_status

        row = self.selected_row()
        if row is None or self._open_db is None:
            return None
        day: date | None = self._today()
        if needs_date(target):
            day = self.ask_date(self, target, row.title, self._today())
        if day is None:
            return None
        try:
            with self._open_db() as db:
                changes = set_engagement_status(db, row.id, target, day)
        except ValidationError as error:
            self.report_error(f"{MOVES[target]}: not possible", error.message)
            return None
        self._changed(changes, row.id)
        return changes

    def delete_selected(self) -> Changes | None:
        """Ask, naming what stays with the client, then delete the agreement."""
        from coachdesk.services.engagements import delete_engagement, engagement_deletion_summary

        row = self.selected_row()
        if row is None or self._open_db is None:
            return None
        with self._open_db() as db:
            linked = engagement_deletion_summary(db, row.id)
        if not self.confirm("Delete the agreement?", deletion_question(row, linked)):
            return None
        with self._open_db() as db:
            changes = delete_engagement(db, row.id)
        self._changed(changes)
        return changes

    # ----- preview and export --------------------------------------------------------------------

    def document_for(self, row: AgreementRow) -> ExportableDocument:
        """The agreement of ``row`` as a document to preview (not recorded) or export (recorded)."""
        from coachdesk.services.document_export import agreement_document

        today = self._today()
        return ExportableDocument(
            title=f"Coaching agreement — {row.client_name}",
            file_name=f"Coaching agreement - {row.client_name} - {today.isoformat()}.pdf",
            source=agreement_document(row.id, today),
        )

    def preview_selected(self) -> PdfPreviewDialog | None:
        """Show the selected agreement's pages (nothing is recorded); export from there records it."""
        row = self.selected_row()
        if row is None or self._open_db is None:
            return None
        return self.exporter.preview(self, self._open_db, self.document_for(row), self._exported)

    @property
    def preview_dialog(self) -> PdfPreviewDialog | None:
        return self.exporter.preview_dialog

    def export_selected(self, *, protect: bool = False) -> Exported | None:
        """Ask where to save the selected agreement, write it (optionally protected) and record it."""
        row = self.selected_row()
        if row is None or self._open_db is None:
            return None
        exported = self.exporter.export(self, self._open_db, self.document_for(row), protect=protect)
        if exported is not None:
            self._exported(exported)
        return exported

    def sponsor_report_selected(self) -> None:
        """For a three-way agreement: ask what the report may say, then preview or export it."""
        from coachdesk.ui.agreements.sponsor_report_dialog import sponsor_report_flow

        row = self.selected_row()
        if row is not None and self._open_db is not None and row.three_way:
            sponsor_report_flow(self, self._open_db, self.exporter, row, self._exported)

    def _exported(self, exported: Exported) -> None:
        self.notice.setText(saved_text(exported))
        self.notice.setVisible(True)
        self.changed.emit(exported.changes)

    # ----- menus and keys ------------------------------------------------------------------------

    def _fill_status_menu(self, menu: QMenu) -> None:
        row = self.selected_row()
        fill_status_menu(menu, row.status if row is not None else None, self.move_selected)

    def _context_menu(self, point: QPoint) -> None:
        if self.selected_row() is None:
            return
        menu = QMenu(self)
        menu.addAction("Open…", lambda: self._open(self.table.currentIndex()))
        menu.addAction("Preview", self.preview_selected)
        menu.addAction("Export PDF…", self.export_selected)
        menu.addAction("Export PDF with a password…", lambda: self.export_selected(protect=True))
        status = menu.addMenu("Status")
        self._fill_status_menu(status)
        menu.addSeparator()
        menu.addAction("Delete…", self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.edit_engagement(row.id)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, "Delete")

    # ----- UI state ------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        """Column widths and sort order: UI state only."""
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("columns", self.table.horizontalHeader().saveState())
        settings.endGroup()

    def restore_ui_state(self, settings: QSettings) -> None:
        settings.beginGroup(SETTINGS_GROUP)
        try:
            state = settings.value("columns")
            if isinstance(state, bytes):
                state = QByteArray(state)
            if isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state):
                self._widths_restored = True
        finally:
            settings.endGroup()
