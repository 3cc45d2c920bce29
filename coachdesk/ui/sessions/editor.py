"""The session editor: when, how, with whom, paid or not, notes, shared summary, concerns, action items."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import ConcernFlag, SessionStatus
from coachdesk.services.changes import Changes
from coachdesk.services.current_agreement import AgreementInForce
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.session_list import SessionRecord
from coachdesk.services.sessions import SessionDetails
from coachdesk.ui.kit.drafts import DraftEditor
from coachdesk.ui.kit.form import ValidatingForm, index_of
from coachdesk.ui.kit.markdown_edit import MarkdownEdit
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.screen_fit import resize_within_screen
from coachdesk.ui.sessions.editor_ethics import SessionEthicsPanel
from coachdesk.ui.sessions.editor_fields import (
    SessionFields,
    from_qdatetime,
    quarter_hour_before,
    to_qdatetime,
)
from coachdesk.ui.sessions.editor_items import ActionItemsPanel
from coachdesk.ui.sessions.editor_notes import NotesPanel
from coachdesk.ui.sessions.editor_state import restore_session_draft, session_draft
from coachdesk.ui.sessions.note_tools import NoteTools

if TYPE_CHECKING:
    from coachdesk.services.drafts import DraftRow

__all__ = ["SessionEditor", "from_qdatetime", "quarter_hour_before", "to_qdatetime"]

NOTES_TAB, SUMMARY_TAB, ITEMS_TAB = 0, 1, 2


class SessionEditor(DraftEditor):
    """A new or existing session. ``quick`` logs one that just took place: status Completed, started
    the default length ago (to the quarter hour), the client picked by typing a few letters.

    After a save ``changes`` holds everything the dialog changed, including action items,
    finalising and amendments, which are saved as they happen (even if the dialog is then cancelled).
    What is typed and not yet saved is kept as a "session" draft; ``draft`` reopens one (a session
    deleted meanwhile comes back as a new one).
    """

    draft_kind = "session"

    def __init__(
        self,
        open_db: DbFactory,
        session_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
        quick: bool = False,
        parent: QWidget | None = None,
        draft: DraftRow | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self._draft = draft
        if draft is not None:
            session_id, client_id = draft.record_id, draft.client_id
        self.session_id = session_id
        self.quick = quick and session_id is None
        self.changes: Changes | None = None
        self.record: SessionRecord | None = None
        # Replaceable in tests: shows the question, returns True to go ahead.
        self.confirm: Callable[[str, str], bool] = self._ask
        # Replaceable in tests: runs a dialog opened from here, returns True when it saved.
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.setWindowTitle(
            self.tr("Edit session")
            if session_id
            else (self.tr("Log a completed session") if self.quick else self.tr("New session"))
        )
        resize_within_screen(self, 1040, 720)
        self._build_fields()
        self._build()
        self._load(client_id)
        # Templates, prep and recap; a new session's notes start from its agreement's template.
        self.note_tools = NoteTools(self, self)
        self.start_drafts(open_db, draft.id if draft is not None else None)
        if draft is not None:
            self.restore_draft(draft.payload)

    # ----- building ------------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.fields = SessionFields()
        # The fields by the names the form and its tests use.
        self.form = self.fields.form
        self.client = self.fields.client
        self.engagement = self.fields.engagement
        self.starts_at = self.fields.starts_at
        self.duration = self.fields.duration
        self.format = self.fields.format
        self.is_group = self.fields.is_group
        self.group_size = self.fields.group_size
        self.paid = self.fields.paid
        self.status = self.fields.status
        self.concerns = self.fields.concerns
        self.client.client_changed.connect(self._client_changed)
        # Enter in the client field saves, as in any field of a dialog, also when it took a completion.
        self.client.entered.connect(self._enter_in_client)
        self.summary = MarkdownEdit(
            self.tr("Shared summary"),
            self.tr("What the client receives: the themes, what was agreed, next steps."),
        )
        self.notes_panel = NotesPanel()
        self.notes_panel.finalise_requested.connect(self.finalise)
        self.notes_panel.amend_requested.connect(self.add_amendment)
        self.items = ActionItemsPanel(self._open_db, self._saved_ids, self._add_changes)
        self.ethics = SessionEthicsPanel()
        self.ethics.referral_requested.connect(self.consider_referral)
        self.ethics.incident_requested.connect(self.log_incident)
        for box in self.concerns.values():
            box.toggled.connect(lambda _on: self.ethics.set_concerns(self._raised()))
        self.engagement.currentIndexChanged.connect(
            lambda _i: self.ethics.show_terms(self._open_db, self.engagement.currentData())
        )
        self._in_force: list[AgreementInForce] = []
        self._current: uuid.UUID | None = None  # the agreement picked for a new session's day
        self.engagement.currentIndexChanged.connect(lambda _i: self._show_filed_under())
        self.engagement.currentIndexChanged.connect(
            lambda _i: self.fields.package.show_engagement(self._open_db, self.engagement.currentData())
        )

    def _build(self) -> None:
        self.tabs = self._build_tabs()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button: QPushButton = save_button
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.setFixedWidth(400)
        left = QVBoxLayout()
        left.addWidget(self.fields)
        left.addWidget(self.ethics)
        left.addStretch(1)
        self.ethics.setFixedWidth(400)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.forms: list[tuple[ValidatingForm, int | None]] = [
            (self.form, None),
            (self.notes_panel.form, NOTES_TAB),
            (self.notes_panel.amendment_form, NOTES_TAB),
            (self.summary_form, SUMMARY_TAB),
        ]

    def _build_tabs(self) -> QTabWidget:
        self.summary_form = ValidatingForm()
        self.summary_form.add("shared_summary", "", self.summary, focus=self.summary.editor)
        self.summary_form.layout_.setHorizontalSpacing(0)
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.setContentsMargins(8, 8, 8, 8)
        summary_layout.addWidget(self.summary_form)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_layout.setContentsMargins(8, 8, 8, 8)
        items_layout.addWidget(self.items)
        tabs = QTabWidget()
        tabs.addTab(self.notes_panel, self.tr("Private notes"))
        tabs.addTab(summary_page, self.tr("Shared summary"))
        tabs.addTab(items_page, self.tr("Action items"))
        tabs.setAccessibleName(self.tr("Notes, summary and action items"))
        return tabs

    # ----- loading -------------------------------------------------------------------------------

    def _load(self, client_id: uuid.UUID | None) -> None:
        from coachdesk.services.session_list import client_choices, default_session_minutes, session_record

        try:
            with self._open_db() as db:
                self.fields.set_clients(client_choices(db))
                minutes = default_session_minutes(db)
                record = None if self.session_id is None else session_record(db, self.session_id)
        except ValidationError as error:
            if self._draft is None:
                self.form.show_message(error.message)
                self.save_button.setEnabled(False)
                return
            self.session_id = record = None  # deleted meanwhile: the draft becomes a new session
        if record is None:
            self._load_new(client_id, minutes)
        else:
            self._show_record(record)

    def _load_new(self, client_id: uuid.UUID | None, minutes: int) -> None:
        now = datetime.now(UTC).astimezone()
        if self.quick:
            start = quarter_hour_before(now) - timedelta(minutes=minutes)
            self.status.setCurrentIndex(index_of(self.status, SessionStatus.COMPLETED))
            self.save_button.setText(self.tr("Log session"))
        else:
            start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            self.save_button.setText(self.tr("Add session"))
        self.starts_at.setDateTime(to_qdatetime(start))
        self.duration.setValue(minutes)
        self.format.setCurrentIndex(index_of(self.format, SessionDetails.format))
        self.client.set_client_id(client_id)
        self._client_changed(self.client.client_id())
        focus = self.notes_panel.notes.editor if (client_id is not None and self.quick) else self.client
        focus.setFocus()

    def _show_record(self, record: SessionRecord) -> None:
        self.record, self.session_id = record, record.id
        self.fields.load(record)
        self._client_changed(record.client_id, keep=record.engagement_id)
        self.notes_panel.set_text(record.private_notes)
        self.notes_panel.show_finalised(record.finalised_at, record.amendments)
        self.summary.set_text(record.shared_summary)
        self.items.set_items(record.action_items)
        self.tabs.setTabText(
            ITEMS_TAB, self.tr("Action items ({count})").format(count=len(record.action_items))
        )
        self.save_button.setText(self.tr("Save"))

    def _enter_in_client(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.click()

    def _client_changed(self, client_id: object, keep: uuid.UUID | None = None) -> None:
        """Offer the client's engagements; a new session takes the agreement current on its day."""
        from coachdesk.services.current_agreement import agreements_in_force, pick_current
        from coachdesk.services.session_list import engagement_choices

        previous = keep if keep is not None else self.engagement.currentData()
        choices, self._in_force, self._current = [], [], None
        if isinstance(client_id, uuid.UUID):
            with self._open_db() as db:
                choices = engagement_choices(db, client_id)
                self._in_force = agreements_in_force(db, client_id)
        wanted = previous if any(choice.id == previous for choice in choices) else None
        if wanted is None and self.session_id is None:
            current = pick_current(self._in_force, from_qdatetime(self.starts_at.dateTime()).date())
            self._current = wanted = current.id if current is not None else None
        self.fields.set_engagements(choices, wanted)
        self._show_filed_under()

    def _show_filed_under(self) -> None:
        """Under a new session's engagement: the agreement it will count in, and its number there."""
        if self.session_id is not None or self.client.client_id() is None:
            self.fields.filed_under.hide()
            return
        self.fields.filed_under.show_choice(
            self._in_force,
            self.engagement.currentData(),
            self.engagement.currentText(),
            current=self._current is not None,
        )

    # ----- reading and saving --------------------------------------------------------------------

    def details(self) -> SessionDetails:
        """The form as the sessions service takes it; refused here when no client is chosen."""
        return self.fields.details(self.notes_panel.text(), self.summary.text())

    def save(self) -> bool:
        """Create or update the session from the form; on a refusal show it and keep the input."""
        from coachdesk.services.sessions import create_session, update_session

        self.clear_errors()
        try:
            details = self.details()
            with self._open_db() as db:
                if self.session_id is None:
                    changes = create_session(db, details)
                    self.session_id = changes.created
                else:
                    changes = update_session(db, self.session_id, details)
        except ValidationError as error:
            self.show_error(error)
            return False
        self._add_changes(changes)
        self.mark_saved()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def _saved_ids(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        """The (client, session) ids, saving a new session first; None when saving was refused."""
        if self.session_id is None and not self.save():
            return None
        client_id = self.client.client_id()
        if self.session_id is None or client_id is None:
            return None
        self.save_button.setText(self.tr("Save"))
        return client_id, self.session_id

    # ----- ethics beside the session ------------------------------------------------------------------

    def _raised(self) -> list[ConcernFlag]:
        return [flag for flag, box in self.concerns.items() if box.isChecked()]

    def consider_referral(self) -> Changes | None:
        """The referral form for this client, its reason begun from the concerns noted (saved first)."""
        from coachdesk.ui.referrals.referral_dialog import ReferralDialog
        from coachdesk.ui.sessions.editor_ethics import referral_reason

        ids = self._saved_ids()
        if ids is None:
            return None
        dialog = ReferralDialog(
            self._open_db, client_id=ids[0], reason=referral_reason(self._raised()), parent=self
        )
        accepted = bool(self.run_dialog(dialog))
        made = [*dialog.changes_made, *([dialog.changes] if accepted and dialog.changes else [])]
        for changes in made:
            self._add_changes(changes)
        if accepted and dialog.changes is not None:
            to = dialog.professional.currentText().split(" — ")[0]
            self.ethics.show_notice(
                self.tr(
                    "Referral to {professional} saved. It is listed under Referrals, "
                    "where its letter is written."
                ).format(professional=to)
            )
        return dialog.changes if accepted else None

    def log_incident(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import BoundaryIncidentDialog

        client_id = self.client.client_id()
        if client_id is None:
            self.form.show_message(self.tr("Choose the client first."))
            return None
        dialog = BoundaryIncidentDialog(self._open_db, client_id, self)
        if self.run_dialog(dialog) and dialog.changes is not None:
            self._add_changes(dialog.changes)
            self.ethics.show_notice(self.tr("Boundary incident logged. It is listed in the Ethics area."))
            return dialog.changes
        return None

    def _add_changes(self, changes: Changes) -> None:
        self.changes = changes if self.changes is None else self.changes | changes
        self.tabs.setTabText(
            ITEMS_TAB, self.tr("Action items ({count})").format(count=self.items.model.rowCount())
        )

    def _reload(self) -> None:
        from coachdesk.services.session_list import session_record

        if self.session_id is None:
            return
        with self._open_db() as db:
            record = session_record(db, self.session_id)
        self.record = record
        self.notes_panel.set_text(record.private_notes)
        self.notes_panel.show_finalised(record.finalised_at, record.amendments)
        self.fields.lock_client(True)

    # ----- finalising and amending ---------------------------------------------------------------

    def finalise(self) -> bool:
        """Ask, save the form, then keep the notes as written; later additions are amendments."""
        from coachdesk.services.sessions import finalise_notes

        if not self.confirm(
            self.tr("Finalise notes?"),
            self.tr(
                "Finalise the private notes of this session? They will be kept exactly as written and can "
                "no longer be edited; anything you add later is a separate, dated amendment."
            ),
        ):
            return False
        if not self.save():
            return False
        assert self.session_id is not None
        try:
            with self._open_db() as db:
                self._add_changes(finalise_notes(db, self.session_id))
        except ValidationError as error:
            self.show_error(error)
            return False
        self._reload()
        self.save_button.setText(self.tr("Save"))
        self.mark_saved()
        return True

    def add_amendment(self, text: str) -> bool:
        from coachdesk.services.sessions import amend_notes

        self.clear_errors()
        if self.session_id is None:
            return False
        try:
            with self._open_db() as db:
                self._add_changes(amend_notes(db, self.session_id, text))
        except ValidationError as error:
            self.show_error(error)
            return False
        self.notes_panel.clear_amendment_box()
        self._reload()
        self.mark_saved()
        return True

    # ----- drafts --------------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        return session_draft(self)

    def restore_draft(self, payload: dict[str, Any]) -> None:
        restore_session_draft(self, payload)

    def draft_ids(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        return self.session_id, self.client.client_id()

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, self.tr("Finalise"), destructive=False)

    # ----- errors --------------------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> None:
        """The message next to its field (switching to the tab it is on), or at the top of the form."""
        self.clear_errors()
        for form, tab in self.forms:
            if error.field in form.fields:
                if tab is not None:
                    self.tabs.setCurrentIndex(tab)
                form.show_error(error)
                return
        self.form.show_message(error.message)

    def error_text(self, field: str) -> str:
        """The message shown next to ``field`` ('' when none is shown)."""
        return next((form.error_text(field) for form, _tab in self.forms if field in form.fields), "")

    def message(self) -> str:
        return self.form.message()

    def clear_errors(self) -> None:
        for form, _tab in self.forms:
            form.clear_errors()
