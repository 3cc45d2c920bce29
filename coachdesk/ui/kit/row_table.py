"""Tables of service rows: one model and one filter proxy that every list in the app builds on.

A table is described by its columns (an ``IntEnum``) and a ``Column`` spec for each: the
header, the text shown and a plain comparable sort value. The model hands out the row object
under ``OBJECT_ROLE`` and the sort value under ``SORT_ROLE``; the proxy filters by folded
free text (accent- and case-insensitive) and by an optional predicate, and sorts missing
values last in either direction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from coachdesk.services.folding import fold

# Columns are fitted to the text of this many rows, not of every row (thousands take seconds):
# fifty give the widths a hundred did within a few pixels, at half the cost when an area first shows.
FIT_SAMPLE_ROWS = 50
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
SortValue = str | float | int | None


def aware(value: datetime) -> datetime:
    """Naive datetimes from SQLite are UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def timestamp(value: datetime | None) -> float | None:
    return None if value is None else aware(value).timestamp()


def local_datetime_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """An aware (UTC) datetime as the user's short local date and time; '' for none."""
    if value is None:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(int(aware(value).timestamp() * 1000)).toLocalTime()
    return (locale or QLocale()).toString(moment, QLocale.FormatType.ShortFormat)


def local_day_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """The day of an aware (UTC) datetime, where the user is, as their short local date; '' for none."""
    if value is None:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(int(aware(value).timestamp() * 1000)).toLocalTime()
    return (locale or QLocale()).toString(moment.date(), QLocale.FormatType.ShortFormat)


def local_date_text(value: date | None, locale: QLocale | None = None) -> str:
    """A calendar date in the user's short locale format; '' for none."""
    if value is None:
        return ""
    return (locale or QLocale()).toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def marked_text(owner: object, text: str) -> str:
    """``text`` translated in the context of ``owner``'s class or the first of its bases that has it:
    for texts marked with ``QT_TRANSLATE_NOOP("TheClass", …)`` in class attributes or column tables."""
    for klass in type(owner).__mro__:
        found = QCoreApplication.translate(klass.__name__, text)
        if found != text:
            return found
    return text


@dataclass(frozen=True)
class Column(Generic[Row]):
    """How one column shows a row: its header, its text, and the value it sorts by."""

    header: str
    text: Callable[[Row, QLocale], str]
    sort: Callable[[Row], SortValue]
    align_right: bool = False


_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        SORT_ROLE,
        OBJECT_ROLE,
    )
)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)  # plain numbers: the roles Qt asks for come as numbers
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
# The source's signals after which its row numbers may name other rows, or rows hold other values.
_ROW_SIGNALS = (
    "modelReset",
    "layoutChanged",
    "rowsInserted",
    "rowsRemoved",
    "rowsMoved",
    "dataChanged",
)
# The texts of at most this many rows are kept between paints (a screen or two of a long list).
KEPT_TEXT_ROWS = 256


