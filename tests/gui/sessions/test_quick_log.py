"""The quick log files the session under the client's current agreement and shows it where it lives."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from coachdesk.domain import EngagementStatus
from coachdesk.services.agreement_list import agreement_rows
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.sessions.table import When
from coachdesk.ui.sessions.view import SessionsView
from coachdesk.vault import Vault

TODAY = date.today()


def _client(vault: Vault, name: str = "Zoë Ørsted") -> uuid.UUID:
    with vault.session() as db:
        made = create_client(db, ClientDetails(name=name)).created
    assert made is not None
    return made


def _agreement(
    vault: Vault, client: uuid.UUID, title: str, start: int, end: int, status: EngagementStatus
) -> uuid.UUID:
    details = EngagementDetails(
        client_id=client,
        title=title,
        start_date=TODAY + timedelta(days=start),
        end_date=TODAY + timedelta(days=end),
        session_count=6,
    )
    steps = [EngagementStatus.SENT, EngagementStatus.SIGNED, EngagementStatus.ACTIVE]
    with vault.session() as db:
        made = create_engagement(db, details).created
        assert made is not None
        for step in steps[: steps.index(status) + 1]:
            set_engagement_status(db, made, step, min(TODAY, TODAY + timedelta(days=start)))
    return made


def _view(qtbot: QtBot, vault: Vault) -> SessionsView:
    view = SessionsView()
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    view.attach(vault.session)
    return view


def _log(qtbot: QtBot, view: SessionsView, act: Callable[[SessionEditor], None]) -> uuid.UUID:
    """Quick-log a session, running ``act`` on the editor while it is open; the new session's id."""

    def run() -> None:
        editor = view.editor
        if editor is None or not editor.isVisible():
            QTimer.singleShot(10, run)
            return
        assert isinstance(editor, SessionEditor)
        act(editor)  # records what it sees; the checks follow once the dialog has closed

    QTimer.singleShot(0, run)
    changes = view.log_completed_session()
    assert changes is not None and changes.created is not None, "the session was not logged"
    return changes.created


def _type_client(qtbot: QtBot, editor: SessionEditor, letters: str) -> None:
    editor.activateWindow()
    editor.client.setFocus()
    qtbot.keyClicks(editor.client.line_edit(), letters)


def test_a_signed_agreement_covering_today_is_picked_and_the_session_shown_selected(
    qtbot: QtBot, vault: Vault
) -> None:
    zoe = _client(vault)
    _agreement(vault, zoe, "Earlier programme", -200, -20, EngagementStatus.ACTIVE)  # ended
    signed = _agreement(vault, zoe, "Leading the new team", -10, 80, EngagementStatus.SIGNED)
    view = _view(qtbot, vault)
    assert view.when() is When.UPCOMING
    seen: list[object] = []

    def log(editor: SessionEditor) -> None:
        _type_client(qtbot, editor, "zoe")
        label = editor.fields.filed_under
        seen.extend([editor.engagement.currentData(), label.text(), label.isVisible()])
        qtbot.keyClick(editor.client.line_edit(), Qt.Key.Key_Return)

    logged = _log(qtbot, view, log)
    assert seen == [signed, "Filed under: Leading the new team, session 1 of 6", True]
    assert view.when() is When.PAST  # the session has just taken place
    selected = view.selected()
    assert selected is not None and selected.id == logged
    assert selected.engagement_id == signed
    with vault.session() as db:
        counted = {row.id: row.sessions_done for row in agreement_rows(db)}
    assert counted[signed] == 1  # counts in "1 of 6"


def test_the_next_quick_log_counts_on_and_keeps_the_client_filter(qtbot: QtBot, vault: Vault) -> None:
    zoe = _client(vault)
    _client(vault, "Keiko Tanaka")
    _agreement(vault, zoe, "Leading the new team", -10, 80, EngagementStatus.ACTIVE)
    view = _view(qtbot, vault)

    def first(editor: SessionEditor) -> None:
        _type_client(qtbot, editor, "zoe")
        editor.save_button.click()

    _log(qtbot, view, first)
    view.show_client(zoe)
    texts: list[str] = []

    def second(editor: SessionEditor) -> None:
        _type_client(qtbot, editor, "zoe")
        texts.append(editor.fields.filed_under.text())
        editor.save_button.click()

    logged = _log(qtbot, view, second)
    assert texts == ["Filed under: Leading the new team, session 2 of 6"]
    assert view.client_filter.client_id() == zoe
    selected = view.selected()
    assert selected is not None and selected.id == logged


def test_with_no_agreement_covering_today_the_dialog_says_so(qtbot: QtBot, vault: Vault) -> None:
    zoe = _client(vault)
    _agreement(vault, zoe, "Earlier programme", -200, -20, EngagementStatus.ACTIVE)
    view = _view(qtbot, vault)
    seen: list[object] = []

    def log(editor: SessionEditor) -> None:
        _type_client(qtbot, editor, "zoe")
        seen.extend([editor.fields.filed_under.text(), editor.engagement.currentData()])
        editor.save_button.click()

    logged = _log(qtbot, view, log)
    assert seen == ["No agreement covers today", None]
    selected = view.selected()
    assert selected is not None and selected.id == logged and selected.engagement_id is None


def test_an_agreement_signed_to_start_soon_takes_a_session_held_before_it(qtbot: QtBot, vault: Vault) -> None:
    zoe = _client(vault)
    soon = _agreement(vault, zoe, "Starting next week", 7, 90, EngagementStatus.SIGNED)
    view = _view(qtbot, vault)
    chosen: list[object] = []

    def log(editor: SessionEditor) -> None:
        _type_client(qtbot, editor, "zoe")
        chosen.append(editor.engagement.currentData())
        editor.save_button.click()

    _log(qtbot, view, log)
    assert chosen == [soon]
