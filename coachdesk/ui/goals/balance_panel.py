"""The client's and the organisation's goals side by side for each three-way engagement, with a
warning where an organisation's goal has no agreement from the client on record."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.goal_balance import EngagementBalance, SideGoal, client_balances

if TYPE_CHECKING:
    pass

WARNING = str(QT_TRANSLATE_NOOP("GoalBalancePanel", "No agreement from the client recorded"))


def _column(goals: tuple[SideGoal, ...], empty: str) -> str:
    if not goals:
        return f"<i>{escape(empty)}</i>"
    lines = []
    for goal in goals:
        text = escape(goal.statement)
        if goal.origin.value == "shared":
            shared = QCoreApplication.translate("GoalBalancePanel", "(shared)")
            text += f" <span style='color: palette(mid)'>{escape(shared)}</span>"
        if goal.needs_agreement:
            warning = QCoreApplication.translate("GoalBalancePanel", WARNING)
            text += f"<br/><span style='color: #b3261e'>⚠ {escape(warning)}</span>"
        lines.append(f"• {text}")
    return "<br/>".join(lines)


class GoalBalancePanel(QFrame):
    """Empty (and hidden) for a client without a three-way engagement under way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Goals of the client and of the organisation"))
        self._layout = QVBoxLayout(self)
        self.balances: list[EngagementBalance] = []
        self.setVisible(False)

    def show_client(self, open_db: DbFactory | None, client_id: uuid.UUID | None) -> None:
        self.balances = []
        if open_db is not None and client_id is not None:
            with open_db() as db:
                self.balances = client_balances(db, client_id)
        self._rebuild()

    def clear(self) -> None:
        self.balances = []
        self._rebuild()

    def warnings(self) -> int:
        return sum(len(b.balance.unagreed) for b in self.balances)

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for balance in self.balances:
            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            title = QLabel(
                self.tr("<b>{engagement}</b> — three-way with {sponsor}").format(
                    engagement=escape(balance.title), sponsor=escape(balance.sponsor)
                )
            )
            grid.addWidget(title, 0, 0, 1, 2)
            for column, (heading, goals, empty) in enumerate(
                (
                    (self.tr("The client's goals"), balance.balance.client, self.tr("None recorded yet")),
                    (
                        self.tr("{sponsor}'s goals").format(sponsor=balance.sponsor),
                        balance.balance.organisation,
                        self.tr("None recorded yet"),
                    ),
                )
            ):
                head = QLabel(f"<b>{escape(heading)}</b>")
                body = QLabel(_column(goals, empty))
                body.setWordWrap(True)
                body.setTextFormat(Qt.TextFormat.RichText)
                body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                body.setAccessibleName(heading)
                grid.addWidget(head, 1, column)
                grid.addWidget(body, 2, column)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            self._layout.addWidget(box)
        self.setVisible(bool(self.balances))
