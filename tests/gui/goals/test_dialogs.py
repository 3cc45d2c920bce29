"""The goal and action item editors: they save through the services and show refusals next to the field."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import ActionItem, ActionOwner, Goal, GoalOrigin, GoalStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import (
    EngagementDetails,
    create_engagement,
    delete_engagement,
    set_engagement_status,
)
from coachdesk.services.goals import (
    ActionItemDetails,
    GoalDetails,
    create_action_item,
    create_goal,
    delete_goal,
)
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.goals.goal_dialog import GoalDialog
from coachdesk.ui.kit.form import index_of, to_qdate
from coachdesk.vault import Vault


def _id(created: uuid.UUID | None) -> uuid.UUID:
    assert created is not None
    return created


@pytest.fixture
def client(vault: Vault) -> uuid.UUID:
    with vault.session() as session:
        return _id(create_client(session, ClientDetails(name="Zoë Ørsted")).created)


def _engagement(vault: Vault, client: uuid.UUID, title: str, active: bool = False) -> uuid.UUID:
    with vault.session() as session:
        made = _id(create_engagement(session, EngagementDetails(client_id=client, title=title)).created)
        if active:
            for status in ("sent", "signed", "active"):
                set_engagement_status(session, made, status, date(2026, 3, 2))
    return made


def _goals(vault: Vault) -> list[Goal]:
    with vault.session() as session:
        return list(session.exec(select(Goal)).all())


def _items(vault: Vault) -> list[ActionItem]:
    with vault.session() as session:
        return list(session.exec(select(ActionItem)).all())


def _show(qtbot: QtBot, dialog: GoalDialog | ActionItemDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def _ok(dialog: GoalDialog | ActionItemDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# ----- goals --------------------------------------------------------------------------------------


def test_a_new_goal_under_the_engagement_under_way(qtbot: QtBot, vault: Vault, client: uuid.UUID) -> None:
    _engagement(vault, client, "Earlier draft")
    current = _engagement(vault, client, "First 100 days", active=True)
    dialog = GoalDialog(vault.session, client)
    _show(qtbot, dialog)
    assert dialog.windowTitle() == "New goal"
    assert dialog.engagement.currentData() == current  # the active engagement, preselected
    assert dialog.engagement.itemText(0) == "None"
    qtbot.keyClicks(dialog.statement, "Hand weekly reporting to my two leads")
    dialog.origin.setCurrentIndex(index_of(dialog.origin, GoalOrigin.SHARED))
    qtbot.keyClicks(dialog.measure_of_success, "A month without writing one")
    dialog.progress.setValue(35)
    _ok(dialog)
    assert not dialog.isVisible() and dialog.changes is not None
    [goal] = _goals(vault)
    assert goal.id == dialog.changes.created
    assert (goal.statement, goal.origin, goal.progress) == (
        "Hand weekly reporting to my two leads",
        GoalOrigin.SHARED,
        35,
    )
    assert goal.engagement_id == current and goal.measure_of_success == "A month without writing one"


def test_a_goal_without_a_statement_is_refused_next_to_it(
    qtbot: QtBot, vault: Vault, client: uuid.UUID
) -> None:
    dialog = GoalDialog(vault.session, client)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.measure_of_success, "Words I must not lose")
    dialog.statement.setText("   ")
    _ok(dialog)
    assert dialog.isVisible() and dialog.changes is None
    assert "The goal is required." in dialog.error_text("statement")
    assert dialog.error_text("measure_of_success") == ""
    assert dialog.measure_of_success.toPlainText() == "Words I must not lose"
    assert _goals(vault) == []
    dialog.statement.setText("Speak first in board meetings")
    _ok(dialog)
    assert not dialog.isVisible() and [g.statement for g in _goals(vault)] == [
        "Speak first in board meetings"
    ]


def test_an_engagement_deleted_meanwhile_is_named_next_to_its_field(
    qtbot: QtBot, vault: Vault, client: uuid.UUID
) -> None:
    engagement = _engagement(vault, client, "Programme", active=False)
    dialog = GoalDialog(vault.session, client)
    _show(qtbot, dialog)
    dialog.statement.setText("Delegate")
    dialog.engagement.setCurrentIndex(index_of(dialog.engagement, engagement))
    with vault.session() as session:
        delete_engagement(session, engagement)
    _ok(dialog)
    assert dialog.isVisible()
    assert "no longer exists" in dialog.error_text("engagement_id")
    assert _goals(vault) == []


def test_progress_stays_within_a_hundred_percent(qtbot: QtBot, vault: Vault, client: uuid.UUID) -> None:
    dialog = GoalDialog(vault.session, client)
    _show(qtbot, dialog)
    dialog.progress.selectAll()
    qtbot.keyClicks(dialog.progress, "250")
    assert dialog.progress.value() <= 100


def test_editing_a_goal_loads_and_saves_it(qtbot: QtBot, vault: Vault, client: uuid.UUID) -> None:
    engagement = _engagement(vault, client, "Programme")
    with vault.session() as session:
        details = GoalDetails(
            client_id=client, statement="Leave by 18:30", engagement_id=engagement,
            origin=GoalOrigin.ORGANISATION, measure_of_success="Four days a week", progress=25,
        )  # fmt: skip
        goal = _id(create_goal(session, details).created)
    dialog = GoalDialog(vault.session, client, goal)
    _show(qtbot, dialog)
    assert dialog.windowTitle() == "Edit goal"
    assert dialog.statement.text() == "Leave by 18:30"
    assert dialog.engagement.currentData() == engagement
    assert dialog.origin.currentData() == GoalOrigin.ORGANISATION
    assert dialog.measure_of_success.toPlainText() == "Four days a week"
    assert dialog.progress.value() == 25
    dialog.status.setCurrentIndex(index_of(dialog.status, GoalStatus.ACHIEVED))
    dialog.progress.setValue(100)
    _ok(dialog)
    [saved] = _goals(vault)
    assert (saved.status, saved.progress, saved.statement) == (GoalStatus.ACHIEVED, 100, "Leave by 18:30")
    assert dialog.changes is not None and goal in dialog.changes.ids


def test_what_the_sponsor_may_read_is_asked_for_a_three_way_goal_only(
    qtbot: QtBot, vault: Vault, client: uuid.UUID
) -> None:
    two_party = _engagement(vault, client, "Career")
    with vault.session() as session:
        acme = _id(create_organisation(session, OrganisationDetails(name="Acme Ltd")).created)
        details = EngagementDetails(client_id=client, title="Team lead", sponsor_id=acme)
        three_way = _id(create_engagement(session, details).created)
    dialog = GoalDialog(vault.session, client)
    _show(qtbot, dialog)
    rows = dialog.form.layout_
    dialog.engagement.setCurrentIndex(index_of(dialog.engagement, two_party))
    assert not rows.isRowVisible(dialog.sponsor_progress) and not rows.isRowVisible(
        dialog.sponsor_sees_percent
    )
    dialog.engagement.setCurrentIndex(index_of(dialog.engagement, three_way))
    assert rows.isRowVisible(dialog.sponsor_progress) and rows.isRowVisible(dialog.sponsor_sees_percent)
    qtbot.keyClicks(dialog.statement, "Run the weekly review")
    qtbot.keyClicks(dialog.sponsor_progress, "Two reviews run on my own")
    dialog.sponsor_sees_percent.setChecked(True)
    _ok(dialog)
    [saved] = _goals(vault)
    assert (saved.sponsor_progress, saved.sponsor_sees_percent) == ("Two reviews run on my own", True)
    edit = GoalDialog(vault.session, client, saved.id)
    _show(qtbot, edit)
    assert (
        edit.sponsor_progress.text() == "Two reviews run on my own" and edit.sponsor_sees_percent.isChecked()
    )


def test_a_goal_deleted_meanwhile_says_so(qtbot: QtBot, vault: Vault, client: uuid.UUID) -> None:
    with vault.session() as session:
        goal = _id(create_goal(session, GoalDetails(client_id=client, statement="Gone soon")).created)
    dialog = GoalDialog(vault.session, client, goal)
    _show(qtbot, dialog)
    with vault.session() as session:
        delete_goal(session, goal)
    _ok(dialog)
    assert dialog.isVisible() and dialog.changes is None
    assert "no longer exists" in dialog.form.message() + dialog.error_text("goal_id")


# ----- action items -------------------------------------------------------------------------------


def test_a_new_action_item_with_a_due_date_towards_a_goal(
    qtbot: QtBot, vault: Vault, client: uuid.UUID
) -> None:
    with vault.session() as session:
        goal = _id(create_goal(session, GoalDetails(client_id=client, statement="Delegate")).created)
        create_goal(session, GoalDetails(client_id=client, statement="Old one", status="dropped"))
    dialog = ActionItemDialog(vault.session, client, goal_id=goal)
    _show(qtbot, dialog)
    assert dialog.goal.currentData() == goal
    assert [dialog.goal.itemText(i) for i in range(dialog.goal.count())] == ["None", "Delegate"]
    qtbot.keyClicks(dialog.description, "Draft the hand-over note")
    dialog.owner.setCurrentIndex(index_of(dialog.owner, ActionOwner.COACH))
    dialog.has_due_date.setChecked(True)
    dialog.due_date.setDate(to_qdate(date(2026, 3, 9)))
    _ok(dialog)
    [item] = _items(vault)
    assert (item.description, item.owner, item.due_date, item.goal_id) == (
        "Draft the hand-over note",
        ActionOwner.COACH,
        date(2026, 3, 9),
        goal,
    )
    assert not item.done


def test_without_a_due_date_or_goal(qtbot: QtBot, vault: Vault, client: uuid.UUID) -> None:
    dialog = ActionItemDialog(vault.session, client)
    _show(qtbot, dialog)
    assert not dialog.due_date.isEnabled() and dialog.goal.currentData() is None
    dialog.description.setText("Read the book we talked about")
    _ok(dialog)
    [item] = _items(vault)
    assert item.due_date is None and item.goal_id is None and item.owner == ActionOwner.CLIENT


def test_an_action_item_without_a_description_is_refused_next_to_it(
    qtbot: QtBot, vault: Vault, client: uuid.UUID
) -> None:
    dialog = ActionItemDialog(vault.session, client)
    _show(qtbot, dialog)
    dialog.has_due_date.setChecked(True)
    _ok(dialog)
    assert dialog.isVisible() and dialog.changes is None
    assert "The action is required." in dialog.error_text("description")
    assert dialog.has_due_date.isChecked()
    assert _items(vault) == []


def test_a_goal_deleted_meanwhile_is_named_next_to_the_goal(
    qtbot: QtBot, vault: Vault, client: uuid.UUID
) -> None:
    with vault.session() as session:
        goal = _id(create_goal(session, GoalDetails(client_id=client, statement="Delegate")).created)
    dialog = ActionItemDialog(vault.session, client, goal_id=goal)
    _show(qtbot, dialog)
    dialog.description.setText("Draft the note")
    with vault.session() as session:
        delete_goal(session, goal)
    _ok(dialog)
    assert dialog.isVisible()
    assert "no longer exists" in dialog.error_text("goal_id")
    assert dialog.description.text() == "Draft the note"
    assert _items(vault) == []


def test_editing_keeps_the_session_it_was_agreed_in(qtbot: QtBot, vault: Vault, client: uuid.UUID) -> None:
    with vault.session() as session:
        meeting = _id(
            create_session(
                session, SessionDetails(client_id=client, starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC))
            ).created
        )
        details = ActionItemDetails(
            client_id=client, description="Call the CFO", session_id=meeting, due_date=date(2026, 3, 5)
        )
        item = _id(create_action_item(session, details).created)
    dialog = ActionItemDialog(vault.session, client, item)
    _show(qtbot, dialog)
    assert dialog.windowTitle() == "Edit action item"
    assert dialog.description.text() == "Call the CFO"
    assert dialog.has_due_date.isChecked() and dialog.due_date.date() == to_qdate(date(2026, 3, 5))
    assert dialog.agreed_in.text().startswith("The session of")
    dialog.has_due_date.setChecked(False)
    dialog.description.setText("Call the CFO about the board")
    _ok(dialog)
    [saved] = _items(vault)
    assert saved.session_id == meeting and saved.due_date is None
    assert saved.description == "Call the CFO about the board"
