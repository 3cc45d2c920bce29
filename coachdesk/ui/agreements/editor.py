"""Draft or edit a coaching agreement: every term on five tabs, and its moves from draft to ended."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import EngagementStatus
from coachdesk.services.agreement_list import EngagementForm, editor_choices, engagement_form
from coachdesk.services.agreement_schedule import schedule_warnings
from coachdesk.services.changes import Changes
from coachdesk.services.conflicts import ConflictUndecided
from coachdesk.services.db import DbFactory
from coachdesk.services.engagements import (
    ENDED,
    EngagementDetails,
    create_engagement,
    set_engagement_status,
    update_engagement,
)
from coachdesk.services.errors import ValidationError
from coachdesk.ui.agreements.amendments import AmendmentsPanel
from coachdesk.ui.agreements.editor_fields import TAB_TITLES, EngagementFields, parties_sentence, translated
from coachdesk.ui.agreements.editor_status import StatusPanel, move_question, move_text
from coachdesk.ui.agreements.note_template_choice import NoteTemplateChoice
from coachdesk.ui.agreements.table import status_word
from coachdesk.ui.kit.form import ERROR_STYLE
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.screen_fit import resize_within_screen


class EngagementEditor(QDialog):
    """The agreement form. Saving and status moves write at once; ``changes`` holds all they changed.

    ``confirm(title, question)`` (replaceable in tests) is asked before a move that ends the agreement.
    """

    def __init__(
        self,
        open_db: DbFactory,
        engagement_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.engagement_id = engagement_id
        self.today = today or date.today()
        self.changes: Changes | None = None
        self.form_state: EngagementForm | None = None
        self.confirm: Callable[[str, str], bool] = self._ask
        # Shows a dialog opened from the editor; returns whether it was accepted (replaceable in tests).
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())

        with open_db() as db:
            choices = editor_choices(db)
        self.fields = EngagementFields(choices, self)
        self.note_template = NoteTemplateChoice.on_form(self.fields.forms[1], open_db, engagement_id)
        self.parties = self._parties_label()
        self.fields.sponsor_changed.connect(lambda name: self.parties.setText(parties_sentence(name)))
        self.status_panel = StatusPanel(self.today)
        self.status_panel.move_requested.connect(self.move_to)
        self.status_panel.decide_requested.connect(self.decide_conflict)
        self.tabs = QTabWidget()
        for form, title in zip(self.fields.forms, TAB_TITLES, strict=True):
            self.tabs.addTab(self._page(form), translated(title))
        self.amendments = AmendmentsPanel(open_db, self.today, self)
        self.amendments_tab = self.tabs.addTab(self.amendments, self.tr("Amendments"))
        self.tabs.setTabVisible(self.amendments_tab, False)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setAccessibleName(self.tr("Problem"))
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parties)
        layout.addWidget(self.status_panel)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, max(780, self._tabs_width()), 600)
        self._load(choices.currency, client_id)
        self.fields.title.setFocus()

    def _parties_label(self) -> QLabel:
        """The kind of agreement, in words, a little larger above the status."""
        label = QLabel()
        label.setAccessibleName(self.tr("Kind of agreement"))
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _tabs_width(self) -> int:
        """Wide enough to show every tab's title (German ones are long), with the dialog's margins."""
        bar = self.tabs.tabBar()
        return sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 48

    def _page(self, form: QWidget) -> QScrollArea:
        holder = QWidget()
        page = QVBoxLayout(holder)
        page.setContentsMargins(12, 12, 12, 12)
        page.addWidget(form)
        page.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        return scroll

    # ----- loading -------------------------------------------------------------------------------

    def _load(self, currency: str, client_id: uuid.UUID | None) -> None:
        if self.engagement_id is None:
            self.setWindowTitle(self.tr("New agreement"))
            self.ok_button.setText(self.tr("Add agreement"))
            start = EngagementDetails(client_id=client_id, title="", currency=currency or "EUR")  # type: ignore[arg-type]
            self.fields.load(start)
            if client_id is None:
                self.fields.client.setCurrentIndex(-1)
            self.status_panel.show_new()
            if not self.fields.choices.clients:
                self.show_message(self.tr("Add a client first: an agreement is always with a client."))
            return
        try:
            with self._open_db() as db:
                state = engagement_form(db, self.engagement_id)
        except ValidationError as error:
            self.show_message(error.message)
            self.ok_button.setEnabled(False)
            self.status_panel.setVisible(False)
            return
        self.fields.load(state.details)
        self._show_state(state)

    def _show_state(self, state: EngagementForm) -> None:
        self.form_state = state
        self.engagement_id = state.id
        self.setWindowTitle(self.tr("Agreement"))
        self.status_panel.show_form(state)
        self.tabs.setTabVisible(self.amendments_tab, state.signed_on is not None)
        if state.signed_on is not None:
            self.amendments.show_engagement(state.id, state.signed_on)
        ended = state.status in ENDED
        for form in self.fields.forms:
            form.setEnabled(not ended)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setVisible(not ended)
        self.cancel_button.setText(self.tr("Close") if ended else self.tr("Cancel"))
        if ended:
            self.show_message(
                self.tr("This agreement is {status}; its terms can no longer change.").format(
                    status=status_word(state.status).lower()
                )
            )
        locked = state.has_linked_records
        self.fields.client.setEnabled(not locked and not ended)
        self.fields.client.setToolTip(
            self.tr("This agreement already has sessions or goals, so it stays with its client.")
            if locked
            else ""
        )

    def _reload(self) -> None:
        assert self.engagement_id is not None
        with self._open_db() as db:
            self._show_state(engagement_form(db, self.engagement_id))

    # ----- saving --------------------------------------------------------------------------------

    def _note(self, changes: Changes) -> None:
        self.changes = changes if self.changes is None else self.changes | changes

    def save_terms(self) -> bool:
        """Create or update the agreement from the form; False (with the message shown) when refused."""
        self.clear_errors()
        if self.fields.client.currentData() is None:
            self.show_error(
                ValidationError("client_id", self.tr("Choose the client this agreement is with."))
            )
            return False
        details = self.fields.details()
        try:
            with self._open_db() as db:
                if self.engagement_id is None:
                    changes = create_engagement(db, details)
                else:
                    changes = update_engagement(db, self.engagement_id, details)
                changes = changes | self.note_template.save(db, changes.created or self.engagement_id)
        except ValidationError as error:
            self.show_error(error)
            return False
        if changes.created is not None:
            self.engagement_id = changes.created
        self._note(changes)
        return True

    def _collect_amendments(self) -> None:
        if self.amendments.changes is not None:
            self._note(self.amendments.changes)
            self.amendments.changes = None

    def done(self, result: int) -> None:
        self._collect_amendments()  # amendments are written at once, whether the form is saved or not
        super().done(result)

    def accept(self) -> None:
        if self.form_state is not None and self.form_state.status in ENDED:
            super().accept()
            return
        if self.schedule_checked() and self.save_terms():
            super().accept()

    def schedule_checked(self) -> bool:
        """True unless the period looks wrong for its sessions and the coach chose to correct it; asked
        only when the dates or the number of sessions are new or changed."""
        details = self.fields.details()
        schedule = (details.start_date, details.end_date, details.session_count)
        if self.form_state is not None:
            saved = self.form_state.details
            if schedule == (saved.start_date, saved.end_date, saved.session_count):
                return True
        warnings = schedule_warnings(*schedule)
        if not warnings:
            return True
        return self.confirm(
            self.tr("Save anyway?"),
            "\n\n".join([*warnings, self.tr("Check the dates and the number of sessions.")]),
        )

    def move_to(self, target: EngagementStatus, on: date) -> bool:
        """Save the terms as shown, then move the agreement to ``target`` on ``on``; False when refused."""
        question = move_question(target, self.fields.title.text().strip() or self.tr("this agreement"))
        if question and not self.confirm(self.tr("{move}?").format(move=move_text(target)), question):
            return False
        self.status_panel.clear_error()
        if not self.schedule_checked() or not self.save_terms():
            return False
        assert self.engagement_id is not None
        try:
            with self._open_db() as db:
                changes = set_engagement_status(db, self.engagement_id, target, on)
        except ValidationError as error:
            self._reload()
            self.status_panel.show_error(error.message)
            if isinstance(error, ConflictUndecided):
                self.status_panel.offer_decision(error.conflict_id)
            return False
        self._note(changes)
        self._reload()
        return True

    def decide_conflict(self, conflict_id: uuid.UUID) -> bool:
        """Open the decision on the conflict that blocked a move; True when a decision was recorded."""
        from coachdesk.ui.ethics.conflict_dialogs import ConflictDecisionDialog

        dialog = ConflictDecisionDialog(self._open_db, conflict_id, self)
        if not self.run_dialog(dialog) or dialog.changes is None:
            return False
        self._note(dialog.changes)
        self.status_panel.clear_error()
        return True

    # ----- errors --------------------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> None:
        """The message next to its field, on the tab holding it (at the top when no field has that name)."""
        for index, form in enumerate(self.fields.forms):
            if error.field in form.fields:
                self.tabs.setCurrentIndex(index)
                form.show_error(error)
                return
        self.show_message(error.message)

    def error_text(self, field: str) -> str:
        """The message shown next to ``field`` ('' when none is shown)."""
        return next((text for form in self.fields.forms if (text := form.error_text(field))), "")

    def message(self) -> str:
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def show_message(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(True)

    def clear_errors(self) -> None:
        self.general_error.setVisible(False)
        for form in self.fields.forms:
            form.clear_errors()

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, title.rstrip("?\u00a0\u202f "), destructive=False)
