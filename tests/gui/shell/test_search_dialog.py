"""Global search: search as you type, move with Up/Down, open with Enter or a double-click, Esc, clear()."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.goals import ActionItemDetails, GoalDetails, create_action_item, create_goal
from coachdesk.services.search import MARK_END, MARK_START
from coachdesk.services.sessions import SessionDetails, amend_notes, create_session, finalise_notes
from coachdesk.ui.shell.search_dialog import HINT, SearchDialog, SearchResultsModel
from coachdesk.vault import Vault


@dataclass(frozen=True)
class Records:
    zoe: uuid.UUID
    dima: uuid.UUID
    session: uuid.UUID
    goal: uuid.UUID
    action: uuid.UUID


def _created(changes: object) -> uuid.UUID:
    record_id = getattr(changes, "created", None)
    assert isinstance(record_id, uuid.UUID)
    return record_id


@pytest.fixture
def records(vault: Vault) -> Records:
    with vault.session() as s:
        zoe = _created(create_client(s, ClientDetails(name="Zoë Ørsted", role="Head of Operations")))
        dima = _created(create_client(s, ClientDetails(name="Дмитрий Иванов")))
        session = _created(
            create_session(
                s,
                SessionDetails(
                    client_id=zoe,
                    starts_at=datetime(2026, 3, 10, 9, tzinfo=UTC),
                    private_notes="Rehearsed the quarterly review with the operations team.",
                ),
            )
        )
        finalise_notes(s, session)
        amend_notes(s, session, "Later: the harbour depot asked for the same rehearsal.")
        goal = _created(create_goal(s, GoalDetails(zoe, "Chair the harbour steering group with confidence")))
        action = _created(create_action_item(s, ActionItemDetails(dima, "Write down three harbour options")))
    return Records(zoe, dima, session, goal, action)


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, records: Records) -> SearchDialog:
    widget = SearchDialog(vault.session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _hits(dialog: SearchDialog) -> list[tuple[str, uuid.UUID]]:
    model = dialog.model
    return [
        (hit.kind, hit.record_id) for row in range(model.rowCount()) if (hit := model.hit(model.index(row)))
    ]


def test_results_come_once_typing_pauses(qtbot: QtBot, dialog: SearchDialog, records: Records) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    assert dialog.model.rowCount() == 0  # not on every keystroke: after a short pause
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    hits = dict((kind, record_id) for kind, record_id in _hits(dialog))
    assert sorted(hits) == ["action_item", "amendment", "goal"]
    assert (hits["goal"], hits["action_item"]) == (records.goal, records.action)
    assert dialog.pages.currentWidget() is dialog.results
    assert dialog.results.currentIndex().row() == 0
    assert dialog.status.text().startswith("3 results")


def test_down_then_enter_opens_that_result_and_closes(
    qtbot: QtBot, dialog: SearchDialog, records: Records
) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    QTest.keyClick(dialog.query_box, Qt.Key.Key_Down)
    QTest.keyClick(dialog.query_box, Qt.Key.Key_Down)
    QTest.keyClick(dialog.query_box, Qt.Key.Key_Up)
    assert dialog.results.currentIndex().row() == 1
    second = dialog.model.hit(dialog.model.index(1))
    assert second is not None
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.query_box, Qt.Key.Key_Return)
    expected_kind = "session" if second.kind == "amendment" else second.kind
    expected_id = records.session if second.kind == "amendment" else second.record_id
    assert opened.args == [expected_kind, expected_id, second.client_id]
    assert not dialog.isVisible()


def test_up_and_down_stop_at_the_ends(qtbot: QtBot, dialog: SearchDialog) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    QTest.keyClick(dialog.query_box, Qt.Key.Key_Up)
    assert dialog.results.currentIndex().row() == 0
    for _ in range(5):
        QTest.keyClick(dialog.query_box, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == 2
    assert dialog.query_box.hasFocus()  # the coach keeps typing while moving


def test_enter_before_the_pause_searches_and_opens_the_best_result(
    qtbot: QtBot, dialog: SearchDialog, records: Records
) -> None:
    QTest.keyClicks(dialog.query_box, "Ørsted")
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.query_box, Qt.Key.Key_Enter)
    assert opened.args == ["client", records.zoe, records.zoe]


def test_an_amendment_opens_its_session(qtbot: QtBot, dialog: SearchDialog, records: Records) -> None:
    QTest.keyClicks(dialog.query_box, "depot")
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.query_box, Qt.Key.Key_Return)
    assert opened.args == ["session", records.session, records.zoe]


def test_a_double_click_opens_a_result(qtbot: QtBot, dialog: SearchDialog, records: Records) -> None:
    QTest.keyClicks(dialog.query_box, "three harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    where = dialog.results.visualRect(dialog.model.index(0)).center()
    QTest.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert dialog.isVisible()  # a single click only selects
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["action_item", records.action, records.dima]


def test_no_results_are_said_plainly(qtbot: QtBot, dialog: SearchDialog) -> None:
    QTest.keyClicks(dialog.query_box, "xylophone")
    qtbot.waitUntil(lambda: dialog.message.text().startswith("No results for “xylophone”."))
    assert dialog.pages.currentWidget() is dialog.message
    with qtbot.assertNotEmitted(dialog.open_record):
        QTest.keyClick(dialog.query_box, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_escape_closes_without_opening(qtbot: QtBot, dialog: SearchDialog) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    with qtbot.assertNotEmitted(dialog.open_record):
        QTest.keyClick(dialog.query_box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_clear_forgets_the_query_and_the_results(qtbot: QtBot, dialog: SearchDialog) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    dialog.clear()
    assert dialog.query_box.text() == ""
    assert dialog.model.rowCount() == 0
    assert dialog.message.text() == HINT
    assert not dialog.isVisible()
    assert not dialog._timer.isActive()  # no search is pending that could bring results back
    assert dialog.model.rowCount() == 0


def test_results_read_as_plain_text_without_markers(qtbot: QtBot, dialog: SearchDialog) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    texts = [dialog.model.index(row).data() for row in range(3)]
    assert any(text.startswith("Goal: Chair the harbour steering group") for text in texts)
    assert any(
        text.startswith("Action item: Write down three harbour options, Дмитрий Иванов.") for text in texts
    )
    assert not any(MARK_START in text or MARK_END in text for text in texts)
    assert not dialog.grab().isNull()  # the highlighted results draw


def test_results_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, dialog: SearchDialog
) -> None:
    QTest.keyClicks(dialog.query_box, "harbour")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    qtmodeltester.check(dialog.model)
    empty = SearchResultsModel()
    qtmodeltester.check(empty)
