"""Conflicts of interest in the workflow: the screening shown after a client or engagement is added,
and the coach's decision on each conflict."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import ConflictDecision, ConflictKind
from coachdesk.services.conflict_wording import names_in_wording, printable_clients
from coachdesk.services.conflicts import ConflictWording, get_conflict
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.ethics_log import CONFLICT_WORDS
from coachdesk.services.referral_list import client_choices
from coachdesk.services.screening import Declaration, Finding, declared, record_findings
from coachdesk.services.screening_questions import declaration_questions, on_record_for_client
from coachdesk.ui.ethics.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.form import OptionalDate, ValidatingForm, from_qdate, index_of
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

# The decisions' words in English, translated where shown.
DECISION_WORDS = {
    ConflictDecision.PROCEED_WITH_SAFEGUARDS: QT_TRANSLATE_NOOP(
        "ConflictDecisionDialog", "Proceed with safeguards"
    ),
    ConflictDecision.DECLINE: QT_TRANSLATE_NOOP("ConflictDecisionDialog", "Decline the work"),
    ConflictDecision.REFER_ELSEWHERE: QT_TRANSLATE_NOOP(
        "ConflictDecisionDialog", "Refer the client to another coach"
    ),
}
_ANSWER_FIELDS = {
    ConflictKind.PERSONAL_RELATIONSHIP: "personal_relationship",
    ConflictKind.PROFESSIONAL_RELATIONSHIP: "professional_relationship",
    ConflictKind.FINANCIAL_BENEFIT: "financial_benefit",
    ConflictKind.OTHER: "other",
}


class ScreeningDialog(QDialog):
    """What the records reveal, and the declaration questions; OK records each as a conflict to decide."""

    def __init__(
        self,
        open_db: DbFactory,
        findings: list[Finding],
        client_id: uuid.UUID,
        engagement_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.findings = findings
        self.client_id = client_id
        self.engagement_id = engagement_id
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Conflicts of interest"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Before the work starts, check for anything that could affect your objectivity or the "
                "client's trust. Each item recorded here waits for your decision in the Ethics area."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if findings:
            found = QLabel(
                "<b>"
                + _escape(self.tr("Your records show:"))
                + "</b><ul>"
                + "".join(f"<li>{_escape(f.description)}</li>" for f in findings)
                + "</ul>"
            )
        else:
            found = QLabel(
                self.tr("Your records show no conflict with other clients, sponsors or the directory.")
            )
        found.setWordWrap(True)
        found.setTextFormat(Qt.TextFormat.RichText)
        found.setAccessibleName(self.tr("What your records show"))
        layout.addWidget(found)
        with open_db() as db:
            questions = declaration_questions(db, engagement_id)
            on_record = on_record_for_client(db, client_id) if engagement_id is not None else None
        if on_record is not None:
            layout.addWidget(self._on_record_label(on_record))
        self.form = ValidatingForm()
        self.answers: dict[ConflictKind, QLineEdit] = {}
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for kind, question in questions:
            answer = QLineEdit(placeholderText=self.tr("Leave empty for no, or say what it is"))
            answer.setAccessibleName(question)
            self.form.add(_ANSWER_FIELDS[kind], question.replace("&", "&&"), answer)  # & is no shortcut here
            self.answers[kind] = answer
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        next(iter(self.answers.values())).setFocus()

    def _on_record_label(self, on_record: list[str]) -> QLabel:
        """What the client's screening (and anything since) already recorded: not asked again here."""
        if on_record:
            text = (
                "<b>"
                + _escape(self.tr("Already on record for this client"))
                + "</b> "
                + _escape(self.tr("(not asked again):"))
                + "<ul>"
                + "".join(f"<li>{_escape(line)}</li>" for line in on_record)
                + "</ul>"
                + _escape(self.tr("Below, only what is new with this agreement."))
            )
        else:
            text = _escape(
                self.tr(
                    "Nothing is on record about this client (the questions about them are asked when a "
                    "client is added). Below, only what is new with this agreement."
                )
            )
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAccessibleName(self.tr("Already on record for this client"))
        self.on_record = label
        return label

    def declaration(self) -> Declaration:
        text = {kind: edit.text() for kind, edit in self.answers.items()}
        return Declaration(
            personal_relationship=text.get(ConflictKind.PERSONAL_RELATIONSHIP, ""),
            professional_relationship=text.get(ConflictKind.PROFESSIONAL_RELATIONSHIP, ""),
            financial_benefit=text.get(ConflictKind.FINANCIAL_BENEFIT, ""),
            other=text.get(ConflictKind.OTHER, ""),
        )

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            own = declared(self.declaration(), self.client_id, self.engagement_id)
            with self._open_db() as db:
                self.changes = record_findings(db, [*self.findings, *own])
        except ValidationError as error:
            self.form.show_error(error)
            return
        super().accept()

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)


