"""Confidentiality in the workflow: record or withdraw a client's consent, log a disclosure, and log a
boundary incident."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from coachdesk.domain import ConsentScope
from coachdesk.services.clients import get_client
from coachdesk.services.conflicts import BoundaryIncidentDetails, create_boundary_incident
from coachdesk.services.consents import (
    ConsentDetails,
    DisclosureDetails,
    create_consent,
    default_expiry,
    get_consent,
    record_disclosure,
    update_consent,
    withdraw_consent,
)
from coachdesk.services.db import DbFactory
from coachdesk.services.ethics_log import BASIS_WORDS, BOUNDARY_WORDS, SCOPE_WORDS
from coachdesk.ui.ethics.ledger_view import sent_under
from coachdesk.ui.ethics.shared_items_box import SharedItemsBox
from coachdesk.ui.kit.form import from_qdate, index_of, to_qdate
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    return edit


def _choices(words: Mapping[Any, str], prompt: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(prompt, None)
    for value, text in words.items():
        combo.addItem(text, value)
    return combo


def _client_name(db: Db, client_id: uuid.UUID) -> str:
    return get_client(db, client_id).name


class ConsentDialog(RecordDialog):
    """Record what a client agreed may be shared, with whom, from when and until when."""

    def __init__(
        self,
        open_db: DbFactory,
        *,
        client_id: uuid.UUID,
        consent_id: uuid.UUID | None = None,
        scope: ConsentScope | None = None,
        recipient: str = "",
        parent: QWidget | None = None,
    ) -> None:
        new = consent_id is None
        super().__init__(
            open_db,
            consent_id,
            parent,
            title=QCoreApplication.translate("ConsentDialog", "Record consent")
            if new
            else QCoreApplication.translate("ConsentDialog", "Edit consent"),
            ok_text=QCoreApplication.translate("ConsentDialog", "Record consent")
            if new
            else QCoreApplication.translate("ConsentDialog", "Save"),
        )
        self.client_id = client_id
        self.client_label = QLabel()
        self.form.add_row(self.tr("Client"), self.client_label)
        self.scope = _choices(SCOPE_WORDS, self.tr("Choose what the client agreed to…"))
        self.form.add("scope", self.tr("Consent to"), self.scope)
        self.recipient = self.line(
            "recipient", self.tr("Shared with"), self.tr("Who may receive it, e.g. Dr Ana Ruiz or Acme Ltd")
        )
        self.granted_on = _date_edit()
        self.form.add("granted_on", self.tr("Given on"), self.granted_on)
        self.has_expiry = QCheckBox(self.tr("Expires"))
        self.expires_on = _date_edit()
        self.expires_on.setDate(QDate.currentDate().addYears(1))
        self.expires_on.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        expiry = QWidget()
        row = QHBoxLayout(expiry)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_expiry)
        row.addWidget(self.expires_on)
        row.addStretch(1)
        expiry.setAccessibleName(self.tr("Expiry"))
        self.expires_on.setAccessibleName(self.tr("Expiry date"))
        self.form.add("expires_on", self.tr("Expiry"), expiry, focus=self.expires_on)
        self.evidence = self.line(
            "evidence", self.tr("Evidence"), self.tr("e.g. signed form of 3 March; e-mail of 4 March")
        )
        self.sharing = SharedItemsBox()
        self.form.add("shared_items", self.tr("May be shared"), self.sharing)
        # A new referral consent ends three months after it is given unless the coach sets a date.
        self._expiry_edited = self._suggesting = False
        self.expires_on.dateChanged.connect(self._expiry_changed_by_hand)
        self.has_expiry.toggled.connect(self._expiry_changed_by_hand)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.granted_on.dateChanged.connect(self._suggest_expiry)
        if scope is not None:
            self.scope.setCurrentIndex(index_of(self.scope, scope))
        self.recipient.setText(recipient)
        self.load_record()
        self._scope_changed()
        self.scope.setFocus()

    def _scope_changed(self) -> None:
        self.form.layout_.setRowVisible(self.sharing, self.scope.currentData() == ConsentScope.REFERRAL)
        self._suggest_expiry()

    def _expiry_changed_by_hand(self) -> None:
        self._expiry_edited = self._expiry_edited or not self._suggesting

    def _suggest_expiry(self) -> None:
        if self.record_id is not None or self._expiry_edited:
            return
        suggested = default_expiry(self.scope.currentData(), from_qdate(self.granted_on.date()))
        self._suggesting = True
        self.has_expiry.setChecked(suggested is not None)
        if suggested is not None:
            self.expires_on.setDate(to_qdate(suggested))
        self._suggesting = False

    def load(self, db: Db) -> None:
        self.client_label.setText(_client_name(db, self.client_id))
        if self.record_id is None:
            return
        consent = get_consent(db, self.record_id)
        self.scope.setCurrentIndex(index_of(self.scope, ConsentScope(consent.scope)))
        self.recipient.setText(consent.recipient)
        self.granted_on.setDate(to_qdate(consent.granted_on))
        self.has_expiry.setChecked(consent.expires_on is not None)
        if consent.expires_on is not None:
            self.expires_on.setDate(to_qdate(consent.expires_on))
        self.evidence.setText(consent.evidence)
        self.sharing.set_items(consent.shared_items)
        self.sharing.other.setText(consent.shared_other)
        self.sharing.may_reply.setChecked(consent.recipient_may_reply)

    def details(self) -> ConsentDetails:
        referral = self.scope.currentData() == ConsentScope.REFERRAL
        return ConsentDetails(
            client_id=self.client_id,
            scope=self.scope.currentData(),
            granted_on=from_qdate(self.granted_on.date()),
            recipient=self.recipient.text(),
            expires_on=from_qdate(self.expires_on.date()) if self.has_expiry.isChecked() else None,
            evidence=self.evidence.text(),
            shared_items=self.sharing.items() if referral else frozenset(),
            shared_other=self.sharing.other.text() if referral else "",
            recipient_may_reply=self.sharing.may_reply.isChecked() and referral,
        )

    def save(self, db: Db) -> Changes:
        if self.record_id is None:
            return create_consent(db, self.details())
        return update_consent(db, self.record_id, self.details())


class WithdrawConsentDialog(RecordDialog):
    """Withdraw a consent from a date: from then on nothing relying on it can be shared."""

    def __init__(self, open_db: DbFactory, consent_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            open_db,
            consent_id,
            parent,
            title=QCoreApplication.translate("WithdrawConsentDialog", "Withdraw consent"),
            ok_text=QCoreApplication.translate("WithdrawConsentDialog", "Withdraw"),
        )
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setAccessibleName(self.tr("The consent"))
        self.what.setContentsMargins(0, 0, 0, 8)
        self.main_layout.insertWidget(0, self.what)
        self.withdrawn_on = _date_edit()
        self.form.add("on", self.tr("Withdrawn on"), self.withdrawn_on)
        self.load_record()

    def load(self, db: Db) -> None:
        assert self.record_id is not None
        consent = get_consent(db, self.record_id)
        scope = SCOPE_WORDS[ConsentScope(consent.scope)].lower()
        what = (
            self.tr("{scope} with {recipient}").format(scope=scope, recipient=consent.recipient)
            if consent.recipient
            else scope
        )
        text = self.tr(
            "{client} withdraws their consent ({what}). From this date, no sponsor report or referral "
            "letter relying on it can be written, and it no longer counts anywhere in CoachDesk."
        ).format(client=_client_name(db, consent.client_id), what=what)
        self.what.setText(text + "\n\n" + sent_under(db, self.record_id))

    def save(self, db: Db) -> Changes:
        assert self.record_id is not None
        return withdraw_consent(db, self.record_id, from_qdate(self.withdrawn_on.date()))


class DisclosureDialog(RecordDialog):
    """Log confidential information shared: basis, recipient, what, and whether the client was told."""

    def __init__(self, open_db: DbFactory, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            open_db,
            None,
            parent,
            title=QCoreApplication.translate("DisclosureDialog", "Record a disclosure"),
            ok_text=QCoreApplication.translate("DisclosureDialog", "Record disclosure"),
        )
        self.client_id = client_id
        self.client_label = QLabel()
        self.form.add_row(self.tr("Client"), self.client_label)
        self.disclosed_on = _date_edit()
        self.form.add("disclosed_on", self.tr("Disclosed on"), self.disclosed_on)
        self.basis = _choices(BASIS_WORDS, self.tr("Choose the basis…"))
        self.form.add("basis", self.tr("Basis"), self.basis)
        self.recipient = self.line(
            "recipient", self.tr("Disclosed to"), self.tr("Person or body, e.g. the client's GP, the police")
        )
        self.what_was_disclosed = self.notes("what_was_disclosed", self.tr("What was disclosed"))
        self.client_informed = QCheckBox(self.tr("The client has been told"))
        self.client_informed_on = _date_edit()
        self.client_informed_on.setEnabled(False)
        self.client_informed.toggled.connect(self.client_informed_on.setEnabled)
        told = QWidget()
        row = QHBoxLayout(told)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.client_informed)
        row.addWidget(self.client_informed_on)
        row.addStretch(1)
        told.setAccessibleName(self.tr("Client told"))
        self.client_informed.setAccessibleName(self.tr("The client has been told"))
        self.form.add("client_informed_on", self.tr("Client told"), told, focus=self.client_informed)
        self.load_record()
        self.disclosed_on.setFocus()

    def load(self, db: Db) -> None:
        self.client_label.setText(_client_name(db, self.client_id))

    def save(self, db: Db) -> Changes:
        told = self.client_informed.isChecked()
        details = DisclosureDetails(
            client_id=self.client_id,
            disclosed_on=from_qdate(self.disclosed_on.date()),
            recipient=self.recipient.text(),
            basis=self.basis.currentData(),
            what_was_disclosed=self.what_was_disclosed.toPlainText(),
            client_informed=told,
            client_informed_on=from_qdate(self.client_informed_on.date()) if told else None,
        )
        return record_disclosure(db, details)


class BoundaryIncidentDialog(RecordDialog):
    """Log a boundary tested or crossed, and what was done about it."""

    def __init__(self, open_db: DbFactory, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            open_db,
            None,
            parent,
            title=QCoreApplication.translate("BoundaryIncidentDialog", "Log a boundary incident"),
            ok_text=QCoreApplication.translate("BoundaryIncidentDialog", "Log incident"),
        )
        self.client_id = client_id
        self.client_label = QLabel()
        self.form.add_row(self.tr("Client"), self.client_label)
        self.occurred_on = _date_edit()
        self.form.add("occurred_on", self.tr("Date"), self.occurred_on)
        self.kind = _choices(BOUNDARY_WORDS, self.tr("Choose what happened…"))
        self.form.add("kind", self.tr("What happened"), self.kind)
        self.description = self.notes("description", self.tr("Details"))
        self.action_taken = self.notes(
            "action_taken", self.tr("What you did"), self.tr("e.g. Declined the gift and explained why")
        )
        self.load_record()
        self.kind.setFocus()

    def load(self, db: Db) -> None:
        self.client_label.setText(_client_name(db, self.client_id))

    def save(self, db: Db) -> Changes:
        details = BoundaryIncidentDetails(
            client_id=self.client_id,
            occurred_on=from_qdate(self.occurred_on.date()),
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            action_taken=self.action_taken.toPlainText(),
        )
        return create_boundary_incident(db, details)
