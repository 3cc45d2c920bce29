"""What the session prep and the recap dialogs share: a document to export, a notice, Close, the changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, saved_text
from coachdesk.ui.kit.form import ERROR_STYLE


class SessionDocumentDialog(QDialog):
    """A dialog showing one session document. A subclass sets ``document`` and lays out the widgets;
    ``exporter`` writes it, and ``changes`` holds what its exports recorded in the outbound ledger."""

    document: ExportableDocument

    def __init__(
        self,
        open_db: DbFactory,
        parent: QWidget | None,
        *,
        today: date | None,
        exporter: DocumentExporter | None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.today = today or date.today()
        self.changes: Changes | None = None
        self.exporter = exporter or DocumentExporter(on_printed=lambda printed: self._note(printed.changes))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_pdf)

    def _note(self, changes: Changes) -> None:
        self.changes = changes if self.changes is None else self.changes | changes

    def _show_notice(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else "")
        self.notice.setVisible(True)

    def export_pdf(self) -> bool:
        exported = self.exporter.export(self, self._open_db, self.document)
        if exported is None:
            return False
        self._note(exported.changes)
        self._show_notice(saved_text(exported))
        return True
