"""A session's recap for the client: the shared summary and the action items, as a PDF or a mail draft
the coach's own mail program opens (CoachDesk sends nothing). Private notes never reach it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument
from coachdesk.ui.sessions.document_dialog import SessionDocumentDialog


class RecapDialog(SessionDocumentDialog):
    """The recap as the client will read it, with "Export PDF…" and "Open mail draft…".

    Replaceable in tests: ``open_url(url)`` (True when a mail program took it), ``report_error(title,
    text)``. ``changes`` holds what the exports and drafts recorded in the outbound ledger.
    """

    def __init__(
        self,
        open_db: DbFactory,
        session_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        exporter: DocumentExporter | None = None,
    ) -> None:
        from coachdesk.services.client_recap import recap_document

        super().__init__(open_db, parent, today=today, exporter=exporter)
        self.session_id = session_id
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.report_error: Callable[[str, str], None] = self._warn
        self.document = ExportableDocument(
            self.tr("Session recap"),
            neutral_file_name("recap", self.today, session_id),
            recap_document(session_id, self.today),
        )
        self.setWindowTitle(self.tr("Session recap"))
        intro = QLabel(
            self.tr(
                "What the client receives: the shared summary and the action items agreed. Your private "
                "notes are never part of it."
            )
        )
        intro.setWordWrap(True)
        self.to_label = QLabel()
        self.to_label.setAccessibleName(self.tr("Recipient"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Recap"))
        self.mail_button = QPushButton(self.tr("Open mail draft…"))
        self.mail_button.setToolTip(self.tr("Open the recap as a new mail in your mail program; you send it"))
        self.mail_button.clicked.connect(self.open_mail_draft)
        for button in (self.mail_button, self.export_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.to_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        self.refresh()

    def refresh(self) -> bool:
        """Show the recap; when it cannot be made or may not leave, say why and offer nothing."""
        from coachdesk.services.client_recap import recap_mail
        from coachdesk.services.consent_filter import clear_to_leave

        try:
            with self._open_db() as db:
                clearance = clear_to_leave(db, self.document.source)
                mail = recap_mail(db, self.session_id, self.today)
        except ValidationError as error:
            self._show_notice(error.message, error=True)
            self.mail_button.setEnabled(False)
            self.export_button.setEnabled(False)
            return False
        to = f"{clearance.recipient} <{mail.to}>" if mail.to else clearance.recipient
        self.to_label.setText(self.tr("To: %1").replace("%1", to))
        subject = self.tr("Subject: %1").replace("%1", mail.subject)
        self.preview.setPlainText(f"{subject}\n\n{mail.body}")
        return True

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def text(self) -> str:
        return self.preview.toPlainText()

    def open_mail_draft(self) -> bool:
        """Hand the recap to the mail program as a draft, then record it; nothing is sent from here."""
        from coachdesk.services.client_recap import recap_mail, record_mail_draft
        from coachdesk.services.consent_filter import clear_to_leave

        try:
            with self._open_db() as db:
                clear_to_leave(db, self.document.source)
                mail = recap_mail(db, self.session_id, self.today)
        except ValidationError as error:
            self.report_error(self.tr("The recap cannot leave the vault"), error.message)
            return False
        if not self.open_url(QUrl(mail.url)):
            self.report_error(
                self.tr("No mail program opened the draft"),
                self.tr(
                    "Set a default mail program in your system's settings, or export the recap as a PDF."
                ),
            )
            return False
        try:
            with self._open_db() as db:
                self._note(record_mail_draft(db, self.session_id, mail, self.today))
        except ValidationError as error:
            self.report_error(self.tr("The draft was not recorded"), error.message)
            return False
        missing = "" if mail.to else self.tr(" Add the client's address in your mail program.")
        self._show_notice(
            self.tr(
                "The draft is open in your mail program: check it and send it from there.%1 It is "
                "recorded in Ethics › Sent out."
            ).replace("%1", missing)
        )
        return True
