"""Add or edit a client; the service's ValidationError is shown next to the field at fault, and what
is typed and not yet saved is kept as a draft."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import ClientStatus
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client, find_client, update_client
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.organisations import organisation_choices
from coachdesk.ui.clients.table import status_word
from coachdesk.ui.kit.drafts import DraftEditor
from coachdesk.ui.kit.form import ValidatingForm, from_qdate, index_of, to_qdate
from coachdesk.ui.kit.language_picker import LanguagePicker
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.zone_picker import ZonePicker

if TYPE_CHECKING:
    from coachdesk.services.drafts import DraftRow

HOURS_LOG_TEXT = QT_TRANSLATE_NOOP("ClientDialog", "May be named in my coaching-hours log")


class ClientDialog(DraftEditor):
    """The client form. After OK succeeds, ``changes`` holds what the service changed.

    ``draft`` reopens a "client" draft (a client deleted meanwhile comes back as a new one).
    """

    draft_kind = "client"

    def __init__(
        self,
        open_db: DbFactory,
        client_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        draft: DraftRow | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self._draft = draft
        if draft is not None:
            client_id = draft.record_id
        self.client_id = client_id
        self.changes: Changes | None = None
        self.fields: dict[str, QWidget] = {}

        self.setWindowTitle(self.tr("New client") if client_id is None else self.tr("Edit client"))
        self.setMinimumWidth(520)

        self.name = self._line("name", self.tr("Name"), self.tr("Full name, as on agreements"))
        self.preferred_name = self._line(
            "preferred_name", self.tr("Preferred name"), self.tr("What they like to be called")
        )
        self.email = self._line("email", self.tr("E-mail"), self.tr("name@example.org"))
        self.phone = self._line("phone", self.tr("Phone"), "")
        self.time_zone = ZonePicker()
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.document_language = LanguagePicker(coachs_own=True)
        self.document_language.setAccessibleName(self.tr("Document language"))
        self.document_language.setToolTip(
            self.tr("The language this client's agreements, letters, reports and invoices print in.")
        )
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.new_organisation_button = QPushButton(self.tr("New organisation…"))
        self.new_organisation_button.setAccessibleName(self.tr("Add a new organisation"))
        self.new_organisation_button.clicked.connect(self.add_organisation)
        self.organisation_changes: Changes | None = None  # organisations added from this form
        self.role = self._line("role", self.tr("Role"), self.tr("e.g. Head of Engineering"))
        self.status = QComboBox()
        for status in ClientStatus:
            self.status.addItem(status_word(status), status)
        self.tags = self._line("tags", self.tr("Tags"), self.tr("Comma-separated, e.g. leadership, career"))
        self.has_intake_date = QCheckBox(self.tr("Known"))
        self.intake_date = QDateEdit(QDate.currentDate())
        self.intake_date.setCalendarPopup(True)
        self.intake_date.setEnabled(False)
        self.has_intake_date.toggled.connect(self.intake_date.setEnabled)
        self.named_in_hours_log = QCheckBox(QCoreApplication.translate("ClientDialog", HOURS_LOG_TEXT))
        self.private_notes = QPlainTextEdit(placeholderText=self.tr("Only you can read these"))
        self.private_notes.setTabChangesFocus(True)
        self.private_notes.setMinimumHeight(90)

        self._build()
        self._load()
        self.start_drafts(open_db, draft.id if draft is not None else None)
        if draft is not None:
            self.restore_draft(draft.payload)
        self.name.setFocus()

    # ----- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        client_id = self.client_id
        self.organisation_row = QWidget()
        self.organisation_row.setAccessibleName(self.tr("Organisation"))
        row = QHBoxLayout(self.organisation_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.organisation, 1)
        row.addWidget(self.new_organisation_button)
        form = self.form = ValidatingForm()
        self.general_error = form.general_error
        for name, label, widget in [
            ("name", self.tr("Name"), self.name),
            ("preferred_name", self.tr("Preferred name"), self.preferred_name),
            ("email", self.tr("E-mail"), self.email),
            ("phone", self.tr("Phone"), self.phone),
            ("time_zone", self.tr("Time zone"), self.time_zone),
            ("document_language", self.tr("Document language"), self.document_language),
            ("organisation_id", self.tr("Organisation"), self.organisation_row),
            ("role", self.tr("Role"), self.role),
            ("status", self.tr("Status"), self.status),
            ("tags", self.tr("Tags"), self.tags),
        ]:
            form.add(
                name, label, widget, focus=self.organisation if widget is self.organisation_row else None
            )
        intake = QWidget()
        intake_row = QHBoxLayout(intake)
        intake_row.setContentsMargins(0, 0, 0, 0)
        intake_row.addWidget(self.has_intake_date)
        intake_row.addWidget(self.intake_date)
        intake_row.addStretch(1)
        self.has_intake_date.setAccessibleName(self.tr("Intake date known"))
        self.intake_date.setAccessibleName(self.tr("Intake date"))
        intake.setAccessibleName(self.tr("Intake date"))
        form.add("intake_date", self.tr("Intake date"), intake, focus=self.intake_date)
        self.named_in_hours_log.setAccessibleName(QCoreApplication.translate("ClientDialog", HOURS_LOG_TEXT))
        form.add("named_in_hours_log", "", self.named_in_hours_log)
        form.add("private_notes", self.tr("Private notes"), self.private_notes)
        self.fields = form.fields

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add client") if client_id is None else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)

    def add_organisation(self) -> None:
        """Add an organisation without leaving the form, and choose it for this client."""
        from coachdesk.ui.organisations.view import OrganisationDialog

        dialog = OrganisationDialog(self._open_db, None, self)
        if not dialog.exec() or dialog.changes is None or dialog.changes.created is None:
            return
        added = dialog.changes
        self.organisation_changes = (
            added if self.organisation_changes is None else self.organisation_changes | added
        )
        with self._open_db() as db:
            organisations = organisation_choices(db)
        chosen = added.created
        self.organisation.clear()
        self.organisation.addItem(self.tr("None"), None)
        for organisation_id, name in organisations:
            self.organisation.addItem(name, organisation_id)
        self.organisation.setCurrentIndex(index_of(self.organisation, chosen))

    def _line(self, name: str, label: str, hint: str) -> QLineEdit:
        edit = QLineEdit(placeholderText=hint)
        edit.setAccessibleName(label)
        return edit

    def _load(self) -> None:
        with self._open_db() as db:
            organisations = organisation_choices(db)
            client = None if self.client_id is None else find_client(db, self.client_id)
        self.organisation.addItem(self.tr("None"), None)
        for organisation_id, name in organisations:
            self.organisation.addItem(name, organisation_id)
        if client is None:
            if self._draft is not None:
                self.client_id = None  # deleted meanwhile: the draft becomes a new client
                self.setWindowTitle(self.tr("New client"))
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add client"))
            elif self.client_id is not None:
                self._show_message(self.tr("That client no longer exists."))
            return
        self.setWindowTitle(self.tr("Edit client"))
        self.name.setText(client.name)
        self.preferred_name.setText(client.preferred_name)
        self.email.setText(client.email)
        self.phone.setText(client.phone)
        self.time_zone.set_zone(client.time_zone)
        self.document_language.set_language(client.document_language)
        self.organisation.setCurrentIndex(index_of(self.organisation, client.organisation_id))
        self.role.setText(client.role)
        self.status.setCurrentIndex(index_of(self.status, ClientStatus(client.status)))
        self.tags.setText(client.tags)
        self.has_intake_date.setChecked(client.intake_date is not None)
        if client.intake_date is not None:
            d = client.intake_date
            self.intake_date.setDate(QDate(d.year, d.month, d.day))
        self.named_in_hours_log.setChecked(client.named_in_hours_log)
        self.private_notes.setPlainText(client.private_notes)

    # ----- reading and saving --------------------------------------------------------------------

    def details(self) -> ClientDetails:
        intake: date | None = None
        if self.has_intake_date.isChecked():
            q = self.intake_date.date()
            intake = date(q.year(), q.month(), q.day())
        return ClientDetails(
            name=self.name.text(),
            preferred_name=self.preferred_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            time_zone=self.time_zone.zone(),
            document_language=self.document_language.language(),
            organisation_id=self.organisation.currentData(),
            role=self.role.text(),
            status=self.status.currentData(),
            tags=self.tags.text(),
            intake_date=intake,
            named_in_hours_log=self.named_in_hours_log.isChecked(),
            private_notes=self.private_notes.toPlainText(),
        )

    def accept(self) -> None:
        self.clear_errors()
        details = self.details()
        try:
            with self._open_db() as db:
                if self.client_id is None:
                    self.changes = create_client(db, details)
                else:
                    self.changes = update_client(db, self.client_id, details)
        except ValidationError as error:
            self.show_error(error)
            return
        if self.organisation_changes is not None:  # the organisations list refreshes too
            self.changes = self.changes | self.organisation_changes
        super().accept()

    # ----- drafts --------------------------------------------------------------------------------

    _TEXTS = ("name", "preferred_name", "email", "phone", "role", "tags")

    def draft_payload(self) -> dict[str, Any]:
        organisation = self.organisation.currentData()
        payload: dict[str, Any] = {name: getattr(self, name).text() for name in self._TEXTS}
        payload |= {
            "organisation_id": str(organisation) if isinstance(organisation, uuid.UUID) else None,
            "status": str(self.status.currentData()),
            "intake_date": from_qdate(self.intake_date.date()).isoformat()
            if self.has_intake_date.isChecked()
            else None,
            "named_in_hours_log": self.named_in_hours_log.isChecked(),
            "private_notes": self.private_notes.toPlainText(),
            "time_zone": self.time_zone.zone(),
            "document_language": self.document_language.language(),
        }
        return payload

    def restore_draft(self, payload: dict[str, Any]) -> None:
        for name in self._TEXTS:
            if isinstance(payload.get(name), str):
                getattr(self, name).setText(payload[name])
        organisation = payload.get("organisation_id")
        with contextlib.suppress(TypeError, ValueError):
            wanted = uuid.UUID(organisation) if isinstance(organisation, str) else None
            self.organisation.setCurrentIndex(index_of(self.organisation, wanted))
        with contextlib.suppress(KeyError, ValueError):
            self.status.setCurrentIndex(index_of(self.status, ClientStatus(payload["status"])))
        intake = payload.get("intake_date")
        self.has_intake_date.setChecked(isinstance(intake, str))
        if isinstance(intake, str):
            with contextlib.suppress(ValueError):
                self.intake_date.setDate(to_qdate(date.fromisoformat(intake)))
        if isinstance(payload.get("named_in_hours_log"), bool):
            self.named_in_hours_log.setChecked(payload["named_in_hours_log"])
        if isinstance(payload.get("private_notes"), str):
            self.private_notes.setPlainText(payload["private_notes"])
        if isinstance(payload.get("time_zone"), str):
            self.time_zone.set_zone(payload["time_zone"])
        language = payload.get("document_language")
        self.document_language.set_language(language if isinstance(language, str) else None)

    def draft_ids(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        return self.client_id, self.client_id

    # ----- errors --------------------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> None:
        self.form.show_error(error)

    def error_text(self, field: str) -> str:
        """The message shown next to ``field`` ('' when none is shown)."""
        return self.form.error_text(field)

    def _show_message(self, message: str) -> None:
        self.form.show_message(message)

    def clear_errors(self) -> None:
        self.form.clear_errors()
