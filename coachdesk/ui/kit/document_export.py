"""Exporting a document as a PDF file (choose where, optionally protect it, write it atomically) or printing
it (choose a printer, paint its pages, write nothing), and recording either."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.documents.files import protect_with_password, sha256_hex
from coachdesk.domain import OutboundChannel
from coachdesk.services.consent_filter import clear_to_leave, default_recipient
from coachdesk.services.db import DbFactory
from coachdesk.services.document_export import DocumentSource, export_document, record_export
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit import recipient_dialog
from coachdesk.ui.kit.consent_offer import CONSENT_FIELD, OfferConsent, RecordConsent, offer_record_consent
from coachdesk.ui.kit.export_folders import ExportFolders
from coachdesk.ui.kit.file_dialogs import save_file_name
from coachdesk.ui.kit.form import ValidatingForm
from coachdesk.ui.kit.pdf_print import (
    AskPrinter,
    PrintedPages,
    PrintFailed,
    ask_printer,
    choose_printer_and_print,
    sheets_text,
)
from coachdesk.ui.kit.recipient_dialog import Recipient

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog

MIN_PASSWORD = 8
# Characters no file system accepts in a name (and control characters).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str) -> str:
    """``name`` with characters that cannot be in a file name replaced, ending in ".pdf"."""
    cleaned = " ".join(_UNSAFE.sub("-", name).split()).strip(". ") or "Document"
    return cleaned if cleaned.lower().endswith(".pdf") else f"{cleaned}.pdf"


@dataclass(frozen=True)
class ExportableDocument:
    """A document that can be previewed (rendered, nothing recorded) and exported (written, recorded)."""

    title: str  # "Coaching agreement": what kind of document, for window titles (never a name)
    file_name: str  # the suggested file name (neutral_file_name: no client's name)
    source: DocumentSource  # what it is about and how it renders
    about: str = ""  # "Zoë Ørsted", for messages inside the app's windows
    # When the consent filter refuses for want of the client's consent: record it there and then.
    record_consent: RecordConsent | None = None


@dataclass(frozen=True)
class Exported:
    """A finished export: where the file is, its fingerprint, and what the record changed."""

    path: Path
    sha256: str
    changes: Changes


@dataclass(frozen=True)
class Printed:
    """A finished print: what went to which printer, and what recording it changed."""

    pages: PrintedPages
    changes: Changes


def choose_pdf_file(
    parent: QWidget | None, caption: str, suggested: str, vaults: tuple[Path, ...] = ()
) -> str:
    """The system's save dialog for a PDF that is never the vault; '' when cancelled."""
    return save_file_name(
        parent,
        caption,
        suggested,
        QCoreApplication.translate("DocumentExporter", "PDF documents (*.pdf)"),
        export=True,
        vaults=vaults,
    )


