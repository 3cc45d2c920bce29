"""The session list over ``SessionRows`` (rows made as they are read) shows, filters, sorts and
selects exactly as over a list of the same rows, and makes only the rows it shows."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coachdesk.services.session_rows import Record, SessionRow, SessionRows, stored_instant
from coachdesk.ui.sessions.table import SessionColumn, SessionFilterProxy, SessionTableModel, When
from tests.gui.sessions.test_view import ADAM, NOW, ROWS, ZOE


def _record(row: SessionRow) -> Record:
    return (
        row.id.hex,
        row.client_id.hex,
        row.engagement_id.hex if row.engagement_id else None,
        stored_instant(row.starts_at),
        row.duration_minutes,
        row.format.value,
        row.status.value,
        int(row.is_group),
        row.group_size,
        int(row.paid),
        int(row.finalised),
        ",".join(sorted(flag.value for flag in row.concern_flags)),
        int(row.has_notes),
    )


def _lazy(rows: list[SessionRow]) -> SessionRows:
    clients = {r.client_id.hex: (r.client_id, r.client_name, r.client_zone) for r in rows}
    titles = {r.engagement_id.hex: (r.engagement_id, r.engagement_title) for r in rows if r.engagement_id}
    in_order = sorted(rows, key=lambda r: (r.starts_at, r.id.int))
    return SessionRows([_record(r) for r in in_order], clients, titles)


def _proxies() -> list[tuple[SessionTableModel, SessionFilterProxy]]:
    """The same rows twice: as a list, and as SessionRows."""
    pairs = []
    for rows in (list(ROWS), _lazy(ROWS)):
        model = SessionTableModel()
        model.set_rows(rows)
        proxy = SessionFilterProxy()
        proxy.setSourceModel(model)
        pairs.append((model, proxy))
    return pairs


def _shown(proxy: SessionFilterProxy) -> list[SessionRow]:
    return [row for r in range(proxy.rowCount()) if (row := proxy.row_at(proxy.index(r, 0))) is not None]


def test_rows_read_back_as_the_service_would_make_them() -> None:
    lazy = _lazy(ROWS)
    assert list(lazy) == sorted(ROWS, key=lambda r: (r.starts_at, r.id.int))
    assert lazy[0] is lazy[0]  # made once
    assert list(lazy.reversed()) == list(lazy)[::-1]
    assert lazy[1:3] == list(lazy)[1:3]


def test_filters_show_what_they_show_over_a_list(qtbot: QtBot) -> None:
    (_, listed), (_, lazy) = _proxies()
    changes = [
        lambda p: p.set_filter_text("zoe"),
        lambda p: p.set_filter_text("CAREER"),  # an engagement's title
        lambda p: p.set_filter_text(""),
        lambda p: p.set_when(When.PAST, NOW),
        lambda p: p.set_when(When.UPCOMING, NOW),
        lambda p: p.set_client(ADAM),
        lambda p: p.set_client(None),
        lambda p: p.set_range(NOW - timedelta(days=8), NOW + timedelta(days=4)),
        lambda p: p.set_when(When.ALL, NOW),
    ]
    for change in changes:
        change(listed)
        change(lazy)
        assert _shown(lazy) == _shown(listed)
    assert [r.starts_at for r in _shown(lazy)] == sorted(r.starts_at for r in _shown(lazy))
    assert len(_shown(lazy)) == 3  # the range: days -7, -2 and 3


@pytest.mark.parametrize("column", list(SessionColumn))
def test_sorting_over_rows_made_as_read(qtbot: QtBot, column: SessionColumn) -> None:
    (_, listed), (_, lazy) = _proxies()
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        listed.sort(column, order)
        lazy.sort(column, order)
        assert _shown(lazy) == _shown(listed)


def test_model_tester_and_the_selection_follow_its_row(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    [_, (model, proxy)] = _proxies()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.selectRow(2)
    chosen = proxy.row_at(view.selectionModel().selectedRows()[0])
    assert chosen is not None
    proxy.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    assert proxy.row_at(view.selectionModel().selectedRows()[0]) == chosen
    proxy.set_filter_text(chosen.client_name[:3])
    assert proxy.row_at(view.selectionModel().selectedRows()[0]) == chosen
    proxy.set_client(ZOE if chosen.client_id != ZOE else ADAM)  # the chosen row is filtered out
    assert not view.selectionModel().hasSelection()
    qtmodeltester.check(proxy)
    model.clear()
    qtmodeltester.check(proxy)


def test_only_the_rows_read_are_made(qtbot: QtBot) -> None:
    many = [
        SessionRow(**{**ROWS[0].__dict__, "id": uuid.uuid4(), "starts_at": NOW + timedelta(hours=n)})
        for n in range(500)
    ]
    rows = _lazy(many)
    model = SessionTableModel()
    model.set_rows(rows)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_when(When.UPCOMING, NOW)
    proxy.set_filter_text("zoe")
    proxy.sort(SessionColumn.WHEN, Qt.SortOrder.DescendingOrder)
    proxy.index(0, 0).data()
    assert len(rows.positions_made()) == 1
    assert model.position_of(many[0].id) == proxy.rowCount() - 1
