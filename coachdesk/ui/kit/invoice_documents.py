"""An invoice, credit note or payment reminder as an ExportableDocument: previewed, printed and exported
by the one DocumentExporter exactly like an agreement (consent filter, payer as recipient, ledger)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication

from coachdesk.domain import DocumentKind, Invoice
from coachdesk.services.db import Db
from coachdesk.services.invoice_export import invoice_document, invoice_file_name, reminder_document
from coachdesk.services.invoice_parties import payer_name
from coachdesk.services.work import fetch
from coachdesk.ui.kit.document_export import ExportableDocument


def invoice_exportable(
    db: Db, invoice_id: uuid.UUID, today: date, *, facturx: bool = False
) -> ExportableDocument:
    """The invoice or credit note ``invoice_id`` (a draft dated ``today``, marked DRAFT) for its payer;
    with ``facturx`` the PDF carries its Factur-X XML (an issued invoice only: a draft is refused when
    rendered, with the reason)."""
    source = invoice_document(db, invoice_id, today, facturx=facturx)
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    title = (
        QCoreApplication.translate("InvoiceDocuments", "Credit note")
        if source.kind is DocumentKind.CREDIT_NOTE
        else QCoreApplication.translate("InvoiceDocuments", "Invoice")
    )
    return ExportableDocument(title, invoice_file_name(db, invoice_id), source, payer_name(db, invoice))


def reminder_exportable(db: Db, invoice_id: uuid.UUID, today: date) -> ExportableDocument:
    """The payment reminder of the issued invoice ``invoice_id``, dated ``today``, for its payer."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    name = f"payment-reminder-{invoice_file_name(db, invoice_id).removeprefix('invoice-')}"
    return ExportableDocument(
        QCoreApplication.translate("InvoiceDocuments", "Payment reminder"),
        name,
        reminder_document(invoice_id, today),
        payer_name(db, invoice),
    )
