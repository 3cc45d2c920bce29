"""Session prep: before a session, the last shared summary, open action items, goals and what the
agreement has left, in one view, with a one-page PDF for the coach's own use."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.services.session_prep import PrepItem, SessionPrepData
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument
from coachdesk.ui.kit.markdown_edit import MarkdownPreview
from coachdesk.ui.sessions.document_dialog import SessionDocumentDialog


def prep_html(data: SessionPrepData) -> str:
    """The prep as the view shows it (the same content as the PDF)."""

    def items(found: tuple[PrepItem, ...], empty: str) -> str:
        if not found:
            return f"<p><i>{escape(empty)}</i></p>"
        return "<ul>" + "".join(f"<li>{escape(item.text)}</li>" for item in found) + "</ul>"

    def heading(text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    def aside(text: str) -> str:
        return f"<i>{escape(text)}</i>"

    session = QCoreApplication.translate("SessionPrep", "Session {number} · {when}").format(
        number=data.session_number, when=data.session_when
    )
    parts = [f"<h2>{escape(data.client_name)}</h2>", f"<p>{escape(session)}</p>"]
    if data.agreement:
        parts += [
            heading(QCoreApplication.translate("SessionPrep", "The agreement")),
            f"<p>{escape(data.agreement)}</p>",
        ]
    parts.append(heading(QCoreApplication.translate("SessionPrep", "Last session")))
    if data.last_session:
        summary = escape(data.last_summary).replace("\n", "<br/>") or aside(
            QCoreApplication.translate("SessionPrep", "No shared summary was written.")
        )
        parts += [f"<p><b>{escape(data.last_session)}</b></p>", f"<p>{summary}</p>"]
    else:
        first = QCoreApplication.translate("SessionPrep", "This is the first session.")
        parts.append(f"<p>{aside(first)}</p>")
    parts += [
        heading(QCoreApplication.translate("SessionPrep", "Open action items")),
        items(data.open_actions, QCoreApplication.translate("SessionPrep", "None open.")),
    ]
    parts += [
        heading(QCoreApplication.translate("SessionPrep", "Goals")),
        items(data.goals, QCoreApplication.translate("SessionPrep", "No goals recorded yet.")),
    ]
    return "".join(parts)


class SessionPrepDialog(SessionDocumentDialog):
    """The prep for one session (saved or not yet). ``exporter`` writes the PDF; ``changes`` holds what
    its export recorded."""

    def __init__(
        self,
        open_db: DbFactory,
        client_id: uuid.UUID,
        engagement_id: uuid.UUID | None,
        starts_at: datetime,
        session_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        exporter: DocumentExporter | None = None,
    ) -> None:
        from coachdesk.services.session_prep import session_prep_document

        super().__init__(open_db, parent, today=today, exporter=exporter)
        self.document = ExportableDocument(
            self.tr("Session prep"),
            neutral_file_name("session_prep", self.today, session_id or client_id),
            session_prep_document(client_id, engagement_id, starts_at, self.today, session_id),
        )
        self._args = (client_id, engagement_id, starts_at, self.today, session_id)
        self.setWindowTitle(self.tr("Session prep"))
        self.view = MarkdownPreview()
        self.view.setAccessibleName(self.tr("Session prep"))
        self.export_button.setToolTip(self.tr("A one-page PDF for your own use"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_prep)
        for button in (self.export_button, self.print_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        own = QLabel(self.tr("For your own use: nothing here is shared with the client or a sponsor."))
        own.setEnabled(False)
        own.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(own)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(640, 600)
        self.refresh()

    def refresh(self) -> None:
        from coachdesk.services.session_prep import session_prep

        try:
            with self._open_db() as db:
                self.data: SessionPrepData | None = session_prep(db, *self._args)
        except ValidationError as error:
            self.data = None
            self._show_notice(error.message, error=True)
            self.export_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.view.setHtml(prep_html(self.data))

    def text(self) -> str:
        """The prep as shown (for tests and screen readers)."""
        return self.view.toPlainText()

    def print_prep(self) -> bool:
        printed = self.exporter.print_document(self, self._open_db, self.document)
        return printed is not None
