"""Write a sponsor report: the progress summary (only with the client's agreement), whether the client
agreed to share their own goals, then preview or export through the shared document flow."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported
from coachdesk.ui.kit.form import ValidatingForm

if TYPE_CHECKING:
    from coachdesk.services.agreement_list import AgreementRow


class SponsorReportDialog(QDialog):
    """Collects what the report may say; ``document()`` is then previewed or exported by the caller."""

    def __init__(
        self,
        open_db: DbFactory,
        engagement_id: uuid.UUID,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.engagement_id = engagement_id
        self.engagement_title = title
        self.setWindowTitle("Sponsor report")
        self.setMinimumWidth(560)
        intro = QLabel(
            "The report holds only what the agreement lets the sponsor receive (attendance, "
            "organisational and shared goals, a progress summary) and only while the client's consent "
            "to share with the sponsor is in force. Session notes are never included."
        )
        intro.setWordWrap(True)
        self.form = ValidatingForm()
        self.summary = QPlainTextEdit(placeholderText="Leave empty for no summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.form.add("progress_summary", "Progress summary", self.summary)
        self.summary_agreed = QCheckBox("The client has read and agreed to this summary")
        self.form.add("summary_agreed", "", self.summary_agreed)
        self.client_goals = QCheckBox("The client agreed to share their own goals too")
        self.form.add("client_goals_agreed", "", self.client_goals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton("Preview", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button = buttons.addButton("Export PDF…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.choice = ""
        self.preview_button.clicked.connect(lambda: self._finish("preview"))
        self.export_button.clicked.connect(lambda: self._finish("export"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.summary.setFocus()

    def _finish(self, choice: str) -> None:
        """Check the report can be made with what was typed; stay open on a problem, naming it."""
        from coachdesk.services.sponsor_report_pdf import sponsor_report_data

        self.form.clear_errors()
        try:
            with self._open_db() as db:
                sponsor_report_data(
                    db,
                    self.engagement_id,
                    date.today(),
                    progress_summary=self.summary.toPlainText(),
                    summary_agreed=self.summary_agreed.isChecked(),
                    client_goals_agreed=self.client_goals.isChecked(),
                )
        except ValidationError as error:
            self.form.show_error(error)
            return
        self.choice = choice
        self.accept()

    def _options(self) -> dict[str, object]:
        return {
            "progress_summary": self.summary.toPlainText(),
            "summary_agreed": self.summary_agreed.isChecked(),
            "client_goals_agreed": self.client_goals.isChecked(),
        }

    def document(self, client_name: str) -> ExportableDocument:
        """The report as the shared preview and export flow takes it (rendered when asked)."""
        from coachdesk.services.document_export import sponsor_report_document

        options = self._options()
        engagement_id = self.engagement_id

        source = sponsor_report_document(
            engagement_id,
            date.today(),
            progress_summary=str(options["progress_summary"]),
            summary_agreed=bool(options["summary_agreed"]),
            client_goals_agreed=bool(options["client_goals_agreed"]),
        )
        return ExportableDocument(
            title="Sponsor report",
            file_name=neutral_file_name("sponsor_report", date.today(), engagement_id),
            source=source,
            about=client_name,
        )


def sponsor_report_flow(
    parent: QWidget,
    open_db: DbFactory,
    exporter: DocumentExporter,
    row: AgreementRow,
    on_exported: Callable[[Exported], None],
) -> None:
    """Ask what the report may say; then preview it (export from there) or export it at once."""
    dialog = SponsorReportDialog(open_db, row.id, row.title, parent)
    if not dialog.exec():
        return
    document = dialog.document(row.client_name)
    if dialog.choice == "preview":
        exporter.preview(parent, open_db, document, on_exported)
        return
    exported = exporter.export(parent, open_db, document)
    if exported is not None:
        on_exported(exported)
