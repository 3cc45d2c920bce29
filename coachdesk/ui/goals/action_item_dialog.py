"""Add or edit an action item: what is to be done, by whom, by when, towards which goal."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coachdesk.domain import ActionOwner, GoalStatus
from coachdesk.services.changes import Changes
from coachdesk.services.client_overview import client_action_items, client_goals
from coachdesk.services.db import DbFactory
from coachdesk.services.goals import ActionItemDetails, create_action_item, update_action_item
from coachdesk.ui.kit.form import from_qdate, index_of, to_qdate
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.row_table import local_datetime_text

if TYPE_CHECKING:
    from coachdesk.services.db import Db

OWNER_WORDS = {
    ActionOwner.CLIENT: str(QT_TRANSLATE_NOOP("ActionItemDialog", "The client")),
    ActionOwner.COACH: str(QT_TRANSLATE_NOOP("ActionItemDialog", "You (the coach)")),
}


class ActionItemDialog(RecordDialog):
    """The action item form. After OK succeeds, ``changes`` holds what the service changed.

    ``goal_id`` preselects a goal for a new item. Whether the item is done changes elsewhere
    ("Mark done"); the session it was agreed in is kept as it is.
    """

    def __init__(
        self,
        open_db: DbFactory,
        client_id: uuid.UUID,
        action_item_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        goal_id: uuid.UUID | None = None,
        session_id: uuid.UUID | None = None,
    ) -> None:
        new = action_item_id is None
        super().__init__(
            open_db,
            action_item_id,
            parent,
            title=QCoreApplication.translate("ActionItemDialog", "New action item")
            if new
            else QCoreApplication.translate("ActionItemDialog", "Edit action item"),
            ok_text=QCoreApplication.translate("ActionItemDialog", "Add action item")
            if new
            else QCoreApplication.translate("ActionItemDialog", "Save"),
        )
        self.client_id = client_id
        self.action_item_id = action_item_id
        self.session_id: uuid.UUID | None = session_id  # a new item agreed in this session

        self.description = QLineEdit(
            placeholderText=self.tr("What is to be done, e.g. Draft the hand-over note")
        )
        self.owner = QComboBox()
        for owner, text in OWNER_WORDS.items():
            self.owner.addItem(QCoreApplication.translate("ActionItemDialog", text), owner)
        self.has_due_date = QCheckBox(self.tr("Due by"))
        self.has_due_date.setAccessibleName(self.tr("Has a due date"))
        self.due_date = QDateEdit(QDate.currentDate().addDays(7))
        self.due_date.setCalendarPopup(True)
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.due_date.setEnabled(False)
        self.has_due_date.toggled.connect(self.due_date.setEnabled)
        self.goal = QComboBox()
        self.agreed_in = QLabel()

        self.form.add("description", self.tr("Action"), self.description)
        self.form.add("owner", self.tr("Who does it"), self.owner)
        due = QWidget()
        due.setAccessibleName(self.tr("Due date"))
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due_date)
        row.addWidget(self.due_date)
        row.addStretch(1)
        self.form.add("due_date", self.tr("Due"), due, focus=self.due_date)
        self.form.add("goal_id", self.tr("Towards goal"), self.goal)
        self.form.add("session_id", self.tr("Agreed in"), self.agreed_in)
        self._load(goal_id)
        self.description.setFocus()

    def _load(self, goal_id: uuid.UUID | None) -> None:
        with self._open_db() as db:
            goals = client_goals(db, self.client_id, items=())
            items = client_action_items(db, self.client_id) if self.action_item_id is not None else []
        self.goal.addItem(self.tr("None"), None)
        for goal in goals:
            if goal.status is GoalStatus.ACTIVE or goal.id == goal_id:
                self.goal.addItem(goal.statement, goal.id)
        self.agreed_in.setText(
            self.tr("This session") if self.session_id is not None else self.tr("Not linked to a session")
        )
        if self.action_item_id is None:
            self.goal.setCurrentIndex(index_of(self.goal, goal_id))
            return
        item = next((i for i in items if i.id == self.action_item_id), None)
        if item is None:
            self.form.show_message(self.tr("That action item no longer exists."))
            return
        if item.goal_id is not None and index_of(self.goal, item.goal_id) == 0:
            self.goal.addItem(item.goal, item.goal_id)  # a goal achieved or dropped since
        self.description.setText(item.description)
        self.owner.setCurrentIndex(index_of(self.owner, item.owner))
        self.has_due_date.setChecked(item.due_date is not None)
        if item.due_date is not None:
            self.due_date.setDate(to_qdate(item.due_date))
        self.goal.setCurrentIndex(index_of(self.goal, item.goal_id))
        self.session_id = item.session_id
        if item.session_starts_at is not None:
            self.agreed_in.setText(
                self.tr("The session of {when}").format(when=local_datetime_text(item.session_starts_at))
            )

    def details(self) -> ActionItemDetails:
        due: date | None = from_qdate(self.due_date.date()) if self.has_due_date.isChecked() else None
        return ActionItemDetails(
            client_id=self.client_id,
            description=self.description.text(),
            owner=self.owner.currentData(),
            due_date=due,
            session_id=self.session_id,
            goal_id=self.goal.currentData(),
        )

    def save(self, db: Db) -> Changes:
        if self.action_item_id is None:
            return create_action_item(db, self.details())
        return update_action_item(db, self.action_item_id, self.details())
