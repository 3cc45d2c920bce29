"""Three-way engagements show the client's and the organisation's goals side by side, with a warning
for an organisation's goal the client has not agreed to; the goal dialog records that agreement."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coachdesk.domain import Goal, GoalOrigin
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.ui.goals.balance_panel import WARNING, GoalBalancePanel
from coachdesk.ui.goals.goal_dialog import GoalDialog
from coachdesk.ui.kit.form import index_of
from coachdesk.vault import Vault


def _practice(vault: Vault) -> tuple[uuid.UUID, uuid.UUID]:
    with vault.session() as s:
        acme = create_organisation(s, OrganisationDetails(name="Acme Ltd")).created
        client = create_client(s, ClientDetails(name="Zoë Ørsted")).created
        assert client is not None
        engagement = create_engagement(
            s, EngagementDetails(client_id=client, title="Lead", sponsor_id=acme)
        ).created
        assert engagement is not None
        create_goal(s, GoalDetails(client, "Find my voice", engagement, GoalOrigin.CLIENT))
        create_goal(s, GoalDetails(client, "Delegate more", engagement, GoalOrigin.SHARED))
        goal = create_goal(
            s, GoalDetails(client, "Cut attrition", engagement, GoalOrigin.ORGANISATION)
        ).created
        assert goal is not None
    return client, goal


def test_two_columns_with_a_warning_for_the_unagreed_goal(qtbot: QtBot, vault: Vault) -> None:
    client, _goal = _practice(vault)
    panel = GoalBalancePanel()
    qtbot.addWidget(panel)
    panel.show_client(vault.session, client)
    assert not panel.isHidden() and panel.warnings() == 1
    [balance] = panel.balances
    assert [g.statement for g in balance.balance.client] == ["Find my voice", "Delegate more"]
    assert [g.statement for g in balance.balance.organisation] == ["Delegate more", "Cut attrition"]
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert shown.count(WARNING) == 1 and "Acme Ltd's goals" in shown
    panel.clear()
    assert panel.isHidden()


def test_recording_the_clients_agreement_clears_the_warning(qtbot: QtBot, vault: Vault) -> None:
    client, goal = _practice(vault)
    dialog = GoalDialog(vault.session, client, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client_agreed.isVisibleTo(dialog)
    dialog.client_agreed.check.setChecked(True)
    dialog.client_agreed.edit.setDate(QDate(2026, 10, 1))
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        stored = s.get(Goal, goal)
        assert stored is not None and stored.client_agreed_on == date(2026, 10, 1)
    panel = GoalBalancePanel()
    qtbot.addWidget(panel)
    panel.show_client(vault.session, client)
    assert panel.warnings() == 0
    other = GoalDialog(vault.session, client, None)
    qtbot.addWidget(other)
    other.show()
    other.origin.setCurrentIndex(index_of(other.origin, GoalOrigin.CLIENT))
    assert not other.client_agreed.isVisibleTo(other)
