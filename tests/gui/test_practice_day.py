"""A whole practice day on the real main window: a new vault, a sponsor and a client, a three-way
agreement, two sessions with notes and action items (one finalised), a search, lock, unlock, and
everything still there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import ActionItem, CoachingSession, Conflict, Engagement, EngagementStatus
from coachdesk.ui.agreements import editor as engagement_editor
from coachdesk.ui.clients import client_dialog
from coachdesk.ui.ethics import conflict_dialogs
from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.organisations import view as organisations_view
from coachdesk.ui.sessions import editor as session_editor
from coachdesk.ui.sessions.table import When
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import vault as vault_module
from tests.conftest import FAST_KDF, PASSPHRASE

NOTE_WORD = "Kintsugi"  # a word that appears nowhere but in the first session's notes


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    monkeypatch.setattr(vault_module, "calibrate", lambda *_a, **_k: FAST_KDF)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(tmp_path / "practice.coachdesk", settings, autosave_delay_ms=50)
    qtbot.addWidget(controller.unlock_window)
    qtbot.addWidget(controller.main_window)
    controller.start()
    yield controller
    if controller.vault is not None:
        controller.vault.close()


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> list[Any]:
    """Replace the dialog's exec with filling it in as a coach would and pressing OK."""
    shown: list[Any] = []

    def run(dialog: Any) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return shown


def _found(search: Any) -> set[tuple[str, Any]]:
    hits = [search.model.hit(search.model.index(r, 0)) for r in range(search.model.rowCount())]
    return {(hit.kind, hit.record_id) for hit in hits if hit is not None}


def _create_vault(qtbot: QtBot, app: AppController) -> None:
    window = app.unlock_window
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    window.create_button.click()
    qtbot.waitUntil(lambda: window.current_page() == "recovery", timeout=10_000)
    window.stored_check.setChecked(True)
    window.recovery_continue.click()
    for name, value in [("name", "Alex Moreau"), ("credentials", "ICF PCC")]:
        window.profile_form.fields[name].setText(value)  # type: ignore[attr-defined]
    window.profile_save.click()
    qtbot.waitUntil(lambda: app.vault is not None and app.main_window.isVisible(), timeout=10_000)


