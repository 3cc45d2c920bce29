"""The session editor: every field saved, refusals shown next to their field, finalise and amend,
action items, the Markdown preview, and the quick log of a session that has just ended."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import (
    ActionItem,
    ActionOwner,
    CoachingSession,
    ConcernFlag,
    EngagementStatus,
    NoteAmendment,
    SessionFormat,
    SessionStatus,
)
from coachdesk.services.clients import ClientDetails, create_client, delete_client
from coachdesk.services.engagements import (
    EngagementDetails,
    create_engagement,
    delete_engagement,
    set_engagement_status,
)
from coachdesk.services.errors import ValidationError
from coachdesk.services.goals import ActionItemDetails, create_action_item
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.session_list import action_item_rows
from coachdesk.services.sessions import MAX_GROUP_SIZE, SessionDetails, create_session, finalise_notes
from coachdesk.services.validation import MAX_LONG_TEXT, MAX_MINUTES
from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.kit.row_table import local_datetime_text
from coachdesk.ui.sessions.editor import SessionEditor, from_qdatetime, quarter_hour_before, to_qdatetime
from coachdesk.ui.sessions.editor_items import ActionItemTableModel
from coachdesk.vault import Vault

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(created: uuid.UUID | None) -> uuid.UUID:
    assert created is not None
    return created


@pytest.fixture
def zoe(vault: Vault) -> uuid.UUID:
    with vault.session() as session:
        return _id(create_client(session, ClientDetails(name="Zoë Ørsted")).created)


@pytest.fixture
def others(vault: Vault) -> list[uuid.UUID]:
    with vault.session() as session:
        return [
            _id(create_client(session, ClientDetails(name=name)).created)
            for name in ("Anna Smith", "Ana Lúcia Ferreira", "Łukasz Nowak")
        ]


def _active_engagement(vault: Vault, client: uuid.UUID, title: str = "Leading") -> uuid.UUID:
    with vault.session() as session:
        made = _id(create_engagement(session, EngagementDetails(client_id=client, title=title)).created)
        for status in (EngagementStatus.SENT, EngagementStatus.SIGNED, EngagementStatus.ACTIVE):
            set_engagement_status(session, made, status, date(2026, 1, 5))
    return made


def _session(vault: Vault, client: uuid.UUID, **fields: object) -> uuid.UUID:
    details = SessionDetails(**{"client_id": client, "starts_at": START, **fields})  # type: ignore[arg-type]
    with vault.session() as session:
        return _id(create_session(session, details).created)


def _stored(vault: Vault) -> list[CoachingSession]:
    with vault.session() as session:
        return list(session.exec(select(CoachingSession)).all())


def _editor(
    qtbot: QtBot,
    vault: Vault,
    session_id: uuid.UUID | None = None,
    client_id: uuid.UUID | None = None,
    *,
    quick: bool = False,
) -> SessionEditor:
    editor = SessionEditor(vault.session, session_id, client_id, quick)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _save(editor: SessionEditor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


# ----- a new session ---------------------------------------------------------------------------


def test_new_session_saves_every_field(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    engagement = _active_engagement(vault, zoe)
    editor = _editor(qtbot, vault)
    assert editor.windowTitle() == "New session"
    assert "Zoë" not in editor.windowTitle()
    editor.client.set_client_id(zoe)
    assert editor.engagement.currentData() == engagement  # the active engagement, by default
    assert editor.status.currentData() == SessionStatus.SCHEDULED
    editor.starts_at.setDateTime(to_qdatetime(START))
    editor.duration.setValue(75)
    editor.format.setCurrentIndex(editor.format.findData(SessionFormat.IN_PERSON))
    editor.is_group.setChecked(True)
    editor.group_size.setValue(6)
    editor.paid.setCurrentIndex(editor.paid.findText("Pro bono"))
    editor.status.setCurrentIndex(editor.status.findText("Completed"))
    editor.concerns[ConcernFlag.LEGAL].setChecked(True)
    editor.concerns[ConcernFlag.SAFEGUARDING].setChecked(True)
    qtbot.keyClicks(editor.notes_panel.notes.editor, "## Themes")
    qtbot.keyClick(editor.notes_panel.notes.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.notes_panel.notes.editor, "- delegation")
    qtbot.keyClicks(editor.summary.editor, "Next: the board.")
    _save(editor)

    assert not editor.isVisible()
    assert editor.changes is not None and editor.changes.created == editor.session_id
    [stored] = _stored(vault)
    assert stored.id == editor.session_id
    assert (stored.client_id, stored.engagement_id, stored.starts_at) == (zoe, engagement, START)
    assert (stored.duration_minutes, stored.format) == (75, SessionFormat.IN_PERSON)
    assert (stored.is_group, stored.group_size, stored.paid) == (True, 6, False)
    assert stored.status is SessionStatus.COMPLETED
    assert stored.concern_flags == {ConcernFlag.LEGAL, ConcernFlag.SAFEGUARDING}
    assert stored.private_notes == "## Themes\n- delegation"
    assert stored.shared_summary == "Next: the board."


def test_a_new_session_starts_on_the_next_hour_with_the_profile_length(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    with vault.session() as session:
        save_profile(session, ProfileDetails(name="Alex Moreau", default_session_minutes=50))
    editor = _editor(qtbot, vault, client_id=zoe)
    assert editor.client.client_id() == zoe
    assert editor.duration.value() == 50
    assert editor.format.currentData() == SessionFormat.VIDEO
    assert editor.engagement.currentData() is None  # no active engagement to take
    start = from_qdatetime(editor.starts_at.dateTime())
    assert (start.minute, start.second) == (0, 0)
    assert timedelta(0) < start - datetime.now(UTC) <= timedelta(hours=1)


def test_group_size_counts_only_for_a_group(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    assert not editor.group_size.isEnabled()
    editor.group_size.setValue(4)  # set, then the group unticked
    _save(editor)
    [stored] = _stored(vault)
    assert (stored.is_group, stored.group_size) == (False, 1)


def test_the_spin_boxes_stop_at_the_services_limits(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    assert (editor.duration.minimum(), editor.duration.maximum()) == (1, MAX_MINUTES)
    assert (editor.group_size.minimum(), editor.group_size.maximum()) == (2, MAX_GROUP_SIZE)
    editor.duration.setValue(MAX_MINUTES)
    editor.is_group.setChecked(True)
    editor.group_size.setValue(MAX_GROUP_SIZE)
    _save(editor)
    [stored] = _stored(vault)
    assert (stored.duration_minutes, stored.group_size) == (MAX_MINUTES, MAX_GROUP_SIZE)


# ----- refusals next to their field, nothing saved, input kept -------------------------------------


def test_no_client_is_refused_next_to_the_client(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault)
    qtbot.keyClicks(editor.notes_panel.notes.editor, "Notes I must not lose.")
    _save(editor)
    assert editor.isVisible() and editor.changes is None
    assert editor.error_text("client_id") == "Choose the client this session is with."
    assert editor.notes_panel.text() == "Notes I must not lose."
    assert _stored(vault) == []


def test_without_any_client_the_editor_says_to_add_one(qtbot: QtBot, vault: Vault) -> None:
    editor = _editor(qtbot, vault)
    assert editor.client.line_edit().placeholderText() == "No clients yet"
    _save(editor)
    assert (
        editor.error_text("client_id")
        == "There are no clients yet: add the client first, then their sessions."
    )
    assert _stored(vault) == []


def test_letters_matching_several_or_no_client_are_refused(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, others: list[uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault)
    qtbot.keyClicks(editor.client.lineEdit(), "an")  # Anna Smith, Ana Lúcia Ferreira
    _save(editor)
    assert "Several clients match “an”" in editor.error_text("client_id")
    editor.client.setEditText("nobody")
    _save(editor)
    assert editor.error_text("client_id") == "No client matches “nobody”."
    assert _stored(vault) == []
    editor.client.setEditText("lukasz")  # accents and Ł folded
    _save(editor)
    assert [s.client_id for s in _stored(vault)] == [others[2]]


def test_a_client_deleted_meanwhile_is_refused(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    with vault.session() as session:
        delete_client(session, zoe)
    _save(editor)
    assert editor.error_text("client_id") == "That client no longer exists."
    assert _stored(vault) == []


def test_an_engagement_deleted_meanwhile_is_refused(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    engagement = _active_engagement(vault, zoe)
    editor = _editor(qtbot, vault, client_id=zoe)
    assert editor.engagement.currentData() == engagement
    with vault.session() as session:
        delete_engagement(session, engagement)
    _save(editor)
    assert editor.error_text("engagement_id") == "That engagement no longer exists."
    assert editor.error_text("client_id") == ""
    assert _stored(vault) == []


@pytest.mark.parametrize("field", ["private_notes", "shared_summary"])
def test_overlong_notes_are_refused_on_their_tab(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, field: str
) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    text = "x" * (MAX_LONG_TEXT + 1)
    box = editor.notes_panel.notes if field == "private_notes" else editor.summary
    box.set_text(text)
    editor.tabs.setCurrentIndex(2)
    _save(editor)
    assert "is too long" in editor.error_text(field)
    assert editor.tabs.currentIndex() == (0 if field == "private_notes" else 1)
    assert box.text() == text
    assert _stored(vault) == []


def test_a_null_character_in_the_summary_is_refused(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.summary.set_text("Pasted \x00 text")
    _save(editor)
    assert editor.error_text("shared_summary") == "The shared summary contains a null character."
    assert _stored(vault) == []


@pytest.mark.parametrize("field", [f for f in SessionDetails.__dataclass_fields__])
def test_every_field_has_a_place_for_its_message(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, field: str
) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.show_error(ValidationError(field, f"Problem with {field}."))
    assert editor.error_text(field) == f"Problem with {field}."
    assert editor.message() == ""


def test_a_message_for_no_field_shows_at_the_top(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.show_error(ValidationError("session_id", "That session no longer exists."))
    assert editor.message() == "That session no longer exists."


# ----- editing ---------------------------------------------------------------------------------


def test_editing_loads_and_saves_the_session(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    engagement = _active_engagement(vault, zoe)
    made = _session(
        vault,
        zoe,
        engagement_id=engagement,
        duration_minutes=45,
        format="phone",
        paid=False,
        status="completed",
        private_notes="First notes.",
        shared_summary="Summary.",
        concern_flags={"medical"},
    )
    editor = _editor(qtbot, vault, made)
    assert editor.windowTitle() == "Edit session"
    assert editor.client.currentText() == "Zoë Ørsted" and editor.client.isEnabled()
    assert editor.engagement.currentData() == engagement
    assert from_qdatetime(editor.starts_at.dateTime()) == START
    assert (editor.duration.value(), editor.format.currentData()) == (45, SessionFormat.PHONE)
    assert editor.paid.currentText() == "Pro bono"
    assert editor.status.currentData() == SessionStatus.COMPLETED
    assert [f for f, box in editor.concerns.items() if box.isChecked()] == [ConcernFlag.MEDICAL]
    assert (editor.notes_panel.text(), editor.summary.text()) == ("First notes.", "Summary.")

    editor.engagement.setCurrentIndex(editor.engagement.findData(None))
    editor.status.setCurrentIndex(editor.status.findText("No-show"))
    editor.concerns[ConcernFlag.MEDICAL].setChecked(False)
    editor.notes_panel.set_text("Better notes.")
    _save(editor)
    assert editor.changes is not None and made in editor.changes.ids
    [stored] = _stored(vault)
    assert (stored.engagement_id, stored.status) == (None, SessionStatus.NO_SHOW)
    assert stored.concern_flags == frozenset()
    assert stored.private_notes == "Better notes."


def test_a_deleted_session_cannot_be_saved(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    from coachdesk.services.sessions import delete_session

    made = _session(vault, zoe)
    with vault.session() as session:
        delete_session(session, made)
    editor = _editor(qtbot, vault, made)
    assert editor.message() == "That session no longer exists."
    assert not editor.save_button.isEnabled()


def test_a_session_with_action_items_stays_with_its_client(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, others: list[uuid.UUID]
) -> None:
    made = _session(vault, zoe)
    with vault.session() as session:
        create_action_item(session, ActionItemDetails(client_id=zoe, description="Memo", session_id=made))
    editor = _editor(qtbot, vault, made)
    assert not editor.client.isEnabled()
    assert "stays with its client" in editor.client.toolTip()


def test_changing_the_client_offers_their_engagements(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, others: list[uuid.UUID]
) -> None:
    _active_engagement(vault, zoe, "Zoë's")
    theirs = _active_engagement(vault, others[0], "Anna's")
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.client.set_client_id(others[0])
    titles = [editor.engagement.itemText(i) for i in range(editor.engagement.count())]
    assert titles == ["No engagement", "Anna's (active)"]
    assert editor.engagement.currentData() == theirs


# ----- finalising and amending -------------------------------------------------------------------


def test_finalise_then_amend(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    made = _session(vault, zoe, status="completed", private_notes="As written.")
    editor = _editor(qtbot, vault, made)
    asked: list[str] = []
    editor.confirm = lambda title, question: asked.append(question) is None
    editor.notes_panel.set_text("As written, and finished.")
    editor.notes_panel.finalise_button.click()

    assert asked and "can no longer be edited" in asked[0]
    assert editor.notes_panel.is_finalised()
    assert editor.notes_panel.notes.editor.isReadOnly()
    assert editor.notes_panel.notes.is_previewing()
    assert editor.notes_panel.notes.rendered_text() == "As written, and finished."
    [stored] = _stored(vault)
    assert stored.finalised_at is not None
    assert stored.private_notes == "As written, and finished."  # the unsaved edit went in first
    day = stored.finalised_at.astimezone().date()
    assert editor.notes_panel.finalised_label.text().startswith("Finalised on ")
    assert editor.notes_panel.finalised_label.text() == f"Finalised on {_local_day(day)}"
    assert not editor.notes_panel.finalise_button.isVisible()
    assert not editor.client.isEnabled()

    qtbot.keyClicks(editor.notes_panel.amendment_box, "On reflection: it was her idea.")
    editor.notes_panel.amend_button.click()
    assert editor.notes_panel.amendment_box.toPlainText() == ""
    with vault.session() as session:
        [amendment] = session.exec(select(NoteAmendment)).all()
    assert amendment.text == "On reflection: it was her idea."
    shown = editor.notes_panel.amendments_text()
    assert f"Amended {local_datetime_text(amendment.created_at)}" in shown
    assert "On reflection: it was her idea." in shown
    assert editor.changes is not None and editor.changes.touches("note_amendment")

    _save(editor)  # the other fields still save; the notes stay as written
    [stored] = _stored(vault)
    assert stored.private_notes == "As written, and finished."


def _local_day(day: date) -> str:
    from coachdesk.ui.kit.row_table import local_date_text

    return local_date_text(day)


def test_an_empty_amendment_is_refused_next_to_the_box(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    made = _session(vault, zoe, private_notes="Notes.")
    with vault.session() as session:
        finalise_notes(session, made)
    editor = _editor(qtbot, vault, made)
    assert editor.notes_panel.is_finalised()
    editor.notes_panel.amend_button.click()
    assert editor.error_text("text") == "The amendment is required."
    with vault.session() as session:
        assert session.exec(select(NoteAmendment)).all() == []


def test_finalise_declined_changes_nothing(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    made = _session(vault, zoe, private_notes="Notes.")
    editor = _editor(qtbot, vault, made)
    editor.confirm = lambda _title, _question: False
    editor.notes_panel.finalise_button.click()
    assert not editor.notes_panel.is_finalised()
    assert editor.changes is None
    assert _stored(vault)[0].finalised_at is None


def test_finalising_a_new_session_saves_it_first(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    editor.confirm = lambda _title, _question: True
    editor.notes_panel.set_text("Complete.")
    assert editor.finalise()
    [stored] = _stored(vault)
    assert (stored.id, stored.private_notes) == (editor.session_id, "Complete.")
    assert stored.finalised_at is not None
    editor.reject()  # closing keeps what was saved, and says so
    assert editor.changes is not None and editor.changes.created == stored.id


def test_finalising_with_bad_input_saves_nothing(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault)
    editor.confirm = lambda _title, _question: True
    assert not editor.finalise()
    assert editor.error_text("client_id") == "Choose the client this session is with."
    assert _stored(vault) == []


# ----- Markdown ----------------------------------------------------------------------------------


def test_preview_renders_the_markdown(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe)
    notes = editor.notes_panel.notes
    notes.set_text("## Themes\n\n- **Delegation** matters")
    assert not notes.is_previewing()
    notes.preview_button.click()
    assert notes.is_previewing() and notes.preview_button.isChecked()
    assert "Delegation matters" in notes.rendered_text()
    assert "**" not in notes.rendered_text() and "##" not in notes.rendered_text()
    notes.write_button.click()
    assert not notes.is_previewing()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    notes.editor.setFocus()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(notes.editor, Qt.Key.Key_P, both)
    assert notes.is_previewing()
    qtbot.keyClick(notes.preview, Qt.Key.Key_P, both)
    assert not notes.is_previewing()


# ----- action items ------------------------------------------------------------------------------


def test_action_items_add_edit_done_remove(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    made = _session(vault, zoe)
    editor = _editor(qtbot, vault, made)
    panel = editor.items

    def fill(description: str, owner: ActionOwner, due: date | None) -> object:
        def run(dialog: ActionItemDialog) -> bool:
            dialog.description.setText(description)
            dialog.owner.setCurrentIndex(dialog.owner.findData(owner))
            dialog.has_due_date.setChecked(due is not None)
            if due is not None:
                dialog.due_date.setDate(dialog.due_date.date().fromString(due.isoformat(), "yyyy-MM-dd"))
            dialog.accept()
            return dialog.result() == ActionItemDialog.DialogCode.Accepted

        return run

    panel.run_dialog = fill("Draft the memo", ActionOwner.CLIENT, date(2026, 3, 9))  # type: ignore[assignment]
    panel.add_button.click()
    with vault.session() as session:
        [item] = action_item_rows(session, made)
    assert (item.description, item.owner, item.due_date) == (
        "Draft the memo",
        ActionOwner.CLIENT,
        date(2026, 3, 9),
    )
    assert panel.model.rowCount() == 1 and panel.selected() == item
    assert editor.tabs.tabText(2) == "Action items (1)"

    panel.run_dialog = fill("Send the reading list", ActionOwner.COACH, None)  # type: ignore[assignment]
    panel.edit_button.click()
    with vault.session() as session:
        [item] = action_item_rows(session, made)
    assert (item.description, item.owner, item.due_date) == ("Send the reading list", ActionOwner.COACH, None)

    panel.done_button.click()
    assert panel.selected() is not None and panel.selected().done  # type: ignore[union-attr]
    assert panel.done_button.text() == "Mark not done"
    panel.confirm = lambda _title, question: "Send the reading list" in question
    panel.remove_button.click()
    with vault.session() as session:
        assert session.exec(select(ActionItem)).all() == []
    assert panel.model.rowCount() == 0
    assert editor.changes is not None and editor.changes.touches("action_item")


def test_an_action_item_without_words_is_refused_next_to_the_field(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    made = _session(vault, zoe)
    dialog = ActionItemDialog(vault.session, zoe, None, session_id=made)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.has_due_date.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.changes is None
    assert dialog.error_text("description") == "The action is required."
    assert dialog.has_due_date.isChecked()
    with vault.session() as session:
        assert session.exec(select(ActionItem)).all() == []


def test_adding_an_item_to_a_new_session_saves_the_session_first(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    editor = _editor(qtbot, vault)
    opened: list[ActionItemDialog] = []
    editor.items.run_dialog = lambda dialog: opened.append(dialog) is not None  # type: ignore[assignment]
    editor.items.add_button.click()
    assert opened == [] and editor.error_text("client_id")  # no client: nothing saved, no dialog
    assert _stored(vault) == []
    editor.client.set_client_id(zoe)
    editor.items.add_button.click()
    [stored] = _stored(vault)
    assert editor.session_id == stored.id and len(opened) == 1
    assert editor.save_button.text() == "Save"


def test_action_item_model_passes_the_model_tester(
    qtmodeltester: ModelTester, vault: Vault, zoe: uuid.UUID
) -> None:
    made = _session(vault, zoe)
    with vault.session() as session:
        create_action_item(session, ActionItemDetails(client_id=zoe, description="One", session_id=made))
        rows = action_item_rows(session, made)
    model = ActionItemTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "One"
    assert model.index(0, 1).data() == "Client"


# ----- the quick log -----------------------------------------------------------------------------


def test_quarter_hour_before() -> None:
    moment = datetime(2026, 3, 2, 14, 52, 31, 5, tzinfo=UTC)
    assert quarter_hour_before(moment) == datetime(2026, 3, 2, 14, 45, tzinfo=UTC)
    assert quarter_hour_before(datetime(2026, 3, 2, 14, 0, tzinfo=UTC)) == datetime(
        2026, 3, 2, 14, 0, tzinfo=UTC
    )


def test_quick_log_types_a_few_letters_and_enter_saves(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, others: list[uuid.UUID]
) -> None:
    engagement = _active_engagement(vault, zoe)
    before = datetime.now(UTC)
    editor = _editor(qtbot, vault, quick=True)
    after = datetime.now(UTC)
    assert editor.windowTitle() == "Log a completed session"
    assert editor.status.currentData() == SessionStatus.COMPLETED
    start = from_qdatetime(editor.starts_at.dateTime())
    expected = {quarter_hour_before(t.astimezone()) - timedelta(minutes=60) for t in (before, after)}
    assert start in expected
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.client.hasFocus)

    qtbot.keyClicks(editor.client.lineEdit(), "zo")
    qtbot.keyClick(editor.client.lineEdit(), Qt.Key.Key_Return)

    assert not editor.isVisible()
    [stored] = _stored(vault)
    assert (stored.client_id, stored.status, stored.engagement_id) == (
        zoe,
        SessionStatus.COMPLETED,
        engagement,
    )
    assert stored.starts_at == start
    assert editor.changes is not None and editor.changes.created == stored.id


def test_quick_log_for_a_known_client_starts_in_the_notes(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, client_id=zoe, quick=True)
    assert editor.client.client_id() == zoe
    assert editor.save_button.text() == "Log session"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.notes_panel.notes.editor.hasFocus)


def test_qdatetime_round_trip_keeps_the_instant() -> None:
    moment = datetime(2026, 7, 1, 6, 30, tzinfo=UTC)
    assert from_qdatetime(to_qdatetime(moment)) == moment
    assert isinstance(to_qdatetime(moment), QDateTime)
