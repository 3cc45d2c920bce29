"""The rows of a contact file as the import dialog shows them: a tick, the line, name, organisation
and what importing does with each."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from coachdesk.services.client_import import ImportPreview, ImportRow
from coachdesk.services.folding import fold
from coachdesk.ui.kit.row_table import Column, Index, RowTableModel

BAD_COLOUR = "#b3261e"
DUPLICATE_COLOUR = "#8a5a00"
_TICK_ROLES = (Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.AccessibleTextRole)


def status_text(row: ImportRow) -> str:
    """What importing does with the row, in words."""
    if not row.ok:
        return QCoreApplication.translate("ImportRowsModel", "Cannot be imported: {reason}").format(
            reason=row.reason
        )
    if row.duplicates:
        found = ", ".join(
            QCoreApplication.translate("ImportRowsModel", "{name} ({reason})").format(
                name=d.name, reason=d.reason
            )
            for d in row.duplicates
        )
        return QCoreApplication.translate("ImportRowsModel", "Likely duplicate of {clients}").format(
            clients=found
        )
    if row.same_as_line is not None:
        return QCoreApplication.translate(
            "ImportRowsModel", "Likely duplicate of line {line} of the file"
        ).format(line=row.same_as_line)
    if row.new_organisation:
        return QCoreApplication.translate("ImportRowsModel", "Will be added, with the new organisation")
    return QCoreApplication.translate("ImportRowsModel", "Will be added")


def _email(row: ImportRow) -> str:
    return row.details.email if row.details is not None else ""


class ImportColumn(IntEnum):
    IMPORT = 0
    LINE = 1
    NAME = 2
    ORGANISATION = 3
    EMAIL = 4
    STATUS = 5


class ImportRowsModel(RowTableModel[ImportRow]):
    """The file's rows with a tick for each good one (likely duplicates start unticked)."""

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        columns: dict[IntEnum, Column[ImportRow]] = {
            ImportColumn.IMPORT: Column(
                self.tr("Import"), lambda _r, _l: "", lambda r: int(r.line in self.ticked) if r.ok else -1
            ),
            ImportColumn.LINE: Column(
                self.tr("Line"), lambda r, _l: str(r.line), lambda r: r.line, align_right=True
            ),
            ImportColumn.NAME: Column(self.tr("Name"), lambda r, _l: r.name, lambda r: fold(r.name) or None),
            ImportColumn.ORGANISATION: Column(
                self.tr("Organisation"), lambda r, _l: r.organisation, lambda r: fold(r.organisation) or None
            ),
            ImportColumn.EMAIL: Column(
                self.tr("E-mail"), lambda r, _l: _email(r), lambda r: fold(_email(r)) or None
            ),
            ImportColumn.STATUS: Column(self.tr("Status"), lambda r, _l: status_text(r), status_text),
        }
        super().__init__(ImportColumn, columns, parent)
        self.ticked: set[int] = set()  # lines of the rows to import

    def set_preview(self, preview: ImportPreview) -> None:
        self.ticked = {r.line for r in preview.new_clients}
        self.set_rows(preview.rows)
        self.ticks_changed.emit()

    def chosen(self) -> list[ImportRow]:
        """The ticked rows, in the file's order."""
        return [r for r in self.rows() if r.ok and r.line in self.ticked]

    def set_ticked(self, row: ImportRow, on: bool) -> None:
        if not row.ok or (row.line in self.ticked) == on:
            return
        if on:
            self.ticked.add(row.line)
        else:
            self.ticked.discard(row.line)
        number = self.rows().index(row)
        index = self.index(number, ImportColumn.IMPORT)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_of(index)
        if row is not None and row.ok and index.column() == ImportColumn.IMPORT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        value: Any = None
        if row is None:
            pass
        elif index.column() == ImportColumn.IMPORT and role in _TICK_ROLES:
            value = self._tick_data(row, role)
        elif role == Qt.ItemDataRole.ForegroundRole and index.column() == ImportColumn.STATUS:
            colour = BAD_COLOUR if not row.ok else DUPLICATE_COLOUR if row.likely_duplicate else None
            value = QBrush(QColor(colour)) if colour else None
        elif role == Qt.ItemDataRole.FontRole and not row.ok:
            value = QFont()
            value.setItalic(True)
        else:
            value = super().data(index, role)
        return value

    def _tick_data(self, row: ImportRow, role: int) -> Any:
        """The tick of the first column, and what a screen reader says of it."""
        if not row.ok:
            return self.tr("Not imported") if role == Qt.ItemDataRole.AccessibleTextRole else None
        ticked = row.line in self.ticked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Will be imported") if ticked else self.tr("Not ticked")
        return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_of(index)
        if row is None or not row.ok or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() != ImportColumn.IMPORT:
            return False
        self.set_ticked(row, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True
