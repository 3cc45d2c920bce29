"""Reports ▸ Credentials: readiness for renewal and the next level, supervision, and the records kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import HeldCredential, MentorCoachingSession, SupervisionSession
from coachdesk.services.credential_readiness import (
    next_level_readiness,
    renewal_readiness,
    supervision_ratio,
)
from coachdesk.services.development_rules import development_rules
from coachdesk.services.education import EducationRow, delete_education, education_rows
from coachdesk.services.errors import ValidationError
from coachdesk.services.held_credentials import delete_held_credential, held_credentials
from coachdesk.services.local_time import local_zone
from coachdesk.services.mentoring import delete_mentoring, mentoring_sessions
from coachdesk.services.supervision import (
    delete_supervision,
    practice_hours_per_supervision_hour,
    set_practice_hours_per_supervision_hour,
    supervision_sessions,
)
from coachdesk.ui.kit.form import from_qdate, to_qdate
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import local_date_text
from coachdesk.ui.reports.application_pack_flow import ApplicationPackFlow
from coachdesk.ui.reports.credentials_certificates import CertificateActions
from coachdesk.ui.reports.credentials_dialogs import (
    EducationDialog,
    HeldCredentialDialog,
    MentoringDialog,
    SupervisionDialog,
    date_edit,
)
from coachdesk.ui.reports.credentials_lists import (
    EDUCATION_COLUMNS,
    HELD_COLUMNS,
    MENTORING_COLUMNS,
    SUPERVISION_COLUMNS,
    EducationColumn,
    HeldColumn,
    MentoringColumn,
    RecordSection,
    SupervisionColumn,
)
from coachdesk.ui.reports.credentials_panels import MET_STYLE, MISSING_STYLE, ReadinessPanel
from coachdesk.ui.reports.parts import ReportCard, run_dialog, show_problem

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db, DbFactory


class CredentialsView(QWidget):
    """Readiness, the supervision ratio, and the lists the coach keeps for their credentials."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self.today: Callable[[], date] = date.today
        self.zone: Callable[[], tzinfo] = local_zone
        self.run_dialog: Callable[[QDialog], bool] = run_dialog
        self.confirm: Callable[[str, str], bool] = lambda title, question: ask(
            self, title, question, self.tr("Delete")
        )
        self.report_error: Callable[[QWidget | None, str, str], None] = show_problem
        self.certificates = CertificateActions(self)
        self.pack = ApplicationPackFlow(self)

        self._build_readiness()
        self._build_supervision_card()
        self._build_sections()
        self._build_certificate_buttons()
        self._wire(self.held, HeldCredentialDialog, delete_held_credential, self._held_question)
        self._wire(self.mentoring, MentoringDialog, delete_mentoring, self._mentoring_question)
        self._wire(self.education, EducationDialog, delete_education, self._education_question)
        self._wire(self.supervision, SupervisionDialog, delete_supervision, self._supervision_question)
        self._build_page()
        self.clear()

    def _build_readiness(self) -> None:
        rules = development_rules()
        self.readiness = ReportCard(
            self.tr("Readiness"),
            self.tr(
                "Measured by ICF's rules as checked on {day}; each line says what is met and what is missing."
            ).format(day=local_date_text(rules.checked)),
        )
        self.renewal_panel = ReadinessPanel()
        self.next_panel = ReadinessPanel()
        panels = QGridLayout()
        panels.setHorizontalSpacing(24)
        panels.addWidget(self.renewal_panel, 0, 0)
        panels.addWidget(self.next_panel, 0, 1)
        panels.setColumnStretch(0, 1)
        panels.setColumnStretch(1, 1)
        self.readiness.body.addLayout(panels)
        self.pack_button = QPushButton(self.tr("Application pack…"))
        self.pack_button.setToolTip(
            self.tr("Save one PDF of this evidence, the log as CSV and your CCE certificates in a folder")
        )
        self.pack_button.clicked.connect(self.export_pack)
        self.readiness.buttons.addWidget(self.pack_button)

    def _build_supervision_card(self) -> None:
        rules = development_rules()
        self.supervision_card = ReportCard(self.tr("Supervision and practice"), rules.supervision_wording)
        self.period_start = date_edit(self.tr("Supervision period from"))
        self.period_end = date_edit(self.tr("Supervision period to"))
        self.ratio = QSpinBox(minimum=1, maximum=1000)
        self.ratio.setAccessibleName(self.tr("Hours of coaching per supervision hour"))
        self.ratio_line = QLabel()
        self.ratio_line.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("From")),
            self.period_start,
            QLabel(self.tr("to")),
            self.period_end,
            QLabel(self.tr("· 1 hour of supervision per")),
            self.ratio,
            QLabel(self.tr("hours of coaching")),
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.supervision_card.body.addLayout(row)
        self.supervision_card.body.addWidget(self.ratio_line)
        self.period_start.dateChanged.connect(lambda _d: self.refresh_readiness())
        self.period_end.dateChanged.connect(lambda _d: self.refresh_readiness())
        self.ratio.editingFinished.connect(self._save_ratio)

    def _build_sections(self) -> None:
        rules = development_rules()
        self.held = RecordSection[HeldCredential](
            self.tr("Credentials held"),
            self.tr("The credentials you hold, since when, and when each is due for renewal."),
            HeldCredential,
            HeldColumn,
            HELD_COLUMNS,
            add_text=self.tr("Add credential…"),
            empty_text=self.tr("No credential yet. Add the one you hold to see what its renewal asks."),
            sort_key=lambda r: (r.since, str(r.id)),
        )
        self.mentoring = RecordSection[MentorCoachingSession](
            self.tr("Mentor coaching received"),
            rules.initial_mentoring.wording,
            MentorCoachingSession,
            MentoringColumn,
            MENTORING_COLUMNS,
            add_text=self.tr("Add session…"),
            empty_text=self.tr("Mentor coaching sessions you receive will be listed here."),
            sort_key=lambda r: (r.held_on, str(r.id)),
        )
        self.education = RecordSection[EducationRow](
            self.tr("Continuing coach education"),
            rules.education.wording,
            EducationRow,
            EducationColumn,
            EDUCATION_COLUMNS,
            add_text=self.tr("Add course…"),
            empty_text=self.tr(
                "Courses and events will be listed here with their CCE units and certificates."
            ),
            sort_key=lambda r: (r.completed_on, str(r.id)),
        )
        self.supervision = RecordSection[SupervisionSession](
            self.tr("Supervision received"),
            self.tr("Sessions with your supervisor; the ratio above is measured on them."),
            SupervisionSession,
            SupervisionColumn,
            SUPERVISION_COLUMNS,
            add_text=self.tr("Add session…"),
            empty_text=self.tr("Supervision sessions you receive will be listed here."),
            sort_key=lambda r: (r.held_on, str(r.id)),
        )

    def _build_certificate_buttons(self) -> None:
        self.attach_button = QPushButton(self.tr("Attach certificate…"))
        self.save_certificate_button = QPushButton(self.tr("Save a copy…"))
        self.save_certificate_button.setToolTip(
            self.tr("Write the certificate to a file you choose (recorded in the outbound ledger)")
        )
        self.remove_certificate_button = QPushButton(self.tr("Remove certificate"))
        certificate_row = QHBoxLayout()
        certificate_row.addStretch(1)
        for button in (self.attach_button, self.save_certificate_button, self.remove_certificate_button):
            certificate_row.addWidget(button)
        self.education.body.addLayout(certificate_row)
        self.education.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_certificate())
        self.attach_button.clicked.connect(lambda: self._certificate("attach"))
        self.save_certificate_button.clicked.connect(lambda: self._certificate("save"))
        self.remove_certificate_button.clicked.connect(lambda: self._certificate("remove"))

    def _build_page(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 18, 20, 20)
        column.setSpacing(14)
        for card in (
            self.readiness,
            self.held,
            self.mentoring,
            self.education,
            self.supervision_card,
            self.supervision,
        ):
            column.addWidget(card)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # ----- wiring ----------------------------------------------------------------------------------

    def _wire(
        self,
        section: RecordSection[Any],
        dialog_type: Callable[..., Any],
        delete: Callable[[Db, Any], Changes],
        question: Callable[[Any], str],
    ) -> None:
        section.add_button.clicked.connect(lambda: self.edit(section, dialog_type, None))
        section.edit_button.clicked.connect(lambda: self._edit_selected(section, dialog_type))
        section.table.activated.connect(lambda _i: self._edit_selected(section, dialog_type))
        section.delete_button.clicked.connect(lambda: self._delete_selected(section, delete, question))

    def edit(
        self, section: RecordSection[Any], dialog_type: Callable[..., Any], record_id: Any
    ) -> Changes | None:
        """Show the record's dialog (a new record when ``record_id`` is None); refresh after a change."""
        if self._open_db is None:
            return None
        dialog = dialog_type(self._open_db, record_id, self)
        if not self.run_dialog(dialog) or dialog.changes is None:
            return None
        return self._changed(dialog.changes, section, dialog.changes.created or record_id)

    def _edit_selected(self, section: RecordSection[Any], dialog_type: Callable[..., Any]) -> None:
        row = section.selected()
        if row is not None:
            self.edit(section, dialog_type, row.id)

    def _delete_selected(
        self,
        section: RecordSection[Any],
        delete: Callable[[Db, Any], Changes],
        question: Callable[[Any], str],
    ) -> None:
        row = section.selected()
        if row is None or self._open_db is None:
            return
        if not self.confirm(self.tr("Delete?"), question(row)) or self._open_db is None:
            return
        try:
            with self._open_db() as db:
                changes = delete(db, row.id)
        except ValidationError as error:
            self.report_error(self, self.tr("Not deleted"), error.message)
            return
        self._changed(changes, section, None)

    def _changed(self, changes: Changes, section: RecordSection[Any] | None, record_id: Any) -> Changes:
        self.refresh()
        if section is not None and record_id is not None:
            section.select(record_id)
        self.changed.emit(changes)
        return changes

    def _held_question(self, row: HeldCredential) -> str:
        return self.tr("Delete your {body} {level} from the credentials held?").format(
            body=row.body.value, level=row.level
        )

    def _mentoring_question(self, row: MentorCoachingSession) -> str:
        return self.tr("Delete the mentor coaching session of {day} with {mentor}?").format(
            day=row.held_on.isoformat(), mentor=row.mentor_name
        )

    def _education_question(self, row: EducationRow) -> str:
        extra = self.tr(" Its certificate is deleted with it.") if row.certificate_name else ""
        return (
            self.tr("Delete “{title}” ({day})?").format(title=row.title, day=row.completed_on.isoformat())
            + extra
        )

    def _supervision_question(self, row: SupervisionSession) -> str:
        return self.tr("Delete the supervision session of {day} with {supervisor}?").format(
            day=row.held_on.isoformat(), supervisor=row.supervisor
        )

    # ----- certificates ----------------------------------------------------------------------------

    def _update_certificate(self) -> None:
        row = self.education.selected()
        self.attach_button.setEnabled(row is not None)
        has = row is not None and bool(row.certificate_name)
        self.save_certificate_button.setEnabled(has)
        self.remove_certificate_button.setEnabled(has)

    def _certificate(self, what: str) -> Changes | None:
        row = self.education.selected()
        if row is None or self._open_db is None:
            return None
        actions = self.certificates
        if what == "attach":
            changes = actions.attach(self._open_db, row.id)
        elif what == "save":
            changes = actions.save_copy(self._open_db, row.id, self.today())
        else:
            changes = actions.remove(self._open_db, row.id)
        return None if changes is None else self._changed(changes, self.education, row.id)

    def set_vaults(self, vaults: Callable[[], tuple[Path, ...]]) -> None:
        """The vault files a saved certificate or the application pack must never replace."""
        self.certificates.vaults = vaults
        self.pack.vaults = vaults

    def export_pack(self) -> Changes | None:
        """Write the application pack where the coach chooses, for whom they name."""
        if self._open_db is None:
            return None
        changes = self.pack.run(self._open_db, self.today(), self.zone())
        if changes is not None:
            self.changed.emit(changes)
        return changes

    # ----- life ------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        self._open_db = open_db
        today = self.today()
        with QSignalBlocker(self.period_start), QSignalBlocker(self.period_end):
            self.period_start.setDate(to_qdate(date(today.year - 1, today.month, 1)))
            self.period_end.setDate(to_qdate(today))
        self.refresh()

    def refresh(self) -> None:
        if self._open_db is None:
            return
        with self._open_db() as db:
            self.held.set_rows(held_credentials(db))
            self.mentoring.set_rows(mentoring_sessions(db))
            self.education.set_rows(education_rows(db))
            self.supervision.set_rows(supervision_sessions(db))
            ratio = practice_hours_per_supervision_hour(db)
        with QSignalBlocker(self.ratio):
            self.ratio.setValue(int(ratio))
        self._update_certificate()
        self.refresh_readiness()

    def refresh_readiness(self) -> None:
        if self._open_db is None:
            return
        today, zone = self.today(), self.zone()
        start, end = from_qdate(self.period_start.date()), from_qdate(self.period_end.date())
        with self._open_db() as db:
            renewal = renewal_readiness(db)
            next_level = next_level_readiness(db, today, zone)
            ratio = supervision_ratio(db, min(start, end), max(start, end), today, zone)
        self.renewal_panel.show_readiness(
            renewal, self.tr("No ICF credential held yet: add it under Credentials held.")
        )
        self.next_panel.show_readiness(next_level, self.tr("You hold ICF's highest credential."))
        line = ratio.line()
        self.ratio_line.setText(("✓ " if line.met else "✗ ") + line.text)
        self.ratio_line.setStyleSheet(MET_STYLE if line.met else MISSING_STYLE)

    def _save_ratio(self) -> None:
        if self._open_db is None:
            return
        try:
            with self._open_db() as db:
                if practice_hours_per_supervision_hour(db) == self.ratio.value():
                    return
                changes = set_practice_hours_per_supervision_hour(db, self.ratio.value())
        except ValidationError as error:
            self.report_error(self, self.tr("Ratio not saved"), error.message)
            return
        self._changed(changes, None, None)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._open_db = None
        for section in (self.held, self.mentoring, self.education, self.supervision):
            section.set_rows([])
        self.renewal_panel.show_readiness(None, "")
        self.next_panel.show_readiness(None, "")
        self.ratio_line.clear()
        self._update_certificate()
