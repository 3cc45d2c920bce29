"""The dashboard view: sections and counts, calm empty sections, opening items by key and mouse, clear()."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.dashboard import DashboardItem
from coachdesk.ui.dashboard.items import item_texts
from coachdesk.ui.dashboard.view import DashboardView, shortcut_text
from coachdesk.vault import Vault
from tests.services.test_dashboard import NOW, OSLO, TODAY, Practice, at, build_practice, day

BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(autouse=True)
def british_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(BRITISH)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def practice(vault: Vault) -> Practice:
    with vault.session() as session:
        return build_practice(session)


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> DashboardView:
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.now = lambda: NOW
    widget.resize(1080, 800)
    widget.show()
    return widget


def _items(view: DashboardView, section: str) -> list[DashboardItem]:
    model = view.sections[section].model
    return [item for row in range(model.rowCount()) if (item := model.item(model.index(row))) is not None]


def test_each_section_lists_its_items_with_a_count(
    view: DashboardView, vault: Vault, practice: Practice
) -> None:
    view.attach(vault.session)
    ids = practice.ids
    assert view.pages.currentIndex() == 1
    assert [i.record_id for i in _items(view, "today")] == [ids["today_early"], ids["today_done"]]
    assert [i.record_id for i in _items(view, "coming")] == [ids["tomorrow"], ids["day_7_late"]]
    assert view.sections["action_items"].count_label.text() == "3 · 1 overdue"
    assert [i.record_id for i in _items(view, "agreements")] == [ids["sent"], ids["draft"]]
    assert view.sections["agreements"].count_label.text() == "1 sent · 1 draft"
    assert view.sections["consents"].count_label.text() == "2"
    assert view.sections["conflicts"].model.rowCount() == 1
    assert view.sections["referrals"].model.rowCount() == 2
    assert view.date_label.text() == "Wednesday, 25 March 2026"
    assert view.sections["retention"].model.rowCount() == 0  # nobody's records are old enough
    for name, section in view.sections.items():
        if name != "retention":
            assert section.list.isVisible() and not section.empty_label.isVisible()


def test_hours_this_month_and_in_total(view: DashboardView, vault: Vault, practice: Practice) -> None:
    view.attach(vault.session)
    tile = view.hours_tile
    # 60 paid minutes yesterday and 45 pro bono today: 1.75 h shows as 1.8.
    assert tile.month_hours.text() == "1.8 h"
    assert tile.month_split.text() == "1.0 paid · 0.8 pro bono"
    assert tile.total_hours.text() == "1.8 h"
    assert tile.credentials.text() == "Towards ACC 1.8 of 100 h · PCC 1.8 of 500 h · MCC 1.8 of 2,500 h"


def test_empty_sections_say_so_calmly(view: DashboardView, vault: Vault) -> None:
    with vault.session() as session:
        create_client(session, ClientDetails(name="Zoë Ørsted"))
    view.attach(vault.session)
    assert view.pages.currentIndex() == 1
    coming = view.sections["coming"]
    assert not coming.list.isVisible()
    assert coming.empty_label.isVisible()
    assert coming.empty_label.text() == "No sessions in the next 7 days."
    assert coming.count_label.text() == ""
    assert view.hours_tile.total_hours.text() == "0.0 h"


def test_a_practice_without_clients_shows_what_the_dashboard_will_hold(
    view: DashboardView, vault: Vault
) -> None:
    view.attach(vault.session)
    assert view.pages.currentWidget() is view.first_run


def test_enter_opens_the_current_item(
    qtbot: QtBot, view: DashboardView, vault: Vault, practice: Practice
) -> None:
    view.attach(vault.session)
    items = view.sections["action_items"].list
    items.setFocus()
    items.setCurrentIndex(items.model().index(0, 0))
    QTest.keyClick(items, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_record) as opened:
        QTest.keyClick(items, Qt.Key.Key_Return)
    assert opened.args == ["action_item", practice.ids["due_today"], practice.other]


def test_a_click_or_a_double_click_opens_an_item_once(
    qtbot: QtBot, view: DashboardView, vault: Vault, practice: Practice
) -> None:
    view.attach(vault.session)
    consents = view.sections["consents"].list
    opened: list[tuple[str, uuid.UUID, uuid.UUID]] = []
    view.open_record.connect(lambda *args: opened.append(args))
    first, second = (consents.visualRect(consents.model().index(row, 0)).center() for row in (0, 1))
    QTest.mouseClick(consents.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == [("consent", practice.ids["expires_day_30"], practice.client)]
    opened.clear()
    # A double-click as the window system delivers it: a click, then the double-click.
    QTest.mouseClick(consents.viewport(), Qt.MouseButton.LeftButton, pos=first)
    QTest.mouseDClick(consents.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert opened == [("consent", practice.ids["expires_today"], practice.client)]


def test_log_a_session_button_and_its_shortcut(qtbot: QtBot, view: DashboardView) -> None:
    assert view.keys_label.text() == shortcut_text("log_session")
    with qtbot.waitSignal(view.log_session_requested):
        QTest.mouseClick(view.log_button, Qt.MouseButton.LeftButton)


def test_the_dashboard_turns_to_the_next_day_after_midnight(
    view: DashboardView, vault: Vault, practice: Practice
) -> None:
    view.attach(vault.session)
    # 09:00 in Oslo: fifteen hours to midnight, then a second.
    assert view.next_day.isActive()
    assert view.next_day.interval() == 15 * 3600 * 1000 + 1000
    view.now = lambda: at(1, 0, 1)
    view.next_day.timeout.emit()
    assert view.data is not None and view.data.today == day(1)
    assert [i.record_id for i in _items(view, "today")] == [practice.ids["tomorrow"]]


def test_clear_forgets_everything_shown(view: DashboardView, vault: Vault, practice: Practice) -> None:
    view.attach(vault.session)
    view.clear()
    assert view.data is None
    assert not view.next_day.isActive()
    assert all(section.model.rowCount() == 0 for section in view.sections.values())
    assert view.date_label.text() == ""
    assert view.hours_tile.month_hours.text() == "0.0 h"
    assert view.pages.currentWidget() is view.first_run
    view.refresh()  # nothing attached any more: nothing comes back
    assert view.sections["today"].model.rowCount() == 0


def test_section_model_passes_the_model_tester(
    qtmodeltester: ModelTester, view: DashboardView, vault: Vault, practice: Practice
) -> None:
    view.attach(vault.session)
    model = view.sections["action_items"].model
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert (
        model.data(first) == "Zoë Ørsted, Draft the hand-over note, client's action, Overdue, due 22/03/2026"
    )


def _item(kind: str, **fields: object) -> DashboardItem:
    return DashboardItem(kind, uuid.uuid4(), uuid.uuid4(), "Zoë Ørsted", "Text", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("item", "when"),
    [
        (_item("session", when=at(0, 0, 30).astimezone(UTC)), "00:30"),
        (_item("session", when=at(1, 10).astimezone(UTC)), "Tomorrow, 10:00"),
        (_item("session", when=at(7, 23, 30).astimezone(UTC)), "Wed 01/04/2026, 23:30"),
        (_item("action_item", on=day(-3), overdue=True), "Overdue, due 22/03/2026"),
        (_item("action_item", on=day(0)), "Due today"),
        (_item("action_item", on=day(1)), "Due tomorrow"),
        (_item("engagement", on=day(-9), status="sent"), "Sent 16/03/2026"),
        (_item("engagement", status="sent"), "Sent"),
        (_item("engagement", status="draft"), "Draft, not sent yet"),
        (_item("consent", on=day(30)), "Expires 24/04/2026"),
        (_item("conflict", on=day(-1)), "Raised yesterday"),
        (_item("referral", on=day(0)), "Follow up today"),
        (_item("referral", on=day(-5), overdue=True), "Follow-up was due 20/03/2026"),
    ],
)
def test_dates_and_times_in_the_coach_s_zone_and_locale(item: DashboardItem, when: str) -> None:
    assert item_texts(item, TODAY, OSLO, BRITISH)[3] == when


def test_a_session_start_is_shown_in_the_zone_given() -> None:
    item = _item("session", when=datetime(2026, 3, 25, 8, 0, tzinfo=UTC))
    assert item_texts(item, TODAY, OSLO, BRITISH)[3] == "09:00"


def test_records_past_retention_are_listed_for_review(qtbot: QtBot, vault: Vault) -> None:
    from coachdesk.services.retention import set_retention_years

    with vault.session() as session:
        old = create_client(session, ClientDetails(name="Long Ago", intake_date=date(2010, 1, 5))).created
        create_client(session, ClientDetails(name="Recent"))
        set_retention_years(session, 7)
    view = DashboardView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    section = view.sections["retention"]
    assert [item.client_id for item in section.model._items] == [old]
    with qtbot.waitSignal(view.open_record) as opened:
        section.list.chosen.emit(section.model.index(0, 0))
    assert opened.args[0] == "client" and opened.args[1] == old
