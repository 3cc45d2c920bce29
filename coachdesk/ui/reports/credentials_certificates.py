"""Attaching a certificate from a file, and saving a copy where the coach chooses (recorded as own use)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk.services.certificates import (
    MAX_CERTIFICATE_BYTES,
    attach_certificate,
    certificate,
    certificate_document,
    certificate_suffixes,
    refuse_oversized,
    remove_certificate,
    suggested_name,
)
from coachdesk.services.document_export import export_document
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit.file_dialogs import open_file_name
from coachdesk.ui.reports.parts import choose_save_file, show_problem, write_failure

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import DbFactory

CERTIFICATE_FILTER = str(QT_TRANSLATE_NOOP("CredentialsView", "Certificates (*.pdf *.png *.jpg *.jpeg)"))
_SAVE_FILTERS = {
    ".pdf": str(QT_TRANSLATE_NOOP("CredentialsView", "PDF documents (*.pdf)")),
    ".png": str(QT_TRANSLATE_NOOP("CredentialsView", "PNG images (*.png)")),
    ".jpg": str(QT_TRANSLATE_NOOP("CredentialsView", "JPEG images (*.jpg *.jpeg)")),
}


class CertificateActions:
    """What the CCE list's certificate buttons do; the file choosers and messages are replaceable in tests."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.choose_open_file: Callable[[QWidget | None, str, str, str], str] = open_file_name
        self.choose_save_file: Callable[[QWidget | None, str, str, str, tuple[Path, ...]], str] = (
            choose_save_file
        )
        self.report_error: Callable[[QWidget | None, str, str], None] = show_problem
        self.vaults: Callable[[], tuple[Path, ...]] = tuple

    def attach(self, open_db: DbFactory, record_id: uuid.UUID) -> Changes | None:
        """Ask for a PDF, PNG or JPEG file and keep it in the vault as the record's certificate."""
        chosen = self.choose_open_file(
            self.parent,
            QCoreApplication.translate("CredentialsView", "Attach certificate"),
            "",
            QCoreApplication.translate("CredentialsView", CERTIFICATE_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
        title = QCoreApplication.translate("CredentialsView", "Certificate not attached")
        try:
            refuse_oversized(path.name, path.stat().st_size)
            with path.open("rb") as file:
                data = file.read(MAX_CERTIFICATE_BYTES + 1)
            with open_db() as db:
                return attach_certificate(db, record_id, path.name, data)
        except ValidationError as error:
            self.report_error(self.parent, title, error.message)
        except OSError as error:
            reason = error.strerror or str(error)
            self.report_error(
                self.parent,
                title,
                QCoreApplication.translate("CredentialsView", "Could not read “{name}”: {reason}.").format(
                    name=path.name, reason=reason
                ),
            )
        return None

    def save_copy(self, open_db: DbFactory, record_id: uuid.UUID, today: date) -> Changes | None:
        """Write the certificate where the coach chooses; the outbound ledger records it as own use."""
        title = QCoreApplication.translate("CredentialsView", "Certificate not saved")
        try:
            with open_db() as db:
                kept = certificate(db, record_id)
        except ValidationError as error:
            self.report_error(self.parent, title, error.message)
            return None
        file_filter = QCoreApplication.translate("CredentialsView", _SAVE_FILTERS[kept.suffix])
        chosen = self.choose_save_file(
            self.parent,
            QCoreApplication.translate("CredentialsView", "Save a copy of the certificate"),
            suggested_name(kept),
            file_filter,
            self.vaults(),
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            with open_db() as db:
                return export_document(
                    db,
                    path,
                    kept.data,
                    certificate_document(record_id, today),
                    vaults=self.vaults(),
                    suffixes=certificate_suffixes(kept),
                )
        except ValidationError as error:
            self.report_error(self.parent, title, error.message)
        except OSError as error:
            self.report_error(self.parent, title, write_failure(path, error))
        return None

    def remove(self, open_db: DbFactory, record_id: uuid.UUID) -> Changes | None:
        try:
            with open_db() as db:
                return remove_certificate(db, record_id)
        except ValidationError as error:
            self.report_error(
                self.parent,
                QCoreApplication.translate("CredentialsView", "Certificate not removed"),
                error.message,
            )
        return None
