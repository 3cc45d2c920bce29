"""Dialogs that add and edit mentor coaching, supervision, CCE records and the credentials held."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QSpinBox, QWidget

from coachdesk.domain import CredentialBody, EducationCategory
from coachdesk.services.education import (
    CATEGORY_NAMES,
    EducationDetails,
    create_education,
    education_details,
    update_education,
)
from coachdesk.services.held_credentials import (
    HeldCredentialDetails,
    create_held_credential,
    held_credential_details,
    update_held_credential,
)
from coachdesk.services.mentoring import (
    MAX_GROUP_SIZE,
    MentoringDetails,
    create_mentoring,
    mentoring_details,
    update_mentoring,
)
from coachdesk.services.readiness import add_months
from coachdesk.services.supervision import (
    SupervisionDetails,
    create_supervision,
    supervision_details,
    update_supervision,
)
from coachdesk.services.validation import MAX_MINUTES
from coachdesk.ui.kit.form import from_qdate, index_of, to_qdate
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.reports.credentials_lists import CATEGORY_WORDS

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db, DbFactory


def date_edit(name: str, day: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day) if day is not None else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def minutes_box(name: str) -> QSpinBox:
    box = QSpinBox(minimum=0, maximum=MAX_MINUTES, singleStep=15, value=60)
    box.setSuffix(QCoreApplication.translate("CredentialsView", " min"))
    box.setAccessibleName(name)
    return box


class MentoringDialog(RecordDialog):
    """Add or edit a mentor coaching session the coach received."""

    def __init__(
        self, open_db: DbFactory, record_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        new = record_id is None
        super().__init__(
            open_db,
            record_id,
            parent,
            title=self.tr("New mentor coaching session") if new else self.tr("Edit mentor coaching session"),
            ok_text=self.tr("Add") if new else self.tr("Save"),
        )
        self.mentor_name = self.line("mentor_name", self.tr("Mentor"), self.tr("e.g. Mara Quist"))
        self.mentor_credential = self.line(
            "mentor_credential", self.tr("Mentor's credential"), self.tr("e.g. PCC, MCC")
        )
        self.held_on = date_edit(self.tr("Date"))
        self.form.add("held_on", self.tr("Date"), self.held_on)
        self.minutes = minutes_box(self.tr("Duration"))
        self.form.add("minutes", self.tr("Duration"), self.minutes)
        self.group_size = QSpinBox(minimum=1, maximum=MAX_GROUP_SIZE, value=1)
        self.group_size.setAccessibleName(self.tr("Participants"))
        self.group_size.setToolTip(self.tr("1 for one-to-one; ICF counts groups of at most 10"))
        self.form.add("group_size", self.tr("Participants (1: one-to-one)"), self.group_size)
        self.record_notes = self.notes("notes", self.tr("Notes"))
        self.load_record()
        self.mentor_name.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        d = mentoring_details(db, self.record_id)
        self.mentor_name.setText(d.mentor_name)
        self.mentor_credential.setText(d.mentor_credential)
        if isinstance(d.held_on, date):
            self.held_on.setDate(to_qdate(d.held_on))
        self.minutes.setValue(d.minutes)
        self.group_size.setValue(d.group_size)
        self.record_notes.setPlainText(d.notes)

    def details(self) -> MentoringDetails:
        return MentoringDetails(
            mentor_name=self.mentor_name.text(),
            held_on=from_qdate(self.held_on.date()),
            minutes=self.minutes.value(),
            group_size=self.group_size.value(),
            mentor_credential=self.mentor_credential.text(),
            notes=self.record_notes.toPlainText(),
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_mentoring(db, self.details())
        return update_mentoring(db, self.record_id, self.details())


class SupervisionDialog(RecordDialog):
    """Add or edit a supervision session the coach received."""

    def __init__(
        self, open_db: DbFactory, record_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        new = record_id is None
        super().__init__(
            open_db,
            record_id,
            parent,
            title=self.tr("New supervision session") if new else self.tr("Edit supervision session"),
            ok_text=self.tr("Add") if new else self.tr("Save"),
        )
        self.supervisor = self.line("supervisor", self.tr("Supervisor"), self.tr("e.g. Pat Oyelaran"))
        self.held_on = date_edit(self.tr("Date"))
        self.form.add("held_on", self.tr("Date"), self.held_on)
        self.minutes = minutes_box(self.tr("Duration"))
        self.form.add("minutes", self.tr("Duration"), self.minutes)
        self.in_group = self.check("in_group", self.tr("Group supervision"))
        self.record_notes = self.notes("notes", self.tr("Notes"))
        self.load_record()
        self.supervisor.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        d = supervision_details(db, self.record_id)
        self.supervisor.setText(d.supervisor)
        if isinstance(d.held_on, date):
            self.held_on.setDate(to_qdate(d.held_on))
        self.minutes.setValue(d.minutes)
        self.in_group.setChecked(d.in_group)
        self.record_notes.setPlainText(d.notes)

    def details(self) -> SupervisionDetails:
        return SupervisionDetails(
            supervisor=self.supervisor.text(),
            held_on=from_qdate(self.held_on.date()),
            minutes=self.minutes.value(),
            in_group=self.in_group.isChecked(),
            notes=self.record_notes.toPlainText(),
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_supervision(db, self.details())
        return update_supervision(db, self.record_id, self.details())


class EducationDialog(RecordDialog):
    """Add or edit a course or event of continuing coach education."""

    def __init__(
        self, open_db: DbFactory, record_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        new = record_id is None
        super().__init__(
            open_db,
            record_id,
            parent,
            title=self.tr("New course or event") if new else self.tr("Edit course or event"),
            ok_text=self.tr("Add") if new else self.tr("Save"),
        )
        self.title_edit = self.line("title", self.tr("Title"), self.tr("e.g. Ethics in everyday coaching"))
        self.provider = self.line("provider", self.tr("Provider"))
        self.completed_on = date_edit(self.tr("Date"))
        self.form.add("completed_on", self.tr("Date"), self.completed_on)
        self.units = self.line("units", self.tr("CCE units"), self.tr("e.g. 1.5"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for category, name in CATEGORY_NAMES.items():
            shown = CATEGORY_WORDS.get(category, name)
            self.category.addItem(QCoreApplication.translate("CredentialsView", shown), category.value)
        self.form.add("category", self.tr("Category"), self.category)
        self.load_record()
        self.title_edit.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        d = education_details(db, self.record_id)
        self.title_edit.setText(d.title)
        self.provider.setText(d.provider)
        if isinstance(d.completed_on, date):
            self.completed_on.setDate(to_qdate(d.completed_on))
        units = d.units if isinstance(d.units, Decimal) else Decimal(str(d.units))
        self.units.setText(f"{units.normalize():f}")
        self.category.setCurrentIndex(index_of(self.category, EducationCategory(d.category).value))

    def details(self) -> EducationDetails:
        return EducationDetails(
            title=self.title_edit.text(),
            completed_on=from_qdate(self.completed_on.date()),
            units=self.units.text(),
            category=str(self.category.currentData()),
            provider=self.provider.text(),
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_education(db, self.details())
        return update_education(db, self.record_id, self.details())


BODY_NAMES = {
    CredentialBody.ICF: "ICF",
    CredentialBody.EMCC: "EMCC",
    CredentialBody.OTHER: str(QT_TRANSLATE_NOOP("HeldCredentialDialog", "Other")),
}


class HeldCredentialDialog(RecordDialog):
    """Add or edit a credential the coach holds."""

    def __init__(
        self, open_db: DbFactory, record_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        new = record_id is None
        super().__init__(
            open_db,
            record_id,
            parent,
            title=self.tr("New credential") if new else self.tr("Edit credential"),
            ok_text=self.tr("Add") if new else self.tr("Save"),
        )
        self.body = QComboBox()
        self.body.setAccessibleName(self.tr("Awarding body"))
        for body, name in BODY_NAMES.items():
            self.body.addItem(QCoreApplication.translate("HeldCredentialDialog", name), body.value)
        self.form.add("body", self.tr("Awarding body"), self.body)
        self.level = self.line("level", self.tr("Level"), self.tr("e.g. ACC, PCC, MCC"))
        self.since = date_edit(self.tr("Awarded on"))
        self.form.add("since", self.tr("Awarded on"), self.since)
        self.has_renewal = QCheckBox(self.tr("Renewal due on"))
        self.renewal_due = date_edit(self.tr("Renewal due"), add_months(date.today(), 36))
        self.has_renewal.setChecked(True)
        self.has_renewal.toggled.connect(self.renewal_due.setEnabled)
        self.form.add("has_renewal", "", self.has_renewal)
        self.form.add("renewal_due", self.tr("Renewal due"), self.renewal_due)
        self.load_record()
        self.level.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        d = held_credential_details(db, self.record_id)
        self.body.setCurrentIndex(index_of(self.body, CredentialBody(d.body).value))
        self.level.setText(d.level)
        if isinstance(d.since, date):
            self.since.setDate(to_qdate(d.since))
        self.has_renewal.setChecked(d.renewal_due is not None)
        if isinstance(d.renewal_due, date):
            self.renewal_due.setDate(to_qdate(d.renewal_due))

    def details(self) -> HeldCredentialDetails:
        due = from_qdate(self.renewal_due.date()) if self.has_renewal.isChecked() else None
        return HeldCredentialDetails(
            body=str(self.body.currentData()),
            level=self.level.text(),
            since=from_qdate(self.since.date()),
            renewal_due=due,
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_held_credential(db, self.details())
        return update_held_credential(db, self.record_id, self.details())
