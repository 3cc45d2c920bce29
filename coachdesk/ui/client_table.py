"""The client list: a table model over ``ClientRow``s and a proxy that filters by text and status."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from coachdesk.domain import ClientStatus
from coachdesk.services.clients import ClientRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ClientColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    STATUS = 2
    LAST_SESSION = 3
    NEXT_SESSION = 4
    ACTIVE_ENGAGEMENT = 5


HEADERS: dict[ClientColumn, str] = {
    ClientColumn.NAME: "Name",
    ClientColumn.ORGANISATION: "Organisation",
    ClientColumn.STATUS: "Status",
    ClientColumn.LAST_SESSION: "Last session",
    ClientColumn.NEXT_SESSION: "Next session",
    ClientColumn.ACTIVE_ENGAGEMENT: "Active engagement",
}

STATUS_WORDS: dict[ClientStatus, str] = {
    ClientStatus.PROSPECT: "Prospect",
    ClientStatus.ACTIVE: "Active",
    ClientStatus.PAUSED: "Paused",
    ClientStatus.COMPLETED: "Completed",
    ClientStatus.DECLINED: "Declined",
    ClientStatus.REFERRED_OUT: "Referred out",
}
# Statuses sort in the order a client moves through them, not alphabetically.
_STATUS_ORDER = {status: i for i, status in enumerate(ClientStatus)}


def status_word(status: ClientStatus | str) -> str:
    return STATUS_WORDS.get(ClientStatus(status), str(status))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Text for matching and sorting: case- and accent-insensitive ("Zoë" → "zoe")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def local_datetime_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """An aware (UTC) datetime as the user's short local date and time; '' for none."""
    if value is None:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(int(_aware(value).timestamp() * 1000)).toLocalTime()
    return (locale or QLocale()).toString(moment, QLocale.FormatType.ShortFormat)


class ClientTableModel(QAbstractTableModel):
    """One row per client; refresh with ``set_rows(client_rows(session))``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientRow] = []
        self._locale = QLocale()

    # ----- contents ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ClientRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._locale = QLocale()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every client (on lock)."""
        self.set_rows([])

    def rows(self) -> list[ClientRow]:
        return list(self._rows)

    def row_of(self, index: _Index) -> ClientRow | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    # ----- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ClientColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(ClientColumn)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return HEADERS[ClientColumn(section)]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or not 0 <= index.column() < len(ClientColumn):
            return None
        column = ClientColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == OBJECT_ROLE:
            return row
        return None

    def _text(self, row: ClientRow, column: ClientColumn) -> str:
        match column:
            case ClientColumn.NAME:
                return row.name
            case ClientColumn.ORGANISATION:
                return row.organisation
            case ClientColumn.STATUS:
                return status_word(row.status)
            case ClientColumn.LAST_SESSION:
                return local_datetime_text(row.last_session, self._locale)
            case ClientColumn.NEXT_SESSION:
                return local_datetime_text(row.next_session, self._locale)
            case ClientColumn.ACTIVE_ENGAGEMENT:
                return row.active_engagement

    @staticmethod
    def _sort_value(row: ClientRow, column: ClientColumn) -> str | float | int | None:
        """A plain comparable value; None (no date, no text) sorts last in either direction."""
        match column:
            case ClientColumn.NAME:
                return fold(row.name)
            case ClientColumn.ORGANISATION:
                return fold(row.organisation) or None
            case ClientColumn.STATUS:
                return _STATUS_ORDER.get(ClientStatus(row.status), len(_STATUS_ORDER))
            case ClientColumn.LAST_SESSION:
                return None if row.last_session is None else _aware(row.last_session).timestamp()
            case ClientColumn.NEXT_SESSION:
                return None if row.next_session is None else _aware(row.next_session).timestamp()
            case ClientColumn.ACTIVE_ENGAGEMENT:
                return fold(row.active_engagement) or None


class ClientFilterProxy(QSortFilterProxyModel):
    """Narrows the clients by free text (name, organisation, engagement) and by status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._needle = ""
        self._status: ClientStatus | None = None

    @property
    def filter_text(self) -> str:
        return self._needle

    @property
    def status(self) -> ClientStatus | None:
        return self._status

    def set_filter_text(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: ClientStatus | str | None) -> None:
        """Only clients with this status; None for all."""
        wanted = None if status is None else ClientStatus(status)
        if wanted != self._status:
            self.beginFilterChange()
            self._status = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_at(self, index: _Index) -> ClientRow | None:
        value = index.data(OBJECT_ROLE) if index.isValid() else None
        return value if isinstance(value, ClientRow) else None

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(row, ClientRow):
            return True
        if self._status is not None and row.status != self._status:
            return False
        if not self._needle:
            return True
        return any(self._needle in fold(text) for text in (row.name, row.organisation, row.active_engagement))

    def lessThan(self, source_left: _Index, source_right: _Index) -> bool:
        left, right = source_left.data(SORT_ROLE), source_right.data(SORT_ROLE)
        if left != right:
            if left is None or right is None:
                # Missing values go last whichever way the column is sorted.
                descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
                return (left is None) == descending
            return bool(left < right)
        # Ties: by name, so the order is stable and predictable.
        left_row, right_row = source_left.data(OBJECT_ROLE), source_right.data(OBJECT_ROLE)
        if isinstance(left_row, ClientRow) and isinstance(right_row, ClientRow):
            return (fold(left_row.name), str(left_row.id)) < (fold(right_row.name), str(right_row.id))
        return False
