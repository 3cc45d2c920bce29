"""The client detail pane and the Clients area around it: tabs, opening records, goals, UI state."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTabBar
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import ActionItem, Client, Goal
from coachdesk.services.client_overview import ClientOverview, client_overview
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo import populate_demo
from coachdesk.services.sessions import amend_notes
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.clients.detail import ClientDetailPane
from coachdesk.ui.clients.detail_ethics import (
    ClientReferralTableModel,
    ConflictTableModel,
    ConsentTableModel,
    TimelineColumn,
    TimelineTableModel,
    consent_state,
)
from coachdesk.ui.clients.detail_models import (
    ClientActionItemColumn,
    ClientActionItemTableModel,
    ClientSessionColumn,
    ClientSessionTableModel,
    DetailProxy,
    EngagementTableModel,
    GoalTableModel,
    by_id,
)
from coachdesk.ui.clients.table import ClientColumn
from coachdesk.ui.clients.view import ClientsView
from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.goals.goal_dialog import GoalDialog
from coachdesk.vault import Vault

TODAY = date.today()


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.session() as session:
        populate_demo(session, TODAY)
    return vault


def _client(vault: Vault, name: str) -> uuid.UUID:
    with vault.session() as session:
        return session.exec(select(Client.id).where(Client.name == name)).one()


def _overview(vault: Vault, name: str) -> ClientOverview:
    with vault.session() as session:
        return client_overview(session, _client(vault, name))


@pytest.fixture
def pane(qtbot: QtBot, demo: Vault) -> ClientDetailPane:
    widget = ClientDetailPane()
    qtbot.addWidget(widget)
    widget.attach(demo.session)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(table: Any, column: int = 0) -> list[str]:
    proxy = table.model()
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


# ----- models -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model_type", "part"),
    [
        (EngagementTableModel, "engagements"),
        (ClientSessionTableModel, "sessions"),
        (GoalTableModel, "goals"),
        (ClientActionItemTableModel, "action_items"),
        (ClientReferralTableModel, "referrals"),
        (ConsentTableModel, "consents"),
        (ConflictTableModel, "conflicts"),
        (TimelineTableModel, "timeline"),
    ],
)
def test_every_model_and_its_proxy_pass_the_model_tester(
    qtmodeltester: ModelTester, demo: Vault, model_type: type[Any], part: str
) -> None:
    rows = [
        row
        for name in ("Zoë Ørsted", "Chloé Girard", "Björn Åkesson")
        for row in getattr(_overview(demo, name), part)
    ]
    assert rows, part
    model = model_type()
    model.set_rows(rows)
    row_type = type(rows[0])
    proxy = DetailProxy(row_type, by_id if hasattr(rows[0], "id") else (lambda _r: ()))
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    for column in range(model.columnCount()):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(proxy)
    model.clear()
    qtmodeltester.check(proxy)


def test_timeline_sorts_oldest_first_too_and_shows_whats_ahead_quietly(demo: Vault) -> None:
    events = _overview(demo, "Zoë Ørsted").timeline
    model = TimelineTableModel()
    model.set_rows(events)
    proxy = DetailProxy(type(events[0]), lambda _e: ())
    proxy.setSourceModel(model)
    proxy.sort(TimelineColumn.WHEN, Qt.SortOrder.AscendingOrder)
    shown = [proxy.row_at(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert shown == list(reversed(events))
    ahead = [n for n, e in enumerate(model.rows()) if e.moment > model.now]
    past = [n for n, e in enumerate(model.rows()) if e.moment <= model.now]
    assert ahead and past
    assert model.index(ahead[0], 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(past[0], 0).data(Qt.ItemDataRole.FontRole) is None


def test_sorting_keeps_the_selection_and_puts_missing_values_last(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault
) -> None:
    from coachdesk.services.goals import ActionItemDetails, create_action_item

    zoe = _client(demo, "Zoë Ørsted")
    with demo.session() as session:
        for text in ("Undated one", "Another undated"):
            create_action_item(session, ActionItemDetails(client_id=zoe, description=text))
    pane.show_client(zoe)
    items = pane.goals.items
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        items.sortByColumn(ClientActionItemColumn.DUE, order)
        assert _texts(items, ClientActionItemColumn.DUE)[-2:] == ["", ""]
    sessions = pane.sessions
    sessions.selectRow(3)
    chosen = sessions.selected()
    sessions.sortByColumn(ClientSessionColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert sessions.selected() == chosen
    assert _texts(sessions, ClientSessionColumn.STATUS)[0] == "Scheduled"
    sessions.sortByColumn(ClientSessionColumn.START, Qt.SortOrder.AscendingOrder)
    starts = [row.starts_at for row in sessions.row_model.rows()]
    assert starts == sorted(starts) and sessions.selected() == chosen


def test_consent_state_in_words(demo: Vault) -> None:
    [consent] = _overview(demo, "Zoë Ørsted").consents
    assert consent_state(consent, TODAY) == "In force"
    assert consent_state(consent, consent.granted_on - timedelta(days=1)) == "Not yet in force"
    assert consent.expires_on is not None
    assert consent_state(consent, consent.expires_on + timedelta(days=1)) == "Expired"


# ----- the pane -----------------------------------------------------------------------------------


def test_shows_a_three_way_client_in_every_tab(pane: ClientDetailPane, demo: Vault) -> None:
    assert pane.pages.currentIndex() == 0  # the hint, until a client is chosen
    zoe = _client(demo, "Zoë Ørsted")
    pane.show_client(zoe)
    assert pane.pages.currentIndex() == 1 and pane.client_id == zoe
    assert pane.name_label.text() == "Zoë Ørsted"
    assert "In a three-way engagement" in pane.summary_label.text()
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "Profile", "Engagements", "Sessions", "Goals && actions", "Referrals && consents", "Conflicts",
        "Timeline",
    ]  # fmt: skip
    assert pane.profile.text("engagement") == (
        "First 100 days as Head of Operations (three-way, with Nordlicht Energie GmbH)"
    )
    assert pane.profile.text("open_actions").startswith("1, the next due ")
    assert pane.profile.text("last_session") != "None yet"
    assert pane.profile.text("organisation") == "Nordlicht Energie GmbH"
    assert pane.profile.text("hours_log") == "May be named in your coaching-hours log"
    assert pane.profile.text("phone") == "—"
    assert _texts(pane.engagements) == ["First 100 days as Head of Operations"]
    assert pane.sessions.model().rowCount() == 6
    assert pane.goals.goals.model().rowCount() == 4 and pane.goals.items.model().rowCount() == 1
    assert pane.referral_section.is_empty() and not pane.consent_section.is_empty()
    assert pane.conflicts.model().rowCount() == 0
    timeline = _texts(pane.timeline, TimelineColumn.TEXT)
    assert "Agreement signed: First 100 days as Head of Operations" in timeline
    assert timeline[-1] == "Intake"


def test_a_conflict_reads_in_full_with_its_safeguards(pane: ClientDetailPane, demo: Vault) -> None:
    pane.show_client(_client(demo, "Björn Åkesson"))
    assert pane.conflict_text.text().startswith("Select a conflict")
    pane.conflicts.selectRow(0)
    text = pane.conflict_text.text()
    assert "Same organisation: Björn reports to Zoë" in text
    assert "Decision: Proceed with safeguards" in text and "Safeguards: Each client was told" in text
    pane.show_client(_client(demo, "Дмитрий Иванов"))
    pane.conflicts.selectRow(0)
    assert "Awaiting your decision." in pane.conflict_text.text()
    pane.show_client(_client(demo, "Zoë Ørsted"))
    assert pane.conflict_text.text() == ""


def test_no_client_or_a_deleted_one_shows_the_hint(pane: ClientDetailPane, demo: Vault) -> None:
    pane.show_client(_client(demo, "Chloé Girard"))
    pane.show_client(None)
    assert pane.pages.currentIndex() == 0 and pane.client_id is None
    assert pane.sessions.model().rowCount() == 0 and pane.name_label.text() == ""
    pane.show_client(uuid.uuid4())
    assert pane.pages.currentIndex() == 0


def test_clear_forgets_the_client_and_the_vault(pane: ClientDetailPane, demo: Vault) -> None:
    chloe = _client(demo, "Chloé Girard")
    pane.show_client(chloe)
    pane.clear()
    assert pane.overview is None and pane.pages.currentIndex() == 0
    assert all(table.model().rowCount() == 0 for table in pane._tables())
    assert pane.profile.text("email") == ""
    pane.show_client(chloe)  # no vault any more: nothing to read from
    assert pane.pages.currentIndex() == 0


def test_enter_on_a_row_asks_for_the_record_in_its_area(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault
) -> None:
    chloe = _overview(demo, "Chloé Girard")
    pane.show_client(chloe.profile.id)
    opened: list[tuple[str, object]] = []
    pane.open_record.connect(lambda kind, record: opened.append((kind, record)))
    for tab, table, kind in [
        (2, pane.sessions, "session"),
        (1, pane.engagements, "engagement"),
        (4, pane.referrals, "referral"),
        (4, pane.consents, "consent"),
    ]:
        pane.tabs.setCurrentIndex(tab)
        table.setFocus()
        table.selectRow(0)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        assert opened[-1] == (kind, table.selected().id)
    assert len(opened) == 4


def test_a_note_amendment_in_the_timeline_opens_its_session(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault
) -> None:
    zoe = _overview(demo, "Zoë Ørsted")
    finalised = next(s for s in zoe.sessions if s.finalised)
    with demo.session() as session:
        amend_notes(session, finalised.id, "Added after the review.")
    pane.show_client(zoe.profile.id)
    pane.tabs.setCurrentIndex(6)
    opened: list[tuple[str, object]] = []
    pane.open_record.connect(lambda kind, record: opened.append((kind, record)))
    assert pane.timeline.select_where(lambda e: e.kind == "note_amendment")
    pane.timeline.activated.emit(pane.timeline.currentIndex())
    assert opened == [("session", finalised.id)]


def test_edit_changes_the_client_and_the_header_follows(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane.show_client(_client(demo, "Chloé Girard"))

    def rename(dialog: ClientDialog) -> int:
        dialog.name.setText("Chloé Girard-Martin")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ClientDialog, "exec", rename)
    with qtbot.waitSignal(pane.changed) as signal:
        pane.edit_button.click()
    assert pane.name_label.text() == "Chloé Girard-Martin"
    assert pane.client_id in signal.args[0].ids


# ----- goals and action items ---------------------------------------------------------------------


def _goals(vault: Vault) -> dict[str, Goal]:
    with vault.session() as session:
        return {g.statement: g for g in session.exec(select(Goal)).all()}


def _items(vault: Vault) -> dict[str, ActionItem]:
    with vault.session() as session:
        return {i.description: i for i in session.exec(select(ActionItem)).all()}


def test_new_goal_and_action_item_from_the_tab(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane.show_client(_client(demo, "Mateus Gonçalves"))
    tab = pane.goals

    def add_goal(dialog: GoalDialog) -> int:
        dialog.statement.setText("Weekly one-to-ones with each site lead")
        dialog.progress.setValue(10)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(GoalDialog, "exec", add_goal)
    with qtbot.waitSignal(pane.changed):
        tab.new_goal_button.click()
    assert "Weekly one-to-ones with each site lead" in _texts(tab.goals)
    assert tab.goals.select_where(lambda g: g.statement.startswith("Weekly"))

    def add_item(dialog: ActionItemDialog) -> int:
        assert dialog.goal.currentText() == "Weekly one-to-ones with each site lead"  # the selected goal
        dialog.description.setText("Book the first round")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionItemDialog, "exec", add_item)
    tab.new_item_button.click()
    assert _texts(tab.items) == ["Book the first round"]
    item = _items(demo)["Book the first round"]
    assert item.goal_id == _goals(demo)["Weekly one-to-ones with each site lead"].id
    assert "0 of 1 done" in _texts(tab.goals, 4)


def test_enter_edits_and_mark_done_toggles(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane.show_client(_client(demo, "Zoë Ørsted"))
    pane.tabs.setCurrentIndex(3)
    tab = pane.goals
    assert not tab.done_button.isEnabled() and not tab.edit_button.isEnabled()
    tab.items.setFocus()
    tab.items.selectRow(0)
    assert tab.done_button.isEnabled() and tab.done_button.text() == "Mark done"
    with qtbot.waitSignal(pane.changed):
        tab.done_button.click()
    assert _items(demo)["Draft the hand-over note for weekly reporting"].done
    assert tab.items.selected() is not None and tab.items.selected().done  # still selected, now done
    assert tab.done_button.text() == "Mark not done"
    tab.done_button.click()
    assert not _items(demo)["Draft the hand-over note for weekly reporting"].done

    edited: list[str] = []

    def rename(dialog: ActionItemDialog) -> int:
        edited.append(dialog.description.text())
        dialog.description.setText("Draft and send the hand-over note")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionItemDialog, "exec", rename)
    qtbot.keyClick(tab.items, Qt.Key.Key_Return)
    assert edited == ["Draft the hand-over note for weekly reporting"]
    assert "Draft and send the hand-over note" in _items(demo)
    assert tab.goals.selected() is None  # one selection across both lists
    tab.goals.selectRow(0)
    assert tab.items.selected() is None and not tab.done_button.isEnabled()


def test_delete_asks_naming_the_goal_and_keeps_its_items(
    qtbot: QtBot, pane: ClientDetailPane, demo: Vault
) -> None:
    pane.show_client(_client(demo, "Zoë Ørsted"))
    pane.tabs.setCurrentIndex(3)
    tab = pane.goals
    asked: list[str] = []
    tab.confirm = lambda _title, question: asked.append(question) or False  # type: ignore[method-assign]
    assert tab.goals.select_where(lambda g: g.statement == "Hand weekly reporting to my two leads")
    tab.goals.setFocus()
    qtbot.keyClick(tab.goals, Qt.Key.Key_Delete)
    assert "Hand weekly reporting to my two leads" in asked[0] and "1 action item(s) stay" in asked[0]
    assert "Hand weekly reporting to my two leads" in _goals(demo)  # cancelled
    tab.confirm = lambda _title, _question: True  # type: ignore[method-assign]
    with qtbot.waitSignal(pane.changed):
        tab.delete_button.click()
    assert "Hand weekly reporting to my two leads" not in _goals(demo)
    assert _items(demo)["Draft the hand-over note for weekly reporting"].goal_id is None
    assert pane.goals.goals.model().rowCount() == 3
    assert _texts(tab.items, 4) == [""]  # the item stays, without a goal


# ----- the Clients area ---------------------------------------------------------------------------


@pytest.fixture
def view(qtbot: QtBot, demo: Vault) -> ClientsView:
    widget = ClientsView()
    qtbot.addWidget(widget)
    widget.resize(1100, 740)
    widget.attach(demo.session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_beside_the_record_the_dates_and_status_are_whole_and_nothing_scrolls_sideways(
    qtbot: QtBot, view: ClientsView
) -> None:
    """At the area's width in a 1280-pixel window, the organisation and the engagement give way."""
    table, header = view.table, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: view.column_widths.following)

    def whole(column: int) -> bool:
        return header.sectionSize(column) >= max(
            table.sizeHintForColumn(column), header.sectionSizeHint(column)
        )

    kept = (ClientColumn.NAME, ClientColumn.STATUS, ClientColumn.LAST_SESSION, ClientColumn.NEXT_SESSION)
    assert all(whole(column) for column in kept)
    assert not whole(ClientColumn.ORGANISATION)  # "Nordlicht Energie GmbH" is cut, its tooltip whole
    assert table.horizontalScrollBar().maximum() == 0
    # In a 1024-pixel window the list scrolls sideways rather than cut a date or a status.
    before = header.sectionSize(ClientColumn.ORGANISATION)
    view.resize(870, 640)
    qtbot.waitUntil(lambda: header.sectionSize(ClientColumn.ORGANISATION) < before)
    assert all(whole(column) for column in kept)


