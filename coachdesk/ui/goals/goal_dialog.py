"""Add or edit one of a client's goals: what, whose, under which engagement, how far along."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coachdesk.domain import EngagementStatus, GoalOrigin, GoalStatus
from coachdesk.services.changes import Changes
from coachdesk.services.client_overview import client_engagements, client_goals
from coachdesk.services.db import DbFactory
from coachdesk.services.goals import GoalDetails, create_goal, get_goal, update_goal
from coachdesk.ui.kit.form import OptionalDate, index_of
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.db import Db

ORIGIN_WORDS = {
    GoalOrigin.CLIENT: str(QT_TRANSLATE_NOOP("GoalDialog", "The client's own goal")),
    GoalOrigin.ORGANISATION: str(QT_TRANSLATE_NOOP("GoalDialog", "The organisation's goal")),
    GoalOrigin.SHARED: str(QT_TRANSLATE_NOOP("GoalDialog", "Shared by client and organisation")),
}
GOAL_STATUS_WORDS = {
    GoalStatus.ACTIVE: str(QT_TRANSLATE_NOOP("GoalDialog", "Active")),
    GoalStatus.ACHIEVED: str(QT_TRANSLATE_NOOP("GoalDialog", "Achieved")),
    GoalStatus.DROPPED: str(QT_TRANSLATE_NOOP("GoalDialog", "Dropped")),
}


class GoalDialog(RecordDialog):
    """The goal form. After OK succeeds, ``changes`` holds what the service changed."""

    def __init__(
        self,
        open_db: DbFactory,
        client_id: uuid.UUID,
        goal_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = goal_id is None
        super().__init__(
            open_db,
            goal_id,
            parent,
            title=QCoreApplication.translate("GoalDialog", "New goal")
            if new
            else QCoreApplication.translate("GoalDialog", "Edit goal"),
            ok_text=QCoreApplication.translate("GoalDialog", "Add goal")
            if new
            else QCoreApplication.translate("GoalDialog", "Save"),
        )
        self.client_id = client_id
        self.goal_id = goal_id

        self.statement = QLineEdit(placeholderText=self.tr("What the client works towards, in their words"))
        self.engagement = QComboBox()
        self.origin = QComboBox()
        for origin, text in ORIGIN_WORDS.items():
            self.origin.addItem(QCoreApplication.translate("GoalDialog", text), origin)
        self.measure_of_success = QPlainTextEdit(
            placeholderText=self.tr("How you will both know it is reached")
        )
        self.measure_of_success.setTabChangesFocus(True)
        self.measure_of_success.setMinimumHeight(70)
        self.status = QComboBox()
        for status, text in GOAL_STATUS_WORDS.items():
            self.status.addItem(QCoreApplication.translate("GoalDialog", text), status)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix(" %")
        self.client_agreed = OptionalDate(self.tr("The client agreed on"), self.tr("Client's agreement"))
        self.client_agreed.setToolTip(
            self.tr(
                "An organisation's goal: record when the client said they share it. Without it, the goal "
                "is flagged in the three-way view and left out of sponsor reports."
            )
        )
        # What a three-way engagement's sponsor may read about progress: never the coach's assessment.
        self.sponsor_progress = QLineEdit(
            placeholderText=self.tr("In the client's words, as they agreed the sponsor may read it")
        )
        self.sponsor_progress.setToolTip(
            self.tr(
                "Printed in sponsor reports as this goal's progress. Without it, the percentage is "
                "printed only if the client agreed, else nothing."
            )
        )
        self.sponsor_sees_percent = QCheckBox(self.tr("The client agreed the sponsor may see the percentage"))
        self._three_way: set[uuid.UUID] = set()

        for name, label, widget in [
            ("statement", self.tr("Goal"), self.statement),
            ("engagement_id", self.tr("Engagement"), self.engagement),
            ("origin", self.tr("Whose goal"), self.origin),
            ("measure_of_success", self.tr("Measure of success"), self.measure_of_success),
            ("status", self.tr("Status"), self.status),
            ("progress", self.tr("Progress"), self.progress),
            ("client_agreed_on", self.tr("Client's agreement"), self.client_agreed),
            ("sponsor_progress", self.tr("Progress for the sponsor"), self.sponsor_progress),
            ("sponsor_sees_percent", "", self.sponsor_sees_percent),
        ]:
            self.form.add(name, label, widget)
        # A row without a label is named after its field; the box's own words name it better.
        self.sponsor_sees_percent.setAccessibleName(self.sponsor_sees_percent.text())
        self.origin.currentIndexChanged.connect(lambda _i: self._follow_origin())
        self.engagement.currentIndexChanged.connect(lambda _i: self._follow_origin())
        self._load()
        self._follow_origin()
        self.statement.setFocus()

    def _load(self) -> None:
        with self._open_db() as db:
            engagements = client_engagements(db, self.client_id)
            goals = client_goals(db, self.client_id, items=()) if self.goal_id is not None else []
        self._three_way = {e.id for e in engagements if e.three_way}
        self.engagement.addItem(self.tr("None"), None)
        for engagement in engagements:
            self.engagement.addItem(engagement.title, engagement.id)
        if self.goal_id is None:
            # A new goal usually belongs to the engagement under way.
            active = [e for e in engagements if e.status is EngagementStatus.ACTIVE]
            if active:
                self.engagement.setCurrentIndex(index_of(self.engagement, active[0].id))
            return
        goal = next((g for g in goals if g.id == self.goal_id), None)
        if goal is None:
            self.form.show_message(self.tr("That goal no longer exists."))
            return
        self.statement.setText(goal.statement)
        self.engagement.setCurrentIndex(index_of(self.engagement, goal.engagement_id))
        self.origin.setCurrentIndex(index_of(self.origin, goal.origin))
        self.measure_of_success.setPlainText(goal.measure_of_success)
        self.status.setCurrentIndex(index_of(self.status, goal.status))
        self.progress.setValue(goal.progress)
        with self._open_db() as db:
            stored = get_goal(db, self.goal_id)
        self.client_agreed.set_value(stored.client_agreed_on)
        self.sponsor_progress.setText(stored.sponsor_progress)
        self.sponsor_sees_percent.setChecked(stored.sponsor_sees_percent)

    def details(self) -> GoalDetails:
        return GoalDetails(
            client_id=self.client_id,
            statement=self.statement.text(),
            engagement_id=self.engagement.currentData(),
            origin=self.origin.currentData(),
            measure_of_success=self.measure_of_success.toPlainText(),
            status=self.status.currentData(),
            progress=self.progress.value(),
            client_agreed_on=self.client_agreed.value(),
            sponsor_progress=self.sponsor_progress.text(),
            sponsor_sees_percent=self.sponsor_sees_percent.isChecked(),
        )

    def _follow_origin(self) -> None:
        """The client's agreement is asked for an organisation's goal only; what the sponsor may read
        about progress, for a goal of a three-way engagement only."""
        self.form.layout_.setRowVisible(
            self.client_agreed, self.origin.currentData() == GoalOrigin.ORGANISATION
        )
        three_way = self.engagement.currentData() in self._three_way
        for row in (self.sponsor_progress, self.sponsor_sees_percent):
            self.form.layout_.setRowVisible(row, three_way)

    def save(self, db: Db) -> Changes:
        if self.goal_id is None:
            return create_goal(db, self.details())
        return update_goal(db, self.goal_id, self.details())