class ConflictDecisionDialog(RecordDialog):
    """Decide on a conflict: proceed with written safeguards, decline, or refer elsewhere."""

    def __init__(self, open_db: DbFactory, conflict_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            open_db,
            conflict_id,
            parent,
            title=QCoreApplication.translate("ConflictDecisionDialog", "Decide on a conflict"),
            ok_text=QCoreApplication.translate("ConflictDecisionDialog", "Record decision"),
        )
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setAccessibleName(self.tr("The conflict"))
        self.what.setContentsMargins(0, 0, 0, 8)
        self.main_layout.insertWidget(0, self.what)
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        self.decision = QButtonGroup(self)
        self.choice_buttons: dict[ConflictDecision, QRadioButton] = {}
        for decision, english in DECISION_WORDS.items():
            words = QCoreApplication.translate("ConflictDecisionDialog", english)
            button = QRadioButton(words)
            button.setAccessibleName(words)
            self.decision.addButton(button)
            self.choice_buttons[decision] = button
            choices_layout.addWidget(button)
        choices.setAccessibleName(self.tr("Decision"))
        self.form.add(
            "decision",
            self.tr("Decision"),
            choices,
            focus=self.choice_buttons[ConflictDecision.PROCEED_WITH_SAFEGUARDS],
        )
        self.safeguards = QPlainTextEdit(
            placeholderText=self.tr(
                "e.g. Told both clients; I will not discuss one with the other or with HR"
            )
        )
        self.safeguards.setTabChangesFocus(True)
        self.safeguards.setMinimumHeight(80)
        self.form.add("safeguards", self.tr("Safeguards"), self.safeguards)
        self.decided_on = QDateEdit(QDate.currentDate())
        self.decided_on.setCalendarPopup(True)
        self.form.add("decided_on", self.tr("Decided on"), self.decided_on)
        self._add_wording_fields()
        self.load_record()
        self.choice_buttons[ConflictDecision.PROCEED_WITH_SAFEGUARDS].setFocus()

    def _add_wording_fields(self) -> None:
        """What the agreement says about the conflict, kept apart from the coach's own description."""
        self.document_wording = QPlainTextEdit(
            placeholderText=self.tr(
                "e.g. The coach also coaches another person at the same organisation. "
                "Never another client's name or anything that identifies them."
            )
        )
        self.document_wording.setTabChangesFocus(True)
        self.document_wording.setMinimumHeight(60)
        self.form.add("document_wording", self.tr("Wording for the agreement"), self.document_wording)
        self.other_client = QComboBox()
        self.other_client.addItem(self.tr("No other client"), None)
        self.form.add("other_client_id", self.tr("Also concerns"), self.other_client)
        self.consented = OptionalDate(self.tr("Agreed to be named, on"), self.tr("Consent to be named"))
        self.form.add("other_client_consented_on", "", self.consented)
        self.names_warning = QLabel()
        self.names_warning.setWordWrap(True)
        self.names_warning.setAccessibleName(self.tr("Names in the wording"))
        self.names_warning.setStyleSheet("color: #8a5300;")
        self.names_warning.setVisible(False)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.names_warning)
        self.setMinimumWidth(580)
        self.document_wording.textChanged.connect(self.check_names)
        self.other_client.currentIndexChanged.connect(self.check_names)
        self.consented.check.toggled.connect(self.check_names)
        self._client_id: uuid.UUID | None = None

    def check_names(self) -> None:
        """Say, as the coach types, which people the wording names (clients are refused on save)."""
        other: uuid.UUID | None = self.other_client.currentData()
        allowed = printable_clients(self._client_id, other, self.consented.value() is not None)
        with self._open_db() as db:
            found = names_in_wording(db, self.document_wording.toPlainText(), allowed)
        lines = []
        if found.clients:
            lines.append(
                self.tr("Names a client: {names}. The agreement may not name another client.").format(
                    names=", ".join(found.clients)
                )
            )
        if found.others:
            lines.append(
                self.tr("Names {names}, whom you know at an organisation: is that needed?").format(
                    names=", ".join(found.others)
                )
            )
        self.names_warning.setText("\n".join(lines))
        self.names_warning.setVisible(bool(lines))

    def load(self, db: Db) -> None:
        assert self.record_id is not None
        conflict = get_conflict(db, self.record_id)
        self.what.setText(
            self.tr(
                "{kind}: {description}\n(Your own note; the agreement prints only the wording below.)"
            ).format(
                kind=CONFLICT_WORDS.get(ConflictKind(conflict.kind), ""), description=conflict.description
            )
        )
        self._client_id = conflict.client_id
        for choice in client_choices(db):
            if choice.id != conflict.client_id:
                self.other_client.addItem(choice.text, choice.id)
        self.other_client.setCurrentIndex(index_of(self.other_client, conflict.other_client_id))
        self.consented.set_value(conflict.other_client_consented_on)
        self.document_wording.setPlainText(conflict.document_wording)
        if conflict.decision is not None:
            self.choice_buttons[ConflictDecision(conflict.decision)].setChecked(True)
            self.safeguards.setPlainText(conflict.safeguards)

    def chosen(self) -> ConflictDecision | None:
        return next((d for d, button in self.choice_buttons.items() if button.isChecked()), None)

    def save(self, db: Db) -> Changes:
        from coachdesk.services.conflicts import decide_conflict

        chosen = self.chosen()
        if chosen is None:
            raise ValidationError("decision", self.tr("Choose what you decided."))
        day: date = from_qdate(self.decided_on.date())
        assert self.record_id is not None
        wording = ConflictWording(
            self.document_wording.toPlainText(), self.other_client.currentData(), self.consented.value()
        )
        return decide_conflict(
            db, self.record_id, chosen, self.safeguards.toPlainText(), day, wording=wording
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