def test_a_practice_day(qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    _create_vault(qtbot, app)
    workspace = app.workspace
    window = app.main_window

    # A sponsor, from the Organisations area.
    def sponsor(d: organisations_view.OrganisationDialog) -> None:
        d.name.setText("Nordlicht Energie GmbH")
        d.contact_name.setText("Ingrid Haugen")

    _answer(monkeypatch, organisations_view.OrganisationDialog, sponsor)
    window.show_area("organisations")
    workspace.organisations.new_button.click()
    assert [r.name for r in workspace.organisations.model.rows()] == ["Nordlicht Energie GmbH"]

    # A client at the sponsor, with Ctrl+Shift+N; the screening asks its questions.
    def client(d: client_dialog.ClientDialog) -> None:
        d.name.setText("Zoë Ørsted")
        d.organisation.setCurrentIndex(d.organisation.findText("Nordlicht Energie GmbH"))

    _answer(monkeypatch, client_dialog.ClientDialog, client)
    screenings = _answer(
        monkeypatch,
        conflict_dialogs.ScreeningDialog,
        lambda d: d.answers[next(iter(d.answers))].setText("") if d.answers else None,
    )
    window.registry["new_client"].trigger()
    assert window.current_area() == "clients"
    assert [r.name for r in workspace.clients.model.rows()] == ["Zoë Ørsted"]
    assert len(screenings) == 1 and screenings[0].findings == []

    # A three-way agreement, with Ctrl+Shift+A.
    def agreement(d: engagement_editor.EngagementEditor) -> None:
        f = d.fields
        f.client.setCurrentIndex(f.client.findText("Zoë Ørsted"))
        f.title.setText("First 100 days as Head of Operations")
        f.sponsor.setCurrentIndex(f.sponsor.findText("Nordlicht Energie GmbH"))
        f.sponsor_receives_attendance.setChecked(True)

    _answer(monkeypatch, engagement_editor.EngagementEditor, agreement)
    window.registry["new_agreement"].trigger()
    assert window.current_area() == "agreements"
    [row] = workspace.agreements.model.rows()
    assert row.three_way and row.client_name == "Zoë Ørsted"
    assert len(screenings) == 2  # the new engagement was screened too
    agreements = workspace.agreements
    agreements.ask_date = lambda _parent, _status, _title, today: today
    agreements.confirm = lambda _title, _question: True
    for status in (EngagementStatus.SENT, EngagementStatus.SIGNED, EngagementStatus.ACTIVE):
        agreements.select_engagement(row.id)
        assert agreements.move_selected(status) is not None

    # Two sessions logged with Ctrl+Shift+L, each with notes and an action item.
    items = iter(["Draft the hand-over note", "Ask the board for a mentor"])
    notes = iter([f"Themes: {NOTE_WORD} — repairing what broke.", "Second session: delegation."])

    def add_item(dialog: ActionItemDialog) -> bool:
        dialog.description.setText(next(items))
        dialog.accept()
        return dialog.result() == 1

    def session(d: session_editor.SessionEditor) -> None:
        d.items.run_dialog = add_item
        qtbot.keyClicks(d.client.lineEdit(), "zo")
        d.notes_panel.set_text(next(notes))
        d.items.add_button.click()

    _answer(monkeypatch, session_editor.SessionEditor, session)
    window.registry["log_session"].trigger()
    window.registry["log_session"].trigger()
    assert window.current_area() == "sessions"
    vault = app.vault
    assert vault is not None
    with vault.session() as s:
        stored = s.exec(select(CoachingSession).order_by(CoachingSession.private_notes)).all()
        assert len(stored) == 2 and all(x.engagement_id is not None for x in stored)
        assert len(s.exec(select(ActionItem)).all()) == 2
        first = next(x for x in stored if NOTE_WORD in x.private_notes)

    # The first session's notes finalised.
    def finalise(d: session_editor.SessionEditor) -> None:
        d.confirm = lambda _title, _question: True
        d.notes_panel.finalise_button.click()

    _answer(monkeypatch, session_editor.SessionEditor, finalise)
    workspace.sessions.edit_session(first.id)

    # Search finds the word from the notes.
    window.registry["search"].trigger()
    search = workspace._search
    assert search is not None
    qtbot.keyClicks(search.query_box, NOTE_WORD.lower())
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=3000)
    assert _found(search) == {("session", first.id)}

    # Lock: everything is saved and cleared; unlock finds it all again.
    qtbot.waitUntil(lambda: not vault.has_unsaved_changes, timeout=5000)
    window.registry["lock"].trigger()
    assert app.vault is None and not window.isVisible()
    assert workspace.clients.model.rowCount() == 0 and workspace.sessions.model.rowCount() == 0
    app.unlock_window.passphrase.setText(PASSPHRASE)
    app.unlock_window.unlock_button.click()
    qtbot.waitUntil(lambda: app.vault is not None, timeout=10_000)
    reopened = app.vault
    assert reopened is not None
    with reopened.session() as s:
        assert s.exec(select(Engagement.sponsor_id)).one() is not None
        again = s.get(CoachingSession, first.id)
        assert again is not None and again.finalised_at is not None and NOTE_WORD in again.private_notes
        assert s.exec(select(Conflict)).all() == []  # nothing declared, nothing found
    window.show_area("sessions")
    sessions = workspace.sessions
    sessions.when_filter.setCurrentIndex(sessions.when_filter.findData(When.PAST))
    assert sessions.proxy.rowCount() == 2
    window.show_area("clients")
    assert [r.name for r in workspace.clients.model.rows()] == ["Zoë Ørsted"]
    window.registry["search"].trigger()
    search = workspace._search
    assert search is not None and search.query_box.text() == ""  # the old query was forgotten
    qtbot.keyClicks(search.query_box, NOTE_WORD)
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=3000)
    assert _found(search) == {("session", first.id)}
