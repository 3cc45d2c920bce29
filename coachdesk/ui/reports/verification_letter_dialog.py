"""Choosing the organisation and the coach's role for a verification letter, and exporting the letter."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.services.hours_log import HoursLog
from coachdesk.services.verification_letter import (
    organisations_with_aliases,
    verification_letter_data,
    verification_letter_document,
)
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported
from coachdesk.ui.kit.form import ValidatingForm
from coachdesk.ui.reports.parts import muted


class VerificationLetterDialog(QDialog):
    """Which organisation verifies its aliased clients' hours, and whether the coach was external."""

    def __init__(self, organisations: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verification letter"))
        self.organisation = QComboBox()
        for organisation_id, name in organisations:
            self.organisation.addItem(name, organisation_id)
        self.role = QComboBox()
        self.role.addItem(self.tr("External coach"), "external")
        self.role.addItem(self.tr("Internal coach (employed by the organisation)"), "internal")
        self.form = ValidatingForm()
        self.form.add("organisation_id", self.tr("Organisation"), self.organisation)
        self.form.add("coach_role", self.tr("Your role"), self.role)
        hint = muted(
            self.tr(
                "The letter lists the hours you logged under aliases for this organisation, for its contact "
                "to sign and send to ICF with your application. It names no client."
            ),
            wrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export PDF\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[uuid.UUID, str]:
        return self.organisation.currentData(), self.role.currentData()


def export_verification_letter(
    parent: QWidget,
    open_db: DbFactory,
    exporter: DocumentExporter,
    log: HoursLog,
    *,
    run: Callable[[VerificationLetterDialog], bool],
    report: Callable[[QWidget | None, str, str], None],
) -> Exported | None:
    """Ask which organisation and role, check the letter can be made, then export it through ``exporter``
    (recipient, consent filter, file, ledger). None when cancelled or after saying why not."""
    title = QCoreApplication.translate("VerificationLetter", "No verification letter")
    with open_db() as db:
        organisations = organisations_with_aliases(db)
    if not organisations:
        report(
            parent,
            title,
            QCoreApplication.translate(
                "VerificationLetter",
                "No engagement is logged as an alias yet. In the agreement with a sponsor whose "
                "confidentiality policy keeps client names in, tick “Log as an alias, verified by the "
                "organisation”.",
            ),
        )
        return None
    dialog = VerificationLetterDialog(organisations, parent)
    if not run(dialog):
        return None
    organisation_id, role = dialog.choice()
    today: date = log.made_on
    try:
        with open_db() as db:
            data = verification_letter_data(db, organisation_id, today, coach_role=role, log=log)
    except ValidationError as error:
        report(parent, title, error.message)
        return None
    source = verification_letter_document(organisation_id, today, log, coach_role=role)
    name = neutral_file_name("verification_letter", today, suffix=".pdf")
    document = ExportableDocument(
        QCoreApplication.translate("VerificationLetter", "Verification letter"),
        name,
        source,
        data.organisation,
    )
    return exporter.export(parent, open_db, document)
