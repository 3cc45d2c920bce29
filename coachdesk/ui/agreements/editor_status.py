"""Agreement status moves (their words, dates and questions) and the agreement editor's status panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import EngagementStatus
from coachdesk.services.agreement_list import EngagementForm
from coachdesk.services.engagements import ENDED, NEXT_STATUSES
from coachdesk.ui.agreements.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.agreements.table import status_word
from coachdesk.ui.kit.form import ERROR_STYLE, from_qdate, to_qdate
from coachdesk.ui.kit.row_table import local_date_text

S = EngagementStatus
CONTEXT = "AgreementStatus"
# The buttons' words (English; ``move_text`` translates), in the order they are offered: forward first,
# then back to draft, then ending early.
MOVES: dict[EngagementStatus, str] = {
    S.SENT: QT_TRANSLATE_NOOP("AgreementStatus", "Mark as sent"),
    S.SIGNED: QT_TRANSLATE_NOOP("AgreementStatus", "Mark as signed"),
    S.ACTIVE: QT_TRANSLATE_NOOP("AgreementStatus", "Mark as active"),
    S.COMPLETED: QT_TRANSLATE_NOOP("AgreementStatus", "Mark as completed"),
    S.DRAFT: QT_TRANSLATE_NOOP("AgreementStatus", "Withdraw to draft"),
    S.TERMINATED: QT_TRANSLATE_NOOP("AgreementStatus", "Terminate"),
}
DATE_LABELS = {
    S.SENT: QT_TRANSLATE_NOOP("AgreementStatus", "Sent on"),
    S.SIGNED: QT_TRANSLATE_NOOP("AgreementStatus", "Signed on"),
    S.ACTIVE: QT_TRANSLATE_NOOP("AgreementStatus", "Active from"),
    S.COMPLETED: QT_TRANSLATE_NOOP("AgreementStatus", "Completed on"),
    S.TERMINATED: QT_TRANSLATE_NOOP("AgreementStatus", "Terminated on"),
}
# Names of the terms as the warning about changes after signing gives them.
TERM_WORDS = {
    "client_id": QT_TRANSLATE_NOOP("AgreementStatus", "client"),
    "sponsor_id": QT_TRANSLATE_NOOP("AgreementStatus", "sponsor"),
    "fee_minor": QT_TRANSLATE_NOOP("AgreementStatus", "fee"),
    "termination_notice_days": QT_TRANSLATE_NOOP("AgreementStatus", "notice period"),
    "sponsor_receives_attendance": QT_TRANSLATE_NOOP("AgreementStatus", "attendance shared with the sponsor"),
    "sponsor_receives_goals": QT_TRANSLATE_NOOP("AgreementStatus", "goals shared with the sponsor"),
    "sponsor_receives_progress_summary": QT_TRANSLATE_NOOP(
        "AgreementStatus", "progress summary for the sponsor"
    ),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def move_text(target: EngagementStatus) -> str:
    """The move's words in the coach's language ("Mark as signed")."""
    return _translated(MOVES[target])


def date_label(target: EngagementStatus) -> str:
    """What the move's date is called ("Signed on"), in the coach's language."""
    return _translated(DATE_LABELS[target])


def next_moves(status: EngagementStatus) -> list[EngagementStatus]:
    """The statuses the agreement may go to from ``status``, in the order they are offered."""
    return [target for target in MOVES if target in NEXT_STATUSES[status]]


def needs_date(target: EngagementStatus) -> bool:
    """Withdrawing to draft records no date; every other move records when it happened."""
    return target is not S.DRAFT


def move_question(target: EngagementStatus, title: str) -> str:
    """What to ask before a move that closes the agreement for good; '' for the others."""
    if target not in ENDED:
        return ""
    return QCoreApplication.translate(
        "AgreementStatus",
        "{move} “{title}”? The agreement becomes a closed record: its terms can no longer change and it "
        "cannot be reopened.",
    ).format(move=move_text(target), title=title)


def milestones(form: EngagementForm) -> str:
    """The dates the agreement was sent, signed, made active and ended, as one line."""
    ended = (
        QCoreApplication.translate("AgreementStatus", "Terminated {day}")
        if form.status is S.TERMINATED
        else QCoreApplication.translate("AgreementStatus", "Completed {day}")
    )
    parts = [
        pattern.format(day=local_date_text(day))
        for pattern, day in (
            (QCoreApplication.translate("AgreementStatus", "Sent {day}"), form.sent_on),
            (QCoreApplication.translate("AgreementStatus", "Signed {day}"), form.signed_on),
            (QCoreApplication.translate("AgreementStatus", "Active from {day}"), form.activated_on),
            (ended, form.ended_on),
        )
        if day is not None
    ]
    return " · ".join(parts)


def changed_terms_text(names: frozenset[str]) -> str:
    if not names:
        return ""
    words = sorted(
        _translated(TERM_WORDS[name]) if name in TERM_WORDS else name.replace("_", " ") for name in names
    )
    return QCoreApplication.translate(
        "AgreementStatus",
        "Changed since signing: {terms}. The agreement as signed does not change; record each change "
        "the parties agreed in writing on the Amendments tab.",
    ).format(terms=", ".join(words))


def fill_status_menu(
    menu: QMenu, status: EngagementStatus | None, move: Callable[[EngagementStatus], object]
) -> None:
    """The moves an agreement in ``status`` may make, as menu entries calling ``move(target)``."""
    menu.clear()
    moves = next_moves(status) if status is not None else []
    for target in moves:
        action = menu.addAction(move_text(target) + "…")
        action.triggered.connect(partial(move, target))
    if not moves:
        menu.addAction(QCoreApplication.translate("AgreementStatus", "No further status changes")).setEnabled(
            False
        )


class StatusDateDialog(QDialog):
    """Asks when the move happened (today unless changed)."""

    def __init__(self, target: EngagementStatus, title: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(move_text(target))
        self.date = QDateEdit(to_qdate(today))
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(date_label(target))
        form = QFormLayout()
        form.addRow(date_label(target), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(move_text(target))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        question = move_question(target, title)
        if question:
            label = QLabel(question)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def ask_status_date(parent: QWidget | None, target: EngagementStatus, title: str, today: date) -> date | None:
    """The date of the move, or None when cancelled; for a closing move the question says it is final."""
    dialog = StatusDateDialog(target, title, today, parent)
    return from_qdate(dialog.date.date()) if dialog.exec() else None


class StatusPanel(QWidget):
    """Where the agreement stands, its dates, and a button for each move it may make next.

    ``move_requested(status, date)`` asks the editor to make a move; the date defaults to today.
    """

    move_requested = Signal(object, object)  # EngagementStatus, date
    decide_requested = Signal(object)  # the id of the undecided conflict that blocks a move

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel()
        font = self.status_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.status_label.setFont(font)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.dates_label = QLabel()
        self.dates_label.setAccessibleName(self.tr("Status dates"))
        self.dates_label.setWordWrap(True)
        self.on_label = QLabel(self.tr("Next step, dated"))
        self.on = QDateEdit(to_qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setAccessibleName(self.tr("Date of the status change"))
        self.on_label.setBuddy(self.on)
        self.buttons: dict[EngagementStatus, QPushButton] = {}
        self.moves = QHBoxLayout()
        self.moves.setContentsMargins(0, 0, 0, 0)
        self.moves.addWidget(self.on_label)
        self.moves.addWidget(self.on)
        for target in MOVES:
            button = QPushButton(move_text(target) + ("…" if target in ENDED else ""))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, t=target: self._request(t))
            self.moves.addWidget(button)
            self.buttons[target] = button
        self.moves.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Status problem"))
        self.error.setVisible(False)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Changes after signing"))
        self.warning.setStyleSheet("color: #8a5300;")
        self.warning.setVisible(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.status_label)
        top.addWidget(self.dates_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.moves)
        layout.addLayout(self._blocked_row())
        layout.addWidget(self.warning)
        self.signed_note = QLabel()
        self.signed_note.setWordWrap(True)
        self.signed_note.setAccessibleName(self.tr("Kept as signed"))
        self.signed_note.setVisible(False)
        layout.addWidget(self.signed_note)

    def _blocked_row(self) -> QHBoxLayout:
        """The reason a move was refused and, for an undecided conflict, the way to its decision."""
        self.decide_button = QPushButton(self.tr("Decide on the conflict…"))
        self.decide_button.setAutoDefault(False)
        self.decide_button.setVisible(False)
        self.decide_button.clicked.connect(lambda: self.decide_requested.emit(self.blocking_conflict))
        self.blocking_conflict: object = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error, 1)
        row.addWidget(self.decide_button)
        return row

    def show_new(self) -> None:
        """A new agreement: a draft until it is saved and moved on."""
        self.status_label.setText(status_word(S.DRAFT))
        self.dates_label.setText(self.tr("— not saved yet; marking it as sent saves it first"))
        self._offer(S.DRAFT)
        self.buttons[S.TERMINATED].setVisible(False)
        self.warning.setVisible(False)
        self.signed_note.setVisible(False)

    def show_form(self, form: EngagementForm) -> None:
        self.status_label.setText(status_word(form.status))
        self.dates_label.setText(f"— {milestones(form)}" if milestones(form) else "")
        self._offer(form.status)
        text = changed_terms_text(form.changed_since_signing)
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))
        signed = form.signed_on is not None and form.status not in ENDED and not text
        self.signed_note.setText(
            self.tr(
                "Signed: the agreement is kept as it was signed. A change to its terms needs the "
                "parties' agreement in writing; record it on the Amendments tab."
            )
            if signed
            else ""
        )
        self.signed_note.setVisible(signed)

    def _offer(self, status: EngagementStatus) -> None:
        offered = next_moves(status)
        for target, button in self.buttons.items():
            button.setVisible(target in offered)
        self.on.setVisible(bool(offered))
        self.on_label.setVisible(bool(offered))
        self.clear_error()

    def offered(self) -> list[EngagementStatus]:
        """The moves shown now."""
        return [target for target, button in self.buttons.items() if not button.isHidden()]

    def _request(self, target: EngagementStatus) -> None:
        self.move_requested.emit(target, from_qdate(self.on.date()))

    def set_date(self, day: date) -> None:
        self.on.setDate(QDate(day.year, day.month, day.day))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def offer_decision(self, conflict_id: object) -> None:
        """Offer to open the decision on the conflict that blocked the move (shown with the error)."""
        self.blocking_conflict = conflict_id
        self.decide_button.setVisible(True)

    def clear_error(self) -> None:
        self.error.setVisible(False)
        self.decide_button.setVisible(False)
