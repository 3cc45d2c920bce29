"""The session editor's note templates, session prep and recap: its "Use template…", "Prepare…" and
"Recap…" buttons, and the agreement's default template in a new session's empty notes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from coachdesk.services.errors import ValidationError
from coachdesk.ui.sessions.editor_fields import from_qdatetime

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import DbFactory
    from coachdesk.services.note_placeholders import FilledTemplate
    from coachdesk.ui.kit.form import ValidatingForm
    from coachdesk.ui.sessions.editor_notes import NotesPanel
    from coachdesk.ui.sessions.editor_pickers import ClientCombo


class EditorParts(Protocol):
    """What the session editor (``sessions/editor.py``) offers these tools."""

    _open_db: DbFactory
    session_id: uuid.UUID | None
    notes_panel: NotesPanel
    form: ValidatingForm
    buttons: QDialogButtonBox
    client: ClientCombo
    engagement: QComboBox
    starts_at: QDateTimeEdit

    def save(self) -> bool: ...

    def _saved_ids(self) -> tuple[uuid.UUID, uuid.UUID] | None: ...

    def _add_changes(self, changes: Changes) -> None: ...


class Placement(Enum):
    """Where a template goes into notes that already hold text."""

    INSERT = "insert"  # at the cursor
    REPLACE = "replace"  # instead of the notes


def ask_placement(parent: QWidget | None) -> Placement | None:
    """Insert at the cursor, replace the notes, or cancel (the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("NoteTools", "The notes are not empty"),
        QCoreApplication.translate(
            "NoteTools",
            "These notes already hold text. Insert the template at the cursor, or replace the notes with it?",
        ),
        parent=parent,
    )
    insert = box.addButton(
        QCoreApplication.translate("NoteTools", "Insert at cursor"), QMessageBox.ButtonRole.AcceptRole
    )
    replace = box.addButton(
        QCoreApplication.translate("NoteTools", "Replace the notes"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return Placement.INSERT if clicked is insert else Placement.REPLACE if clicked is replace else None


class NoteTools(QObject):
    """What the editor offers around its notes. Replaceable in tests: ``choose_placement(parent)``,
    ``run_dialog(dialog)`` (True when accepted)."""

    def __init__(self, editor: EditorParts, parent: QObject) -> None:
        super().__init__(parent)
        self.editor = editor
        self.auto_text: str | None = None  # what the agreement's template put in, while untouched
        self.choose_placement: Callable[[QWidget | None], Placement | None] = ask_placement
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("Use template…"))
        self.template_button.setAutoRaise(True)
        self.template_button.setAccessibleName(self.tr("Use a note template"))
        self.template_button.setToolTip(self.tr("Start the notes from GROW, CLEAR, OSKAR or one of your own"))
        self.template_button.clicked.connect(self.pick_template)
        editor.notes_panel.notes.toolbar.addWidget(self.template_button)
        self.prep_button = self._button(
            self.tr("Prepare…"), self.tr("Before the session: the last summary, open actions, goals")
        )
        self.prep_button.clicked.connect(self.show_prep)
        self.recap_button = self._button(
            self.tr("Recap…"), self.tr("After the session: a recap for the client, as a PDF or a mail draft")
        )
        self.recap_button.clicked.connect(self.show_recap)
        editor.engagement.currentIndexChanged.connect(lambda _i: self.apply_default())
        editor.notes_panel.notes.textChanged.connect(self._notes_edited)
        self.apply_default()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        self.editor.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _notes_edited(self) -> None:
        if self.auto_text is not None and self.editor.notes_panel.text() != self.auto_text:
            self.auto_text = None  # the coach wrote in it: it is theirs now

    # ----- templates -----------------------------------------------------------------------------

    def _filled(self, body: str) -> FilledTemplate | None:
        from coachdesk.services.note_placeholders import filled_template

        editor = self.editor
        client_id = editor.client.client_id()
        if client_id is None:
            editor.notes_panel.form.show_message(self.tr("Choose the client first: the template names them."))
            return None
        engagement = editor.engagement.currentData()
        with editor._open_db() as db:
            return filled_template(
                db,
                body,
                client_id,
                engagement if isinstance(engagement, uuid.UUID) else None,
                from_qdatetime(editor.starts_at.dateTime()),
                editor.session_id,
            )

    def _report_unknown(self, filled: FilledTemplate) -> None:
        if filled.unknown:
            names = ", ".join(f"{{{name}}}" for name in filled.unknown)
            self.editor.notes_panel.form.show_message(
                self.tr("Left as written, not known placeholders: %1").replace("%1", names)
            )

    def apply_default(self) -> bool:
        """A new session's empty notes (or notes still as the last agreement's template left them)
        take the chosen agreement's default template; True when they did."""
        from coachdesk.services.note_templates import agreement_template

        editor = self.editor
        notes = editor.notes_panel
        if editor.session_id is not None or notes.is_finalised():
            return False
        if notes.text().strip() and notes.text() != self.auto_text:
            return False
        engagement = editor.engagement.currentData()
        try:
            with editor._open_db() as db:
                template = agreement_template(db, engagement if isinstance(engagement, uuid.UUID) else None)
        except ValidationError:
            return False
        if template is None:
            if self.auto_text is not None:
                notes.set_text("")
                self.auto_text = None
            return False
        filled = self._filled(template.body)
        if filled is None:
            return False
        notes.set_text(filled.text)
        self.auto_text = filled.text
        self._report_unknown(filled)
        return True

    def pick_template(self) -> bool:
        """The templates dialog; the one chosen goes into the notes (asking first when they hold text)."""
        from coachdesk.ui.sessions.template_picker import NoteTemplatesDialog

        if self.editor.notes_panel.is_finalised():
            self.editor.notes_panel.form.show_message(
                self.tr("Finalised notes take no template: add an amendment instead.")
            )
            return False
        dialog = NoteTemplatesDialog(self.editor._open_db, self._window(), applying=True)
        accepted = self.run_dialog(dialog)
        if dialog.changes is not None:
            self.editor._add_changes(dialog.changes)
        if not accepted or dialog.chosen is None:
            return False
        return self.apply_template(dialog.chosen.body)

    def apply_template(self, body: str) -> bool:
        """Fill ``body`` for this session and put it in the notes; never over text without asking."""
        notes = self.editor.notes_panel
        if notes.is_finalised():
            notes.form.show_message(self.tr("Finalised notes take no template: add an amendment instead."))
            return False
        notes.form.clear_errors()
        filled = self._filled(body)
        if filled is None:
            return False
        editor_box = notes.notes.editor
        if notes.text().strip() and notes.text() != self.auto_text:
            placement = self.choose_placement(self._window())
            if placement is None:
                return False
            if placement is Placement.INSERT:
                editor_box.textCursor().insertText(filled.text)
            else:
                self._replace(filled.text)
        else:
            self._replace(filled.text)
        self.auto_text = None
        notes.notes.show_preview(False)
        self._report_unknown(filled)
        return True

    def _replace(self, text: str) -> None:
        # Through the cursor, so Undo (Ctrl+Z) brings the old notes back.
        box = self.editor.notes_panel.notes.editor
        cursor = box.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        box.setTextCursor(cursor)

    # ----- before and after ----------------------------------------------------------------------

    def show_prep(self) -> QDialog | None:
        """The prep view for this session (its client, agreement and time as the form shows them)."""
        from coachdesk.ui.sessions.prep_view import SessionPrepDialog

        editor = self.editor
        client_id = editor.client.client_id()
        if client_id is None:
            editor.form.show_message(self.tr("Choose the client first."))
            return None
        engagement = editor.engagement.currentData()
        dialog = SessionPrepDialog(
            editor._open_db,
            client_id,
            engagement if isinstance(engagement, uuid.UUID) else None,
            from_qdatetime(editor.starts_at.dateTime()),
            editor.session_id,
            self._window(),
        )
        self.run_dialog(dialog)
        if dialog.changes is not None:
            editor._add_changes(dialog.changes)
        return dialog

    def show_recap(self) -> QDialog | None:
        """The recap of this session, saved first so it reads what the form shows."""
        from coachdesk.ui.sessions.recap_dialog import RecapDialog

        ids = self.editor._saved_ids()
        if ids is None or not self.editor.save():
            return None
        dialog = RecapDialog(self.editor._open_db, ids[1], self._window())
        self.run_dialog(dialog)
        if dialog.changes is not None:
            self.editor._add_changes(dialog.changes)
        return dialog
