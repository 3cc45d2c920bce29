"""Conflicts of interest in the workflow: the screening shown after a client or engagement is added,
and the coach's decision on each conflict."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
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
from coachdesk.services.conflicts import get_conflict
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.ethics_log import CONFLICT_WORDS
from coachdesk.services.screening import (
    DECLARATION_QUESTIONS,
    Declaration,
    Finding,
    declared,
    record_findings,
)
from coachdesk.ui.kit.form import ValidatingForm, from_qdate
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

DECISION_WORDS = {
    ConflictDecision.PROCEED_WITH_SAFEGUARDS: "Proceed with safeguards",
    ConflictDecision.DECLINE: "Decline the work",
    ConflictDecision.REFER_ELSEWHERE: "Refer the client to another coach",
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
        self.setWindowTitle("Conflicts of interest")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(
            "Before the work starts, check for anything that could affect your objectivity or the "
            "client's trust. Each item recorded here waits for your decision in the Ethics area."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if findings:
            found = QLabel(
                "<b>Your records show:</b><ul>"
                + "".join(f"<li>{_escape(f.description)}</li>" for f in findings)
                + "</ul>"
            )
        else:
            found = QLabel("Your records show no conflict with other clients, sponsors or the directory.")
        found.setWordWrap(True)
        found.setTextFormat(Qt.TextFormat.RichText)
        found.setAccessibleName("What your records show")
        layout.addWidget(found)
        self.form = ValidatingForm()
        self.answers: dict[ConflictKind, QLineEdit] = {}
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for kind, question in DECLARATION_QUESTIONS:
            answer = QLineEdit(placeholderText="Leave empty for no, or say what it is")
            answer.setAccessibleName(question)
            self.form.add(_ANSWER_FIELDS[kind], question, answer)
            self.answers[kind] = answer
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Not now")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.answers[ConflictKind.PERSONAL_RELATIONSHIP]
        first.setFocus()

    def declaration(self) -> Declaration:
        text = {kind: edit.text() for kind, edit in self.answers.items()}
        return Declaration(
            personal_relationship=text[ConflictKind.PERSONAL_RELATIONSHIP],
            professional_relationship=text[ConflictKind.PROFESSIONAL_RELATIONSHIP],
            financial_benefit=text[ConflictKind.FINANCIAL_BENEFIT],
            other=text[ConflictKind.OTHER],
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
            open_db, conflict_id, parent, title="Decide on a conflict", ok_text="Record decision"
        )
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setAccessibleName("The conflict")
        self.what.setContentsMargins(0, 0, 0, 8)
        self.main_layout.insertWidget(0, self.what)
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        self.decision = QButtonGroup(self)
        self.choice_buttons: dict[ConflictDecision, QRadioButton] = {}
        for decision, words in DECISION_WORDS.items():
            button = QRadioButton(words)
            button.setAccessibleName(words)
            self.decision.addButton(button)
            self.choice_buttons[decision] = button
            choices_layout.addWidget(button)
        choices.setAccessibleName("Decision")
        self.form.add(
            "decision",
            "Decision",
            choices,
            focus=self.choice_buttons[ConflictDecision.PROCEED_WITH_SAFEGUARDS],
        )
        self.safeguards = QPlainTextEdit(
            placeholderText="e.g. Told both clients; I will not discuss one with the other or with HR"
        )
        self.safeguards.setTabChangesFocus(True)
        self.safeguards.setMinimumHeight(80)
        self.form.add("safeguards", "Safeguards", self.safeguards)
        self.decided_on = QDateEdit(QDate.currentDate())
        self.decided_on.setCalendarPopup(True)
        self.form.add("decided_on", "Decided on", self.decided_on)
        self.load_record()
        self.choice_buttons[ConflictDecision.PROCEED_WITH_SAFEGUARDS].setFocus()

    def load(self, db: Db) -> None:
        assert self.record_id is not None
        conflict = get_conflict(db, self.record_id)
        self.what.setText(f"{CONFLICT_WORDS.get(ConflictKind(conflict.kind), '')}: {conflict.description}")
        if conflict.decision is not None:
            self.choice_buttons[ConflictDecision(conflict.decision)].setChecked(True)
            self.safeguards.setPlainText(conflict.safeguards)

    def chosen(self) -> ConflictDecision | None:
        return next((d for d, button in self.choice_buttons.items() if button.isChecked()), None)

    def save(self, db: Db) -> Changes:
        from coachdesk.services.conflicts import decide_conflict

        chosen = self.chosen()
        if chosen is None:
            raise ValidationError("decision", "Choose what you decided.")
        day: date = from_qdate(self.decided_on.date())
        assert self.record_id is not None
        return decide_conflict(db, self.record_id, chosen, self.safeguards.toPlainText(), day)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