def sort_keys(values: Sequence[SortValue], ties: Sequence[Any], descending: bool) -> list[tuple[Any, ...]]:
    """Each row's key for sorting by ``values`` (ties by ``ties``), ascending: missing values sort
    last, and first when ``descending`` (the order is then reversed, putting them last again)."""
    missing = 0 if descending else 1
    return [
        (missing, tie) if value is None else (1 - missing, value, tie)
        for value, tie in zip(values, ties, strict=True)
    ]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows of one type; refresh with ``set_rows``."""

    def __init__(
        self,
        columns: type[IntEnum],
        specs: Mapping[IntEnum, Column[Row]],
        parent: QObject | None = None,
        *,
        strong: Callable[[Row], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._strong = strong  # rows that need the coach's attention are shown in bold
        self._columns = list(columns)
        self._specs = [specs[column] for column in self._columns]
        self._rows: list[Row] = []
        self._locale = QLocale()
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._alignments = [right if spec.align_right else None for spec in self._specs]
        # Each shown row's texts by column, made when the row is first painted: a paint asks for
        # every cell's text, and a row's texts cost far more to make than to keep. Forgotten
        # whenever rows change (connected first, so before any view hears of the change).
        self._texts: dict[int, list[str]] = {}
        for signal in _ROW_SIGNALS:
            getattr(self, signal).connect(self._forget_texts)

    def _forget_texts(self, *_: object) -> None:
        self._texts.clear()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._locale = QLocale()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_rows([])

    def rows(self) -> list[Row]:
        return list(self._rows)

    def total_rows(self) -> int:
        """How many rows the model holds, those a filter hides too."""
        return len(self._rows)

    def row_of(self, index: Index) -> Row | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    # ----- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._specs)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return marked_text(self, self._specs[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def row_number(self, number: int) -> Row | None:
        """The row at ``number`` (no index needed: the filter asks this for every row)."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def sort_values(self, column: int) -> list[SortValue]:
        """Every row's value in ``column`` to sort by, in row order (the proxy sorts them at once)."""
        sort = self._specs[column].sort
        return [sort(row) for row in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role)

    def cell(self, number: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What ``data`` answers for the cell at row ``number`` and ``column`` (-1: no cell)."""
        if role == _DISPLAY:  # every cell at every paint: kept, not made again
            texts = self._texts.get(number)
            if texts is None:
                texts = self._texts_of(number)
            return texts[column] if texts is not None and 0 <= column < len(texts) else None
        if role not in _ROLES or not 0 <= column < len(self._specs):
            return None
        if role == _ALIGNMENT:
            return self._alignments[column]
        if role == _FONT and self._strong is None:
            return None
        row = self.row_number(number)
        if row is None:
            return None
        value: Any = None
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.cell(number, column) or None
        elif role == SORT_ROLE:
            value = self._specs[column].sort(row)
        elif role == OBJECT_ROLE:
            value = row
        elif role == Qt.ItemDataRole.FontRole and self._strong is not None and self._strong(row):
            value = QFont()
            value.setBold(True)
        return value

    def _texts_of(self, number: int) -> list[str] | None:
        row = self.row_number(number)
        if row is None:
            return None
        if len(self._texts) >= KEPT_TEXT_ROWS:
            self._texts.clear()
        texts = self._texts[number] = [spec.text(row, self._locale) for spec in self._specs]
        return texts


class RowFilterProxy(QSortFilterProxyModel, Generic[Row]):
    """Narrows rows by free text over ``haystack(row)`` and by ``accepts(row)``; sorts by SORT_ROLE.

    Ties sort by ``tie_key(row)`` so the order is stable and predictable.
    """

    def __init__(
        self,
        row_type: type[Row],
        haystack: Callable[[Row], Sequence[str]],
        tie_key: Callable[[Row], tuple[Any, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._row_type = row_type
        self._haystack = haystack
        self._tie_key = tie_key
        self._needle = ""
        # Each row's haystack folded once, not at every keystroke; by source row, forgotten
        # whenever the source's rows change.
        self._folded: dict[int, tuple[str, ...]] = {}
        # Each source row's place in the order sorted by, worked out once with Python's own sort
        # (forgotten with the folded words, and when the order changes): Qt's comparisons then
        # read two numbers, not two rows' values through the model.
        self._places: list[int] | None = None
        self._places_column = -1

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if previous is not None:
            for signal in _ROW_SIGNALS:
                getattr(previous, signal).disconnect(self._forget_folded)
        self._folded.clear()
        if model is not None:  # connected before the proxy's own handlers, so they run after it
            for signal in _ROW_SIGNALS:
                getattr(model, signal).connect(self._forget_folded)
        super().setSourceModel(model)

    def _forget_folded(self, *_: object) -> None:
        self._folded.clear()
        self._places = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._places = None
        super().sort(column, order)

    @property
    def filter_text(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        if needle != self._needle:
            self.refilter(lambda: setattr(self, "_needle", needle))

    def refilter(self, change: Callable[[], None]) -> None:
        """Run ``change`` (which alters what ``accepts`` lets through) and filter again."""
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: Row) -> bool:
        """Subclasses narrow further here (a status, a client, a date range)."""
        return True

    def row_at(self, index: Index) -> Row | None:
        value = index.data(OBJECT_ROLE) if index.isValid() else None
        return value if isinstance(value, self._row_type) else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            row = source.row_number(source_row)
        else:
            row = source.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(row, self._row_type):
            return True
        if not self.accepts(row):
            return False
        if not self._needle:
            return True
        folded = self._folded.get(source_row)
        if folded is None:
            folded = self._folded[source_row] = tuple(fold(text) for text in self._haystack(row))
        return any(self._needle in text for text in folded)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        places = self._places
        left, right = source_left.row(), source_right.row()
        if places is None or source_left.column() != self._places_column or max(left, right) >= len(places):
            places = self._places = self._order(source_left.column())
        return places[left] < places[right]

    def _order(self, column: int) -> list[int]:
        """Each source row's place when sorted by ``column``: missing values last whichever way the
        column is sorted (Qt reverses the order for descending), ties by ``tie_key``."""
        source = self.sourceModel()
        count = source.rowCount()
        if isinstance(source, RowTableModel):
            rows: list[Any] = [source.row_number(n) for n in range(count)]
            values = source.sort_values(column)
        else:
            rows = [source.index(n, column).data(OBJECT_ROLE) for n in range(count)]
            values = [source.index(n, column).data(SORT_ROLE) for n in range(count)]
        ties = [self._tie_key(row) if isinstance(row, self._row_type) else () for row in rows]
        keys = sort_keys(values, ties, self.sortOrder() == Qt.SortOrder.DescendingOrder)
        places = [0] * count
        for place, n in enumerate(sorted(range(count), key=keys.__getitem__)):
            places[n] = place
        self._places_column = column
        return places
