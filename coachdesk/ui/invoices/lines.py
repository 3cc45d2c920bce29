"""A draft's lines in the editor: the table model over them, and the arithmetic of the live totals."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coachdesk.domain.invoice_totals import InvoiceTotals, invoice_totals, line_net
from coachdesk.services.invoice_screen import EditedLine
from coachdesk.ui.invoices.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.invoices.table import translated
from coachdesk.ui.kit.locale_format import money_text

Index = QModelIndex | QPersistentModelIndex


class LineColumn(IntEnum):
    DESCRIPTION = 0
    QUANTITY = 1
    UNIT_PRICE = 2
    VAT_RATE = 3
    NET = 4


HEADERS = {
    LineColumn.DESCRIPTION: QT_TRANSLATE_NOOP("Invoices", "Description"),
    LineColumn.QUANTITY: QT_TRANSLATE_NOOP("Invoices", "Quantity"),
    LineColumn.UNIT_PRICE: QT_TRANSLATE_NOOP("Invoices", "Unit price"),
    LineColumn.VAT_RATE: QT_TRANSLATE_NOOP("Invoices", "VAT %"),
    LineColumn.NET: QT_TRANSLATE_NOOP("Invoices", "Net"),
}


def number(value: object) -> Decimal | None:
    """``value`` as an exact number ("1,5" too); None when it is not one."""
    try:
        found = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return found if found.is_finite() else None


def net_minor(line: EditedLine) -> int | None:
    """The line's net amount in minor units, or None while its quantity or price is not a number."""
    quantity, price = number(line.details.quantity), number(line.details.unit_price)
    if quantity is None or price is None:
        return None
    return line_net(quantity, int((price * 100).to_integral_value()))


def totals(lines: Sequence[EditedLine], *, vat_charged: bool, default_rate: Decimal) -> InvoiceTotals:
    """The totals the lines come to as typed (lines not yet a number count as nothing)."""
    rows = []
    for line in lines:
        net = net_minor(line)
        rate = number(line.details.vat_rate) if line.details.vat_rate is not None else default_rate
        rows.append((net or 0, rate if rate is not None and 0 <= rate <= 100 else Decimal(0)))
    return invoice_totals(rows, vat_charged=vat_charged)


class LinesModel(QAbstractTableModel):
    """The lines of the draft being edited; ``currency`` writes the amounts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[EditedLine] = []
        self.currency = "EUR"
        self.vat_charged = True
        self.default_rate = Decimal(0)

    def lines(self) -> list[EditedLine]:
        return list(self._lines)

    def set_lines(self, lines: Sequence[EditedLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def append(self, line: EditedLine) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def replace(self, row: int, line: EditedLine) -> None:
        if 0 <= row < len(self._lines) and self._lines[row] != line:
            self._lines[row] = line
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(LineColumn) - 1))

    def line(self, row: int) -> EditedLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[LineColumn(section)]) if 0 <= section < len(LineColumn) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None or not 0 <= index.column() < len(LineColumn):
            return None
        column = LineColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not LineColumn.DESCRIPTION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(line, column)

    def _text(self, line: EditedLine, column: LineColumn) -> str:
        details = line.details
        if column is LineColumn.DESCRIPTION:
            return details.description
        if column is LineColumn.QUANTITY:
            return str(details.quantity)
        if column is LineColumn.UNIT_PRICE:
            price = number(details.unit_price)
            return self._money(price * 100) if price is not None else str(details.unit_price)
        if column is LineColumn.VAT_RATE:
            if not self.vat_charged:
                return "—"
            rate = details.vat_rate if details.vat_rate is not None else self.default_rate
            return f"{rate} %"
        net = net_minor(line)
        return self._money(Decimal(net)) if net is not None else ""

    def _money(self, minor: Decimal) -> str:
        return money_text(int(minor.to_integral_value()), self.currency, QLocale())