def test_list_and_record_side_by_side(view: ClientsView, demo: Vault) -> None:
    assert view.splitter.widget(0).isAncestorOf(view.table)
    assert view.splitter.widget(1) is view.detail
    assert view.detail.pages.currentIndex() == 0  # "Select a client to see their record"
    assert view.select_client(_client(demo, "Chloé Girard"))
    assert view.detail.name_label.text() == "Chloé Girard"
    view.table.clearSelection()
    assert view.detail.pages.currentIndex() == 0


def test_a_filter_that_hides_every_client_keeps_the_list_not_the_empty_state(
    view: ClientsView, demo: Vault
) -> None:
    """The list narrows itself; with no client matching, it is still the list that shows (empty,
    with the filter to change), not the "add your first client" page, even after a refresh."""
    view.filter_box.setText("no client is called this")
    assert view.proxy.rowCount() == 0
    view.refresh()
    assert view.pages.currentIndex() == 1
    assert not view.select_client(_client(demo, "Chloé Girard"))  # filtered out
    view.filter_box.setText("chloe")
    assert view.select_client(_client(demo, "Chloé Girard"))
    assert view.detail.name_label.text() == "Chloé Girard"


def test_a_change_refreshes_both_and_keeps_the_selection(
    qtbot: QtBot, view: ClientsView, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    chloe = _client(demo, "Chloé Girard")
    view.select_client(chloe)

    def rename(dialog: ClientDialog) -> int:
        dialog.name.setText("Chloé Aubert")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ClientDialog, "exec", rename)
    with qtbot.waitSignal(view.changed):
        view.detail.edit_button.click()
    assert "Chloé Aubert" in [r.name for r in view.model.rows()]
    assert view.selected_id() == chloe and view.detail.client_id == chloe
    with demo.session() as session:  # a change elsewhere in the app, then the refresh it triggers
        create_client(session, ClientDetails(name="Aaron Abel"))
    view.refresh()
    assert view.model.rowCount() == 13 and view.selected_id() == chloe
    assert view.detail.name_label.text() == "Chloé Aubert"


