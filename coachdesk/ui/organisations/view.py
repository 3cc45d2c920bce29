"""The Organisations area: the sponsors, their contacts, and how many clients and engagements each has."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.folding import fold
from coachdesk.services.organisations import (
    OrganisationDetails,
    OrganisationRow,
    create_organisation,
    delete_organisation,
    organisation_details,
    organisation_rows,
    update_organisation,
)
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.record_list_view import RecordListView
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


class OrganisationColumn(IntEnum):
    NAME = 0
    CONTACT = 1
    PHONE = 2
    CLIENTS = 3
    ENGAGEMENTS = 4
    EMAIL = 5  # last: it takes the room left


COLUMNS: dict[IntEnum, Column[OrganisationRow]] = {
    OrganisationColumn.NAME: Column(
        QT_TRANSLATE_NOOP("OrganisationTableModel", "Name"), lambda r, _l: r.name, lambda r: fold(r.name)
    ),
    OrganisationColumn.CONTACT: Column(
        QT_TRANSLATE_NOOP("OrganisationTableModel", "Contact"),
        lambda r, _l: r.contact_name,
        lambda r: fold(r.contact_name) or None,
    ),
    OrganisationColumn.EMAIL: Column(
        QT_TRANSLATE_NOOP("OrganisationTableModel", "E-mail"),
        lambda r, _l: r.contact_email,
        lambda r: fold(r.contact_email) or None,
    ),
    OrganisationColumn.PHONE: Column(
        QT_TRANSLATE_NOOP("OrganisationTableModel", "Phone"),
        lambda r, _l: r.contact_phone,
        lambda r: r.contact_phone or None,
    ),
    OrganisationColumn.CLIENTS: Column(
        QT_TRANSLATE_NOOP("OrganisationTableModel", "Clients"),
        lambda r, loc: loc.toString(r.clients),
        lambda r: r.clients,
        align_right=True,
    ),
    OrganisationColumn.ENGAGEMENTS: Column(
        QT_TRANSLATE_NOOP("OrganisationTableModel", "Sponsored engagements"),
        lambda r, loc: loc.toString(r.engagements),
        lambda r: r.engagements,
        align_right=True,
    ),
}


class OrganisationTableModel(RowTableModel[OrganisationRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OrganisationColumn, COLUMNS, parent)


class OrganisationFilterProxy(RowFilterProxy[OrganisationRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            OrganisationRow,
            lambda r: (r.name, r.contact_name, r.contact_email),
            lambda r: (fold(r.name), str(r.id)),
            parent,
        )


class OrganisationDialog(RecordDialog):
    """Add or edit a sponsoring organisation and its contact."""

    def __init__(
        self,
        open_db: DbFactory,
        organisation_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = organisation_id is None
        super().__init__(
            open_db,
            organisation_id,
            parent,
            title=self.tr("New organisation") if new else self.tr("Edit organisation"),
            ok_text=self.tr("Add organisation") if new else self.tr("Save"),
        )
        self.name = self.line("name", self.tr("Name"), self.tr("As on contracts and invoices"))
        self.contact_name = self.line(
            "contact_name", self.tr("Contact"), self.tr("Who commissions the coaching")
        )
        self.contact_role = self.line(
            "contact_role", self.tr("Contact's role"), self.tr("e.g. HR Business Partner")
        )
        self.contact_email = self.line(
            "contact_email", self.tr("Contact's e-mail"), self.tr("name@example.org")
        )
        self.contact_phone = self.line("contact_phone", self.tr("Contact's phone"))
        self.billing_address = self.notes("billing_address", self.tr("Billing address"))
        self.org_notes = self.notes("notes", self.tr("Notes"))
        self.load_record()
        self.name.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        d = organisation_details(db, self.record_id)
        self.setWindowTitle(self.tr("Edit organisation"))
        self.name.setText(d.name)
        self.contact_name.setText(d.contact_name)
        self.contact_role.setText(d.contact_role)
        self.contact_email.setText(d.contact_email)
        self.contact_phone.setText(d.contact_phone)
        self.billing_address.setPlainText(d.billing_address)
        self.org_notes.setPlainText(d.notes)

    def details(self) -> OrganisationDetails:
        return OrganisationDetails(
            name=self.name.text(),
            contact_name=self.contact_name.text(),
            contact_role=self.contact_role.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            billing_address=self.billing_address.toPlainText(),
            notes=self.org_notes.toPlainText(),
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_organisation(db, self.details())
        return update_organisation(db, self.record_id, self.details())


class OrganisationsView(RecordListView[OrganisationRow]):
    area = "organisations"
    noun = QT_TRANSLATE_NOOP("OrganisationsView", "organisation")
    filter_hint = QT_TRANSLATE_NOOP("OrganisationsView", "Filter by name or contact")
    new_text = QT_TRANSLATE_NOOP("OrganisationsView", "New organisation…")
    first_text = QT_TRANSLATE_NOOP("OrganisationsView", "Add your first organisation…")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OrganisationTableModel(), OrganisationFilterProxy(), parent)
        self.table.sortByColumn(OrganisationColumn.NAME, Qt.SortOrder.AscendingOrder)

    def load_rows(self, db: Db) -> list[OrganisationRow]:
        return organisation_rows(db)

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        dialog = OrganisationDialog(open_db, record_id, self)
        return dialog.changes if dialog.exec() else None

    def deletion_question(self, row: OrganisationRow) -> tuple[str, str]:
        question = self.tr("Delete {name} from your organisations?").format(name=row.name)
        if row.clients:
            stay = self.tr("Its %n client(s) stay, without an organisation.", "", row.clients)
            question = f"{question} {stay}"
        return self.tr("Delete {name}?").format(name=row.name), question

    def delete_record(self, db: Db, row: OrganisationRow) -> Changes:
        return delete_organisation(db, row.id)
