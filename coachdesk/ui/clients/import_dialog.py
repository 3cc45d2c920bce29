"""Importing clients from a CSV or vCard file: a preview of every row, then the ticked rows in one go."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.client_import import ImportPreview, ImportRow
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.ui.kit.form import ERROR_STYLE
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import Column, Index, RowFilterProxy, RowTableModel

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes

FILE_FILTER = "Contacts (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)"
BAD_COLOUR = "#b3261e"
DUPLICATE_COLOUR = "#8a5a00"
_TICK_ROLES = (Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.AccessibleTextRole)


def choose_import_file(parent: QWidget | None) -> str:
    """The system's open dialog for a CSV or vCard file; '' when cancelled."""
    path, _chosen = QFileDialog.getOpenFileName(parent, "Import clients from a file", "", FILE_FILTER)
    return path


def status_text(row: ImportRow) -> str:
    """What importing does with the row, in words."""
    if not row.ok:
        return f"Cannot be imported: {row.reason}"
    if row.duplicates:
        found = ", ".join(f"{d.name} ({d.reason})" for d in row.duplicates)
        return f"Likely duplicate of {found}"
    if row.same_as_line is not None:
        return f"Likely duplicate of line {row.same_as_line} of the file"
    if row.new_organisation:
        return "Will be added, with the new organisation"
    return "Will be added"


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
                "Import", lambda _r, _l: "", lambda r: int(r.line in self.ticked) if r.ok else -1
            ),
            ImportColumn.LINE: Column("Line", lambda r, _l: str(r.line), lambda r: r.line, align_right=True),
            ImportColumn.NAME: Column("Name", lambda r, _l: r.name, lambda r: fold(r.name) or None),
            ImportColumn.ORGANISATION: Column(
                "Organisation", lambda r, _l: r.organisation, lambda r: fold(r.organisation) or None
            ),
            ImportColumn.EMAIL: Column("E-mail", lambda r, _l: _email(r), lambda r: fold(_email(r)) or None),
            ImportColumn.STATUS: Column("Status", lambda r, _l: status_text(r), status_text),
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
            return "Not imported" if role == Qt.ItemDataRole.AccessibleTextRole else None
        ticked = row.line in self.ticked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "Will be imported" if ticked else "Not ticked"
        return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_of(index)
        if row is None or not row.ok or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() != ImportColumn.IMPORT:
            return False
        self.set_ticked(row, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


class ImportClientsDialog(QDialog):
    """The preview of a contact file: every row with its line, name, organisation and what happens to
    it. "Import N clients" adds the ticked rows together (all or, if anything fails, none).

    After the import ``changes`` holds what changed and ``imported`` how many clients were added.
    A file that cannot be read at all is said plainly, and nothing can be imported.
    """

    def __init__(self, open_db: DbFactory, path: Path, parent: QWidget | None = None) -> None:
        from coachdesk.services.client_import import preview_file

        super().__init__(parent)
        self._open_db = open_db
        self.path = path
        self.preview: ImportPreview | None = None
        self.changes: Changes | None = None
        self.imported = 0
        self.setWindowTitle("Import clients")
        self.setMinimumSize(900, 460)
        self.resize(1000, 500)
        self._build(path)
        try:
            with open_db() as db:
                preview = preview_file(db, path)
        except ValidationError as error:
            self._refuse(error.message)
            return
        except OSError as error:
            self._refuse(f"The file could not be read: {error.strerror or error}.")
            return
        self.preview = preview
        self.model.set_preview(preview)
        fit_columns(self.table, widest=190)
        self.table.setFocus()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_counts(preview)

    def _build(self, path: Path) -> None:
        self.heading = QLabel(f"Clients from “{path.name}”")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary")
        self.ignored = QLabel()
        self.ignored.setWordWrap(True)
        self.ignored.setAccessibleName("Columns not imported")
        self.model = ImportRowsModel(self)
        self.proxy: RowFilterProxy[ImportRow] = RowFilterProxy(
            ImportRow, lambda r: (r.name, r.organisation), lambda r: (r.line,), self
        )
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, "Rows of the file")
        self.table.sortByColumn(ImportColumn.LINE, Qt.SortOrder.AscendingOrder)
        self.table.installEventFilter(self)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("Selected row")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.hint = QLabel(
            "Tick a likely duplicate to import it anyway (Space ticks the selected row). Rows that cannot "
            "be imported are skipped: correct them in the file and import it again."
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName("Problem")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (self.heading, self.summary, self.ignored):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.model.ticks_changed.connect(self._ticks_changed)

    def _refuse(self, message: str) -> None:
        """The whole file cannot be imported: say why, and offer only to close."""
        self.show_error(message)
        for widget in (self.table, self.detail, self.hint, self.summary, self.ignored):
            widget.hide()
        self.import_button.setText("Import clients")
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
        self.setMinimumSize(480, 0)

    def _show_counts(self, preview: ImportPreview) -> None:
        duplicates = [r for r in preview.good if r.likely_duplicate]
        parts = [f"{len(preview.new_clients)} will be added"]
        if duplicates:
            parts.append(f"{_plural(len(duplicates), 'likely duplicate')} (not ticked)")
        if preview.bad:
            parts.append(f"{len(preview.bad)} cannot be imported")
        records = _plural(len(preview.rows), "record")
        self.summary.setText(f"{records} in this {preview.kind} file: {', '.join(parts)}.")
        if not preview.rows:
            self.summary.setText(f"This {preview.kind} file holds no contacts to import.")
        self.ignored.setText(
            f"Columns not imported: {', '.join(preview.ignored_columns)}." if preview.ignored_columns else ""
        )
        self.ignored.setVisible(bool(preview.ignored_columns))

    def selected(self) -> ImportRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def _show_selected(self) -> None:
        """The selected row's status in full (the table's column may be too narrow for it)."""
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        who = f" — {row.name}" if row.name else ""
        self.detail.setText(f"Line {row.line}{who}: {status_text(row)}")

    def _ticks_changed(self) -> None:
        count = len(self.model.chosen())
        self.import_button.setText(f"Import {_plural(count, 'client')}" if count else "Import clients")
        self.import_button.setEnabled(count > 0)

    def toggle_current(self) -> None:
        """Tick or untick the selected row."""
        row = self.selected()
        if row is not None:
            self.model.set_ticked(row, row.line not in self.model.ticked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle_current()
            return True
        return super().eventFilter(watched, event)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        from coachdesk.services.client_import import import_clients

        chosen = self.model.chosen()
        if not chosen:
            return
        self.error.hide()
        try:
            with self._open_db() as db:
                self.changes = import_clients(db, chosen)
        except ValidationError as error:
            self.show_error(f"Nothing was imported. {error.message}")
            return
        self.imported = len(chosen)
        super().accept()


def run_import_dialog(dialog: QDialog) -> bool:
    return bool(dialog.exec())


def import_clients_flow(
    parent: QWidget | None,
    open_db: DbFactory,
    *,
    choose: Callable[[QWidget | None], str] = choose_import_file,
    run: Callable[[QDialog], bool] = run_import_dialog,
) -> Changes | None:
    """Choose a file, preview it, and import the ticked rows; the Changes, or None when nothing was
    imported. ``choose`` and ``run`` are replaceable in tests."""
    chosen = choose(parent)
    if not chosen:
        return None
    dialog = ImportClientsDialog(open_db, Path(chosen), parent)
    try:
        if not run(dialog):
            return None
        return dialog.changes
    finally:
        dialog.deleteLater()
