"""The session list over a ``SessionWindow`` (SQLite sorts and filters, rows read a page at a time)
shows, sorts, filters and selects exactly as over a list of the same rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coachdesk.domain import ConcernFlag, SessionFormat
from coachdesk.services import session_window as window_module
from coachdesk.services.demo import populate_demo
from coachdesk.services.session_list import session_rows
from coachdesk.services.session_rows import SessionRow
from coachdesk.services.session_window import SessionWindow, session_window
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.sessions.table import (
    SessionColumn,
    SessionFilterProxy,
    SessionTableModel,
    When,
    concerns_sort_key,
    format_sort_key,
    when_text,
)
from coachdesk.vault import Vault

NOW = datetime.now(UTC)


@pytest.fixture
def practice(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """The demo practice and a few sessions of every kind, read four rows to a page."""
    monkeypatch.setattr(window_module, "PAGE_ROWS", 4)
    with vault.session() as db:
        populate_demo(db, date.today())
        client_id = session_rows(db)[0].client_id
        for n, (fmt, group, flags) in enumerate(
            [
                (SessionFormat.IN_PERSON, 12, frozenset({ConcernFlag.LEGAL})),
                (SessionFormat.IN_PERSON, 3, frozenset({ConcernFlag.LEGAL, ConcernFlag.MEDICAL})),
                (SessionFormat.PHONE, 1, frozenset()),
            ]
        ):
            details = SessionDetails(
                client_id=client_id,
                starts_at=NOW - timedelta(days=n, hours=1),
                format=fmt,
                is_group=group > 1,
                group_size=group,
                concern_flags=flags,
            )
            create_session(db, details)
        db.commit()
    return vault


def _pair(vault: Vault) -> list[tuple[SessionTableModel, SessionFilterProxy]]:
    """The same sessions twice: as a list, and as a window over the vault."""
    with vault.session() as db:
        listed = session_rows(db)
        window = session_window(vault.session, format_key=format_sort_key, concerns_key=concerns_sort_key)
    pairs = []
    for rows in (listed, window):
        model = SessionTableModel()
        model.set_rows(rows)
        proxy = SessionFilterProxy()
        proxy.setSourceModel(model)
        pairs.append((model, proxy))
    return pairs


def _ids(proxy: SessionFilterProxy) -> list[object]:
    return [row.id for r in range(proxy.rowCount()) if (row := proxy.row_at(proxy.index(r, 0))) is not None]


def test_every_sort_and_filter_shows_what_a_list_shows(practice: Vault, qtbot: QtBot) -> None:
    (_, listed), (model, window) = _pair(practice)
    assert isinstance(model.rows_in_order(), SessionWindow)
    assert len(_ids(window)) > 8  # more than two pages
    filters: list[Callable[[SessionFilterProxy], None]] = [
        lambda p: None,
        lambda p: p.set_filter_text("zoe"),
        lambda p: p.set_filter_text("e"),  # most clients: the window names those left out instead
        lambda p: p.set_filter_text("a"),
        lambda p: p.set_filter_text(""),
        lambda p: p.set_when(When.PAST, NOW),
        lambda p: p.set_when(When.UPCOMING, NOW),
        lambda p: p.set_range(NOW - timedelta(days=30), NOW + timedelta(days=30)),
        lambda p: p.set_when(When.ALL, NOW),
    ]
    for change in filters:
        change(listed)
        change(window)
        for column in SessionColumn:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                listed.sort(column, order)
                window.sort(column, order)
                assert _ids(window) == _ids(listed), (column, order)


def test_a_client_filter_and_an_engagement_title(practice: Vault) -> None:
    (_, listed), (_, window) = _pair(practice)
    client_id = listed.row_at(listed.index(0, 0)).client_id  # type: ignore[union-attr]
    for proxy in (listed, window):
        proxy.set_client(client_id)
    assert _ids(window) == _ids(listed) and _ids(window)
    title = next(r.engagement_title for r in _rows(listed) if r.engagement_title)
    for proxy in (listed, window):
        proxy.set_client(None)
        proxy.set_filter_text(title.split()[0])
    assert _ids(window) == _ids(listed) and _ids(window)


def _rows(proxy: SessionFilterProxy) -> list[SessionRow]:
    return [row for r in range(proxy.rowCount()) if (row := proxy.row_at(proxy.index(r, 0))) is not None]


def test_the_selection_follows_its_session_through_sorts_and_filters(practice: Vault, qtbot: QtBot) -> None:
    (_, _listed), (model, window) = _pair(practice)
    window.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    chosen = _rows(window)[9]
    held = model.index(model.position_of(chosen.id), 0)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(held)
    assert model.row_of(kept) == chosen
    window.sort(SessionColumn.CLIENT, Qt.SortOrder.AscendingOrder)
    assert model.row_of(kept) == chosen
    window.set_filter_text(chosen.client_name[:3])
    assert model.row_of(kept) == chosen
    window.set_filter_text("no such name at all")
    assert not kept.isValid()
    assert model.position_of(chosen.id) == -1


def test_the_window_passes_the_model_tester(practice: Vault, qtbot: QtBot) -> None:
    (_, _listed), (_, window) = _pair(practice)
    tester = ModelTester(None)
    tester.check(window)
    window.set_filter_text("zoe")
    window.sort(SessionColumn.FORMAT, Qt.SortOrder.DescendingOrder)
    tester.check(window)


def test_only_the_pages_shown_are_read(practice: Vault) -> None:
    (_, _listed), (model, window) = _pair(practice)
    rows = model.rows_in_order()
    assert isinstance(rows, SessionWindow)
    window.row_at(window.index(5, 0))
    assert sorted(rows._pages) == [1]  # the page holding row 5, and nothing before or after it


def test_a_selected_session_is_looked_for_once_per_keystroke_not_once_per_column(
    practice: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A selected row holds an index in every column; each keystroke asks the database where that
    session now stands once, and every column's index follows it."""
    from PySide6.QtCore import QPersistentModelIndex

    (_, _listed), (model, window) = _pair(practice)
    chosen = _rows(window)[3]
    place = model.position_of(chosen.id)
    held = [QPersistentModelIndex(model.index(place, column)) for column in range(model.columnCount())]
    asked: list[str] = []
    real = SessionWindow.position_of_row

    def position_of_row(self: SessionWindow, row: SessionRow) -> int:
        asked.append(str(row.id))
        return real(self, row)

    monkeypatch.setattr(SessionWindow, "position_of_row", position_of_row)
    window.set_filter_text(chosen.client_name[:3])
    assert asked == [str(chosen.id)]
    assert {model.row_of(index) for index in held} == {chosen}
    assert sorted(index.column() for index in held) == list(range(model.columnCount()))


