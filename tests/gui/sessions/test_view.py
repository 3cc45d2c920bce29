"""The session list: its model and filter proxy, and the Sessions area with its filters and actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import CoachingSession, ConcernFlag, SessionFormat, SessionStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo import populate_demo
from coachdesk.services.session_list import SessionRow, session_rows
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.kit.row_table import OBJECT_ROLE, SORT_ROLE, local_datetime_text
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.sessions.table import (
    SessionColumn,
    SessionFilterProxy,
    SessionTableModel,
    When,
    local_day_start,
    local_days,
)
from coachdesk.ui.sessions.view import SessionsView
from coachdesk.vault import Vault

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
ZOE, ADAM, EMILE = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def _row(
    client: uuid.UUID,
    name: str,
    days: float,
    engagement: str = "",
    **fields: object,
) -> SessionRow:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "client_id": client,
        "client_name": name,
        "engagement_id": uuid.uuid4() if engagement else None,
        "engagement_title": engagement,
        "starts_at": NOW + timedelta(days=days),
        "duration_minutes": 60,
        "format": SessionFormat.VIDEO,
        "status": SessionStatus.SCHEDULED if days > 0 else SessionStatus.COMPLETED,
        "is_group": False,
        "group_size": 1,
        "paid": True,
        "finalised": False,
        "concern_flags": frozenset(),
        "has_notes": False,
    }
    values.update(fields)
    return SessionRow(**values)  # type: ignore[arg-type]


ROWS = [
    _row(ZOE, "Zoë Ørsted", -14, "First 100 days", has_notes=True, finalised=True),
    _row(ADAM, "adam Brook", -7, "", format=SessionFormat.PHONE, paid=False, duration_minutes=45),
    _row(
        EMILE,
        "Émile Dubois",
        -2,
        "Career change",
        is_group=True,
        group_size=5,
        has_notes=True,
        concern_flags=frozenset({ConcernFlag.LEGAL, ConcernFlag.MENTAL_HEALTH}),
    ),
    _row(ZOE, "Zoë Ørsted", 3, "First 100 days"),
    _row(ADAM, "adam Brook", 10, "", status=SessionStatus.CANCELLED),
]


def _proxy(rows: list[SessionRow] = ROWS) -> tuple[SessionTableModel, SessionFilterProxy]:
    model = SessionTableModel()
    model.set_rows(rows)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _shown(proxy: SessionFilterProxy) -> list[SessionRow]:
    return [row for r in range(proxy.rowCount()) if (row := proxy.row_at(proxy.index(r, 0))) is not None]


# ----- model -----------------------------------------------------------------------------------


def test_model_and_proxy_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = _proxy()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("zoe")
    proxy.sort(SessionColumn.CLIENT, Qt.SortOrder.DescendingOrder)
    proxy.set_when(When.PAST, NOW)
    proxy.set_client(ZOE)
    qtmodeltester.check(proxy)
    proxy.set_range(*local_days(date(2026, 1, 1), date(2026, 12, 31)))
    model.set_rows(ROWS[:2])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    model.clear()
    qtmodeltester.check(proxy)


def test_headers_and_texts(qtbot: QtBot) -> None:
    model, _ = _proxy()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in SessionColumn]
    assert headers == [
        "When",
        "Client",
        "Engagement",
        "Length",
        "Format",
        "Status",
        "Fee",
        "Notes",
        "Concerns",
    ]

    def texts(row: int) -> list[str]:
        return [model.index(row, c).data() for c in SessionColumn]

    # Rows are kept in order of start.
    assert texts(0) == [
        local_datetime_text(ROWS[0].starts_at),
        "Zoë Ørsted",
        "First 100 days",
        "60 min",
        "Video",
        "Completed",
        "Paid",
        "Finalised",
        "",
    ]
    assert texts(1)[3:8] == ["45 min", "Phone", "Completed", "Pro bono", ""]
    assert texts(2)[4] == "Video, group of 5"
    assert texts(2)[7:] == ["Draft", "Mental health, Legal"]
    assert texts(4)[5] == "Cancelled"
    assert model.index(2, 0).data(OBJECT_ROLE) is ROWS[2]
    assert model.index(1, SessionColumn.ENGAGEMENT).data(SORT_ROLE) is None
    assert model.index(0, SessionColumn.DURATION).data(Qt.ItemDataRole.TextAlignmentRole) is not None


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (SessionColumn.WHEN, [0, 1, 2, 3, 4]),
        # Equal values keep the order of start; missing values go last.
        (SessionColumn.CLIENT, [1, 4, 2, 0, 3]),
        (SessionColumn.ENGAGEMENT, [2, 0, 3, 1, 4]),
        (SessionColumn.DURATION, [1, 0, 2, 3, 4]),
        (SessionColumn.STATUS, [3, 0, 1, 2, 4]),
        (SessionColumn.PAYMENT, [1, 0, 2, 3, 4]),
        (SessionColumn.NOTES, [2, 0, 1, 3, 4]),
        (SessionColumn.CONCERNS, [2, 0, 1, 3, 4]),
    ],
)
def test_sorting_by_each_column(qtbot: QtBot, column: SessionColumn, ascending: list[int]) -> None:
    _, proxy = _proxy()
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert [ROWS.index(r) for r in _shown(proxy)] == ascending


@pytest.mark.parametrize("column", [SessionColumn.ENGAGEMENT, SessionColumn.NOTES, SessionColumn.CONCERNS])
def test_missing_values_sort_last_in_both_directions(qtbot: QtBot, column: SessionColumn) -> None:
    _, proxy = _proxy()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(column, order)
        values = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
        present = [v for v in values if v is not None]
        assert values[len(present) :] == [None] * (len(values) - len(present))
        assert present == sorted(present, reverse=order == Qt.SortOrder.DescendingOrder)


def test_sorting_keeps_the_selection_on_its_row(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableView

    model, proxy = _proxy()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.selectRow(2)
    chosen = proxy.row_at(view.selectionModel().selectedRows()[0])
    proxy.sort(SessionColumn.CLIENT, Qt.SortOrder.DescendingOrder)
    assert proxy.row_at(view.selectionModel().selectedRows()[0]) == chosen
    model.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    assert proxy.row_at(view.selectionModel().selectedRows()[0]) == chosen
    assert model.sort_column is SessionColumn.WHEN
    assert model.sort_order == Qt.SortOrder.DescendingOrder


def test_new_rows_keep_the_chosen_order(qtbot: QtBot) -> None:
    model, proxy = _proxy()
    proxy.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    latest = _row(EMILE, "Émile Dubois", 30)
    model.set_rows([*ROWS, latest])
    assert _shown(proxy)[0] == latest


# ----- filtering -------------------------------------------------------------------------------


def test_text_filter_matches_client_and_engagement_folded(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.set_filter_text("zoe")
    assert _shown(proxy) == [ROWS[0], ROWS[3]]
    proxy.set_filter_text("  EMILE ")
    assert _shown(proxy) == [ROWS[2]]
    proxy.set_filter_text("career")
    assert _shown(proxy) == [ROWS[2]]
    proxy.set_filter_text("nobody")
    assert _shown(proxy) == []
    proxy.set_filter_text("")
    assert proxy.rowCount() == len(ROWS)


def test_upcoming_past_and_all(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.set_when(When.UPCOMING, NOW)
    assert _shown(proxy) == ROWS[3:]
    proxy.set_when(When.PAST, NOW)
    assert _shown(proxy) == ROWS[:3]
    proxy.set_when(When.UPCOMING, NOW + timedelta(days=5))  # time moves on
    assert _shown(proxy) == ROWS[4:]
    proxy.set_when("all")
    assert proxy.when is When.ALL and proxy.rowCount() == len(ROWS)


def test_a_session_starting_now_is_upcoming(qtbot: QtBot) -> None:
    now_row = _row(ZOE, "Zoë Ørsted", 0)
    _, proxy = _proxy([now_row])
    proxy.set_when(When.UPCOMING, NOW)
    assert _shown(proxy) == [now_row]
    proxy.set_when(When.PAST, NOW)
    assert _shown(proxy) == []


def test_date_range_takes_whole_local_days(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    first = (NOW + timedelta(days=-7)).astimezone().date()
    last = (NOW + timedelta(days=-2)).astimezone().date()
    proxy.set_range(*local_days(first, last))
    assert _shown(proxy) == ROWS[1:3]
    proxy.set_range(*local_days(first, None))
    assert _shown(proxy) == ROWS[1:]
    proxy.set_range(None, None)
    assert proxy.rowCount() == len(ROWS)


def test_local_days_run_from_midnight_to_midnight(qtbot: QtBot) -> None:
    start, end = local_days(date(2026, 3, 1), date(2026, 3, 31))
    assert start == local_day_start(date(2026, 3, 1))
    assert end == local_day_start(date(2026, 4, 1))
    assert start is not None and start.tzinfo is not None
    local = start.astimezone()
    assert (local.date(), local.hour, local.minute) == (date(2026, 3, 1), 0, 0)
    assert local_days(None, None) == (None, None)


def test_client_filter_combines_with_the_others(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.set_client(ZOE)
    assert _shown(proxy) == [ROWS[0], ROWS[3]]
    proxy.set_when(When.PAST, NOW)
    assert _shown(proxy) == [ROWS[0]]
    proxy.set_filter_text("career")
    assert _shown(proxy) == []
    proxy.set_client(None)
    assert _shown(proxy) == [ROWS[2]]
    assert proxy.client_id is None


def test_filters_follow_new_rows_and_sorting(qtbot: QtBot) -> None:
    model, proxy = _proxy()
    proxy.set_client(ADAM)
    proxy.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == [ROWS[4], ROWS[1]]
    extra = _row(ADAM, "adam Brook", 1)
    model.set_rows([*ROWS, extra])
    assert _shown(proxy) == [ROWS[4], extra, ROWS[1]]


def test_accepts_agrees_with_the_filter(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.set_when(When.PAST, NOW)
    proxy.set_client(ZOE)
    assert [proxy.accepts(r) for r in ROWS] == [True, False, False, False, False]


def test_model_fills_from_session_rows(vault: Vault) -> None:
    with vault.session() as session:
        client = create_client(session, ClientDetails(name="Zoë Ørsted")).created
        assert client is not None
        create_session(session, SessionDetails(client_id=client, starts_at=NOW))
        rows = session_rows(session)
    _, proxy = _proxy(rows)
    proxy.set_filter_text("zoe")
    assert _shown(proxy) == rows


# ----- the view --------------------------------------------------------------------------------


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.session() as session:
        populate_demo(session, date.today())
    return vault


def _view(qtbot: QtBot, vault: Vault | None = None) -> SessionsView:
    view = SessionsView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    if vault is not None:
        view.attach(vault.session)
    return view


def _all_sessions(vault: Vault) -> list[CoachingSession]:
    with vault.session() as session:
        return list(session.exec(select(CoachingSession)).all())


def _while_editor_open(qtbot: QtBot, view: SessionsView, act: Callable[[SessionEditor], None]) -> None:
    """Run ``act`` on the editor once the view has opened it (the view waits in its ``exec``)."""

    def run() -> None:
        editor = view.editor
        if editor is None or not editor.isVisible():
            QTimer.singleShot(10, run)
            return
        assert isinstance(editor, SessionEditor)
        act(editor)

    QTimer.singleShot(0, run)


def test_empty_practice_shows_the_empty_state(qtbot: QtBot, vault: Vault) -> None:
    view = _view(qtbot, vault)
    assert view.pages.currentIndex() == 0
    assert view.empty.title_label.text() == "Sessions"


def test_the_view_shows_upcoming_sessions_soonest_first(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    assert view.pages.currentIndex() == 1
    assert view.when() is When.UPCOMING
    shown = _shown(view.proxy)
    now = datetime.now(UTC)
    assert shown and all(r.starts_at >= now for r in shown)
    assert [r.starts_at for r in shown] == sorted(r.starts_at for r in shown)
    with demo.session() as session:
        assert len(shown) == len(session_rows(session, start=now))
    assert view.count_label.text() == f"{len(shown)} session{'s' if len(shown) != 1 else ''}"


def test_show_past_and_all(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.PAST))
    shown = _shown(view.proxy)
    now = datetime.now(UTC)
    assert shown and all(r.starts_at < now for r in shown)
    assert [r.starts_at for r in shown] == sorted((r.starts_at for r in shown), reverse=True)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.ALL))
    assert view.proxy.rowCount() == len(_all_sessions(demo))


def test_client_filter_by_typing_and_show_client(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.ALL))
    qtbot.keyClicks(view.client_filter.lineEdit(), "siob")
    shown = _shown(view.proxy)
    assert shown and {r.client_name for r in shown} == {"Siobhán Ní Bhriain"}
    zoe = next(r.client_id for r in session_rows_of(demo) if r.client_name == "Zoë Ørsted")
    view.show_client(zoe)
    assert view.client_filter.currentText() == "Zoë Ørsted"
    assert {r.client_name for r in _shown(view.proxy)} == {"Zoë Ørsted"}
    view.show_client(None)
    assert view.client_filter.client_id() is None
    assert view.proxy.rowCount() == len(_all_sessions(demo))


def session_rows_of(vault: Vault) -> list[SessionRow]:
    with vault.session() as session:
        return session_rows(session)


def test_date_range_filter(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.ALL))
    assert not view.from_date.isEnabled()
    today = date.today()
    view.from_date.setDate(QDate(today.year, today.month, today.day).addDays(-30))
    view.to_date.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    view.dates_on.setChecked(True)
    assert view.from_date.isEnabled()
    shown = _shown(view.proxy)
    start, end = local_days(today - timedelta(days=30), today - timedelta(days=1))
    assert start is not None and end is not None
    expected = [r for r in session_rows_of(demo) if start <= r.starts_at < end]
    assert shown and sorted(r.id for r in shown) == sorted(r.id for r in expected)
    view.dates_on.setChecked(False)
    assert view.proxy.rowCount() == len(_all_sessions(demo))


def test_text_filter_in_the_view(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.ALL))
    qtbot.keyClicks(view.filter_box, "ux research")
    assert {r.engagement_title for r in _shown(view.proxy)} == {"Career change into UX research"}


def test_clear_forgets_everything(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.PAST))
    qtbot.keyClicks(view.filter_box, "zo")
    view.dates_on.setChecked(True)
    view.table.selectRow(0)
    view.clear()
    assert view.model.rowCount() == 0 and view.proxy.rowCount() == 0
    assert view.client_filter.count() == 1  # only "All clients": no client names kept
    assert view.filter_box.text() == "" and not view.dates_on.isChecked()
    assert view.when() is When.UPCOMING
    assert view.pages.currentIndex() == 0
    assert view.count_label.text() == ""
    assert view.edit_session(None) is None  # nothing to open without a vault
    view.refresh()
    assert view.model.rowCount() == 0


def test_delete_asks_naming_the_session_then_deletes(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.PAST))
    asked: list[str] = []
    answers = [False, True]
    view.confirm = lambda _title, question: asked.append(question) is None and answers.pop(0)
    view.table.selectRow(0)
    row = view.selected()
    assert row is not None
    assert view.delete_button.isEnabled()
    before = len(_all_sessions(demo))
    assert view.delete_selected() is None  # declined
    assert len(_all_sessions(demo)) == before
    assert row.client_name in asked[0] and local_datetime_text(row.starts_at) in asked[0]
    with qtbot.waitSignal(view.changed) as emitted:
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert emitted.args[0].touches("coaching_session")
    assert len(_all_sessions(demo)) == before - 1
    assert row.id not in {r.id for r in _shown(view.proxy)}


def test_a_refresh_keeps_the_selected_session(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.PAST))
    view.table.selectRow(3)
    row = view.selected()
    assert row is not None
    with demo.session() as session:  # a change elsewhere, then the refresh it triggers
        create_client(session, ClientDetails(name="Nova Quinn"))
    view.refresh()
    kept = view.selected()
    assert kept is not None and kept.id == row.id


def test_enter_opens_the_session_and_a_save_is_announced(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    view.when_filter.setCurrentIndex(view.when_filter.findData(When.PAST))
    view.table.selectRow(0)
    row = view.selected()
    assert row is not None

    def edit(editor: SessionEditor) -> None:
        assert editor.session_id == row.id
        editor.duration.setValue(50)
        editor.accept()

    _while_editor_open(qtbot, view, edit)
    with qtbot.waitSignal(view.changed) as emitted:
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert row.id in emitted.args[0].ids
    assert view.editor is None
    assert view.selected() is not None and view.selected().duration_minutes == 50  # type: ignore[union-attr]


def test_cancelled_editor_changes_nothing(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    emitted: list[object] = []
    view.changed.connect(emitted.append)
    _while_editor_open(qtbot, view, lambda editor: editor.reject())
    assert view.edit_session(None) is None
    assert emitted == []


def test_new_session_for_the_filtered_client(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    zoe = next(r.client_id for r in session_rows_of(demo) if r.client_name == "Zoë Ørsted")
    view.show_client(zoe)
    chosen: list[uuid.UUID | None] = []

    def add(editor: SessionEditor) -> None:
        chosen.append(editor.client.client_id())
        editor.accept()

    _while_editor_open(qtbot, view, add)
    view.new_button.click()
    assert chosen == [zoe]
    assert view.selected() is not None and view.selected().client_id == zoe  # type: ignore[union-attr]


def test_quick_log_with_keystrokes(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    before = len(_all_sessions(demo))

    def log(editor: SessionEditor) -> None:
        assert editor.quick and editor.status.currentData() == SessionStatus.COMPLETED
        editor.activateWindow()
        editor.client.setFocus()
        qtbot.keyClicks(editor.client.lineEdit(), "keik")
        qtbot.keyClick(editor.client.lineEdit(), Qt.Key.Key_Return)

    _while_editor_open(qtbot, view, log)
    changes = view.log_completed_session()
    assert changes is not None and changes.created is not None
    sessions = _all_sessions(demo)
    assert len(sessions) == before + 1
    [logged] = [s for s in sessions if s.id == changes.created]
    assert logged.status is SessionStatus.COMPLETED
    assert logged.starts_at < datetime.now(UTC)
    with demo.session() as session:
        names = {r.id: r.client_name for r in session_rows(session)}
    assert names[logged.id] == "Keiko Tanaka"


def test_column_widths_are_kept_in_settings(qtbot: QtBot, demo: Vault, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    view = _view(qtbot, demo)
    view.table.horizontalHeader().resizeSection(SessionColumn.CLIENT, 333)
    view.save_ui_state(settings)
    settings.sync()
    text = (tmp_path / "settings.ini").read_text()
    assert "sessions_view" in text
    assert "Zo" not in text and "Ørsted" not in text  # UI state only
    other = SessionsView()
    qtbot.addWidget(other)
    other.restore_ui_state(settings)
    other.attach(demo.session)
    assert other.table.horizontalHeader().sectionSize(SessionColumn.CLIENT) == 333


def test_restore_ignores_settings_it_cannot_use(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sessions_view/column_widths", ["wide", "narrow"])
    view = SessionsView()
    qtbot.addWidget(view)
    before = view.table.horizontalHeader().sectionSize(SessionColumn.CLIENT)
    view.restore_ui_state(settings)
    assert view.table.horizontalHeader().sectionSize(SessionColumn.CLIENT) == before


def test_every_control_has_an_accessible_name(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    for widget in (
        view.filter_box,
        view.when_filter,
        view.client_filter,
        view.dates_on,
        view.from_date,
        view.to_date,
        view.table,
    ):
        assert widget.accessibleName()
    assert QApplication.instance() is not None


def test_show_client_added_since_the_list_was_read(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    with demo.session() as session:
        new = create_client(session, ClientDetails(name="Nova Quinn")).created
        assert new is not None
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        create_session(session, SessionDetails(client_id=new, starts_at=tomorrow))
    view.show_client(new)
    assert view.client_filter.currentText() == "Nova Quinn"
    assert [r.client_name for r in _shown(view.proxy)] == ["Nova Quinn"]


def test_clear_closes_an_open_editor_without_announcing(qtbot: QtBot, demo: Vault) -> None:
    view = _view(qtbot, demo)
    emitted: list[object] = []
    view.changed.connect(emitted.append)
    seen: list[SessionEditor] = []

    def lock(editor: SessionEditor) -> None:
        seen.append(editor)
        editor.client.set_client_id(_clients_of(demo)[0])
        assert editor.save()  # saved while open: it stays in the vault
        view.clear()

    _while_editor_open(qtbot, view, lock)
    assert view.edit_session(None) is None
    assert seen and not seen[0].isVisible()
    assert view.editor is None and emitted == []
    assert view.model.rowCount() == 0


def _clients_of(vault: Vault) -> list[uuid.UUID]:
    return sorted({r.client_id for r in session_rows_of(vault)})
