"""Write a sponsor report: the progress summary (only with the client's agreement), which of the
client's own goals the client agreed to share, the next three-way review, then preview or export
through the shared document flow."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import ConsentScope
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.services.sponsor_report_options import (
    SponsorReportOptions,
    set_next_review,
    sponsor_report_options,
)
from coachdesk.ui.kit.consent_offer import record_consent_text
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported
from coachdesk.ui.kit.form import OptionalDate, ValidatingForm, to_qdate

if TYPE_CHECKING:
    from coachdesk.services.agreement_list import AgreementRow
    from coachdesk.services.changes import Changes
    from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

WARNING_STYLE = "color: #b3261e"
NOTE_STYLE = "color: palette(placeholder-text)"


def _wrapped(label: QLabel) -> QLabel:
    """A label that wraps across the row's full width and gets the height its lines need."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def _long(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


class SponsorReportDialog(QDialog):
    """Collects what the report may say; ``document()`` is then previewed or exported by the caller."""

    consent_recorded = Signal(object)  # Changes: a consent recorded from the dialog's "Record consent…"

    def __init__(
        self,
        open_db: DbFactory,
        engagement_id: uuid.UUID,
        title: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.engagement_id = engagement_id
        self.engagement_title = title
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Sponsor report"))
        self.setMinimumWidth(600)
        with open_db() as db:
            options = sponsor_report_options(db, engagement_id, self.today)
        intro = QLabel(
            self.tr(
                "The report holds only what the agreement lets the sponsor receive (attendance, goals "
                "the client agreed to, a progress summary) and only while the client's consent to share "
                "with the sponsor is in force. Session notes are never included."
            )
        )
        intro.setWordWrap(True)
        warning_row = self._warning_row(options)

        self.form = ValidatingForm()
        self.summary = QPlainTextEdit(placeholderText=self.tr("Leave empty for no summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.form.add("progress_summary", self.tr("Progress summary"), self.summary)
        self.summary_agreed = QCheckBox(self.tr("The client has read and agreed to this summary"))
        self.form.add("summary_agreed", "", self.summary_agreed)
        for row in (self.summary, self.summary_agreed):
            self.form.layout_.setRowVisible(row, options.receives_summary)

        self.client_goals: dict[uuid.UUID, QCheckBox] = {}
        goals_box = self._goal_choices(options)
        self.form.add("client_goal_ids", self.tr("Client's own goals"), goals_box)
        self.form.layout_.setRowVisible(goals_box, options.receives_goals)

        self.next_review = OptionalDate(self.tr("Planned for"), self.tr("Next three-way review"))
        self.next_review.set_value(options.next_review_on)
        self.form.add("next_review_on", self.tr("Next three-way review"), self.next_review)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button = buttons.addButton(self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choice = ""
        self.preview_button.clicked.connect(lambda: self._finish("preview"))
        self.export_button.clicked.connect(lambda: self._finish("export"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(warning_row)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.summary.setFocus()

    def _warning_row(self, options: SponsorReportOptions) -> QHBoxLayout:
        """The consent warning, with "Record consent…" beside it while no consent is in force."""
        self.consent_warning = QLabel(self._consent_warning(options))
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setStyleSheet(WARNING_STYLE)
        self.consent_warning.setAccessibleName(self.tr("Consent warning"))
        self.consent_warning.setVisible(bool(self.consent_warning.text()))
        self.client_id = options.client_id
        self.sponsor_name = options.sponsor_name
        self.record_consent_button = QPushButton(record_consent_text())
        self.record_consent_button.setAccessibleName(self.tr("Record the client's consent to share"))
        self.record_consent_button.clicked.connect(self.record_consent)
        self.record_consent_button.setVisible(bool(options.consent_problem))
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.consent_warning, 1)
        warning_row.addWidget(self.record_consent_button)
        return warning_row

    def record_consent(
        self,
        _checked: bool = False,
        *,
        parent: QWidget | None = None,
        make_dialog: Callable[..., ConsentDialog] | None = None,
    ) -> bool:
        """Open the consent form for this client, to share with the sponsor; True once one is recorded
        (then the warning is checked again)."""
        from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

        dialog = (make_dialog or ConsentDialog)(
            self._open_db,
            client_id=self.client_id,
            scope=ConsentScope.SHARE_WITH_SPONSOR,
            recipient=self.sponsor_name,
            parent=parent or self,
        )
        if not dialog.exec() or dialog.changes is None:
            return False
        self.consent_recorded.emit(dialog.changes)
        with self._open_db() as db:
            options = sponsor_report_options(db, self.engagement_id, self.today)
        self.consent_warning.setText(self._consent_warning(options))
        self.consent_warning.setVisible(bool(self.consent_warning.text()))
        self.record_consent_button.setVisible(bool(options.consent_problem))
        return True

    def _consent_warning(self, options: SponsorReportOptions) -> str:
        """Why no report can be written, or that the consent runs out before the engagement does."""
        if options.consent_problem:
            return options.consent_problem
        if not options.consent_ends_early or options.consent_ends_on is None:
            return ""
        if options.engagement_ends_on is None:
            return self.tr(
                "The client's consent to share with {sponsor} ends on {ends}, but the engagement has no "
                "end date. Reports after that day need the client's renewed consent."
            ).format(sponsor=options.sponsor_name, ends=_long(options.consent_ends_on))
        return self.tr(
            "The client's consent to share with {sponsor} ends on {ends}, before the engagement ends on "
            "{end}. Reports after that day need the client's renewed consent."
        ).format(
            sponsor=options.sponsor_name,
            ends=_long(options.consent_ends_on),
            end=_long(options.engagement_ends_on),
        )

    def _goal_choices(self, options: SponsorReportOptions) -> QWidget:
        """One check box per goal of the client's own: ticked only where the client agreed to share it."""
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if options.client_goals:
            hint = QLabel(self.tr("Tick each goal the client agreed to share in this report:"))
        else:
            hint = QLabel(self.tr("The client has no goals of their own in this engagement."))
        column.addWidget(_wrapped(hint))
        for goal in options.client_goals:
            check = QCheckBox(goal.statement)
            check.setAccessibleName(self.tr("Share: {goal}").format(goal=goal.statement))
            self.client_goals[goal.id] = check
            column.addWidget(check)
        if options.unagreed_goals:
            left_out = QLabel(
                self.tr(
                    "%n organisation goal(s) left out: the client's agreement is not on record "
                    "(record it in the goal).",
                    "",
                    options.unagreed_goals,
                )
            )
            left_out.setStyleSheet(NOTE_STYLE)
            column.addWidget(_wrapped(left_out))
        return box

    def picked_goals(self) -> tuple[uuid.UUID, ...]:
        """The client's own goals ticked for this report."""
        return tuple(goal_id for goal_id, check in self.client_goals.items() if check.isChecked())

    def _finish(self, choice: str) -> None:
        """Check the report can be made with what was chosen, keep the next review's date; stay open
        on a problem, naming it."""
        from coachdesk.services.sponsor_report_pdf import sponsor_report_data

        self.form.clear_errors()
        try:
            with self._open_db() as db:
                sponsor_report_data(
                    db,
                    self.engagement_id,
                    self.today,
                    progress_summary=self.summary.toPlainText(),
                    summary_agreed=self.summary_agreed.isChecked(),
                    client_goal_ids=self.picked_goals(),
                )
                set_next_review(db, self.engagement_id, self.next_review.value())
        except ValidationError as error:
            self.form.show_error(error)
            return
        self.choice = choice
        self.accept()

    def document(self, client_name: str) -> ExportableDocument:
        """The report as the shared preview and export flow takes it (rendered when asked)."""
        from coachdesk.services.document_export import sponsor_report_document

        source = sponsor_report_document(
            self.engagement_id,
            self.today,
            progress_summary=self.summary.toPlainText(),
            summary_agreed=self.summary_agreed.isChecked(),
            client_goal_ids=self.picked_goals(),
        )
        return ExportableDocument(
            title=self.tr("Sponsor report"),
            file_name=neutral_file_name("sponsor_report", self.today, self.engagement_id),
            source=source,
            about=client_name,
            record_consent=lambda parent: self.record_consent(parent=parent),
        )


def sponsor_report_flow(
    parent: QWidget,
    open_db: DbFactory,
    exporter: DocumentExporter,
    row: AgreementRow,
    on_exported: Callable[[Exported], None],
    on_changes: Callable[[Changes], None] | None = None,
) -> None:
    """Ask what the report may say; then preview it (export from there) or export it at once.
    ``on_changes`` receives a consent recorded on the way."""
    try:
        dialog = SponsorReportDialog(open_db, row.id, row.title, parent)
    except ValidationError as error:  # the agreement was deleted, or became two-party, meanwhile
        QMessageBox.information(
            parent, QCoreApplication.translate("SponsorReportDialog", "Sponsor report"), error.message
        )
        return
    if on_changes is not None:
        dialog.consent_recorded.connect(on_changes)
    if not dialog.exec():
        return
    document = dialog.document(row.client_name)
    if dialog.choice == "preview":
        exporter.preview(parent, open_db, document, on_exported)
        return
    exported = exporter.export(parent, open_db, document)
    if exported is not None:
        on_exported(exported)