def test_a_new_client_is_selected_and_shown_even_if_filtered_out(
    view: ClientsView, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.filter_box.setText("zoe")

    def add(dialog: ClientDialog) -> int:
        dialog.name.setText("Aaron Abel")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ClientDialog, "exec", add)
    view.new_button.click()
    assert view.filter_box.text() == ""
    assert view.selected_id() == _client(demo, "Aaron Abel") == view.detail.client_id
    assert view.detail.name_label.text() == "Aaron Abel"


def test_the_record_follows_the_selection_through_filtering(
    qtbot: QtBot, view: ClientsView, demo: Vault
) -> None:
    chloe = _client(demo, "Chloé Girard")
    view.select_client(chloe)
    qtbot.keyClicks(view.filter_box, "zoe")  # Chloé is filtered out; the list selects what is left
    assert view.proxy.rowCount() == 1
    assert view.detail.client_id == chloe  # not while typing …
    qtbot.waitUntil(lambda: view.detail.client_id == view.selected_id() != chloe)  # … but once it pauses
    view.filter_box.setText("nobody by that name")
    assert view.selected_id() is None
    qtbot.waitUntil(lambda: view.detail.client_id is None and view.detail.pages.currentIndex() == 0)


def test_open_record_passes_through_the_view(qtbot: QtBot, view: ClientsView, demo: Vault) -> None:
    view.select_client(_client(demo, "Chloé Girard"))
    with qtbot.waitSignal(view.open_record) as signal:
        view.detail.sessions.opened.emit(view.detail.overview.sessions[0])  # type: ignore[union-attr]
    assert signal.args[0] == "session"