class PdfPasswordDialog(QDialog):
    """Asks for a password for the PDF, twice, at least 8 characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the PDF with a password"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.form = ValidatingForm()
        self.form.add("password", self.tr("Password"), self.password)
        self.form.add("repeat", self.tr("Repeat it"), self.repeat)
        hint = QLabel(
            self.tr(
                "At least {count} characters. The PDF opens only with this password: send it to "
                "the recipient another way than the file, for example by phone."
            ).format(count=MIN_PASSWORD)
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Protect and export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        self.form.clear_errors()
        if len(self.password.text()) < MIN_PASSWORD:
            self.form.show_error(
                ValidationError(
                    "password",
                    self.tr("The password needs at least {count} characters.").format(count=MIN_PASSWORD),
                )
            )
        elif self.repeat.text() != self.password.text():
            self.form.show_error(ValidationError("repeat", self.tr("The two passwords differ.")))
        else:
            super().accept()


def ask_pdf_password(parent: QWidget | None) -> str | None:
    """The password to protect the PDF with; None when cancelled."""
    dialog = PdfPasswordDialog(parent)
    return dialog.password.text() if dialog.exec() else None


def saved_text(exported: Exported) -> str:
    """Where the export went, in one line."""
    return QCoreApplication.translate("DocumentExporter", "Saved “{name}” in {folder}.").format(
        name=exported.path.name, folder=exported.path.parent
    )


def show_export_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class DocumentExporter:
    """The one preview, print and export flow behind every "Preview" and "Export PDF…" button.

    The dialogs are attributes so tests can replace them: ``choose_file(parent, caption, suggested)``
    returns a path or '', ``choose_recipient(parent, title, suggested)`` a Recipient or None,
    ``ask_password(parent)`` a password or None, ``ask_printer(parent, printer)`` sets up the printer
    and returns False when cancelled, ``report_error(parent, title, message)`` shows a failure,
    ``offer_consent(parent, title, message)`` shows a refusal for want of consent with "Record
    consent…" (True when chosen). The consent filter is asked first, before the file dialog or the
    printer; when it wants the client's consent and the document can record one, the coach may
    record it there and the export goes on. Nothing is recorded unless the
    file was written or the printer took the pages; then ``on_printed`` receives each recorded print
    (exports go to the callers' callbacks).
    """

    def __init__(self, *, on_printed: Callable[[Printed], None]) -> None:
        self.on_printed = on_printed
        self.vault_path: Path | None = None  # the open vault: an export never replaces it
        self.choose_file: Callable[[QWidget | None, str, str], str] = lambda parent, caption, suggested: (
            choose_pdf_file(parent, caption, suggested, (self.vault_path,) if self.vault_path else ())
        )
        # Looked up when called, so a test can replace the module's prompt for every exporter.
        self.choose_recipient: Callable[[QWidget | None, str, str], Recipient | None] = (
            lambda parent, title, suggested: recipient_dialog.ask_recipient(
                parent, title, suggested, legal_grounds=True
            )
        )
        self.ask_password: Callable[[QWidget | None], str | None] = ask_pdf_password
        self.ask_printer: AskPrinter = ask_printer
        self.report_error: Callable[[QWidget | None, str, str], None] = show_export_error
        self.offer_consent: OfferConsent = offer_record_consent
        self.folders = ExportFolders()  # where the save dialog opens, per kind: this session only
        self.preview_dialog: PdfPreviewDialog | None = None

    def preview(
        self,
        parent: QWidget,
        open_db: DbFactory,
        document: ExportableDocument,
        on_exported: Callable[[Exported], None],
    ) -> PdfPreviewDialog | None:
        """Open the document's pages in a preview (nothing recorded); its "Export PDF…" exports what it
        shows and then calls ``on_exported``, its "Print…" prints what it shows (``print_document``).
        None after showing why the document could not be made."""
        from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog

        pdf = self.render(parent, open_db, document)
        if pdf is None:
            return None
        self.close_preview()
        dialog = self.preview_dialog = PdfPreviewDialog(pdf, document.title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def export() -> None:
            exported = self.export(
                dialog, open_db, document, pdf=dialog.pdf_bytes, protect=dialog.protect_box.isChecked()
            )
            if exported is not None:
                dialog.show_notice(saved_text(exported))
                on_exported(exported)

        def print_shown() -> None:
            printed = self.print_document(dialog, open_db, document, pdf=dialog.pdf_bytes)
            if printed is not None:
                dialog.show_notice(sheets_text(printed.pages))

        dialog.export_requested.connect(export)
        dialog.print_requested.connect(print_shown)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def close_preview(self) -> None:
        """Close the open preview, if any (on lock, or before another)."""
        if self.preview_dialog is not None:
            self.preview_dialog.reject()
            self.preview_dialog = None

    def _forget(self, dialog: PdfPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def suggested_path(self, document: ExportableDocument) -> str:
        folder = self.folders.folder(document.source.kind.value)
        return str(folder / safe_file_name(document.file_name))

    def forget(self) -> None:
        """On lock: close the preview and forget the folders used."""
        self.close_preview()
        self.folders.forget()

    def render(
        self, parent: QWidget | None, open_db: DbFactory, document: ExportableDocument
    ) -> bytes | None:
        """The document's PDF for a preview (nothing recorded); None after showing why it failed."""
        try:
            with open_db() as db:
                return document.source.render(db)
        except ValueError as error:  # ValidationError, or a clause template that cannot be filled
            about = f" ({document.about})" if document.about else ""
            self.report_error(
                parent,
                QCoreApplication.translate("DocumentExporter", "The document could not be made"),
                QCoreApplication.translate("DocumentExporter", "{document}{about}: {error}").format(
                    document=document.title, about=about, error=error
                ),
            )
            return None

    def export(
        self,
        parent: QWidget | None,
        open_db: DbFactory,
        document: ExportableDocument,
        *,
        pdf: bytes | None = None,
        protect: bool = False,
    ) -> Exported | None:
        """Ask where, write the file and record it; None when cancelled or after showing the failure.

        ``pdf`` is what a preview showed (exported as seen); otherwise the document is rendered now.
        The coach names the recipient (suggested by the consent filter); a refusal is shown before
        anything is written.
        """
        answers = self._ask(parent, open_db, document, protect)
        if answers is None:
            return None
        path, recipient, password = answers
        if pdf is None:
            pdf = self.render(parent, open_db, document)
            if pdf is None:
                return None
        data = protect_with_password(pdf, password) if password else pdf
        try:
            with open_db() as db:
                vaults = [self.vault_path] if self.vault_path else []
                changes = export_document(
                    db,
                    path,
                    data,
                    document.source,
                    vaults=vaults,
                    recipient=recipient.name,
                    legal_basis=recipient.legal_basis,
                )
        except OSError as error:
            reason = error.strerror or str(error)
            self.report_error(
                parent,
                QCoreApplication.translate("DocumentExporter", "The PDF was not saved"),
                QCoreApplication.translate(
                    "DocumentExporter",
                    "Could not write “{name}” in {folder}: {reason}.\n\n"
                    "Choose another folder, or check that this one exists and that you may write to it.",
                ).format(name=path.name, folder=path.parent, reason=reason),
            )
            return None
        except ValidationError as error:  # the consent filter refused: nothing was written
            self.report_error(
                parent,
                QCoreApplication.translate("DocumentExporter", "The document was not exported"),
                error.message,
            )
            return None
        self.folders.remember(document.source.kind.value, path.parent)
        return Exported(path, sha256_hex(data), changes)

    def print_document(
        self,
        parent: QWidget | None,
        open_db: DbFactory,
        document: ExportableDocument,
        *,
        pdf: bytes | None = None,
    ) -> Printed | None:
        """Ask for a printer, print the pages, record the print and pass it to ``on_printed``; None when
        cancelled or after showing the failure (then nothing is recorded). ``pdf`` is what a preview
        showed; otherwise the document is rendered now. The coach names the recipient first, and the
        consent filter is asked before a page leaves. No file is written."""
        recipient = self._recipient(parent, open_db, document)
        if recipient is None:
            return None
        if pdf is None:
            pdf = self.render(parent, open_db, document)
            if pdf is None:
                return None
        try:
            pages = choose_printer_and_print(parent, pdf, document.title, self.ask_printer)
        except PrintFailed as error:
            self.report_error(
                parent,
                QCoreApplication.translate("DocumentExporter", "The document was not printed"),
                error.message,
            )
            return None
        if pages is None:
            return None
        try:
            with open_db() as db:
                changes = record_export(
                    db,
                    document.source,
                    pdf,
                    channel=OutboundChannel.PRINT,
                    recipient=recipient.name,
                    legal_basis=recipient.legal_basis,
                )
        except ValidationError as error:
            self.report_error(
                parent,
                QCoreApplication.translate("DocumentExporter", "The print was not recorded"),
                QCoreApplication.translate(
                    "DocumentExporter", "The pages went to the printer, but CoachDesk could not record it: %1"
                ).replace("%1", error.message),
            )
            return None
        printed = Printed(pages, changes)
        self.on_printed(printed)
        return printed

    def _recipient(
        self, parent: QWidget | None, open_db: DbFactory, document: ExportableDocument
    ) -> Recipient | None:
        """Whom the pages go to, named by the coach and cleared by the consent filter; None if not."""
        suggested = self._suggested_recipient(parent, open_db, document)
        if suggested is None:
            return None
        recipient = self.choose_recipient(parent, document.title, suggested)
        if recipient is None:
            return None
        try:
            with open_db() as db:
                clear_to_leave(
                    db, document.source, recipient=recipient.name, legal_basis=recipient.legal_basis
                )
        except ValidationError as error:
            self.report_error(
                parent,
                QCoreApplication.translate("DocumentExporter", "The document cannot leave the vault"),
                error.message,
            )
            return None
        return recipient

    def _ask(
        self, parent: QWidget | None, open_db: DbFactory, document: ExportableDocument, protect: bool
    ) -> tuple[Path, Recipient, str] | None:
        """Where, to whom and (when protected) with which password; None when cancelled or refused."""
        suggested = self._suggested_recipient(parent, open_db, document)
        if suggested is None:
            return None
        path_text = self.choose_file(
            parent,
            QCoreApplication.translate("DocumentExporter", "Export {document}").format(
                document=document.title
            ),
            self.suggested_path(document),
        )
        if not path_text:
            return None
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        recipient = self.choose_recipient(parent, document.title, suggested)
        if recipient is None:
            return None
        password = ""
        if protect:
            password = self.ask_password(parent) or ""
            if not password:
                return None
        return path, recipient, password

    def _suggested_recipient(
        self, parent: QWidget | None, open_db: DbFactory, document: ExportableDocument
    ) -> str | None:
        """Whom the consent filter suggests; None after showing why the document may not leave.

        A refusal for want of the client's consent offers to record it (when the document can), and
        asks the filter again once it is recorded."""
        while True:
            try:
                with open_db() as db:
                    return default_recipient(db, document.source)
            except ValidationError as error:
                about = f" ({document.about})" if document.about else ""
                title = QCoreApplication.translate("DocumentExporter", "The document cannot leave the vault")
                message = QCoreApplication.translate("DocumentExporter", "{document}{about}: {error}").format(
                    document=document.title, about=about, error=error.message
                )
                if error.field != CONSENT_FIELD or document.record_consent is None:
                    self.report_error(parent, title, message)
                    return None
                if not self.offer_consent(parent, title, message) or not document.record_consent(parent):
                    return None
