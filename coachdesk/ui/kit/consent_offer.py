"""When the consent filter refuses a document for want of the client's consent: say why and offer to
record the consent there and then, so the export can go on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# Opens the consent form for the document's client, prefilled with the scope (and recipient) the
# document needs, and records it (attaching it where the document relies on one consent); True when
# a consent was recorded, False when the coach cancelled.
RecordConsent = Callable[[QWidget | None], bool]
# Shows the refusal with "Record consent…" beside Cancel: (parent, title, message) → True to record.
OfferConsent = Callable[[QWidget | None, str, str], bool]

# The consent filter names this field when what is missing is the client's consent.
CONSENT_FIELD = "consent_id"


def record_consent_text() -> str:
    return QCoreApplication.translate("ConsentOffer", "Record consent…")


def offer_record_consent(parent: QWidget | None, title: str, message: str) -> bool:
    """The refusal, with "Record consent…" as the way on; True when the coach chose it."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Cancel, parent)
    record = box.addButton(record_consent_text(), QMessageBox.ButtonRole.AcceptRole)
    record.setAccessibleName(QCoreApplication.translate("ConsentOffer", "Record the client's consent"))
    box.setDefaultButton(record)
    box.exec()
    return box.clickedButton() is record
