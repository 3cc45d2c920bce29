"""The referral form: the professional (or a new one), the reason, the client's consent (or record it
now) and what it covers, the letter's own facts, the dates and the outcome; what to check before printing."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from coachdesk.domain import ConsentScope, ReferralUrgency
from coachdesk.domain.ethics import RiskRaised
from coachdesk.services.db import DbFactory
from coachdesk.services.referral_letter_items import LetterText, consent_summary, letter_warnings
from coachdesk.services.referral_list import (
    client_choices,
    professional_choices,
    referral_consent_choices,
    referral_details,
)
from coachdesk.services.referrals import ReferralDetails, create_referral, update_referral
from coachdesk.ui.kit.form import OptionalDate, from_qdate, index_of
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.row_table import local_date_text
from coachdesk.vault import VaultBusy

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

# Marked for translation; shown with ``urgency_words``.
URGENCY_WORDS = {
    ReferralUrgency.ROUTINE: str(QT_TRANSLATE_NOOP("ReferralDialog", "Routine")),
    ReferralUrgency.SOON: str(QT_TRANSLATE_NOOP("ReferralDialog", "Soon (within a few weeks)")),
    ReferralUrgency.URGENT: str(QT_TRANSLATE_NOOP("ReferralDialog", "Urgent")),
}


def urgency_words(urgency: ReferralUrgency) -> str:
    """The urgency as the form offers it, in the coach's language."""
    return QCoreApplication.translate("ReferralDialog", URGENCY_WORDS[urgency])


