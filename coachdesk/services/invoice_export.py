"""Invoices leaving the vault: an invoice or credit note (PDF, Factur-X), a payment reminder (PDF or a
``mailto:`` draft) and the accountant's CSVs, each cleared by the consent filter and recorded in the
outbound ledger with the payer (or the coach's books) as the recipient."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlmodel import Session

if TYPE_CHECKING:
    from coachdesk.documents.invoice_reminder import PaymentReminderData

from coachdesk.domain import (
    Client,
    DocumentKind,
    Invoice,
    InvoiceKind,
    InvoiceState,
    Organisation,
    OutboundChannel,
    Payer,
)
from coachdesk.services.changes import Changes
from coachdesk.services.document_export import export_document, record_export
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_pdf import invoice_data, invoice_pdf
from coachdesk.services.work import fetch

# Mail programs and systems cut longer links (as for a session's recap).
MAX_MAILTO = 8000
MAIL_DRAFT_DESCRIPTION = "Mail draft"


def invoice_document(
    db: Session,
    invoice_id: uuid.UUID | str,
    today: date,
    *,
    facturx: bool = False,
    language: str | None = None,
) -> DocumentSource:
    """The invoice or credit note ``invoice_id`` as a document for its payer (a draft is dated ``today``
    and marked DRAFT); with ``facturx`` the PDF carries its EN 16931 XML. It prints in ``language``,
    else in the client's document language."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    kind = DocumentKind.CREDIT_NOTE if invoice.kind is InvoiceKind.CREDIT_NOTE else DocumentKind.INVOICE
    found = invoice.id

    def render(session: Session) -> bytes:
        return invoice_pdf(session, found, today, facturx=facturx, language=language)

    return DocumentSource(kind, "invoice", found, render, today)


def invoice_file_name(db: Session, invoice_id: uuid.UUID | str) -> str:
    """``invoice-2026-0007.pdf``, ``credit-note-CN-2026-0001.pdf``, ``invoice-draft-3f2a9c.pdf``: no name."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    kind = "credit-note" if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice"
    if invoice.number is None:
        return f"{kind}-draft-{invoice.id.hex[:6]}.pdf"
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in invoice.number)
    return f"{kind}-{safe}.pdf"


def export_invoice(
    db: Session,
    path: Path,
    invoice_id: uuid.UUID | str,
    today: date,
    *,
    facturx: bool = False,
    vaults: Iterable[Path] = (),
    recipient: str | None = None,
    language: str | None = None,
) -> Changes:
    """Write the invoice's PDF to ``path`` and record it, to its payer unless ``recipient`` says otherwise.

    Raises ValidationError before writing (a draft as Factur-X, a recipient other than the payer).
    """
    source = invoice_document(db, invoice_id, today, facturx=facturx, language=language)
    return export_document(db, path, source.render(db), source, vaults=vaults, recipient=recipient)


# ----- payment reminders -------------------------------------------------------------------------------


def reminder_data(
    db: Session, invoice_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> PaymentReminderData:
    """The reminder of an issued invoice with money still owed, as of ``today`` (in ``language``, else
    the client's)."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    if invoice.state is not InvoiceState.ISSUED or invoice.kind is not InvoiceKind.INVOICE:
        raise ValidationError(
            "invoice_id", "A payment reminder is for an issued invoice, not a draft or a credit note."
        )
    data = invoice_data(db, invoice.id, today, language=language)
    if data.balance_minor <= 0:
        raise ValidationError(
            "invoice_id", f"Invoice {invoice.number} is settled: there is nothing to remind of."
        )
    reference = data.document_id.replace("INV-", "REM-", 1)
    from coachdesk.documents.invoice_reminder import PaymentReminderData  # reportlab: only to draw

    return PaymentReminderData(invoice=data, reminder_date=today, document_id=reference)


def reminder_pdf(
    db: Session, invoice_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> bytes:
    from coachdesk.documents.invoice_reminder import PaymentReminderRenderer

    return PaymentReminderRenderer(reminder_data(db, invoice_id, today, language=language)).render()


def reminder_document(
    invoice_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> DocumentSource:
    """The payment reminder of ``invoice_id`` as a document: it goes to the invoice's payer."""
    return DocumentSource(
        DocumentKind.PAYMENT_REMINDER,
        "invoice",
        invoice_id,
        lambda db: reminder_pdf(db, invoice_id, today, language=language),
        today,
    )


@dataclass(frozen=True)
class ReminderMail:
    """A mail draft of a reminder: the ``mailto:`` link the coach's mail program opens, and what it says."""

    url: str
    to: str
    subject: str
    body: str


def _payer_email(db: Session, invoice: Invoice) -> str:
    if invoice.payer is Payer.SPONSOR:
        organisation = db.get(Organisation, invoice.organisation_id) if invoice.organisation_id else None
        return organisation.contact_email if organisation else ""
    client = db.get(Client, invoice.client_id) if invoice.client_id else None
    return client.email if client else ""


def reminder_mail(
    db: Session, invoice_id: uuid.UUID | str, today: date, *, language: str | None = None
) -> ReminderMail:
    """The reminder as a ``mailto:`` draft to the payer (RFC 6068). CoachDesk never sends it: the coach's
    mail program opens it, and the coach reads, changes and sends it."""
    data = reminder_data(db, invoice_id, today, language=language)
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    to = _payer_email(db, invoice)
    from coachdesk.documents.invoice_reminder import reminder_mail as reminder_text

    subject, body = reminder_text(data)
    url = (
        f"mailto:{quote(to, safe='@')}"
        f"?subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    )
    if len(url) > MAX_MAILTO:
        raise ValidationError("invoice_id", "This reminder is too long for a mail draft: export it as a PDF.")
    return ReminderMail(url, to, subject, body)


def record_reminder_mail(
    db: Session, invoice_id: uuid.UUID | str, mail: ReminderMail, today: date
) -> Changes:
    """Record in the outbound ledger that the reminder was handed to the coach's mail program."""
    return record_export(
        db,
        reminder_document(invoice_id, today),
        mail.body.encode("utf-8"),
        channel=OutboundChannel.MAIL_DRAFT,
        description=MAIL_DRAFT_DESCRIPTION,
    )


def export_reminder(
    db: Session,
    path: Path,
    invoice_id: uuid.UUID | str,
    today: date,
    *,
    vaults: Iterable[Path] = (),
    recipient: str | None = None,
    language: str | None = None,
) -> Changes:
    """Write the reminder's PDF to ``path`` and record it, to the invoice's payer."""
    source = reminder_document(invoice_id, today, language=language)
    return export_document(db, path, source.render(db), source, vaults=vaults, recipient=recipient)
