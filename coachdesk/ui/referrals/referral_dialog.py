"""The referral form: the professional (or a new one), the reason, the client's consent (or record it
now), what may be shared, the dates and the outcome."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from coachdesk.domain import ConsentScope, ReferralUrgency
from coachdesk.services.db import DbFactory
from coachdesk.services.referral_list import (
    client_choices,
    professional_choices,
    referral_consent_choices,
    referral_details,
)
from coachdesk.services.referrals import ReferralDetails, create_referral, update_referral
from coachdesk.ui.kit.form import OptionalDate, from_qdate, index_of
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

URGENCY_WORDS = {
    ReferralUrgency.ROUTINE: "Routine",
    ReferralUrgency.SOON: "Soon (within a few weeks)",
    ReferralUrgency.URGENT: "Urgent",
}
FOLLOW_UP_DAYS = 14


def _with_button(widget: QWidget, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addWidget(button)
    box.setAccessibleName(widget.accessibleName())
    box.setFocusProxy(widget)
    return box


class ReferralDialog(RecordDialog):
    """Add or edit a referral. Consents and professionals can be added from here without leaving."""

    def __init__(
        self,
        open_db: DbFactory,
        referral_id: uuid.UUID | None = None,
        *,
        client_id: uuid.UUID | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        new = referral_id is None
        super().__init__(
            open_db,
            referral_id,
            parent,
            title="New referral" if new else "Edit referral",
            ok_text="Save referral" if new else "Save",
        )
        self.changes_made: list[Changes] = []  # consents and professionals added on the way
        self.client = QComboBox()
        self.client.setAccessibleName("Client")
        self.form.add("client_id", "Client", self.client)
        self.professional = QComboBox()
        self.professional.setAccessibleName("Refer to")
        self.new_professional = QPushButton("New…")
        self.new_professional.setToolTip("Add a professional to your directory")
        self.new_professional.clicked.connect(self.add_professional)
        self.form.add(
            "professional_id",
            "Refer to",
            _with_button(self.professional, self.new_professional),
            focus=self.professional,
        )
        self.reason = self.notes(
            "reason", "Reason", "In plain, non-diagnostic words: what the client needs help with"
        )
        self.urgency = QComboBox()
        for value, words in URGENCY_WORDS.items():
            self.urgency.addItem(words, value)
        self.form.add("urgency", "Urgency", self.urgency)
        self.consent = QComboBox()
        self.consent.setAccessibleName("Client's consent")
        self.new_consent = QPushButton("Record consent…")
        self.new_consent.clicked.connect(self.add_consent)
        self.form.add(
            "consent_id", "Consent", _with_button(self.consent, self.new_consent), focus=self.consent
        )
        self.items_to_share = self.notes(
            "items_to_share", "May be shared", "Only the background the client agreed to share"
        )
        self.referred_on = OptionalDate("Referred", "Referral date")
        self.form.add("referred_on", "Referral date", self.referred_on)
        self.follow_up_on = OptionalDate("Follow up", "Follow-up date")
        self.form.add("follow_up_on", "Follow-up", self.follow_up_on)
        self.referred_on.check.toggled.connect(self._suggest_follow_up)
        self.outcome = self.notes("outcome", "Outcome", "What came of it, once known")
        note = QLabel("Nothing from your session notes is shared unless you write it under “May be shared”.")
        note.setWordWrap(True)
        note.setContentsMargins(0, 0, 0, 6)
        self.main_layout.insertWidget(0, note)
        self.setMinimumWidth(640)
        self.client.currentIndexChanged.connect(lambda _i: self._load_consents())
        self._client_id = client_id
        self.reason.setPlainText(reason)
        self.load_record()
        self.professional.setFocus()

    # ----- loading -----------------------------------------------------------------------------------

    def load(self, db: Db) -> None:
        details = None
        if self.record_id is not None:
            details, _status = referral_details(db, self.record_id)
            self._client_id = details.client_id
        for choice in client_choices(db):
            self.client.addItem(choice.text, choice.id)
        self.client.setCurrentIndex(index_of(self.client, self._client_id))
        self.client.setEnabled(self._client_id is None)
        self._fill_professionals(db)
        self._load_consents(db)
        if details is None:
            return
        self.setWindowTitle("Edit referral")
        self.professional.setCurrentIndex(index_of(self.professional, details.professional_id))
        self.reason.setPlainText(details.reason)
        self.urgency.setCurrentIndex(index_of(self.urgency, ReferralUrgency(details.urgency)))
        self.consent.setCurrentIndex(index_of(self.consent, details.consent_id))
        self.items_to_share.setPlainText(details.items_to_share)
        self.referred_on.set_value(details.referred_on)
        self.follow_up_on.set_value(details.follow_up_on)
        self.outcome.setPlainText(details.outcome)

    def _fill_professionals(self, db: Db, select: uuid.UUID | None = None) -> None:
        current = select or self.professional.currentData()
        self.professional.clear()
        self.professional.addItem("Choose from your directory…", None)
        for choice in professional_choices(db):
            self.professional.addItem(choice.text, choice.id)
        self.professional.setCurrentIndex(index_of(self.professional, current))

    def _load_consents(self, db: Db | None = None, select: uuid.UUID | None = None) -> None:
        client_id = self.client.currentData()
        current = select or self.consent.currentData()
        self.consent.clear()
        self.consent.addItem("No consent recorded yet", None)
        if client_id is not None:
            today = from_qdate(QDate.currentDate())
            if db is not None:
                choices = referral_consent_choices(db, client_id, today)
            else:
                with self._open_db() as opened:
                    choices = referral_consent_choices(opened, client_id, today)
            for choice in choices:
                self.consent.addItem(choice.text, choice.id)
        self.consent.setCurrentIndex(index_of(self.consent, current))
        self.new_consent.setEnabled(client_id is not None)

    def _suggest_follow_up(self, referred: bool) -> None:
        if referred and not self.follow_up_on.check.isChecked():
            self.follow_up_on.edit.setDate(self.referred_on.edit.date().addDays(FOLLOW_UP_DAYS))
            self.follow_up_on.check.setChecked(True)

    # ----- adding on the way ---------------------------------------------------------------------------

    def add_professional(self) -> None:
        from coachdesk.ui.directory.view import ProfessionalDialog

        dialog = ProfessionalDialog(self._open_db, None, self)
        if dialog.exec() and dialog.changes is not None:
            self.changes_made.append(dialog.changes)
            with self._open_db() as db:
                self._fill_professionals(db, dialog.changes.created)

    def add_consent(self) -> None:
        from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

        client_id = self.client.currentData()
        if client_id is None:
            return
        name = self.professional.currentText().split(" — ")[0] if self.professional.currentData() else ""
        dialog = ConsentDialog(
            self._open_db,
            client_id=client_id,
            scope=ConsentScope.REFERRAL,
            recipient=name,
            parent=self,
        )
        if dialog.exec() and dialog.changes is not None:
            self.changes_made.append(dialog.changes)
            self._load_consents(select=dialog.changes.created)

    # ----- saving --------------------------------------------------------------------------------------

    def details(self) -> ReferralDetails:
        return ReferralDetails(
            client_id=self.client.currentData(),
            professional_id=self.professional.currentData(),
            reason=self.reason.toPlainText(),
            urgency=self.urgency.currentData(),
            consent_id=self.consent.currentData(),
            items_to_share=self.items_to_share.toPlainText(),
            referred_on=self.referred_on.value(),
            follow_up_on=self.follow_up_on.value(),
            outcome=self.outcome.toPlainText(),
        )

    def save(self, db: Db) -> Changes:
        from coachdesk.services.errors import ValidationError

        details = self.details()
        if details.client_id is None:
            raise ValidationError("client_id", "Choose the client you are referring.")
        if details.professional_id is None:
            raise ValidationError(
                "professional_id", "Choose whom you refer the client to, or add them with New…."
            )
        if self.record_id is None:
            return create_referral(db, details)
        return update_referral(db, self.record_id, details)
