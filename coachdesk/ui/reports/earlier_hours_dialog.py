"""Hours before CoachDesk: the entered log lines, a form for one line, and an import from the log's CSV."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.credentials import hours
from coachdesk.services.db import DbFactory
from coachdesk.services.earlier_hours import (
    MAX_IN_GROUP,
    EarlierLine,
    EarlierLineDetails,
    add_earlier_line,
    delete_earlier_line,
    earlier_lines,
    update_earlier_line,
)
from coachdesk.services.earlier_hours_import import MAX_FILE_BYTES, ImportRefused, import_earlier_lines
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.ui.kit.file_dialogs import open_file_name
from coachdesk.ui.kit.form import ValidatingForm, from_qdate, to_qdate
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel, local_date_text
from coachdesk.ui.reports.hours import hours_text
from coachdesk.ui.reports.parts import muted


class EarlierColumn(IntEnum):
    NAME = 0
    KIND = 1
    START = 2
    END = 3
    PAID = 4
    PRO_BONO = 5
    CONTACT = 6


COLUMNS: dict[IntEnum, Column[EarlierLine]] = {
    EarlierColumn.NAME: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "Client name")),
        lambda r, _l: r.client_name,
        lambda r: fold(r.client_name),
    ),
    EarlierColumn.KIND: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "Individual/Group")),
        lambda r, _l: (
            QCoreApplication.translate("HoursLog", "Group of {number}").format(number=r.number_in_group)
            if r.is_group
            else QCoreApplication.translate("HoursLog", "Individual")
        ),
        lambda r: r.number_in_group or 0,
    ),
    EarlierColumn.START: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "Start date")),
        lambda r, loc: local_date_text(r.start_date, loc),
        lambda r: r.start_date.toordinal(),
    ),
    EarlierColumn.END: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "End date")),
        lambda r, loc: local_date_text(r.end_date, loc),
        lambda r: r.end_date.toordinal(),
    ),
    EarlierColumn.PAID: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "Paid hours")),
        lambda r, loc: hours_text(hours(r.paid_minutes), loc),
        lambda r: r.paid_minutes,
        True,
    ),
    EarlierColumn.PRO_BONO: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "Pro bono hours")),
        lambda r, loc: hours_text(hours(r.pro_bono_minutes), loc),
        lambda r: r.pro_bono_minutes,
        True,
    ),
    EarlierColumn.CONTACT: Column(
        str(QT_TRANSLATE_NOOP("HoursLog", "Contact")), lambda r, _l: r.contact, lambda r: fold(r.contact)
    ),
}


class EarlierLinesModel(RowTableModel[EarlierLine]):
    """The entered lines, their headers (the hours log's) translated where shown."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return QCoreApplication.translate("HoursLog", header) if isinstance(header, str) else header


class EarlierLineDialog(QDialog):
    """One earlier log line, in the log's columns; the service's refusal is shown next to its field."""

    def __init__(self, save: Callable[[EarlierLineDetails], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier log line"))
        self._save = save
        self.client_name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Individual"), False)
        self.kind.addItem(self.tr("Group"), True)
        self.number_in_group = QSpinBox(minimum=2, maximum=MAX_IN_GROUP)
        self.contact = QLineEdit(placeholderText=self.tr("E-mail or phone, as ICF asks"))
        self.start_date = QDateEdit(QDate.currentDate())
        self.end_date = QDateEdit(QDate.currentDate())
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
        self.paid_hours = QLineEdit(placeholderText="0.00")
        self.pro_bono_hours = QLineEdit(placeholderText="0.00")
        self.form = ValidatingForm()
        self.form.add("client_name", self.tr("Client name"), self.client_name)
        self.form.add("is_group", self.tr("Individual/Group"), self.kind)
        self.form.add("number_in_group", self.tr("No. in group"), self.number_in_group)
        self.form.add("contact", self.tr("Contact info"), self.contact)
        self.form.add("start_date", self.tr("Start date"), self.start_date)
        self.form.add("end_date", self.tr("End date"), self.end_date)
        self.form.add("paid_hours", self.tr("Paid hours"), self.paid_hours)
        self.form.add("pro_bono_hours", self.tr("Pro bono hours"), self.pro_bono_hours)
        self.kind.currentIndexChanged.connect(lambda _i: self._follow_kind())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._follow_kind()

    def _follow_kind(self) -> None:
        self.number_in_group.setEnabled(bool(self.kind.currentData()))

    def load(self, d: EarlierLineDetails) -> None:
        self.client_name.setText(d.client_name)
        self.kind.setCurrentIndex(1 if d.is_group else 0)
        self.number_in_group.setValue(d.number_in_group or 2)
        self.contact.setText(d.contact)
        if d.start_date is not None:
            self.start_date.setDate(to_qdate(d.start_date))
        if d.end_date is not None:
            self.end_date.setDate(to_qdate(d.end_date))
        self.paid_hours.setText(str(d.paid_hours))
        self.pro_bono_hours.setText(str(d.pro_bono_hours))

    def details(self) -> EarlierLineDetails:
        group = bool(self.kind.currentData())
        return EarlierLineDetails(
            client_name=self.client_name.text(),
            start_date=from_qdate(self.start_date.date()),
            end_date=from_qdate(self.end_date.date()),
            paid_hours=self.paid_hours.text(),
            pro_bono_hours=self.pro_bono_hours.text(),
            is_group=group,
            number_in_group=self.number_in_group.value() if group else None,
            contact=self.contact.text(),
        )

    def accept(self) -> None:
        try:
            self._save(self.details())
        except ValidationError as error:
            self.form.show_error(error)
            return
        super().accept()


class EarlierHoursDialog(QDialog):
    """The lines entered for hours before CoachDesk: add, edit, delete, or import the log's CSV.

    ``changed`` follows each change (the log is made again and the vault saved). The dialogs are
    attributes tests replace: ``choose_file(parent, caption)`` a path or '', ``confirm(parent, text)``,
    ``report(parent, title, text)``, ``run(dialog)`` True when accepted.
    """

    changed = Signal(object)  # Changes

    def __init__(self, open_db: DbFactory, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hours before CoachDesk"))
        self._open_db = open_db
        self._today = today
        self.choose_file: Callable[[QWidget | None, str], str] = lambda p, caption: open_file_name(
            p, caption, "", self.tr("CSV files (*.csv)")
        )
        self.confirm: Callable[[QWidget | None, str], bool] = lambda p, text: (
            QMessageBox.question(p, self.tr("Delete the line"), text) == QMessageBox.StandardButton.Yes
        )
        self.report: Callable[[QWidget | None, str, str], None] = QMessageBox.warning  # type: ignore[assignment]
        self.run: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.model = EarlierLinesModel(EarlierColumn, COLUMNS, self)
        self.proxy = RowFilterProxy[EarlierLine](
            EarlierLine,
            lambda r: (r.client_name, r.contact),
            lambda r: (r.start_date, fold(r.client_name)),
            self,
        )
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, self.tr("Earlier log lines"))
        self.table.sortByColumn(EarlierColumn.START, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        intro = muted(
            self.tr(
                "Lines from the log you kept before CoachDesk, in ICF's columns. They print in the hours log "
                "marked as entered, and count in the totals and the progress towards each credential."
            ),
            wrap=True,
        )
        self.empty = muted(self.tr("No earlier lines yet: add one, or import your earlier log as CSV."))
        self.add_button = QPushButton(self.tr("Add\u2026"))
        self.edit_button = QPushButton(self.tr("Edit\u2026"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import CSV\u2026"))
        self.import_button.setToolTip(
            self.tr("A CSV in the hours log's own columns; every row is checked before anything is added")
        )
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_file)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._follow_selection())
        self.resize(820, 440)
        self.refresh()

    def refresh(self) -> None:
        with self._open_db() as db:
            lines = earlier_lines(db)
        self.model.set_rows(lines)
        self.empty.setVisible(not lines)
        fit_columns(self.table)
        self._follow_selection()

    def _follow_selection(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> EarlierLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0]) if rows else None

    def _changed(self, changes: object) -> None:
        self.refresh()
        self.changed.emit(changes)

    def add_line(self) -> bool:
        def save(details: EarlierLineDetails) -> object:
            with self._open_db() as db:
                changes = add_earlier_line(db, details, self._today())
            self._changed(changes)
            return changes

        dialog = EarlierLineDialog(save, self)
        return self.run(dialog)

    def edit_selected(self) -> bool:
        line = self.selected()
        if line is None:
            return False
        line_id: uuid.UUID = line.id

        def save(details: EarlierLineDetails) -> object:
            with self._open_db() as db:
                changes = update_earlier_line(db, line_id, details, self._today())
            self._changed(changes)
            return changes

        dialog = EarlierLineDialog(save, self)
        dialog.load(line.details())
        return self.run(dialog)

    def delete_selected(self) -> bool:
        line = self.selected()
        if line is None:
            return False
        question = self.tr("Delete the earlier line “%1”? Its hours leave the log.").replace(
            "%1", line.client_name
        )
        if not self.confirm(self, question):
            return False
        with self._open_db() as db:
            changes = delete_earlier_line(db, line.id)
        self._changed(changes)
        return True

    def import_file(self) -> int:
        """Ask for the CSV and add all its lines, or none (saying which rows need correcting)."""
        chosen = self.choose_file(self, self.tr("Import an earlier hours log (CSV)"))
        if not chosen:
            return 0
        path = Path(chosen)
        title = self.tr("Nothing was imported")
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                self.report(self, title, self.tr("The file is too large for an hours log."))
                return 0
            data = path.read_bytes()
        except OSError as error:
            self.report(self, title, f"“{path.name}”: {error.strerror or error}")
            return 0
        try:
            with self._open_db() as db:
                changes = import_earlier_lines(db, data, self._today())
        except ImportRefused as refused:
            self.report(self, title, f"“{path.name}”: {refused.message}")
            return 0
        self._changed(changes)
        return len(changes.ids)
