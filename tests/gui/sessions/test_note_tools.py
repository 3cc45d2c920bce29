"""Note templates in the session editor: placeholders, asking before replacing notes, the agreement's
default template, finalised notes, and managing the coach's own templates."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Engagement, EngagementStatus, NoteTemplate, SessionStatus
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.goals import ActionItemDetails, GoalDetails, create_action_item, create_goal
from coachdesk.services.note_templates import add_note_template, set_agreement_template
from coachdesk.services.sessions import SessionDetails, create_session, finalise_notes
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.sessions.editor_fields import to_qdatetime
from coachdesk.ui.sessions.note_tools import Placement
from coachdesk.ui.sessions.template_picker import NoteTemplatesDialog
from coachdesk.vault import Vault

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


@pytest.fixture
def zoe(vault: Vault) -> uuid.UUID:
    with vault.session() as db:
        return _id(create_client(db, ClientDetails(name="Zoë Ørsted", preferred_name="Zoë")))


def _agreement(vault: Vault, client: uuid.UUID, title: str = "Leading", template: str = "") -> uuid.UUID:
    with vault.session() as db:
        made = _id(create_engagement(db, EngagementDetails(client_id=client, title=title, session_count=6)))
        for status in (EngagementStatus.SENT, EngagementStatus.SIGNED, EngagementStatus.ACTIVE):
            set_engagement_status(db, made, status, date(2026, 1, 5))
        if template:
            set_agreement_template(db, made, template)
    return made


def _editor(
    qtbot: QtBot, vault: Vault, session_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None
) -> SessionEditor:
    editor = SessionEditor(vault.session, session_id, client_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _choose(editor: SessionEditor, engagement: uuid.UUID | None) -> None:
    combo = editor.engagement
    combo.setCurrentIndex(next(n for n in range(combo.count()) if combo.itemData(n) == engagement))


def _notes(editor: SessionEditor) -> str:
    return editor.notes_panel.text()


def test_a_template_fills_its_placeholders_for_the_session(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    engagement = _agreement(vault, zoe)
    with vault.session() as db:
        create_session(
            db,
            SessionDetails(
                client_id=zoe,
                engagement_id=engagement,
                starts_at=START - timedelta(days=14),
                status="completed",
            ),
        )
        create_goal(
            db, GoalDetails(client_id=zoe, engagement_id=engagement, statement="Delegate more", progress=40)
        )
        create_action_item(db, ActionItemDetails(client_id=zoe, description="Draft the plan"))
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.starts_at.setDateTime(to_qdatetime(START))
    assert editor.engagement.currentData() == engagement
    assert editor.note_tools.apply_template("{client} · {session_number} · {date}\n{goals}\n{open_actions}")
    assert _notes(editor) == "Zoë · 2 of 6 · 2 March 2026\n- Delegate more (40%)\n- Draft the plan"
    assert editor.notes_panel.form.message() == ""


def test_an_unknown_placeholder_stays_visible_and_is_named(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    assert editor.note_tools.apply_template("Mood: {mood} · {client} · {energy}")
    assert _notes(editor) == "Mood: {mood} · Zoë · {energy}"
    assert editor.notes_panel.form.message() == "Left as written, not known placeholders: {mood}, {energy}"


def test_notes_with_text_are_never_replaced_without_asking(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.notes_panel.set_text("Mine. Keep this.")
    asked: list[str] = []
    answer: list[Placement | None] = [None]
    editor.note_tools.choose_placement = lambda _parent: asked.append("asked") or answer[0]

    assert not editor.note_tools.apply_template("## Goal\n{client}")  # cancelled
    assert asked == ["asked"] and _notes(editor) == "Mine. Keep this."

    cursor = editor.notes_panel.notes.editor.textCursor()
    cursor.setPosition(len("Mine. "))
    editor.notes_panel.notes.editor.setTextCursor(cursor)
    answer[0] = Placement.INSERT
    assert editor.note_tools.apply_template("[{client}] ")
    assert _notes(editor) == "Mine. [Zoë] Keep this."

    answer[0] = Placement.REPLACE
    assert editor.note_tools.apply_template("## Goal\n{client}")
    assert _notes(editor) == "## Goal\nZoë"
    assert len(asked) == 3
    editor.notes_panel.notes.editor.undo()  # a replacement can be undone
    assert _notes(editor) == "Mine. [Zoë] Keep this."


def test_finalised_notes_take_no_template(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    with vault.session() as db:
        made = _id(
            create_session(db, SessionDetails(client_id=zoe, starts_at=START, private_notes="As written."))
        )
        finalise_notes(db, made)
    editor = _editor(qtbot, vault, made)
    editor.note_tools.choose_placement = lambda _parent: pytest.fail("must not ask")
    assert not editor.note_tools.apply_template("{client}")
    assert not editor.note_tools.pick_template()
    assert _notes(editor) == "As written."
    assert "Finalised notes take no template" in editor.notes_panel.form.message()


def test_a_new_session_starts_from_its_agreements_template(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    with vault.session() as db:
        own = str(_id(add_note_template(db, "Check-in", "Check-in with {client}, session {session_number}")))
    _agreement(vault, zoe, "Plain")
    templated = _agreement(vault, zoe, "With template", own)
    editor = _editor(qtbot, vault, client_id=zoe)
    _choose(editor, templated)
    assert _notes(editor).startswith("Check-in with Zoë, session 1 of 6")

    # Another agreement without a template: the untouched text it put in goes again.
    _choose(editor, None)
    assert _notes(editor) == ""
    # Once the coach writes in the notes, choosing an agreement never replaces them.
    _choose(editor, templated)
    editor.notes_panel.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.notes_panel.notes.editor, " She arrived early.")
    _choose(editor, None)
    assert _notes(editor).endswith("She arrived early.")

    # An existing session keeps its notes as they are.
    with vault.session() as db:
        kept = _id(
            create_session(
                db,
                SessionDetails(
                    client_id=zoe, engagement_id=templated, starts_at=START, status=SessionStatus.COMPLETED
                ),
            )
        )
    assert _notes(_editor(qtbot, vault, kept)) == ""


def test_the_default_template_is_chosen_in_the_agreement_editor(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    engagement = _agreement(vault, zoe)
    editor = EngagementEditor(vault.session, engagement)
    qtbot.addWidget(editor)
    choice = editor.note_template
    assert choice.currentText() == "None (empty notes)"
    assert [choice.itemText(n) for n in range(choice.count())][1:5] == ["GROW", "CLEAR", "OSKAR", "Blank"]
    choice.setCurrentIndex(choice.findData("grow"))
    editor.accept()
    with vault.session() as db:
        stored = db.get(Engagement, engagement)
        assert stored is not None and stored.note_template == "grow"
    assert editor.changes is not None and editor.changes.touches("engagement")
    session_editor = _editor(qtbot, vault, client_id=zoe)
    assert "## Reality" in _notes(session_editor) and "Session 1 of 6 with Zoë" in _notes(session_editor)
    again = EngagementEditor(vault.session, engagement)
    qtbot.addWidget(again)
    assert again.note_template.currentText() == "GROW"


def test_the_picker_applies_the_chosen_template(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)

    def choose_oskar(dialog: NoteTemplatesDialog) -> bool:  # type: ignore[override]
        qtbot.addWidget(dialog)
        dialog.select_key("oskar")
        dialog.use_button.click()
        return dialog.result() == 1

    editor.note_tools.run_dialog = choose_oskar  # type: ignore[assignment]
    assert editor.note_tools.pick_template()
    assert "## Scaling" in _notes(editor) and "Zoë" in _notes(editor) and "{client}" not in _notes(editor)


def test_own_templates_are_added_edited_copied_and_deleted(qtbot: QtBot, vault: Vault) -> None:
    dialog = NoteTemplatesDialog(vault.session)
    qtbot.addWidget(dialog)
    dialog.select_key("grow")
    assert dialog.name.isReadOnly() and dialog.body.isReadOnly()
    assert not dialog.delete_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.copy_template()
    assert dialog.name.text() == "GROW (my version)" and not dialog.body.isReadOnly()
    dialog.body.setPlainText("## Goal\n{client}")
    dialog.name.setText("GROW, shorter")
    assert dialog.save_template()
    dialog.name.setText("CLEAR")
    assert not dialog.save_template()
    assert "already a template called" in dialog.form.error_text("name")
    assert dialog.add_template()
    assert dialog.name.text() == "My template"
    with vault.session() as db:
        assert sorted(t.name for t in db.exec(select(NoteTemplate)).all()) == ["GROW, shorter", "My template"]
    dialog.confirm = lambda _title, _question: True
    assert dialog.delete_template()
    with vault.session() as db:
        assert [t.name for t in db.exec(select(NoteTemplate)).all()] == ["GROW, shorter"]
    assert dialog.changes is not None and dialog.changes.touches("note_template")
