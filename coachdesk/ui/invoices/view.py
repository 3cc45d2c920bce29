"""The Invoices area: invoices and credit notes by status; new drafts, edit, delete, issue, credit, record
payments and refunds, and the invoice's PDF (preview, export, Factur-X, payment reminder)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from coachdesk.domain import InvoiceKind
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_list import InvoiceRow, list_invoices
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.ui.invoices.books_dialog import BooksExport
from coachdesk.ui.invoices.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.invoices.money_dialogs import CreditDialog, PaymentDialog, confirm_issue
from coachdesk.ui.invoices.package_choice import ask_package_billing
from coachdesk.ui.invoices.pdf_actions import REMINDABLE, InvoicePdfActions
from coachdesk.ui.invoices.refund_dialog import RefundDialog, can_refund
from coachdesk.ui.invoices.table import (
    STATUS_WORDS,
    InvoiceColumn,
    InvoiceFilterProxy,
    InvoiceTableModel,
    translated,
)
from coachdesk.ui.kit.document_export import DocumentExporter, Exported, saved_text
from coachdesk.ui.kit.form import index_of
from coachdesk.ui.kit.record_list_view import RecordListView

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db
    from coachdesk.services.package_blocks import PackageBlocks
    from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog

_OWED = (InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE)
_CREDITABLE = (*_OWED, InvoiceStatus.PAID, InvoiceStatus.REFUND_DUE)


class InvoicesView(RecordListView[InvoiceRow]):
    """Lists the invoices of the open vault; emits ``changed`` after every write and every export."""

    area = "invoices"
    noun = "draft invoice"
    filter_hint = QT_TRANSLATE_NOOP("Invoices", "Filter by number or payer")
    new_text = QT_TRANSLATE_NOOP("Invoices", "New draft…")
    first_text = QT_TRANSLATE_NOOP("Invoices", "Make your first invoice…")
    delete_tip = QT_TRANSLATE_NOOP(
        "Invoices", "Delete the selected draft (Del); issued invoices are corrected by a credit note"
    )
    whole_columns = (InvoiceColumn.NUMBER, InvoiceColumn.PAYER)
    proxy: InvoiceFilterProxy

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(InvoiceTableModel(), InvoiceFilterProxy(), parent)
        self.today = today
        self.exporter = DocumentExporter(on_printed=lambda printed: self.changed.emit(printed.changes))
        self.pdf = InvoicePdfActions(self, self.exporter, today, self._exported, self.inform)
        self.books = BooksExport(self, today, self.inform)
        self.filter_box.setPlaceholderText(translated(self.filter_hint))
        self.new_button.setText(translated(self.new_text))
        self.first_button.setText(translated(self.first_text))
        self.delete_button.setText(self.tr("Delete draft…"))
        self.delete_button.setToolTip(translated(self.delete_tip))
        self.filter_box.setAccessibleName(self.tr("Filter invoices"))
        self.table.setAccessibleName(self.tr("Invoices"))
        # Replaceable in tests: the question before issuing.
        self.confirm_issue: Callable[[QWidget, InvoiceRow], bool] = confirm_issue
        # Replaceable in tests: for a fee per engagement, the whole package (1) or its next block of N.
        self.ask_package_billing: Callable[[QWidget, PackageBlocks], int | None] = ask_package_billing
        self._build_bar()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as listed: drafts, then newest first
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Last change"))
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.listing_layout.addWidget(self.notice)
        self.update_buttons()

    def _build_bar(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All invoices"), None)
        for status, words in STATUS_WORDS.items():
            self.status_filter.addItem(translated(words), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.narrow(self.proxy.set_status, self.status_filter.currentData())
        )
        self.bar.insertWidget(1, self.status_filter)
        self.books_button = QPushButton(self.tr("For the accountant…"))
        self.books_button.setToolTip(
            self.tr(
                "Save a period's invoices and credit notes, or its payments, as a CSV file for your books"
            )
        )
        self.books_button.clicked.connect(lambda: self.export_books())  # noqa: PLW0108
        self.bar.insertWidget(2, self.books_button)

        def button(text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
            made = QPushButton(translated(text))
            made.setToolTip(translated(tip))
            made.clicked.connect(slot)
            return made

        self.edit_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Edit…"),
            QT_TRANSLATE_NOOP("Invoices", "Change the selected draft"),
            self.edit_selected,
        )
        self.issue_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Issue…"),
            QT_TRANSLATE_NOOP("Invoices", "Give the draft its number and fix it for good"),
            self.issue_selected,
        )
        self.credit_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Credit…"),
            QT_TRANSLATE_NOOP("Invoices", "Correct an issued invoice with a credit note"),
            self.credit_selected,
        )
        self.pay_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Record payment…"),
            QT_TRANSLATE_NOOP("Invoices", "Record money received for the invoice"),
            self.pay_selected,
        )
        self.refund_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Record refund…"),
            QT_TRANSLATE_NOOP("Invoices", "Record money paid back to the payer after a credit note"),
            self.refund_selected,
        )
        self.preview_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Preview"),
            QT_TRANSLATE_NOOP("Invoices", "See the invoice as it will print"),
            self.preview_selected,
        )

        def menu_only() -> None:
            """The button opens its menu; the menu's entries do the work."""

        self.export_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Export…"),
            QT_TRANSLATE_NOOP("Invoices", "Save the invoice as a PDF or an e-invoice, or a payment reminder"),
            menu_only,
        )
        menu = QMenu(self.export_button)
        self.export_pdf_action = QAction(self.tr("PDF…"), menu)
        # triggered(checked) would land in the keyword-only flags, hence the lambdas
        self.export_pdf_action.triggered.connect(lambda: self.export_selected())  # noqa: PLW0108
        self.export_facturx_action = QAction(self.tr("PDF with Factur-X e-invoice data…"), menu)
        self.export_facturx_action.triggered.connect(lambda: self.export_selected(facturx=True))
        self.reminder_action = QAction(self.tr("Payment reminder…"), menu)
        self.reminder_action.triggered.connect(lambda: self.reminder_selected())  # noqa: PLW0108
        self.reminder_mail_action = QAction(self.tr("Payment reminder by e-mail…"), menu)
        self.reminder_mail_action.triggered.connect(lambda: self.reminder_mail_selected())  # noqa: PLW0108
        for action in (
            self.export_pdf_action,
            self.export_facturx_action,
            self.reminder_action,
            self.reminder_mail_action,
        ):
            menu.addAction(action)
        self.export_button.setMenu(menu)
        self.action_buttons = (
            self.edit_button,
            self.issue_button,
            self.credit_button,
            self.pay_button,
            self.refund_button,
            self.preview_button,
            self.export_button,
        )
        # What is done to the selected invoice, on a row of its own (one row is too tight at 1024).
        row = QHBoxLayout()
        for made in self.action_buttons:
            row.addWidget(made)
        row.addStretch(1)
        self.listing_layout.insertLayout(1, row)
        self.set_tab_order(
            self.filter_box,
            self.status_filter,
            self.books_button,
            self.delete_button,
            self.new_button,
            *self.action_buttons,
            self.table,
        )

    # ----- rows and buttons ------------------------------------------------------------------------

    def load_rows(self, db: Db) -> list[InvoiceRow]:
        return list_invoices(db, today=self.today())

    def clear_filters(self) -> None:
        super().clear_filters()
        self.status_filter.setCurrentIndex(0)

    def show_status(self, status: InvoiceStatus | None) -> None:
        """Show only invoices of ``status`` (None: all)."""
        self.status_filter.setCurrentIndex(index_of(self.status_filter, status))

    def update_buttons(self) -> None:
        row = self.selected()
        draft = row is not None and row.status is InvoiceStatus.DRAFT
        invoice = row is not None and row.kind is InvoiceKind.INVOICE
        self.delete_button.setEnabled(draft)
        self.edit_button.setEnabled(draft)
        self.issue_button.setEnabled(draft)
        # What is not yet credited can be credited; beyond what is owed, it is refunded (Record refund…).
        creditable = row is not None and row.status in _CREDITABLE and row.credited_minor < row.gross_minor
        self.credit_button.setEnabled(invoice and creditable)
        self.pay_button.setEnabled(invoice and row is not None and row.status in _OWED)
        self.refund_button.setEnabled(can_refund(row))
        self.preview_button.setEnabled(row is not None)
        self.export_button.setEnabled(row is not None)
        issued = row is not None and row.status is not InvoiceStatus.DRAFT
        self.export_facturx_action.setEnabled(issued)  # e-invoice data describes an issued invoice only
        self.reminder_action.setEnabled(invoice and row is not None and row.status in REMINDABLE)
        self.reminder_mail_action.setEnabled(self.reminder_action.isEnabled())

    def refresh(self) -> None:
        super().refresh()
        self.update_buttons()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)

    # ----- the draft editor ------------------------------------------------------------------------

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        from coachdesk.ui.invoices.draft_editor import DraftInvoiceDialog

        dialog = DraftInvoiceDialog(open_db, record_id, parent=self)
        return dialog.changes if dialog.exec() else None

    def edit_selected(self) -> Changes | None:
        row = self.selected()
        return self.edit(row.id) if row is not None and row.status is InvoiceStatus.DRAFT else None

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is None:
            return
        if row.status is InvoiceStatus.DRAFT:
            self.edit(row.id)
        else:
            self.inform(
                self.tr("An issued invoice is fixed"),
                self.tr("An issued invoice cannot be changed; it is corrected by a credit note."),
            )

    def make_unbilled_draft(self, engagement_id: uuid.UUID) -> uuid.UUID | None:
        """A draft of the engagement's unbilled sessions (or its package); None, saying why, when there
        is nothing to bill."""
        from coachdesk.ui.invoices.package_choice import draft_unbilled

        return draft_unbilled(self, self._open_db, engagement_id)

    def open_draft(self, invoice_id: uuid.UUID) -> Changes | None:
        """Show and select a draft just made elsewhere (from an engagement), then open it in the editor."""
        self.clear_filters()
        self.refresh()
        self.select(invoice_id)
        return self.edit(invoice_id)

    def deletion_question(self, row: InvoiceRow) -> tuple[str, str]:
        return self.tr("Delete draft invoice"), self.tr(
            "Delete this draft invoice to %1? Its sessions can then be billed again."
        ).replace("%1", row.payer_name)

    def delete_selected(self) -> Changes | None:
        """Only drafts are deleted (asked first); an issued invoice is corrected by a credit note."""
        row = self.selected()
        if row is not None and row.status is not InvoiceStatus.DRAFT:
            self.inform(
                self.tr("An issued invoice is kept"),
                self.tr("An issued invoice is never deleted; correct it with a credit note (Credit…)."),
            )
            return None
        return super().delete_selected()

    def clear(self) -> None:
        """Forget every invoice shown (on lock)."""
        self.exporter.forget()
        super().clear()
        self.notice.clear()
        self.notice.setVisible(False)

    def delete_record(self, db: Db, row: InvoiceRow) -> Changes:
        from coachdesk.services.invoices import delete_draft

        return delete_draft(db, row.id)

    # ----- issue, credit, pay ----------------------------------------------------------------------

    def issue_selected(self) -> Changes | None:
        """Ask, then issue the selected draft: it takes its number, shown in the list and below it. A
        computer without the tag its number series needs is asked for one, then the draft is issued."""
        from coachdesk.services.invoice_issue import issue_invoice

        row = self.selected()
        if row is None or row.status is not InvoiceStatus.DRAFT or self._open_db is None:
            return None
        if not self.confirm_issue(self, row):
            return None
        for tagged in (False, True):
            try:
                with self._open_db() as db:
                    changes = issue_invoice(db, row.id, on=self.today())
                break
            except ValidationError as refused:
                untagged = refused.field == "computer_tag" and not tagged
                if untagged and self.ask_computer_tag() and self._open_db is not None:
                    continue
                if not untagged:
                    self.inform(self.tr("The invoice was not issued"), refused.message)
                return None
        self.refresh()
        self.select(row.id)
        issued = self.selected()
        if issued is not None:
            self._say(self.tr("Issued as invoice %1.").replace("%1", issued.number or ""))
        self.changed.emit(changes)
        return changes

    def ask_computer_tag(self) -> bool:
        """This computer has no tag for its number series: ask for one (True once it is saved)."""
        from coachdesk.ui.invoices.computer_tag_dialog import ComputerTagDialog

        if self._open_db is None:
            return False
        dialog = self.tag_dialog = ComputerTagDialog(self._open_db, self)
        return bool(dialog.exec())

    def credit_selected(self) -> Changes | None:
        row = self.selected()
        if row is None or self._open_db is None or not self.credit_button.isEnabled():
            return None

        def show(open_db: DbFactory) -> tuple[Changes | None, Any]:
            dialog = CreditDialog(open_db, row, self, today=self.today())
            changes = dialog.changes if dialog.exec() else None
            return changes, changes.created if changes is not None else None

        changes = self.run_editor(show, created=True)
        credit = self.selected()
        if changes is not None and credit is not None:
            self._say(self.tr("Credit note %1 issued.").replace("%1", credit.number or ""))
        return changes

    def pay_selected(self) -> Changes | None:
        row = self.selected()
        if row is None or self._open_db is None or not self.pay_button.isEnabled():
            return None

        def show(open_db: DbFactory) -> tuple[Changes | None, Any]:
            dialog = PaymentDialog(open_db, row, self, today=self.today())
            return (dialog.changes if dialog.exec() else None), row.id

        changes = self.run_editor(show, created=False)
        paid = self.selected()
        if changes is not None and paid is not None:
            self._say(
                self.tr("Payment recorded; invoice %1 is now %2.")
                .replace("%1", paid.number or "")
                .replace("%2", translated(STATUS_WORDS[paid.status]).lower())
            )
        return changes

    def refund_selected(self) -> Changes | None:
        row = self.selected()
        if row is None or self._open_db is None or not self.refund_button.isEnabled():
            return None

        def show(open_db: DbFactory) -> tuple[Changes | None, Any]:
            dialog = RefundDialog(open_db, row, self, today=self.today())
            return (dialog.changes if dialog.exec() else None), row.id

        changes = self.run_editor(show, created=False)
        if changes is not None:
            self._say(self.tr("Refund recorded for %1.").replace("%1", row.number or ""))
        return changes

    # ----- the PDF -------------------------------------------------------------------------------------

    def preview_selected(self) -> PdfPreviewDialog | None:
        """The selected invoice's pages (nothing recorded); exporting from the preview records it."""
        row = self.selected()
        return self.pdf.preview(self._open_db, row) if row is not None and self._open_db else None

    @property
    def preview_dialog(self) -> PdfPreviewDialog | None:
        return self.exporter.preview_dialog

    def export_selected(self, *, facturx: bool = False) -> Exported | None:
        """Ask who it goes to and where, then write the selected invoice and record it."""
        row = self.selected()
        return self.pdf.export(self._open_db, row, facturx=facturx) if row and self._open_db else None

    def reminder_selected(self) -> Exported | None:
        """A payment reminder for the selected invoice, to its payer."""
        row = self.selected()
        return self.pdf.reminder(self._open_db, row) if row is not None and self._open_db else None

    def export_books(self) -> Exported | None:
        """The accountant's CSV of a period's invoices or payments, written and recorded."""
        if self._open_db is None:
            return None
        self.books.vault_path = self.exporter.vault_path
        exported = self.books.run(self._open_db)
        if exported is not None:
            self._exported(exported)
        return exported

    def reminder_mail_selected(self) -> Changes | None:
        """The selected invoice's payment reminder as a draft in the coach's mail program."""
        row = self.selected()
        changes = self.pdf.reminder_mail(self._open_db, row) if row is not None and self._open_db else None
        if changes is not None:
            self._say(
                self.tr(
                    "The reminder is open in your mail program as a draft: check it and send it from "
                    "there. It is recorded in Ethics › Sent out."
                )
            )
            self.changed.emit(changes)
        return changes

    def _exported(self, exported: Exported) -> None:
        self._say(saved_text(exported))
        self.changed.emit(exported.changes)
