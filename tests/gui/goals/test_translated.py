"""Goals and action items reach the coach through Qt's translation: both dialogs and the three-way
balance (goals' own statements are the coach's words and stay as written)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.goals.balance_panel import GoalBalancePanel
from coachdesk.ui.goals.goal_dialog import GoalDialog
from coachdesk.vault import Vault
from tests.gui.goals.test_balance import _practice
from tests.gui.pseudo_translation import bracketing, untranslated


def _kit_words(texts: set[str]) -> set[str]:
    """The form's own names for its error lines (the shared kit's, translated with it)."""
    return {text for text in texts if text == "Problem" or text.endswith(" problem")}


def test_the_goal_dialogs_and_the_balance_show_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    client, goal = _practice(vault)
    with bracketing():
        goal_dialog = GoalDialog(vault.session, client, goal)
        item_dialog = ActionItemDialog(vault.session, client)
        panel = GoalBalancePanel()
        for widget in (goal_dialog, item_dialog, panel):
            qtbot.addWidget(widget)
        panel.show_client(vault.session, client)
        data = {
            "Lead",
            "Cut attrition",
            "Find my voice",
            "Delegate more",
            "• Find my voice<br/>• Delegate more",
        }
        for widget in (goal_dialog, item_dialog, panel):
            left = untranslated(widget) - data
            assert left - _kit_words(left) == set()