def test_clear_on_lock_clears_the_record_too(view: ClientsView, demo: Vault) -> None:
    view.select_client(_client(demo, "Zoë Ørsted"))
    view.clear()
    assert view.detail.client_id is None and view.detail.sessions.model().rowCount() == 0
    assert view.model.rowCount() == 0


def test_ui_state_keeps_splitter_and_columns_and_nothing_about_clients(
    qtbot: QtBot, view: ClientsView, demo: Vault, tmp_path: Path
) -> None:
    view.select_client(_client(demo, "Zoë Ørsted"))
    view.splitter.setSizes([500, 600])
    view.table.setColumnWidth(0, 233)
    view.table.horizontalHeader().moveSection(2, 0)
    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    view.save_ui_state(settings)
    settings.sync()
    assert settings.childGroups() == ["clients_view"]
    stored = path.read_bytes()
    assert b"Zo" not in stored and b"Nordlicht" not in stored

    other = ClientsView()
    qtbot.addWidget(other)
    other.resize(1100, 740)
    other.restore_ui_state(QSettings(str(path), QSettings.Format.IniFormat))
    other.attach(demo.session)
    other.show()
    qtbot.waitExposed(other)
    assert other.table.columnWidth(0) == 233  # kept, not fitted to the contents again
    assert other.table.horizontalHeader().logicalIndex(0) == 2
    assert other.splitter.sizes()[0] == pytest.approx(500, abs=40)
    other.restore_ui_state(QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat))  # nothing kept


def _focus_order(start: Any, count: int) -> list[Any]:
    """The next ``count`` widgets Tab reaches from ``start`` (focusable and shown)."""
    found, widget = [], start
    while len(found) < count:
        widget = widget.nextInFocusChain()
        takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        part_of_tab_bar = isinstance(widget.parentWidget(), QTabBar)  # its scroll arrows, when shown
        if takes_focus and widget.isVisible() and widget.isEnabled() and not part_of_tab_bar:
            found.append(widget)
    return found


def test_tab_moves_from_the_list_to_the_record_in_reading_order(view: ClientsView, demo: Vault) -> None:
    view.select_client(_client(demo, "Zoë Ørsted"))
    expected = [view.status_filter, view.table, view.new_button, view.delete_button, view.detail.edit_button]
    assert _focus_order(view.filter_box, 5) == expected
    view.detail.tabs.setCurrentIndex(3)
    goals = view.detail.goals
    after_edit = _focus_order(view.detail.edit_button, 5)
    assert after_edit[0] is view.detail.record_actions.button  # More…
    assert after_edit[1] is view.detail.tabs.tabBar()
    assert after_edit[2:] == [
        goals.new_goal_button,
        goals.new_item_button,
        goals.goals,
    ]  # Edit… waits for a row
