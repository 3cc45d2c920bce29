"""Clients in other time zones: chosen in the client dialog, shown beside the coach's time in the
session editor, the session list and the client's record; the calendar's reminder."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QLocale, QSettings, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coachdesk.domain import Client
from coachdesk.services.client_overview import client_overview
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.session_list import session_rows
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.clients.detail_widgets import ProfileTab
from coachdesk.ui.kit.row_table import local_datetime_text
from coachdesk.ui.reports.view import ReportsView
from coachdesk.ui.sessions.editor import SessionEditor, to_qdatetime
from coachdesk.ui.sessions.table import when_text
from coachdesk.vault import Vault

# 09:00 UTC on 8 December: 10:00 for a coach in Paris, 18:00 in Tokyo, 10:00 in Oslo.
START = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def coach_in_paris(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")


def _clock(hour: int) -> str:
    return QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)


def _client(vault: Vault, name: str, zone: str = "") -> uuid.UUID:
    with vault.session() as db:
        created = create_client(db, ClientDetails(name=name, time_zone=zone)).created
    assert created is not None
    return created


def _stored_zone(vault: Vault, client_id: uuid.UUID) -> str:
    with vault.session() as db:
        client = db.get(Client, client_id)
        assert client is not None
        return client.time_zone


def _dialog(qtbot: QtBot, vault: Vault, client_id: uuid.UUID | None = None) -> ClientDialog:
    dialog = ClientDialog(vault.session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_client_dialog_stores_a_zone_typed_in_any_case(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault)
    dialog.name.setText("Keiko Tanaka")
    qtbot.keyClicks(dialog.time_zone.lineEdit(), "asia/tokyo")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.created is not None
    assert _stored_zone(vault, dialog.changes.created) == "Asia/Tokyo"
    again = _dialog(qtbot, vault, dialog.changes.created)
    assert again.time_zone.currentText() == "Asia/Tokyo"


def test_an_unknown_zone_is_shown_beside_the_field_and_nothing_is_saved(qtbot: QtBot, vault: Vault) -> None:
    client_id = _client(vault, "Keiko Tanaka", "Asia/Tokyo")
    dialog = _dialog(qtbot, vault, client_id)
    dialog.time_zone.setEditText("Tokio")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "“Tokio” is not a time zone" in dialog.error_text("time_zone")
    assert _stored_zone(vault, client_id) == "Asia/Tokyo"
    dialog.time_zone.setEditText("")  # back to the coach's own time
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _stored_zone(vault, client_id) == ""


def _editor(qtbot: QtBot, vault: Vault, client_id: uuid.UUID) -> SessionEditor:
    editor = SessionEditor(vault.session, None, client_id, False)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_the_session_editor_shows_the_start_on_the_clients_clock(qtbot: QtBot, vault: Vault) -> None:
    tokyo = _client(vault, "Keiko Tanaka", "Asia/Tokyo")
    oslo = _client(vault, "Ingrid Haugen", "Europe/Oslo")
    editor = _editor(qtbot, vault, tokyo)
    label = editor.fields.client_time
    editor.starts_at.setDateTime(to_qdatetime(START))
    assert label.isVisible()
    assert label.text() == f"{_clock(18)} in Tokyo"
    assert label.toolTip() == "Asia/Tokyo"
    # Late in the evening in Paris it is already the next day in Tokyo: the day is named.
    editor.starts_at.setDateTime(to_qdatetime(datetime(2026, 12, 8, 20, 0, tzinfo=UTC)))
    wednesday = QLocale().toString(QDate(2026, 12, 9), "ddd")
    assert label.text() == f"{wednesday} {_clock(5)} in Tokyo"
    # Another name for the coach's own clock, or no zone: nothing beside the time.
    editor.fields.client.set_client_id(oslo)
    assert not label.isVisible()


def test_the_session_list_shows_both_times_only_when_they_differ(vault: Vault) -> None:
    for name, zone in (("Keiko Tanaka", "Asia/Tokyo"), ("Ingrid Haugen", "Europe/Oslo"), ("Zoë Ørsted", "")):
        client = _client(vault, name, zone)
        with vault.session() as db:
            create_session(db, SessionDetails(client_id=client, starts_at=START))
    with vault.session() as db:
        rows = {r.client_name: r for r in session_rows(db)}
    mine = local_datetime_text(START)
    assert when_text(rows["Keiko Tanaka"], QLocale()) == f"{mine} ({_clock(18)} in Tokyo)"
    assert when_text(rows["Ingrid Haugen"], QLocale()) == mine
    assert when_text(rows["Zoë Ørsted"], QLocale()) == mine


def test_the_clients_record_says_how_far_their_clock_is(qtbot: QtBot, vault: Vault) -> None:
    tab = ProfileTab()
    qtbot.addWidget(tab)
    # Against Paris, whose summer time moves the gap by an hour for part of the year.
    for zone, expected in (
        ("America/New_York", r"America/New_York — [56] h behind you"),
        ("Asia/Kolkata", r"Asia/Kolkata — [34] h 30 min ahead of you"),
        ("Europe/Oslo", r"Europe/Oslo — the same time as you"),
        ("", r"—"),
    ):
        client = _client(vault, f"Client {zone or 'at home'}", zone)
        with vault.session() as db:
            tab.show_overview(client_overview(db, client))
        assert re.fullmatch(expected, tab.values["time_zone"].text()), tab.values["time_zone"].text()


def test_the_calendar_reminder_goes_into_the_file_and_is_remembered(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    client = _client(vault, "Zoë Ørsted")
    with vault.session() as db:
        create_session(db, SessionDetails(client_id=client, starts_at=START))
    view = ReportsView()
    qtbot.addWidget(view)
    view.now = lambda: datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    view.attach(vault.session)
    view.choose_file = lambda *_a: str(tmp_path / "sessions.ics")
    assert view.calendar.reminder_minutes() is None
    view.calendar.reminder.setCurrentIndex(view.calendar.reminder.findText("30 minutes before"))
    path = view.export_calendar()
    assert path is not None
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt.total_seconds() == -30 * 60
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view.save_ui_state(settings)
    again = ReportsView()
    qtbot.addWidget(again)
    again.restore_ui_state(settings)
    assert again.calendar.reminder_minutes() == 30
    assert "sessions" not in str(settings.allKeys())  # the file's name is not kept
