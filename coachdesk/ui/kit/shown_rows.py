"""Lists that sort and narrow their own rows, all at once, behind a proxy that passes them through.

``RowFilterProxy`` asks Python about every row at each keystroke (a thousand calls for a thousand
clients) and reads each painted cell through an index of the model that Qt makes for it. Here the
model works out which rows pass in one pass over them (each row's words folded once) and shows only
those, in the order sorted by; the proxy shows the model's rows as they are, so a painted cell is
read straight from the model by its row number.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from coachdesk.services.folding import fold
from coachdesk.ui.kit.row_table import Column, Row, RowFilterProxy, RowTableModel, sort_keys

Index = QModelIndex | QPersistentModelIndex
# Which of the rows (every row, in order) pass the filters: one answer per row.
Passing = Callable[[Sequence[Any]], list[bool]]


class ShownRowsModel(RowTableModel[Row]):
    """Rows sorted by a column (missing values last either way, ties by ``tie_key``) and narrowed by
    a ``Passing``; ``rows()`` are those shown, ``rows_in_order()`` every row.

    A proxy passing the rows through reads cells with ``cell``: subclasses answer roles there.
    """

    def __init__(
        self,
        columns: type[IntEnum],
        specs: Mapping[IntEnum, Column[Row]],
        tie_key: Callable[[Row], tuple[Any, ...]],
        parent: QObject | None = None,
        *,
        strong: Callable[[Row], bool] | None = None,
    ) -> None:
        super().__init__(columns, specs, parent, strong=strong)
        self._tie_key = tie_key
        self._given: list[Row] = []  # every row, as set
        self._everything: list[Row] = []  # every row, in the order sorted by
        self._passing: Passing | None = None
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._everything = self._sorted(self._given)
        self._rows = self._shown(self._everything)
        self._locale = QLocale()
        self.endResetModel()

    def rows_in_order(self) -> list[Row]:
        """Every row in the order sorted by, those the filters hide too."""
        return list(self._everything)

    def total_rows(self) -> int:
        return len(self._given)

    def set_filter(self, passing: Passing | None) -> None:
        """Show only the rows ``passing`` lets through (None: every row), keeping the selection on
        rows still shown."""
        self._passing = passing
        shown = self._shown(self._everything)
        if len(shown) == len(self._rows) and all(map(operator.is_, shown, self._rows)):
            return  # the same rows (another letter of a name): nothing to lay out or paint again
        self._relayout(lambda: None, shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def change() -> None:
            self._order = (column, order)
            self._everything = self._sorted(self._given)

        self._relayout(change)

    def _sorted(self, rows: list[Row]) -> list[Row]:
        """The rows by the sort column; with none (-1), as set. Descending is ascending reversed,
        missing values included: they come last either way, ties in reverse (as a proxy sorts)."""
        column, order = self._order
        if not 0 <= column < len(self._specs):
            return list(rows)
        sort, descending = self._specs[column].sort, order == Qt.SortOrder.DescendingOrder
        keys = sort_keys([sort(row) for row in rows], [self._tie_key(row) for row in rows], descending)
        ordered = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
        return [rows[n] for n in ordered]

    def _shown(self, rows: list[Row]) -> list[Row]:
        if self._passing is None:
            return list(rows)
        return [row for row, wanted in zip(rows, self._passing(rows), strict=True) if wanted]

    def _relayout(self, change: Callable[[], None], shown: list[Row] | None = None) -> None:
        """Run ``change`` and show the rows afresh (``shown``, when already worked out) as one
        layout change; persistent indexes (the selection) follow their rows, and rows no longer
        shown lose theirs."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self.row_number(index.row()) for index in before]
        change()
        self._rows = self._shown(self._everything) if shown is None else shown
        place = {id(row): n for n, row in enumerate(self._rows)} if before else {}
        after = [
            self.index(place[id(row)], index.column()) if id(row) in place else QModelIndex()
            for row, index in zip(held, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class PassingThrough(RowFilterProxy[Row]):
    """A filter proxy over a model that sorts and narrows its own rows: every row the model shows
    passes, in the model's order, so a row here is the model's row of the same number and a cell is
    read straight from the model (``cells_from``, set with the model), not through an index of the
    model that Qt would make for each of the several roles of every cell painted."""

    # Qt's own filter (no pattern: every row the model shows), with no call into Python per row.
    filterAcceptsRow = QSortFilterProxyModel.filterAcceptsRow  # type: ignore[assignment]
    cells_from: RowTableModel[Any] | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.cells_from
        if model is None:
            return super().data(index, role)
        return model.cell(index.row(), index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        model = self.cells_from
        if model is None:
            return super().flags(index)
        return model.flags(index)


class ShownRowsProxy(PassingThrough[Row]):
    """Filters and sorts a ``ShownRowsModel`` by handing the work to it: free text over
    ``haystack(row)`` and ``accepts(row)``, worked out for every row at once after each change."""

    def __init__(
        self,
        row_type: type[Row],
        haystack: Callable[[Row], Sequence[str]],
        tie_key: Callable[[Row], tuple[Any, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(row_type, haystack, tie_key, parent)
        self._model: ShownRowsModel[Row] | None = None
        # Each row's words folded once and joined (by row object; forgotten when rows are set).
        self._words: dict[int, str] = {}

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if self._model is not None:
            self._model.modelReset.disconnect(self._forget_words)
            self._model.set_filter(None)
        self._model = self.cells_from = model if isinstance(model, ShownRowsModel) else None
        self._words.clear()
        super().setSourceModel(model)
        if self._model is not None:
            self._model.modelReset.connect(self._forget_words)
            self._model.set_filter(self._passing_rows)

    def _forget_words(self) -> None:
        self._words.clear()

    def refilter(self, change: Callable[[], None]) -> None:
        if self._model is None:
            super().refilter(change)
            return
        change()
        self._model.set_filter(self._passing_rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is None:
            super().sort(column, order)
        else:
            self._model.sort(column, order)

    def _passing_rows(self, rows: Sequence[Row]) -> list[bool]:
        needle, accepts = self._needle, self.accepts
        if not needle:
            return [accepts(row) for row in rows]
        words, passing = self._words, []
        for row in rows:
            joined = words.get(id(row))
            if joined is None:
                joined = words[id(row)] = self._joined(row)
            passing.append(needle in joined and accepts(row))
        return passing

    def _joined(self, row: Row) -> str:
        # A line apart: a needle (whitespace made single spaces) never spans two fields.
        return "\n".join(fold(text) for text in self._haystack(row))
