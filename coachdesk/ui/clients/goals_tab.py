"""The Goals and action items tab: the client's goals and what was agreed, with add, edit, delete, done."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from coachdesk.services.client_overview import ActionItemLine, GoalLine
from coachdesk.services.db import DbFactory
from coachdesk.ui.clients.detail_models import (
    ClientActionItemColumn,
    ClientActionItemTableModel,
    DetailProxy,
    GoalTableModel,
    by_id,
)
from coachdesk.ui.clients.detail_widgets import RecordTable, TableSection
from coachdesk.ui.goals.balance_panel import GoalBalancePanel
from coachdesk.ui.kit.button_bar import WrappingButtonBar
from coachdesk.ui.kit.questions import ask

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


def _item_order(row: ActionItemLine) -> tuple[Any, ...]:
    return (row.done, row.due_date is None, row.due_date or 0, row.description.casefold(), str(row.id))


class GoalsTab(QWidget):
    """Goals above, action items below; the buttons act on the selected row of either list."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self.client_id: uuid.UUID | None = None
        # Replaceable in tests: shows the question, returns True to delete.
        self.confirm: Callable[[str, str], bool] = self._ask

        self.goals = RecordTable(
            GoalTableModel(self), DetailProxy(GoalLine, by_id, self), self.tr("Goals"), -1
        )
        self.items = RecordTable(
            ClientActionItemTableModel(self),
            DetailProxy(ActionItemLine, _item_order, self),
            self.tr("Action items"),
            ClientActionItemColumn.DONE,
        )
        self.goals.opened.connect(lambda row: self.edit_goal(row.id))
        self.items.opened.connect(lambda row: self.edit_action_item(row.id))
        self.goals.delete_requested.connect(self.delete_goal)
        self.items.delete_requested.connect(self.delete_action_item)

        self.new_goal_button = QPushButton(self.tr("New goal…"))
        self.new_goal_button.clicked.connect(lambda: self.edit_goal(None))
        self.new_item_button = QPushButton(self.tr("New action item…"))
        self.new_item_button.clicked.connect(lambda: self.edit_action_item(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected goal or action item (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected goal or action item (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark the selected action item done, or not done again"))
        self.done_button.clicked.connect(self.toggle_done)
        # Wraps rather than cuts its buttons when their texts are long (German, French).
        self.button_bar = WrappingButtonBar(
            (self.new_goal_button, self.new_item_button),
            (self.edit_button, self.delete_button, self.done_button),
        )

        self.goal_section = TableSection(
            self.goals, self.tr("No goals yet. Add the first with “New goal…”."), self.tr("Goals")
        )
        self.item_section = TableSection(
            self.items,
            self.tr("No action items yet. Add one with “New action item…”."),
            self.tr("Action items"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(self.button_bar)
        self.balance = GoalBalancePanel()
        layout.addWidget(self.balance)
        layout.addWidget(self.goal_section, 1)
        layout.addWidget(self.item_section, 1)
        layout.addStretch(0)
        order = [self.new_goal_button, self.new_item_button, self.edit_button, self.delete_button]
        for before, after in pairwise([*order, self.done_button, self.goals, self.items]):
            QWidget.setTabOrder(before, after)
        # One selection across both lists, so the buttons act on exactly one record.
        self.goals.selectionModel().selectionChanged.connect(lambda *_: self._selected_in(self.goals))
        self.items.selectionModel().selectionChanged.connect(lambda *_: self._selected_in(self.items))
        self._follow_selection()

    # ----- showing -------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory | None) -> None:
        self._open_db = open_db

    def show_rows(self, client_id: uuid.UUID | None, goals: Any, items: Any) -> None:
        if client_id != self.client_id:
            self.goals.clearSelection()
            self.items.clearSelection()
        self.client_id = client_id
        self.goals.set_rows(goals)
        self.items.set_rows(items)
        self.balance.show_client(self._open_db, client_id)
        self._follow_selection()

    def clear(self) -> None:
        self.client_id = None
        self.goals.clear_rows()
        self.items.clear_rows()
        self.balance.clear()
        self._follow_selection()

    def _selected_in(self, table: RecordTable[Any]) -> None:
        other = self.items if table is self.goals else self.goals
        if table.selectionModel().hasSelection() and other.selectionModel().hasSelection():
            other.clearSelection()
        self._follow_selection()

    def _follow_selection(self) -> None:
        item = self.items.selected()
        chosen = item is not None or self.goals.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.done_button.setEnabled(item is not None)
        self.done_button.setText(
            self.tr("Mark not done") if item is not None and item.done else self.tr("Mark done")
        )
        can_add = self.client_id is not None
        self.new_goal_button.setEnabled(can_add)
        self.new_item_button.setEnabled(can_add)

    # ----- changing ------------------------------------------------------------------------------------

    def edit_goal(self, goal_id: uuid.UUID | None) -> Changes | None:
        from coachdesk.ui.goals.goal_dialog import GoalDialog

        if self._open_db is None or self.client_id is None:
            return None
        dialog = GoalDialog(self._open_db, self.client_id, goal_id, self)
        return self._run(dialog)

    def edit_action_item(self, action_item_id: uuid.UUID | None) -> Changes | None:
        from coachdesk.ui.goals.action_item_dialog import ActionItemDialog

        if self._open_db is None or self.client_id is None:
            return None
        goal = self.goals.selected()
        dialog = ActionItemDialog(
            self._open_db, self.client_id, action_item_id, self, goal_id=goal.id if goal else None
        )
        return self._run(dialog)

    def _run(self, dialog: Any) -> Changes | None:
        if not dialog.exec() or dialog.changes is None:
            return None
        self.changed.emit(dialog.changes)
        return dialog.changes  # type: ignore[no-any-return]

    def edit_selected(self) -> Changes | None:
        item, goal = self.items.selected(), self.goals.selected()
        if item is not None:
            return self.edit_action_item(item.id)
        if goal is not None:
            return self.edit_goal(goal.id)
        return None

    def delete_selected(self) -> Changes | None:
        item, goal = self.items.selected(), self.goals.selected()
        if item is not None:
            return self.delete_action_item(item)
        if goal is not None:
            return self.delete_goal(goal)
        return None

    def delete_goal(self, goal: GoalLine) -> Changes | None:
        from coachdesk.services.goals import delete_goal

        count = len(goal.action_items)
        question = self.tr("Delete the goal “{goal}”?").format(goal=goal.statement)
        if count:
            stays = self.tr("Its %n action item(s) stay, without a goal.", "", count)
            question = f"{question}\n\n{stays}"
        return self._delete(self.tr("Delete this goal?"), question, lambda db: delete_goal(db, goal.id))

    def delete_action_item(self, item: ActionItemLine) -> Changes | None:
        from coachdesk.services.goals import delete_action_item

        question = self.tr("Delete the action item “{item}”?").format(item=item.description)
        return self._delete(
            self.tr("Delete this action item?"), question, lambda db: delete_action_item(db, item.id)
        )

    def _delete(self, title: str, question: str, delete: Callable[[Db], Changes]) -> Changes | None:
        if self._open_db is None or not self.confirm(
            title, question + "\n\n" + self.tr("This cannot be undone.")
        ):
            return None
        return self._write(delete)

    def toggle_done(self) -> Changes | None:
        from coachdesk.services.goals import complete_action_item

        item = self.items.selected()
        if item is None:
            return None
        return self._write(lambda db: complete_action_item(db, item.id, not item.done))

    def _write(self, call: Callable[[Db], Changes]) -> Changes | None:
        from coachdesk.services.errors import ValidationError

        if self._open_db is None:
            return None
        try:
            with self._open_db() as db:
                changes = call(db)
        except ValidationError as error:  # deleted meanwhile, for instance
            QMessageBox.information(self, self.tr("Nothing changed"), error.message)
            return None
        self.changed.emit(changes)
        return changes

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, self.tr("Delete"))
