"""The Reports area: the hours log (claimable lines, totals, progress), exports, the calendar, retention."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from coachdesk.domain import Client, DocumentKind, GeneratedDocument, RetentionHold
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.earlier_hours import EarlierLineDetails, add_earlier_line
from coachdesk.services.hours_log import hours_log
from coachdesk.services.retention import retention_years
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog
from coachdesk.ui.kit.form import OptionalDate
from coachdesk.ui.kit.row_table import OBJECT_ROLE
from coachdesk.ui.reports.hours import HoursColumn, HoursLogModel, HoursLogProxy, hours_lines
from coachdesk.ui.reports.retention import KeepClientDialog
from coachdesk.ui.reports.view import ReportsView
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _client(vault: Vault, name: str, **fields: object) -> uuid.UUID:
    with vault.session() as s:
        created = create_client(s, ClientDetails(name=name, **fields)).created  # type: ignore[arg-type]
    assert created is not None
    return created


def _session(vault: Vault, client: uuid.UUID, day: date, minutes: int = 60, **fields: object) -> None:
    values: dict[str, object] = {"status": "completed", **fields}
    with vault.session() as s:
        create_session(
            s,
            SessionDetails(
                client_id=client,
                starts_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
                duration_minutes=minutes,
                **values,  # type: ignore[arg-type]
            ),
        )


@pytest.fixture
def practice(vault: Vault) -> dict[str, uuid.UUID]:
    """Zoë (named): 2 h paid and 30 min pro bono; Adam (named): 90 min paid; Noor (not named): 1 h."""
    zoe = _client(vault, "Zoë Ørsted", email="zoe@example.org", named_in_hours_log=True)
    adam = _client(vault, "Adam Brook", phone="+44 7700 900123", named_in_hours_log=True)
    noor = _client(vault, "Noor Haddad")
    _session(vault, zoe, date(2026, 3, 2))
    _session(vault, zoe, date(2026, 4, 6))
    _session(vault, zoe, date(2026, 5, 4), 30, paid=False)
    _session(vault, adam, date(2025, 1, 10), 90)
    _session(vault, noor, date(2026, 6, 1))
    _session(vault, zoe, date(2026, 12, 3), status="scheduled")  # upcoming: not in the log
    return {"zoe": zoe, "adam": adam, "noor": noor}


def _view(qtbot: QtBot, vault: Vault) -> ReportsView:
    view = ReportsView()
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.now = lambda: NOW
    view.zone = lambda: UTC
    view.errors = []  # type: ignore[attr-defined]
    view.report_error = lambda _p, _t, message: view.errors.append(message)  # type: ignore[attr-defined]
    view.attach(vault.session)
    return view


def _period(qtbot: QtBot, view: ReportsView, bound: OptionalDate, value: date | None) -> None:
    """Change one end of the period; the log is made again once it stops changing."""
    bound.set_value(value)
    assert view.period_timer.isActive()
    qtbot.waitUntil(lambda: not view.period_timer.isActive())


def _texts(view: ReportsView, column: HoursColumn) -> list[str]:
    proxy = view.hours.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


# ----- the hours log -------------------------------------------------------------------------------


def test_hours_model_and_proxy_pass_the_model_tester_and_sort_by_name(
    qtmodeltester: ModelTester, vault: Vault, practice: dict[str, uuid.UUID]
) -> None:
    with vault.session() as s:
        log = hours_log(s, TODAY, zone=UTC)
    model = HoursLogModel()
    model.set_rows(hours_lines(log))
    proxy = HoursLogProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(HoursColumn.NAME, order)
        names = [proxy.index(r, HoursColumn.NAME).data() for r in range(proxy.rowCount())]
        expected = ["Adam Brook", "Zoë Ørsted"]
        assert names == (expected if order == Qt.SortOrder.AscendingOrder else expected[::-1])


def test_view_shows_each_named_client_the_claimable_totals_progress_and_what_is_not_claimable(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID]
) -> None:
    view = _view(qtbot, vault)
    view.show()
    assert _texts(view, HoursColumn.NAME) == ["Adam Brook", "Zoë Ørsted"]
    assert _texts(view, HoursColumn.PAID) == ["1.50", "2.00"]
    assert _texts(view, HoursColumn.PRO_BONO) == ["0.00", "0.50"]
    assert _texts(view, HoursColumn.CONTACT) == ["+44 7700 900123", "zoe@example.org"]
    assert "Noor" not in " ".join(_texts(view, HoursColumn.NAME))
    # Noor's hour is not claimable: out of the totals and the progress, and shown apart.
    assert view.hours.totals.text().startswith("Total: 4.00 coaching hours (3.50 paid, 0.50 pro bono)")
    assert "2 clients" in view.hours.totals.text()
    assert view.hours.not_claimable.isVisible()
    apart = view.hours.not_claimable.text()
    assert apart == "Not claimable: 1 client, 1.00 hours \u2014 no consent to be named"
    acc = view.progress_panel.cards["ACC"]
    hours_row, _paid, clients_row, recent_row = acc.rows
    assert (hours_row.label.text(), hours_row.figures.text()) == ("Coaching hours", "4.00 / 100 h")
    assert hours_row.state.text() == "96.00 h to go" and hours_row.bar.value() == 40
    assert clients_row.figures.text() == "2 / 8" and clients_row.state.text() == "6 clients to go"
    assert recent_row.label.text() == "Hours in the last 18 months"
    assert recent_row.figures.text() == "2.50 / 25 h"  # Adam's January 2025 session is older
    assert acc.summary.text() == "0 of 4 met"
    assert len(view.progress_panel.cards["MCC"].rows) == 3
    assert view.hours.empty_label.isHidden() and not view.hours.table.isHidden()


def test_empty_practice_says_what_will_appear(qtbot: QtBot, vault: Vault) -> None:
    view = _view(qtbot, vault)
    view.show()
    assert view.hours.model.rowCount() == 0
    assert view.hours.table.isHidden() and view.hours.empty_label.isVisible()
    assert "once a session is marked completed" in view.hours.empty_label.text()
    assert view.retention.empty_label.isVisible()
    assert "kept for 7 years" in view.retention.empty_label.text()
    assert "No upcoming sessions" in view.calendar.count.text()


def test_period_narrows_the_log_and_a_wrong_period_is_shown_next_to_its_field(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    view = _view(qtbot, vault)
    _period(qtbot, view, view.hours.start, date(2026, 1, 1))
    assert _texts(view, HoursColumn.NAME) == ["Zoë Ørsted"]
    assert "in the period chosen" in view.progress.subtitle_label.text()
    _period(qtbot, view, view.hours.end, date(2025, 12, 31))
    assert view.hours.form.error_text("end_date") == "The end of the period is before its start."
    asked: list[str] = []
    view.choose_file = lambda *_a: asked.append("asked") or str(tmp_path / "log.csv")  # type: ignore[func-returns-value]
    assert view.export_hours_log(".csv") is None
    assert asked == [] and not (tmp_path / "log.csv").exists()
    _period(qtbot, view, view.hours.end, None)
    assert view.hours.form.error_text("end_date") == ""
    _period(qtbot, view, view.hours.start, date(2027, 1, 1))
    assert "starts after today" in view.hours.form.error_text("start_date")
    _period(qtbot, view, view.hours.start, date(2026, 4, 1))
    assert view.hours.form.error_text("start_date") == ""
    assert _texts(view, HoursColumn.PAID) == ["1.00"]


def test_export_csv_and_pdf_write_the_log_record_it_and_emit_changed(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    view = _view(qtbot, vault)
    captions: list[tuple[str, str, str]] = []

    def choose(name: str) -> Callable[..., str]:
        def chosen(_parent: object, caption: str, suggested: str, file_filter: str) -> str:
            captions.append((caption, Path(suggested).name, file_filter))
            return str(tmp_path / name)

        return chosen

    view.choose_file = choose("hours")
    with qtbot.waitSignal(view.changed) as emitted:
        path = view.export_hours_log(".csv")
    assert path == tmp_path / "hours.csv"  # the suffix is added
    assert captions[0] == (
        "Export the coaching-hours log as CSV",
        "coaching-hours-log-2026-11-27.csv",
        "CSV files (*.csv)",
    )
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows[0][:3] == ["No.", "Client Name", "Individual/Group"]
    assert [r[1] for r in rows[1:]] == ["Adam Brook", "Zoë Ørsted"]
    assert emitted.args[0].touches("generated_document")
    assert view.hours.notice.text() == f"Saved “hours.csv” in {tmp_path}."
    view.choose_file = choose("hours.pdf")
    with qtbot.waitSignal(view.changed):
        pdf = view.export_hours_log(".pdf")
    assert pdf is not None
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Zoë Ørsted" in text and "Adam Brook" in text
    with vault.session() as s:
        kinds = s.exec(select(GeneratedDocument.kind)).all()
    assert kinds == [DocumentKind.HOURS_LOG, DocumentKind.HOURS_LOG]
    assert view.errors == []  # type: ignore[attr-defined]


def test_export_that_cannot_be_written_names_the_file_and_records_nothing(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    view = _view(qtbot, vault)
    view.choose_file = lambda *_a: str(tmp_path / "missing" / "hours.csv")
    with qtbot.assertNotEmitted(view.changed):
        assert view.export_hours_log(".csv") is None
    (message,) = view.errors  # type: ignore[attr-defined]
    assert message.startswith(f"Could not write “hours.csv” in {tmp_path / 'missing'}")
    view.choose_file = lambda *_a: ""
    assert view.export_hours_log(".pdf") is None  # cancelled: nothing said
    with vault.session() as s:
        assert s.exec(select(GeneratedDocument)).all() == []


def test_activating_a_row_opens_its_client(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID]
) -> None:
    view = _view(qtbot, vault)
    with qtbot.waitSignal(view.open_record) as opened:
        view.hours.table.activated.emit(view.hours.proxy.index(1, HoursColumn.NAME))
    assert opened.args == ["client", practice["zoe"], practice["zoe"]]
    with vault.session() as s:
        add_earlier_line(
            s,
            EarlierLineDetails("Marta Kowalska", date(2023, 1, 9), date(2023, 6, 30), paid_hours="12.5"),
            TODAY,
        )
    view.refresh_hours()
    entered = view.hours.proxy.index(0, HoursColumn.NAME)
    assert entered.data() == "Marta Kowalska (entered)" and entered.data(OBJECT_ROLE).entered
    assert entered.data(Qt.ItemDataRole.FontRole).italic()
    with qtbot.assertNotEmitted(view.open_record):  # an earlier line is no client of record
        view.hours.table.activated.emit(entered)


# ----- the calendar ----------------------------------------------------------------------------------


def test_calendar_titles_show_initials_unless_names_are_chosen(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    view = _view(qtbot, vault)
    assert view.calendar.count.text() == "1 upcoming session will be exported."
    assert not view.calendar.names.isChecked()
    assert "initials" in view.calendar.names_hint.text()
    view.choose_file = lambda *_a: str(tmp_path / "sessions")
    with qtbot.waitSignal(view.changed) as emitted:
        path = view.export_calendar()
    assert emitted.args[0].touches("outbound_entry")  # recorded in the ledger: the vault saves it
    assert path == tmp_path / "sessions.ics"
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Coaching session · Z.Ø."
    assert "initials only" in view.calendar.notice.text()
    view.calendar.names.setChecked(True)
    view.export_calendar()
    (named,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(named["SUMMARY"]) == "Coaching session · Zoë Ørsted"
    assert str(named["UID"]) == str(event["UID"])
    view.choose_file = lambda *_a: str(tmp_path / "no-such-folder" / "s.ics")
    assert view.export_calendar() is None
    assert "“s.ics”" in view.errors[0]  # type: ignore[attr-defined]


# ----- retention -------------------------------------------------------------------------------------


@pytest.fixture
def former(vault: Vault) -> uuid.UUID:
    """A client last seen in May 2018: past a 7-year period, not past a 10-year one."""
    henrik = _client(vault, "Henrik Lindqvist", status="completed", intake_date=date(2017, 3, 1))
    _session(vault, henrik, date(2018, 5, 2))
    return henrik


def test_retention_period_is_a_setting_and_the_list_follows_it(
    qtbot: QtBot, vault: Vault, former: uuid.UUID
) -> None:
    view = _view(qtbot, vault)
    section = view.retention
    assert section.years.value() == 7 and not section.save_button.isEnabled()
    assert [r.name for r in section.model.rows()] == ["Henrik Lindqvist"]
    assert section.proxy.index(0, 2).data() and section.proxy.index(0, 3).data() == "Last session"
    section.years.setValue(10)
    assert section.save_button.isEnabled()
    with qtbot.waitSignal(view.changed) as emitted:
        section.save_button.click()
    assert emitted.args[0].touches("practice_setting")
    with vault.session() as s:
        assert retention_years(s) == 10
    assert section.model.rowCount() == 0 and "kept for 10 years" in section.empty_label.text()
    assert not section.save_button.isEnabled()


def test_keep_asks_for_a_reason_and_a_review_date_after_today(
    qtbot: QtBot, vault: Vault, former: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, vault)
    section = view.retention
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.proxy)
    section.table.selectRow(0)
    seen: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, KeepClientDialog)
        assert dialog.windowTitle() == "Keep a client's records"
        dialog.accept()
        seen.append(dialog.error_text("reason"))
        dialog.reason.setPlainText("A complaint to the ICF is still open")
        dialog.review_on.set_value(date(2026, 1, 1))
        dialog.accept()
        seen.append(dialog.error_text("review_on"))
        with vault.session() as s:
            assert s.exec(select(RetentionHold)).all() == []  # nothing saved while refused
        dialog.review_on.edit.setDate(QDate(2027, 6, 1))
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    section.run_dialog = fill
    with qtbot.waitSignal(view.changed):
        changes = section.keep_selected()
    assert changes is not None
    assert seen[0] and "reason" in seen[0].lower()
    assert seen[1] == "The review date must be after the date of the decision."
    with vault.session() as s:
        hold = s.exec(select(RetentionHold)).one()
    assert (hold.reason, hold.review_on, hold.decided_on) == (
        "A complaint to the ICF is still open",
        date(2027, 6, 1),
        TODAY,
    )
    assert section.model.rowCount() == 0  # kept: no longer listed
    section.show_kept.setChecked(True)
    decision = section.proxy.index(0, 5).data()
    assert decision.startswith("Kept: A complaint to the ICF is still open, review on")


def test_erase_asks_names_backups_refuses_until_confirmed_then_removes(
    qtbot: QtBot, vault: Vault, former: uuid.UUID, practice: dict[str, uuid.UUID]
) -> None:
    vault.save()
    vault.save()  # the first save's file is now a backup
    view = _view(qtbot, vault)
    assert view.vault_path == vault.path  # found from ``vault.session``
    section = view.retention
    section.table.selectRow(0)
    rows_before = view.hours.model.rowCount()
    assert view.hours.not_claimable.text().startswith("Not claimable: 2 clients, 2.00 hours")

    def confirm(dialog: QDialog) -> bool:
        assert isinstance(dialog, EraseClientDialog)
        assert "1 session with its notes" in dialog.removed.text()
        assert "Henrik Lindqvist's client record" in dialog.removed.text()
        backups = list(vault.backups())
        assert backups and backups[0].path.name in dialog.backups.text()
        assert "at the latest a year after the erasure" in dialog.backups.text()
        assert not dialog.erase_button.isEnabled()
        dialog.accept()  # not confirmed: nothing happens
        with vault.session() as s:
            assert s.get(Client, former) is not None
        dialog.name_box.setText("Henrik")
        assert not dialog.erase_button.isEnabled()
        dialog.name_box.setText("  henrik   LINDQVIST ")
        assert dialog.erase_button.isEnabled()
        dialog.erase_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    section.run_dialog = confirm
    with qtbot.waitSignals([view.changed, view.erased]):
        changes = section.erase_selected()
    assert changes is not None and changes.touches("client")
    with vault.session() as s:
        assert s.get(Client, former) is None
        assert s.exec(select(Client).where(col(Client.name) == "Zoë Ørsted")).one()
    assert section.model.rowCount() == 0
    assert view.hours.model.rowCount() == rows_before  # Henrik, not named, was never a line of the log
    assert view.hours.not_claimable.text().startswith("Not claimable: 1 client, 1.00 hours")


def test_erase_cancelled_changes_nothing(qtbot: QtBot, vault: Vault, former: uuid.UUID) -> None:
    view = _view(qtbot, vault)
    view.retention.table.selectRow(0)
    view.retention.run_dialog = lambda _dialog: False
    with qtbot.assertNotEmitted(view.changed):
        assert view.retention.erase_selected() is None
    with vault.session() as s:
        assert s.get(Client, former) is not None


def test_clear_forgets_every_client_and_resets_the_choices(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], former: uuid.UUID
) -> None:
    view = _view(qtbot, vault)
    view.hours.start.set_value(date(2026, 1, 1))
    view.calendar.names.setChecked(True)
    view.retention.show_kept.setChecked(True)
    assert view.hours.model.rowCount() and view.retention.model.rowCount()
    view.clear()
    assert view.hours.model.rowCount() == 0 and view.retention.model.rowCount() == 0
    assert view.hours.start.value() is None and not view.calendar.names.isChecked()
    assert not view.retention.show_kept.isChecked() and view.hours.totals.text() == ""
    assert view.vault_path is None and view.log is None
    view.refresh()  # nothing to show until attached again
    assert view.hours.model.rowCount() == 0


def test_delete_key_in_the_retention_list_asks_to_erase_and_open_shows_the_client(
    qtbot: QtBot, vault: Vault, former: uuid.UUID
) -> None:
    view = _view(qtbot, vault)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    asked: list[QDialog] = []
    view.retention.run_dialog = lambda dialog: asked.append(dialog) or False  # type: ignore[func-returns-value]
    view.retention.table.selectRow(0)
    view.hours.table.setFocus()
    qtbot.keyClick(view.hours.table, Qt.Key.Key_Delete)
    assert asked == []  # Del belongs to the list that has focus
    view.retention.table.setFocus()
    qtbot.keyClick(view.retention.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and isinstance(asked[0], EraseClientDialog)
    with qtbot.waitSignal(view.open_record) as opened:
        view.retention.open_button.click()
    assert opened.args == ["client", former, former]


def test_the_hours_log_and_the_calendar_each_open_where_they_were_last_saved(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    view = _view(qtbot, vault)
    (tmp_path / "logs").mkdir()
    (tmp_path / "calendars").mkdir()
    suggested: list[Path] = []

    def choose(folder: str) -> Callable[..., str]:
        def chosen(_parent: object, _caption: str, offered: str, _filter: str) -> str:
            suggested.append(Path(offered).parent)
            return str(tmp_path / folder / "export")

        return chosen

    view.choose_file = choose("logs")
    assert view.export_hours_log(".csv") is not None
    view.choose_file = choose("calendars")
    assert view.export_calendar() is not None
    view.choose_file = choose("logs")
    assert view.export_hours_log(".csv") is not None
    view.choose_file = choose("calendars")
    assert view.export_calendar() is not None
    assert suggested[2:] == [tmp_path / "logs", tmp_path / "calendars"]
    assert suggested[0] == suggested[1] != tmp_path / "logs"  # before any save: the documents folder
    view.clear()  # on lock
    view.attach(vault.session)
    view.choose_file = choose("logs")
    view.export_hours_log(".csv")
    assert suggested[-1] == suggested[0]
