"""The client record's tables: their shared model and proxy; engagements, sessions, goals, action items."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum, IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coachdesk.domain import (
    EngagementStatus,
    GoalStatus,
    SessionStatus,
)
from coachdesk.services.client_overview import (
    ActionItemLine,
    EngagementLine,
    GoalLine,
    SessionLine,
)
from coachdesk.services.folding import fold
from coachdesk.ui.clients.detail_words import CountedWords, word
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.row_table import (
    OBJECT_ROLE,
    SORT_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    SortValue,
    local_date_text,
    local_datetime_text,
    timestamp,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


def day_sort(value: date | None) -> SortValue:
    return None if value is None else value.toordinal()


def date_column(header: str, get: Callable[[Any], date | None]) -> Column[Any]:
    return Column(header, lambda r, loc: local_date_text(get(r), loc), lambda r: day_sort(get(r)))


def text_column(header: str, get: Callable[[Any], str]) -> Column[Any]:
    return Column(header, lambda r, _l: get(r), lambda r: fold(get(r)) or None)


def word_column(
    header: str, get: Callable[[Any], Enum | None], ordered: type[Enum] | None = None
) -> Column[Any]:
    """Words for an enum; sorted in the enum's own order (the order things move through) when given."""
    order = {member: n for n, member in enumerate(ordered)} if ordered is not None else None

    def sort(r: Any) -> SortValue:
        value = get(r)
        if value is None:
            return None
        return order.get(value, len(order)) if order is not None else fold(word(value))

    return Column(header, lambda r, _l: word(get(r)), sort)


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        OBJECT_ROLE,
    }
)


class DetailTableModel(RowTableModel[Row], Generic[Row]):
    """A row model; rows for which ``upcoming(row)`` holds (still ahead) are shown quietly, in italics."""

    def __init__(
        self,
        columns: type[IntEnum],
        specs: Mapping[IntEnum, Column[Row]],
        upcoming: Callable[[Row], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, specs, parent)
        self._upcoming = upcoming
        self._now = datetime.now(UTC)
        self._order: tuple[int, Qt.SortOrder, Callable[[Row], Any]] = (-1, Qt.SortOrder.AscendingOrder, id)

    def set_rows(self, rows: Any) -> None:
        self._now = datetime.now(UTC)
        super().set_rows(self._in_order(list(rows), *self._order))

    def sort_rows(self, column: int, order: Qt.SortOrder, ties: Callable[[Row], Any]) -> None:
        """Put the rows in ``column``'s order (missing values last either way), keeping selections."""
        self._order = (column, order, ties)
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows = self._in_order(before, column, order, ties)
        moved = {id(row): n for n, row in enumerate(self._rows)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(moved[id(before[i.row()])], i.column()) for i in kept]
        )
        self.layoutChanged.emit()

    def _in_order(
        self, rows: list[Row], column: int, order: Qt.SortOrder, ties: Callable[[Row], Any]
    ) -> list[Row]:
        if column < 0 or column >= len(self._specs):
            return rows
        value = self._specs[column].sort
        keyed = [(value(row), ties(row), n) for n, row in enumerate(rows)]
        present = sorted(
            (k for k in keyed if k[0] is not None),
            key=lambda k: k[:2],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        missing = sorted((k for k in keyed if k[0] is None), key=lambda k: k[1])
        return [rows[k[2]] for k in (*present, *missing)]

    def is_upcoming(self, row: Row) -> bool:
        return self._upcoming is not None and self._upcoming(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None  # a view asks for many roles per cell; answer the rest without work
        if self._upcoming is not None and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_of(index)
            if row is None or not self._upcoming(row):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
                )
            font = QApplication.font()
            font.setItalic(True)
            return font
        return super().data(index, role)

    @property
    def now(self) -> datetime:
        """When the rows were set: what lies after is upcoming."""
        return self._now


class DetailProxy(RowFilterProxy[Row], Generic[Row]):
    """Shows one of the pane's tables, sorted by any column (ties by ``tie_key``)."""

    def __init__(
        self, row_type: type[Row], tie_key: Callable[[Row], tuple[Any, ...]], parent: QObject | None = None
    ) -> None:
        super().__init__(row_type, lambda _r: (), tie_key, parent)
        self._ties = tie_key

    # The pane's tables are not filtered, and the model sorts itself (with each row's sort value
    # worked out once): a client with hundreds of sessions opens without thousands of calls from
    # the proxy's comparisons back into the model. The proxy keeps the model's order.

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, DetailTableModel):
            model.sort_rows(column, order, self._ties)
        else:
            super().sort(column, order)


def by_id(row: Any) -> tuple[Any, ...]:
    return (str(row.id),)


# ----- engagements --------------------------------------------------------------------------------


class EngagementColumn(IntEnum):
    TITLE = 0
    STATUS = 1
    START = 2
    END = 3
    SESSIONS = 4
    PARTIES = 5


def sessions_text(row: EngagementLine, locale: QLocale) -> str:
    done = locale.toString(row.sessions_done)
    return (
        done
        if row.sessions_planned is None
        else QCoreApplication.translate("DetailTableModel", "{done} of {planned}").format(
            done=done, planned=locale.toString(row.sessions_planned)
        )
    )


def parties_text(row: EngagementLine) -> str:
    return (
        QCoreApplication.translate("DetailTableModel", "Three-way, with {sponsor}").format(
            sponsor=row.sponsor
        )
        if row.three_way
        else QCoreApplication.translate("DetailTableModel", "Two-party")
    )


