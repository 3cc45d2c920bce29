"""The Directory area: professionals the coach refers clients to, and any referral fee they pay."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.directory import (
    ProfessionalDetails,
    ProfessionalRow,
    create_professional,
    delete_professional,
    professional_details,
    professional_rows,
    update_professional,
)
from coachdesk.services.folding import fold
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.record_list_view import RecordListView
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


class ProfessionalColumn(IntEnum):
    NAME = 0
    PROFESSION = 1
    SPECIALTIES = 2
    ORGANISATION = 3
    REFERRAL_FEE = 4
    REFERRALS = 5
    CONTACT = 6  # last: it takes the room left


COLUMNS: dict[IntEnum, Column[ProfessionalRow]] = {
    ProfessionalColumn.NAME: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Name"), lambda r, _l: r.name, lambda r: fold(r.name)
    ),
    ProfessionalColumn.PROFESSION: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Profession"),
        lambda r, _l: r.profession,
        lambda r: fold(r.profession),
    ),
    ProfessionalColumn.SPECIALTIES: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Specialties"),
        lambda r, _l: r.specialties,
        lambda r: fold(r.specialties) or None,
    ),
    ProfessionalColumn.ORGANISATION: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Practice"),
        lambda r, _l: r.organisation,
        lambda r: fold(r.organisation) or None,
    ),
    ProfessionalColumn.CONTACT: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Contact"),
        lambda r, _l: " · ".join(x for x in (r.email, r.phone) if x),
        lambda r: fold(r.email) or None,
    ),
    ProfessionalColumn.REFERRAL_FEE: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Referral fee"),
        lambda r, _l: (
            QCoreApplication.translate("ProfessionalTableModel", "Pays a fee") if r.pays_referral_fee else ""
        ),
        lambda r: int(r.pays_referral_fee),
    ),
    ProfessionalColumn.REFERRALS: Column(
        QT_TRANSLATE_NOOP("ProfessionalTableModel", "Referrals"),
        lambda r, loc: loc.toString(r.referrals),
        lambda r: r.referrals,
        align_right=True,
    ),
}


class ProfessionalTableModel(RowTableModel[ProfessionalRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ProfessionalColumn, COLUMNS, parent)


class ProfessionalFilterProxy(RowFilterProxy[ProfessionalRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            ProfessionalRow,
            lambda r: (r.name, r.profession, r.specialties, r.organisation),
            lambda r: (fold(r.name), str(r.id)),
            parent,
        )


class ProfessionalDialog(RecordDialog):
    """Add or edit someone in the referral directory."""

    def __init__(
        self,
        open_db: DbFactory,
        professional_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = professional_id is None
        super().__init__(
            open_db,
            professional_id,
            parent,
            title=self.tr("New professional") if new else self.tr("Edit professional"),
            ok_text=self.tr("Add to directory") if new else self.tr("Save"),
        )
        self.name = self.line("name", self.tr("Name"), self.tr("e.g. Dr Ana Ruiz"))
        self.profession = self.line(
            "profession", self.tr("Profession"), self.tr("e.g. Clinical psychologist, lawyer")
        )
        self.specialties = self.line(
            "specialties", self.tr("Specialties"), self.tr("e.g. anxiety, burnout, employment law")
        )
        self.organisation = self.line("organisation", self.tr("Practice"))
        self.email = self.line("email", self.tr("E-mail"), self.tr("name@example.org"))
        self.phone = self.line("phone", self.tr("Phone"))
        self.address = self.notes("address", self.tr("Address"), self.tr("Printed on referral letters"))
        self.pays_referral_fee = self.check(
            "pays_referral_fee",
            self.tr("Pays me a referral fee (a conflict of interest to declare to clients)"),
        )
        self.professional_notes = self.notes("notes", self.tr("Notes"))
        self.load_record()
        self.name.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        d = professional_details(db, self.record_id)
        self.setWindowTitle(self.tr("Edit professional"))
        self.name.setText(d.name)
        self.profession.setText(d.profession)
        self.specialties.setText(d.specialties)
        self.organisation.setText(d.organisation)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.address.setPlainText(d.address)
        self.pays_referral_fee.setChecked(d.pays_referral_fee)
        self.professional_notes.setPlainText(d.notes)

    def details(self) -> ProfessionalDetails:
        return ProfessionalDetails(
            name=self.name.text(),
            profession=self.profession.text(),
            specialties=self.specialties.text(),
            organisation=self.organisation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            pays_referral_fee=self.pays_referral_fee.isChecked(),
            notes=self.professional_notes.toPlainText(),
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_professional(db, self.details())
        return update_professional(db, self.record_id, self.details())


class DirectoryView(RecordListView[ProfessionalRow]):
    area = "directory"
    noun = QT_TRANSLATE_NOOP("DirectoryView", "professional")
    filter_hint = QT_TRANSLATE_NOOP("DirectoryView", "Filter by name, profession or specialty")
    whole_columns = (ProfessionalColumn.NAME, ProfessionalColumn.PROFESSION)
    new_text = QT_TRANSLATE_NOOP("DirectoryView", "New professional…")
    first_text = QT_TRANSLATE_NOOP("DirectoryView", "Add your first professional…")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ProfessionalTableModel(), ProfessionalFilterProxy(), parent)
        self.table.sortByColumn(ProfessionalColumn.NAME, Qt.SortOrder.AscendingOrder)

    def load_rows(self, db: Db) -> list[ProfessionalRow]:
        return professional_rows(db)

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        dialog = ProfessionalDialog(open_db, record_id, self)
        return dialog.changes if dialog.exec() else None

    def deletion_question(self, row: ProfessionalRow) -> tuple[str, str]:
        return (
            self.tr("Delete {name}?").format(name=row.name),
            self.tr("Remove {name} ({profession}) from your directory?").format(
                name=row.name, profession=row.profession
            ),
        )

    def delete_record(self, db: Db, row: ProfessionalRow) -> Changes:
        return delete_professional(db, row.id)
