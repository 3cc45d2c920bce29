"""The Agreements area: the coaching agreements with their status; edit, move on, preview, export, delete."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from coachdesk.domain import EngagementStatus
from coachdesk.services.agreement_list import AgreementRow
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.ui.agreements.editor_status import (
    ask_status_date,
    fill_status_menu,
    move_text,
    needs_date,
    next_moves,
)
from coachdesk.ui.agreements.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.agreements.table import (
    AgreementColumn,
    AgreementFilterProxy,
    AgreementTableModel,
    deletion_question,
    fit_columns,
    status_word,
)
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported, saved_text
from coachdesk.ui.kit.record_list_view import RecordListView

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db
    from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog


class AgreementsView(RecordListView[AgreementRow]):
    """Lists the engagements of the open vault; emits ``changed`` after every write (edit, move, export)."""

    # The engagement whose unbilled sessions (or package) the coach wants invoiced: a draft is made and
    # opened in the Invoices area.
    invoice_requested = Signal(object)  # uuid.UUID

    area = "agreements"
    noun = "agreement"
    # Marked for translation here and translated in __init__ (the kit builds the widgets with them).
    filter_hint = QT_TRANSLATE_NOOP("AgreementsView", "Filter by client, agreement or sponsor")
    new_text = QT_TRANSLATE_NOOP("AgreementsView", "New agreement…")
    first_text = QT_TRANSLATE_NOOP("AgreementsView", "Draft your first agreement…")
    delete_tip = QT_TRANSLATE_NOOP(
        "AgreementsView", "Delete the selected agreement (Del); its sessions and goals stay"
    )
    header_key = "columns"
    model: AgreementTableModel
    proxy: AgreementFilterProxy

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(AgreementTableModel(), AgreementFilterProxy(), parent)
        self._today = today
        self.filter_box.setPlaceholderText(QCoreApplication.translate("AgreementsView", self.filter_hint))
        self.new_button.setText(QCoreApplication.translate("AgreementsView", self.new_text))
        self.first_button.setText(QCoreApplication.translate("AgreementsView", self.first_text))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(QCoreApplication.translate("AgreementsView", self.delete_tip))
        self.filter_box.setAccessibleName(self.tr("Filter agreements"))
        self.table.setAccessibleName(self.tr("Agreements"))
        self.exporter = DocumentExporter(on_printed=lambda printed: self.changed.emit(printed.changes))
        # Replaceable in tests: the date of a status move.
        self.ask_date: Callable[[QWidget, EngagementStatus, str, date], date | None] = ask_status_date
        self._build_bar()
        self.table.sortByColumn(AgreementColumn.CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Last export"))
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.listing_layout.addWidget(self.notice)
        self.update_buttons()

    # ----- building ------------------------------------------------------------------------------

    def _build_bar(self) -> None:
        """Beside the filter: the status filter, the one-client filter, and what the selection can do."""
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in EngagementStatus:
            self.status_filter.addItem(status_word(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.narrow(self.proxy.set_status, self.status_filter.currentData())
        )
        self.client_button = QPushButton()
        self.client_button.setToolTip(self.tr("Show every client's agreements again"))
        self.client_button.clicked.connect(lambda: self.show_client(None))
        self.client_button.setVisible(False)
        self.status_button = QPushButton(self.tr("Status"))
        self.status_button.setToolTip(
            self.tr("Mark the selected agreement as sent, signed, active, completed…")
        )
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(lambda: self._fill_status_menu(self.status_menu))
        self.status_button.setMenu(self.status_menu)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("See the agreement as it will print"))
        self.preview_button.clicked.connect(self.preview_selected)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export PDF…"))
        self.export_button.setAccessibleName(self.tr("Export PDF"))
        self.export_button.setToolTip(
            self.tr("Save the agreement as a PDF file; the arrow offers a password")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button.clicked.connect(self.export_selected)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Export PDF…"), self.export_selected)
        export_menu.addAction(
            self.tr("Export PDF with a password…"), lambda: self.export_selected(protect=True)
        )
        self.export_button.setMenu(export_menu)
        self.export_button.setMinimumHeight(self.preview_button.sizeHint().height())
        self.report_button = QPushButton(self.tr("Sponsor report…"))
        self.report_button.setToolTip(
            self.tr("Write the report a three-way agreement lets the sponsor receive")
        )
        self.report_button.clicked.connect(self.sponsor_report_selected)
        self.invoice_button = QPushButton(self.tr("Invoice unbilled sessions…"))
        self.invoice_button.setToolTip(
            self.tr("Make a draft invoice of the sessions (or the package) not yet billed, and open it")
        )
        self.invoice_button.clicked.connect(self.invoice_selected)
        self.bar.insertWidget(1, self.status_filter)
        self.bar.insertWidget(2, self.client_button)
        actions = (
            self.status_button,
            self.preview_button,
            self.export_button,
            self.report_button,
            self.invoice_button,
        )
        # What is done to the selected agreement, on a row of its own: one row is too tight at 1024.
        action_row = QHBoxLayout()
        for button in actions:
            action_row.addWidget(button)
        action_row.addStretch(1)
        self.listing_layout.insertLayout(1, action_row)
        self.set_tab_order(
            self.filter_box,
            self.status_filter,
            self.client_button,
            *actions,
            self.delete_button,
            self.new_button,
            self.table,
        )

    # ----- showing -------------------------------------------------------------------------------

    def load_rows(self, db: Db) -> list[AgreementRow]:
        from coachdesk.services.agreement_list import agreement_rows

        return agreement_rows(db)

    def fit_columns(self) -> None:
        fit_columns(self.table)

    def clear(self) -> None:
        """Forget every agreement shown (on lock)."""
        self.exporter.forget()
        super().clear()
        self.notice.clear()
        self.notice.setVisible(False)

    def clear_filters(self) -> None:
        super().clear_filters()
        self.status_filter.setCurrentIndex(0)
        self.show_client(None)

    def show_client(self, client_id: uuid.UUID | None, name: str = "") -> None:
        """Only this client's agreements (None: everyone's); ``name`` names them when they have none yet."""
        self.proxy.set_client(client_id)
        name = next((r.client_name for r in self.model.rows_in_order() if r.client_id == client_id), name)
        self.client_button.setText(
            self.tr("Only {name} ✕").format(name=name) if name else self.tr("Only one client ✕")
        )
        self.client_button.setAccessibleName(self.tr("Show every client's agreements"))
        self.client_button.setVisible(client_id is not None)

    def select_engagement(self, engagement_id: uuid.UUID) -> bool:
        """Select and show the agreement's row; False when it is not in the list or filtered out."""
        return self.select(engagement_id)

    def update_buttons(self) -> None:
        row = self.selected()
        for button in (self.preview_button, self.export_button, self.delete_button):
            button.setEnabled(row is not None)
        self.status_button.setEnabled(row is not None and bool(next_moves(row.status)))
        self.report_button.setEnabled(row is not None and row.three_way)
        self.invoice_button.setEnabled(row is not None and row.fee_minor > 0)

    def invoice_selected(self) -> None:
        """Ask for a draft invoice of the selected agreement's unbilled sessions."""
        row = self.selected()
        if row is not None and row.fee_minor > 0:
            self.invoice_requested.emit(row.id)

    # ----- writing -------------------------------------------------------------------------------

    def new_record(self) -> Changes | None:
        return self.edit_engagement(None, client_id=self.proxy.client_id)

    def edit(self, record_id: Any | None) -> Changes | None:
        return self.edit_engagement(record_id)

    def edit_engagement(
        self, engagement_id: uuid.UUID | None, client_id: uuid.UUID | None = None
    ) -> Changes | None:
        """Open the agreement editor (a new one when ``engagement_id`` is None); refresh after changes."""
        from coachdesk.ui.agreements.editor import EngagementEditor

        def show(open_db: DbFactory) -> tuple[Changes | None, uuid.UUID | None]:
            editor = EngagementEditor(open_db, engagement_id, client_id, self, today=self._today())
            editor.exec()
            # Status moves write at once, so a cancelled editor may still have changed the agreement.
            return editor.changes, editor.engagement_id

        return self.run_editor(show, created=engagement_id is None)

    def move_selected(self, target: EngagementStatus) -> Changes | None:
        """Move the selected agreement to ``target`` on a date asked for; a refusal is shown as it is."""
        from coachdesk.services.engagements import set_engagement_status

        row = self.selected()
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
            self.inform(self.tr("{move}: not possible").format(move=move_text(target)), error.message)
            return None
        self.refresh()
        self.changed.emit(changes)
        return changes

    def deletion_question(self, row: AgreementRow) -> tuple[str, str]:
        """Names what stays with the client."""
        from coachdesk.services.engagements import engagement_deletion_summary

        assert self._open_db is not None  # asked only while a vault is attached
        with self._open_db() as db:
            linked = engagement_deletion_summary(db, row.id)
        return self.tr("Delete the agreement?"), deletion_question(row, linked)

    def delete_record(self, db: Db, row: AgreementRow) -> Changes:
        from coachdesk.services.engagements import delete_engagement

        return delete_engagement(db, row.id)

    # ----- preview and export --------------------------------------------------------------------

    def document_for(self, row: AgreementRow) -> ExportableDocument:
        """The agreement of ``row`` as a document to preview (not recorded) or export (recorded)."""
        from coachdesk.services.document_export import agreement_document

        today = self._today()
        return ExportableDocument(
            title=self.tr("Coaching agreement"),
            file_name=neutral_file_name("agreement", today, row.id),
            source=agreement_document(row.id, today),
            about=row.client_name,
        )

    def preview_selected(self) -> PdfPreviewDialog | None:
        """Show the selected agreement's pages (nothing is recorded); export from there records it."""
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        return self.exporter.preview(self, self._open_db, self.document_for(row), self._exported)

    @property
    def preview_dialog(self) -> PdfPreviewDialog | None:
        return self.exporter.preview_dialog

    def export_selected(self, *, protect: bool = False) -> Exported | None:
        """Ask where to save the selected agreement, write it (optionally protected) and record it."""
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        exported = self.exporter.export(self, self._open_db, self.document_for(row), protect=protect)
        if exported is not None:
            self._exported(exported)
        return exported

    def sponsor_report_selected(self) -> None:
        """For a three-way agreement: ask what the report may say, then preview or export it."""
        from coachdesk.ui.agreements.sponsor_report_dialog import sponsor_report_flow

        row = self.selected()
        if row is not None and self._open_db is not None and row.three_way:
            sponsor_report_flow(self, self._open_db, self.exporter, row, self._exported, self.changed.emit)

    def _exported(self, exported: Exported) -> None:
        self.notice.setText(saved_text(exported))
        self.notice.setVisible(True)
        self.changed.emit(exported.changes)

    # ----- menus and keys ------------------------------------------------------------------------

    def _fill_status_menu(self, menu: QMenu) -> None:
        row = self.selected()
        fill_status_menu(menu, row.status if row is not None else None, self.move_selected)

    def _context_menu(self, point: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open…"), lambda: self._open(self.table.currentIndex()))
        menu.addAction(self.tr("Preview"), self.preview_selected)
        menu.addAction(self.tr("Export PDF…"), self.export_selected)
        menu.addAction(self.tr("Export PDF with a password…"), lambda: self.export_selected(protect=True))
        status = menu.addMenu(self.tr("Status"))
        self._fill_status_menu(status)
        menu.addSeparator()
        invoice = menu.addAction(self.invoice_button.text(), self.invoice_selected)
        invoice.setEnabled(self.invoice_button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(point))