FOLLOW_UP_DAYS = 14
CHECK_DELAY_MS = 400  # the letter check runs once typing pauses


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
            title=(
                QCoreApplication.translate("ReferralDialog", "New referral")
                if new
                else QCoreApplication.translate("ReferralDialog", "Edit referral")
            ),
            ok_text=(
                QCoreApplication.translate("ReferralDialog", "Save referral")
                if new
                else QCoreApplication.translate("ReferralDialog", "Save")
            ),
        )
        self.changes_made: list[Changes] = []  # consents and professionals added on the way
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.form.add("client_id", self.tr("Client"), self.client)
        self.professional = QComboBox()
        self.professional.setAccessibleName(self.tr("Refer to"))
        self.new_professional = QPushButton(self.tr("New…"))
        self.new_professional.setToolTip(self.tr("Add a professional to your directory"))
        self.new_professional.clicked.connect(self.add_professional)
        self.form.add(
            "professional_id",
            self.tr("Refer to"),
            _with_button(self.professional, self.new_professional),
            focus=self.professional,
        )
        self.reason = self.notes(
            "reason",
            self.tr("Reason"),
            self.tr("In plain, non-diagnostic words: what the client needs help with"),
        )
        self.urgency = QComboBox()
        for value in URGENCY_WORDS:
            self.urgency.addItem(urgency_words(value), value)
        self.form.add("urgency", self.tr("Urgency"), self.urgency)
        self.consent = QComboBox()
        self.consent.setAccessibleName(self.tr("Client's consent"))
        self.new_consent = QPushButton(self.tr("Record consent…"))
        self.new_consent.clicked.connect(self.add_consent)
        self.form.add(
            "consent_id", self.tr("Consent"), _with_button(self.consent, self.new_consent), focus=self.consent
        )
        self._add_letter_fields()
        self.referred_on = OptionalDate(self.tr("Referred"), self.tr("Referral date"))
        self.form.add("referred_on", self.tr("Referral date"), self.referred_on)
        self.follow_up_on = OptionalDate(self.tr("Follow up"), self.tr("Follow-up date"))
        self.form.add("follow_up_on", self.tr("Follow-up"), self.follow_up_on)
        self.referred_on.check.toggled.connect(self._suggest_follow_up)
        self.outcome = self.notes("outcome", self.tr("Outcome"), self.tr("What came of it, once known"))
        note = QLabel(
            self.tr(
                "The letter shares only what the client's consent ticks, and nothing from your session notes."
            )
        )
        note.setWordWrap(True)
        note.setContentsMargins(0, 0, 0, 6)
        self.main_layout.insertWidget(0, note)
        self._add_letter_check()
        self.setMinimumWidth(720)
        self.client.currentIndexChanged.connect(lambda _i: self._load_consents())
        self._client_id = client_id
        self.reason.setPlainText(reason)
        self.load_record()
        self.professional.setFocus()

    def _add_letter_fields(self) -> None:
        """What the consent covers, and the facts the letter gives beyond the reason."""
        self.consent_covers = QLabel()
        self.consent_covers.setWordWrap(True)
        # The field's full width, so the wrapped line gets the height it needs (never clipped).
        self.consent_covers.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.consent_covers.setAccessibleName(self.tr("What the consent covers"))
        self.form.add_row("", self.consent_covers)
        self.reason_in_clients_words = self.notes(
            "reason_in_clients_words",
            self.tr("In the client's words"),
            self.tr("The reason as the client put it, if they agreed to have it passed on"),
        )
        self.summary_client_read = self.notes(
            "summary_client_read",
            self.tr("Summary the client read"),
            self.tr("A short summary for the professional, which the client has read"),
        )
        self.client_will_contact = self.check(
            "client_will_contact", self.tr("The client will get in touch with the professional themselves")
        )
        self.client_gets_copy = self.check(
            "client_gets_copy", self.tr("The client gets a copy of the letter")
        )
        self.risk_raised = QComboBox()
        risks: tuple[tuple[RiskRaised | None, str], ...] = (
            (None, self.tr("Not stated in the letter")),
            (RiskRaised.NO, self.tr("No")),
            (RiskRaised.YES, self.tr("Yes (the letter makes no assessment)")),
            (RiskRaised.NOT_KNOWN, self.tr("Not known")),
        )
        for value, words in risks:
            self.risk_raised.addItem(words, value)
        self.form.add("risk_raised", self.tr("Risk to self or others raised"), self.risk_raised)

    def _add_letter_check(self) -> None:
        """A box above the buttons listing what to check before printing, updated as the coach types."""
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Check before printing"))
        self.warnings.setStyleSheet("background: #fff4ce; border: 1px solid #c19c00; padding: 6px;")
        self.warnings.hide()
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.warnings)
        self.check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_letter)
        for edit in (self.reason, self.reason_in_clients_words, self.summary_client_read):
            edit.textChanged.connect(self.check_timer.start)
        self.client_will_contact.toggled.connect(self.check_timer.start)
        self.consent.currentIndexChanged.connect(lambda _i: self._consent_changed())

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
        self.setWindowTitle(self.tr("Edit referral"))
        self.professional.setCurrentIndex(index_of(self.professional, details.professional_id))
        self.reason.setPlainText(details.reason)
        self.urgency.setCurrentIndex(index_of(self.urgency, ReferralUrgency(details.urgency)))
        self.consent.setCurrentIndex(index_of(self.consent, details.consent_id))
        self.reason_in_clients_words.setPlainText(details.reason_in_clients_words)
        self.summary_client_read.setPlainText(details.summary_client_read)
        self.client_will_contact.setChecked(details.client_will_contact)
        self.client_gets_copy.setChecked(details.client_gets_copy)
        self.risk_raised.setCurrentIndex(index_of(self.risk_raised, details.risk_raised))
        self.referred_on.set_value(details.referred_on)
        self.follow_up_on.set_value(details.follow_up_on)
        self.outcome.setPlainText(details.outcome)

    def _fill_professionals(self, db: Db, select: uuid.UUID | None = None) -> None:
        current = select or self.professional.currentData()
        self.professional.clear()
        self.professional.addItem(self.tr("Choose from your directory…"), None)
        for choice in professional_choices(db):
            self.professional.addItem(choice.text, choice.id)
        self.professional.setCurrentIndex(index_of(self.professional, current))

    def _load_consents(self, db: Db | None = None, select: uuid.UUID | None = None) -> None:
        client_id = self.client.currentData()
        current = select or self.consent.currentData()
        self.consent.blockSignals(True)  # one update once the list is full, not one per item
        self.consent.clear()
        self.consent.addItem(self.tr("No consent recorded yet"), None)
        if client_id is not None:
            today = from_qdate(QDate.currentDate())
            if db is not None:
                choices = referral_consent_choices(db, client_id, today, local_date_text)
            else:
                with self._open_db() as opened:
                    choices = referral_consent_choices(opened, client_id, today, local_date_text)
            for choice in choices:
                self.consent.addItem(choice.text, choice.id)
        self.consent.setCurrentIndex(index_of(self.consent, current))
        self.consent.blockSignals(False)
        self._consent_changed(db)
        self.new_consent.setEnabled(client_id is not None)

    def _suggest_follow_up(self, referred: bool) -> None:
        if referred and not self.follow_up_on.check.isChecked():
            self.follow_up_on.edit.setDate(self.referred_on.edit.date().addDays(FOLLOW_UP_DAYS))
            self.follow_up_on.check.setChecked(True)

    # ----- what the letter will share -----------------------------------------------------------------

    def _consent_changed(self, db: Db | None = None) -> None:
        consent_id = self.consent.currentData()
        if consent_id is None:
            self.consent_covers.setText(self.tr("Without a consent, no letter can be written."))
        elif db is not None:
            self.consent_covers.setText(
                self.tr("The letter may share: {0}").format(consent_summary(db, consent_id))
            )
        else:
            with self._open_db() as opened:
                covers = consent_summary(opened, consent_id)
            self.consent_covers.setText(self.tr("The letter may share: {0}").format(covers))
        self.check_timer.start()

    def check_letter(self) -> None:
        """Show what to check before printing the letter, for the form as it stands."""
        client_id = self.client.currentData()
        if client_id is None:
            self.warnings.hide()
            return
        typed = LetterText(
            client_id=client_id,
            consent_id=self.consent.currentData(),
            reason=self.reason.toPlainText(),
            reason_in_clients_words=self.reason_in_clients_words.toPlainText(),
            summary_client_read=self.summary_client_read.toPlainText(),
            client_will_contact=self.client_will_contact.isChecked(),
        )
        try:
            with self._open_db() as db:
                found = letter_warnings(db, typed)
        except VaultBusy:  # the vault was locked meanwhile: nothing to check until it is open again
            return
        heading = self.tr("Check before printing the letter:")
        self.warnings.setText("\n".join([heading, *(f"• {w.message}" for w in found)]))
        self.warnings.setVisible(bool(found))

    def done(self, result: int) -> None:
        self.check_timer.stop()
        super().done(result)

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
            reason_in_clients_words=self.reason_in_clients_words.toPlainText(),
            summary_client_read=self.summary_client_read.toPlainText(),
            client_will_contact=self.client_will_contact.isChecked(),
            client_gets_copy=self.client_gets_copy.isChecked(),
            risk_raised=self.risk_raised.currentData(),
            referred_on=self.referred_on.value(),
            follow_up_on=self.follow_up_on.value(),
            outcome=self.outcome.toPlainText(),
        )

    def save(self, db: Db) -> Changes:
        from coachdesk.services.errors import ValidationError

        details = self.details()
        if details.client_id is None:
            raise ValidationError("client_id", self.tr("Choose the client you are referring."))
        if details.professional_id is None:
            raise ValidationError(
                "professional_id", self.tr("Choose whom you refer the client to, or add them with “New…”.")
            )
        if self.record_id is None:
            return create_referral(db, details)
        return update_referral(db, self.record_id, details)
