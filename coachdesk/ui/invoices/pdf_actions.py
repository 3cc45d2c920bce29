"""The Invoices area's documents: preview, export (with Factur-X on request) and the payment reminder as
a PDF or a mail draft, each through the consent filter with the payer as recipient, and the ledger."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_list import InvoiceRow
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported
from coachdesk.ui.kit.invoice_documents import invoice_exportable, reminder_exportable
from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog

# A reminder is for money still owed after the due date has passed or is near.
REMINDABLE = (InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE)


class InvoicePdfActions:
    """What the area does with an invoice's PDF; ``on_exported`` hears of every file written or print."""

    def __init__(
        self,
        parent: QWidget,
        exporter: DocumentExporter,
        today: Callable[[], date],
        on_exported: Callable[[Exported], None],
        report: Callable[[str, str], None],
    ) -> None:
        self.parent = parent
        self.exporter = exporter
        self.today = today
        self.on_exported = on_exported
        self.report = report  # (title, message): a refusal shown to the coach
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # replaceable in tests

    def _document(
        self, open_db: DbFactory, build: Callable[..., ExportableDocument], invoice_id: uuid.UUID, **kw: bool
    ) -> ExportableDocument | None:
        try:
            with open_db() as db:
                return build(db, invoice_id, self.today(), **kw)
        except ValidationError as refused:
            self.report(
                QCoreApplication.translate("InvoicePdfActions", "The invoice cannot be printed"),
                refused.message,
            )
            return None

    def preview(self, open_db: DbFactory, row: InvoiceRow) -> PdfPreviewDialog | None:
        """The invoice's pages (a draft marked DRAFT); exporting from the preview records it."""
        document = self._document(open_db, invoice_exportable, row.id)
        if document is None:
            return None
        return self.exporter.preview(self.parent, open_db, document, self.on_exported)

    def export(self, open_db: DbFactory, row: InvoiceRow, *, facturx: bool = False) -> Exported | None:
        """Ask who it goes to and where, write it and record it; ``facturx`` embeds the e-invoice XML
        (an issued invoice only; a PDF/A-3 file is never password-protected)."""
        document = self._document(open_db, invoice_exportable, row.id, facturx=facturx)
        if document is None:
            return None
        exported = self.exporter.export(self.parent, open_db, document)
        if exported is not None:
            self.on_exported(exported)
        return exported

    def _remindable(self, row: InvoiceRow) -> bool:
        if row.status not in REMINDABLE:
            self.report(
                QCoreApplication.translate("InvoicePdfActions", "No reminder for this invoice"),
                QCoreApplication.translate(
                    "InvoicePdfActions", "A reminder is for an issued invoice that is not yet paid."
                ),
            )
            return False
        return True

    def reminder(self, open_db: DbFactory, row: InvoiceRow) -> Exported | None:
        """A payment reminder for an invoice still owed, as a PDF for the payer."""
        if not self._remindable(row):
            return None
        document = self._document(open_db, reminder_exportable, row.id)
        if document is None:
            return None
        exported = self.exporter.export(self.parent, open_db, document)
        if exported is not None:
            self.on_exported(exported)
        return exported

    def reminder_mail(self, open_db: DbFactory, row: InvoiceRow) -> Changes | None:
        """The reminder as a draft in the coach's mail program (never sent from here), cleared by the
        consent filter for the payer first and recorded in the ledger once the program took it."""
        from coachdesk.services.consent_filter import clear_to_leave
        from coachdesk.services.invoice_export import record_reminder_mail, reminder_document, reminder_mail

        if not self._remindable(row):
            return None
        today = self.today()
        try:
            with open_db() as db:
                clear_to_leave(db, reminder_document(row.id, today))
                mail = reminder_mail(db, row.id, today)
        except ValidationError as refused:
            self.report(
                QCoreApplication.translate("InvoicePdfActions", "The reminder cannot leave the vault"),
                refused.message,
            )
            return None
        if not self.open_url(QUrl(mail.url)):
            self.report(
                QCoreApplication.translate("InvoicePdfActions", "No mail program opened the draft"),
                QCoreApplication.translate(
                    "InvoicePdfActions",
                    "Set a default mail program in your system's settings, or export the reminder as a PDF.",
                ),
            )
            return None
        try:
            with open_db() as db:
                return record_reminder_mail(db, row.id, mail, today)
        except ValidationError as refused:
            self.report(
                QCoreApplication.translate("InvoicePdfActions", "The draft was not recorded"), refused.message
            )
            return None
