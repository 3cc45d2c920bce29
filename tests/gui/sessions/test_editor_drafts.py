"""The session editor keeps what is typed as a draft, and asks before Cancel discards a change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.domain import ConcernFlag, SessionStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.drafts import drafts
from coachdesk.services.session_list import session_record
from coachdesk.services.sessions import SessionDetails, create_session, delete_session
from coachdesk.ui.kit.drafts import UnsavedChoice
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.vault import Vault

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def zoe(vault: Vault) -> uuid.UUID:
    with vault.session() as db:
        created = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert created is not None
    return created


def _stored_session(vault: Vault, client: uuid.UUID) -> uuid.UUID:
    with vault.session() as db:
        created = create_session(db, SessionDetails(client_id=client, starts_at=START)).created
    assert created is not None
    return created


def _editor(qtbot: QtBot, vault: Vault, session_id: uuid.UUID | None = None) -> SessionEditor:
    editor = SessionEditor(vault.session, session_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _kinds(vault: Vault) -> list[str]:
    with vault.session() as db:
        return [row.kind for row in drafts(db)]


def test_an_untouched_editor_closes_without_asking(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, _stored_session(vault, zoe))
    editor.ask_unsaved = lambda _parent: pytest.fail("asked without a change")  # type: ignore[assignment]
    assert not editor.has_changes()
    editor.reject()
    assert not editor.isVisible()


def test_cancel_with_changes_asks_and_keep_editing_keeps_it_open(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    editor = _editor(qtbot, vault, _stored_session(vault, zoe))
    asked: list[bool] = []
    editor.ask_unsaved = lambda _p: asked.append(True) or UnsavedChoice.KEEP_EDITING  # type: ignore[assignment]
    editor.notes_panel.notes.editor.setPlainText("She said she would")
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert asked == [True] and editor.isVisible()
    assert editor.notes_panel.text() == "She said she would"


def test_discard_closes_and_leaves_no_draft(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    session_id = _stored_session(vault, zoe)
    editor = _editor(qtbot, vault, session_id)
    editor.notes_panel.notes.editor.setPlainText("Not worth keeping")
    assert editor.drafts is not None
    editor.drafts.keep()  # as after a pause in typing
    assert _kinds(vault) == ["session"]
    editor.ask_unsaved = lambda _p: UnsavedChoice.DISCARD  # type: ignore[assignment]
    editor.reject()
    assert not editor.isVisible() and _kinds(vault) == []
    with vault.session() as db:
        assert session_record(db, session_id).private_notes == ""


def test_save_in_the_question_saves_and_forgets_the_draft(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    session_id = _stored_session(vault, zoe)
    editor = _editor(qtbot, vault, session_id)
    editor.notes_panel.notes.editor.setPlainText("Kept")
    assert editor.drafts is not None
    editor.drafts.keep()
    editor.ask_unsaved = lambda _p: UnsavedChoice.SAVE  # type: ignore[assignment]
    editor.reject()
    assert not editor.isVisible() and editor.result() == 1 and _kinds(vault) == []
    with vault.session() as db:
        assert session_record(db, session_id).private_notes == "Kept"


def test_escape_in_the_question_keeps_editing(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    editor = _editor(qtbot, vault, _stored_session(vault, zoe))
    editor.notes_panel.notes.editor.setPlainText("Half a thought")
    seen: list[str] = []

    def answer() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(button.text() for button in box.buttons())
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert sorted(seen[:3]) == ["Discard", "Keep editing", "Save"] and seen[3] == "Keep editing"
    assert editor.isVisible() and editor.notes_panel.text() == "Half a thought"


def test_a_draft_is_written_after_typing_pauses_and_holds_every_field(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    editor = _editor(qtbot, vault)
    assert editor.drafts is not None
    editor.drafts.timer.setInterval(20)
    editor.client.set_client_id(zoe)
    editor.status.setCurrentIndex(editor.status.findData(SessionStatus.COMPLETED))
    editor.concerns[ConcernFlag.MENTAL_HEALTH].setChecked(True)
    qtbot.keyClicks(editor.notes_panel.notes.editor, "Zo")
    editor.notes_panel.notes.editor.insertPlainText("ë — ünsaved")
    editor.summary.set_text("Next: the board")
    qtbot.waitUntil(lambda: _kinds(vault) == ["session"])
    with vault.session() as db:
        (row,) = drafts(db)
    assert row.record_id is None and row.client_id == zoe
    assert row.payload["private_notes"] == "Zoë — ünsaved"
    assert row.payload["concern_flags"] == ["mental_health"]

    again = SessionEditor(vault.session, draft=row)
    qtbot.addWidget(again)
    assert again.client.client_id() == zoe and again.notes_panel.text() == "Zoë — ünsaved"
    assert again.summary.text() == "Next: the board" and again.status.currentData() == SessionStatus.COMPLETED
    assert again.concerns[ConcernFlag.MENTAL_HEALTH].isChecked() and again.has_changes()
    again.accept()
    assert _kinds(vault) == []  # saved: the draft goes


def test_a_draft_of_a_session_deleted_meanwhile_comes_back_as_a_new_one(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    session_id = _stored_session(vault, zoe)
    editor = _editor(qtbot, vault, session_id)
    editor.notes_panel.notes.editor.setPlainText("Still mine")
    assert editor.drafts is not None
    editor.drafts.keep()
    editor.close_keeping_draft()
    with vault.session() as db:
        delete_session(db, session_id)
        (row,) = drafts(db)
    again = SessionEditor(vault.session, draft=row)
    qtbot.addWidget(again)
    assert again.session_id is None and again.save_button.isEnabled() and again.message() == ""
    assert again.notes_panel.text() == "Still mine" and again.client.client_id() == zoe
    again.accept()
    assert again.session_id is not None and again.session_id != session_id


def test_a_pause_in_typing_after_the_vault_locked_raises_nothing(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    editor = _editor(qtbot, vault)
    assert editor.drafts is not None
    editor.client.set_client_id(zoe)
    qtbot.keyClicks(editor.notes_panel.notes.editor, "Typed as the vault locked")
    vault.close()  # locked before the pause ran out: the lock itself kept the draft
    editor.drafts.keep()  # the timer firing late must not raise into Qt's event loop
    editor.drafts.discard()
    assert editor.has_changes()
    editor.close_keeping_draft()