@pytest.mark.parametrize("walk", [0, 10**9], ids=["sorting-what-matches", "walking-the-start-index"])
def test_either_way_of_reading_a_filtered_page_shows_the_same_rows(
    practice: Vault, monkeypatch: pytest.MonkeyPatch, walk: int
) -> None:
    """A page of a filtered list is read either by sorting every match or by walking the start
    index in order until the page is full; which is cheaper depends on how many match, and both
    show the rows a list of every session shows, in both orders, on every page."""
    monkeypatch.setattr(window_module, "WALK_PER_SORTED_ROW", walk)
    (_, listed), (_, window) = _pair(practice)
    for text in ("zoe", "e", "a"):
        for when in (When.ALL, When.PAST, When.UPCOMING):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                for proxy in (listed, window):
                    proxy.set_filter_text(text)
                    proxy.set_when(when, NOW)
                    proxy.sort(SessionColumn.WHEN, order)
                assert _ids(window) == _ids(listed), (text, when, order)


def _statements(vault: Vault, call: Callable[[], object]) -> list[tuple[str, str]]:
    from tests.services.checks import query_plans

    with vault.session() as db:
        return query_plans(db, call)


def test_a_keystroke_counts_on_indexes_and_walks_the_start_index_for_a_page(
    practice: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting the sessions of the clients a few letters name seeks those clients' sessions in
    their indexes without reading a session; a page of many matches walks the start index in order
    rather than reading and sorting every match."""
    monkeypatch.setattr(window_module, "WALK_PER_SORTED_ROW", 10**9)
    (_, _listed), (model, window) = _pair(practice)
    window.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    rows = model.rows_in_order()
    assert isinstance(rows, SessionWindow)
    narrowed = rows.narrowed(None, None, None, "zoe")
    counted = _statements(practice, lambda: len(narrowed))
    count_plans = [plan for sql, plan in counted if "count(*)" in sql]
    assert count_plans and all("MULTI-INDEX OR" in plan for plan in count_plans), count_plans
    read = _statements(practice, lambda: narrowed[0])
    page_plans = [plan for sql, plan in read if "LIMIT" in sql]
    assert len(page_plans) == 1
    assert "USING INDEX ix_coaching_session_starts_at" in page_plans[0]
    assert "USE TEMP B-TREE FOR ORDER BY" not in page_plans[0]  # no sort of every match


def test_a_page_is_walked_for_when_many_match_and_sorted_when_few_do(
    practice: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the bench's practice of 20,000 sessions, a page of the 885 sessions "zo" names is found
    by walking the start index (about 700 entries passed), and one of a single client's 69 by
    sorting them; a client's own list always sorts its few sessions."""
    monkeypatch.setattr(window_module, "PAGE_ROWS", 32)
    (_, _listed), (model, window) = _pair(practice)
    window.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    rows = model.rows_in_order()
    assert isinstance(rows, SessionWindow)
    rows._lookups.sessions = 20_000
    many = rows.narrowed(None, None, None, "zo")
    many._count = 885
    few = rows.narrowed(None, None, None, "anna dubois")
    few._count = 69
    assert many._walks_in_order(0) and many._walks_in_order(10)
    assert not many._walks_in_order(30)  # deep in the list, sorting the matches costs less
    assert not few._walks_in_order(0)
    one_client = rows.narrowed(_rows(window)[0].client_id, None, None, "zo")
    one_client._count = 885
    assert not one_client._walks_in_order(0)
    assert not rows._walks_in_order(0)  # without text the start index serves the order anyway
    by_client = rows.sorted_by("client", False).narrowed(None, None, None, "zo")
    by_client._count = 885
    assert not by_client._walks_in_order(0)
    monkeypatch.setattr(window_module, "WALK_PER_SORTED_ROW", 0)
    sorted_page = rows.narrowed(None, None, None, "zoe")
    read = _statements(practice, lambda: sorted_page[0])
    page_plans = [plan for sql, plan in read if "LIMIT" in sql]
    assert page_plans and "ix_coaching_session_starts_at" not in page_plans[0]


def test_the_texts_shown_follow_the_rows_through_filters_and_sorts(practice: Vault) -> None:
    """Each row's texts are kept between paints; a filter or a sort shows the new rows' texts."""
    (_, _listed), (_model, window) = _pair(practice)
    locale = QLocale()
    for change in (
        lambda: window.set_filter_text("zoe"),
        lambda: window.set_filter_text(""),
        lambda: window.sort(SessionColumn.CLIENT, Qt.SortOrder.DescendingOrder),
        lambda: window.set_when(When.UPCOMING, NOW),
    ):
        shown = [window.index(n, SessionColumn.WHEN).data() for n in range(window.rowCount())]
        change()
        now_shown = [window.index(n, SessionColumn.WHEN).data() for n in range(window.rowCount())]
        assert now_shown == [when_text(row, locale) for row in _rows(window)]
        assert now_shown != shown