ENGAGEMENT_COLUMNS: dict[IntEnum, Column[EngagementLine]] = {
    EngagementColumn.TITLE: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Engagement"), lambda r: r.title
    ),
    EngagementColumn.PARTIES: text_column(QT_TRANSLATE_NOOP("DetailTableModel", "Parties"), parties_text),
    EngagementColumn.STATUS: word_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Status"), lambda r: r.status, EngagementStatus
    ),
    EngagementColumn.START: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Start"), lambda r: r.start_date
    ),
    EngagementColumn.END: date_column(QT_TRANSLATE_NOOP("DetailTableModel", "End"), lambda r: r.end_date),
    EngagementColumn.SESSIONS: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Sessions"),
        sessions_text,
        lambda r: r.sessions_done,
        align_right=True,
    ),
}


class EngagementTableModel(DetailTableModel[EngagementLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(EngagementColumn, ENGAGEMENT_COLUMNS, parent=parent)


# ----- sessions -----------------------------------------------------------------------------------


class ClientSessionColumn(IntEnum):
    START = 0
    DURATION = 1
    FORMAT = 2
    STATUS = 3
    NOTES = 4
    CONCERNS = 5
    ENGAGEMENT = 6


def notes_text(row: SessionLine) -> str:
    if row.finalised:
        if row.amendments:
            return CountedWords().amendments(row.amendments)
        return QCoreApplication.translate("DetailTableModel", "Finalised")
    return (
        QCoreApplication.translate("DetailTableModel", "Open")
        if row.status is not SessionStatus.SCHEDULED
        else ""
    )


def concerns_text(row: SessionLine) -> str:
    return ", ".join(sorted(word(flag) for flag in row.concern_flags))


SESSION_COLUMNS: dict[IntEnum, Column[SessionLine]] = {
    ClientSessionColumn.START: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Start"),
        lambda r, loc: local_datetime_text(r.starts_at, loc),
        lambda r: timestamp(r.starts_at),
    ),
    ClientSessionColumn.DURATION: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Length"),
        lambda r, loc: QCoreApplication.translate("DetailTableModel", "{minutes} min").format(
            minutes=loc.toString(r.duration_minutes)
        ),
        lambda r: r.duration_minutes,
        align_right=True,
    ),
    ClientSessionColumn.FORMAT: word_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Format"), lambda r: r.format
    ),
    ClientSessionColumn.STATUS: word_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Status"), lambda r: r.status, SessionStatus
    ),
    ClientSessionColumn.NOTES: text_column(QT_TRANSLATE_NOOP("DetailTableModel", "Notes"), notes_text),
    ClientSessionColumn.CONCERNS: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Concerns"), concerns_text
    ),
    ClientSessionColumn.ENGAGEMENT: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Engagement"), lambda r: r.engagement
    ),
}


class ClientSessionTableModel(DetailTableModel[SessionLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            ClientSessionColumn, SESSION_COLUMNS, lambda r: r.starts_at > self.now, parent=parent
        )


# ----- goals and action items ---------------------------------------------------------------------


class GoalColumn(IntEnum):
    STATEMENT = 0
    ORIGIN = 1
    STATUS = 2
    PROGRESS = 3
    ACTIONS = 4


def actions_text(row: GoalLine, locale: QLocale) -> str:
    if not row.action_items:
        return ""
    done = sum(item.done for item in row.action_items)
    return QCoreApplication.translate("DetailTableModel", "{done} of {count} done").format(
        done=locale.toString(done), count=locale.toString(len(row.action_items))
    )


GOAL_COLUMNS: dict[IntEnum, Column[GoalLine]] = {
    GoalColumn.STATEMENT: text_column(QT_TRANSLATE_NOOP("DetailTableModel", "Goal"), lambda r: r.statement),
    GoalColumn.ORIGIN: word_column(QT_TRANSLATE_NOOP("DetailTableModel", "Whose goal"), lambda r: r.origin),
    GoalColumn.STATUS: word_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Status"), lambda r: r.status, GoalStatus
    ),
    GoalColumn.PROGRESS: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Progress"),
        lambda r, loc: f"{loc.toString(r.progress)} %",
        lambda r: r.progress,
        align_right=True,
    ),
    GoalColumn.ACTIONS: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Actions"), actions_text, lambda r: len(r.action_items) or None
    ),
}


class GoalTableModel(DetailTableModel[GoalLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(GoalColumn, GOAL_COLUMNS, parent=parent)


class ClientActionItemColumn(IntEnum):
    DESCRIPTION = 0
    OWNER = 1
    DUE = 2
    DONE = 3
    GOAL = 4


ACTION_ITEM_COLUMNS: dict[IntEnum, Column[ActionItemLine]] = {
    ClientActionItemColumn.DONE: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Done"),
        lambda r, loc: local_date_text(r.done_at.date(), loc) if r.done_at else "",
        lambda r: int(r.done),
    ),
    ClientActionItemColumn.DESCRIPTION: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Action"), lambda r: r.description
    ),
    ClientActionItemColumn.OWNER: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Who"),
        lambda r, _l: (
            QCoreApplication.translate("DetailTableModel", "Client")
            if r.owner.value == "client"
            else QCoreApplication.translate("DetailTableModel", "You (coach)")
        ),
        lambda r: r.owner.value,
    ),
    ClientActionItemColumn.DUE: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Due"), lambda r: r.due_date
    ),
    ClientActionItemColumn.GOAL: text_column(QT_TRANSLATE_NOOP("DetailTableModel", "Goal"), lambda r: r.goal),
}


class ClientActionItemTableModel(DetailTableModel[ActionItemLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ClientActionItemColumn, ACTION_ITEM_COLUMNS, parent=parent)
