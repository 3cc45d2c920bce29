"""Retention in Reports: the period, the clients past it, and erasing them or keeping them with a reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.retention import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    RetentionRow,
    clients_past_retention,
    keep_client,
    retention_years,
    set_retention_years,
)
from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog, show_erasure_done
from coachdesk.ui.clients.table import status_word
from coachdesk.ui.kit.form import OptionalDate, ValidatingForm
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel, local_date_text
from coachdesk.ui.reports.hours import ReportWords
from coachdesk.ui.reports.parts import ReportCard, fit_height, muted, notice, run_dialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


class RetentionColumn(IntEnum):
    NAME = 0
    STATUS = 1
    LAST_ACTIVITY = 2
    BASIS = 3
    DUE = 4
    DECISION = 5


def _t(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


def _noop(text: object) -> str:
    return str(text)


# What the retention period is counted from, as the service names it, shown translated.
BASIS_WORDS = {
    "last engagement ended": _noop(QT_TRANSLATE_NOOP("Retention", "Last engagement ended")),
    "last agreement": _noop(QT_TRANSLATE_NOOP("Retention", "Last agreement")),
    "last session": _noop(QT_TRANSLATE_NOOP("Retention", "Last session")),
    "added": _noop(QT_TRANSLATE_NOOP("Retention", "Added")),
}


def basis_text(basis: str) -> str:
    return _t(BASIS_WORDS[basis]) if basis in BASIS_WORDS else basis[:1].upper() + basis[1:]


def decision_text(row: RetentionRow, today: date) -> str:
    """The latest decision to keep the records, in words ('' when none was taken)."""
    hold = row.hold
    if hold is None:
        return ""
    if hold.in_force(today):
        if hold.review_on:
            return QCoreApplication.translate("Retention", "Kept: {reason}, review on {day}").format(
                reason=hold.reason, day=local_date_text(hold.review_on)
            )
        return QCoreApplication.translate("Retention", "Kept: {reason}").format(reason=hold.reason)
    return QCoreApplication.translate("Retention", "Review due (kept on {day}: {reason})").format(
        day=local_date_text(hold.decided_on), reason=hold.reason
    )


def _columns(today: Callable[[], date]) -> dict[IntEnum, Column[RetentionRow]]:
    return {
        RetentionColumn.NAME: Column(
            _noop(QT_TRANSLATE_NOOP("Retention", "Client")), lambda r, _l: r.name, lambda r: fold(r.name)
        ),
        RetentionColumn.STATUS: Column(
            _noop(QT_TRANSLATE_NOOP("Retention", "Status")),
            lambda r, _l: status_word(r.status),
            lambda r: str(r.status),
        ),
        RetentionColumn.LAST_ACTIVITY: Column(
            _noop(QT_TRANSLATE_NOOP("Retention", "Last activity")),
            lambda r, loc: local_date_text(r.last_activity, loc),
            lambda r: r.last_activity.toordinal(),
        ),
        RetentionColumn.BASIS: Column(
            _noop(QT_TRANSLATE_NOOP("Retention", "Counted from")),
            lambda r, _l: basis_text(r.basis),
            lambda r: r.basis,
        ),
        RetentionColumn.DUE: Column(
            _noop(QT_TRANSLATE_NOOP("Retention", "Period ended")),
            lambda r, loc: local_date_text(r.due_on, loc),
            lambda r: r.due_on.toordinal(),
        ),
        RetentionColumn.DECISION: Column(
            _noop(QT_TRANSLATE_NOOP("Retention", "Decision")),
            lambda r, _l: decision_text(r, today()),
            lambda r: decision_text(r, today()) or None,
        ),
    }


class RetentionModel(RowTableModel[RetentionRow]):
    """The clients past the retention period (and, when asked, those kept with a reason)."""

    def __init__(self, today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(RetentionColumn, _columns(today), parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return _t(header) if isinstance(header, str) else header


class RetentionProxy(RowFilterProxy[RetentionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            RetentionRow, lambda r: (r.name,), lambda r: (r.due_on, fold(r.name), str(r.client_id)), parent
        )


class KeepClientDialog(RecordDialog):
    """Keep a client's records past the period: the reason (required) and an optional review date."""

    def __init__(
        self,
        open_db: DbFactory,
        client_id: uuid.UUID,
        client_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            open_db,
            client_id,
            parent,
            title=QCoreApplication.translate("KeepClientDialog", "Keep a client's records"),
            ok_text=QCoreApplication.translate("KeepClientDialog", "Keep records"),
        )
        self.today = today
        self.client_id = client_id
        intro = QLabel(
            self.tr(
                "{client}'s records stay in the vault past the retention period. Say why (for example "
                "a complaint or a legal claim still open, or the client asked you to keep them): the reason "
                "is recorded. With a review date, they are listed here again on that day."
            ).format(client=client_name)
        )
        intro.setWordWrap(True)
        self.main_layout.insertWidget(0, intro)
        self.reason = self.notes("reason", self.tr("Reason"), self.tr("Why the records are kept"))
        self.review_on = OptionalDate(self.tr("Set"), self.tr("Review date"))
        self.review_on.edit.setDate(self.review_on.edit.date().addYears(1))
        self.form.add("review_on", self.tr("Review on"), self.review_on, focus=self.review_on.edit)
        self.form.add_row(
            "", muted(self.tr("Without a review date, the client is not listed again."), wrap=True)
        )

    def save(self, db: Db) -> Changes:
        return keep_client(db, self.client_id, self.reason.toPlainText(), self.today, self.review_on.value())


class RetentionSection(ReportCard):
    """The retention setting and the clients past it, each to erase or keep with a reason.

    ``changed`` carries each write; ``erased`` follows ``changed`` after an erasure, whose vault
    must be saved straight away. ``open_record("client", id, id)`` asks for a client to be shown.
    """

    changed = Signal(object)  # Changes
    erased = Signal(object)  # Changes
    open_record = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RetentionSection", "Retention"),
            QCoreApplication.translate(
                "RetentionSection",
                "Clients whose records have been kept for the whole retention period after their last "
                "activity: erase their records, or keep them with a reason.",
            ),
            parent,
        )
        self._open_db: DbFactory | None = None
        self._years = DEFAULT_RETENTION_YEARS
        self._widths_set = False  # fitted to the first rows shown, or restored
        self.vault_path: Path | None = None  # names the backups in the erasure question
        # Replaceable in tests.
        self.today: Callable[[], date] = date.today
        self.run_dialog: Callable[[QDialog], bool] = run_dialog
        self._build_period()
        self._build_list()
        self.clear()

    def _build_period(self) -> None:
        self.years = QSpinBox()
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Retention period in years"))
        self.years.valueChanged.connect(lambda _v: self._years_edited())
        self.save_button = QPushButton(self.tr("Save period"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_years)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.years)
        # Wraps, so a longer wording (German) narrows the page without making it scroll sideways.
        row.addWidget(
            muted(self.tr("after a client's last engagement ends, or their last session"), wrap=True), 1
        )
        row.addWidget(self.save_button)
        self.form = ValidatingForm()
        self.form.add("retention_years", self.tr("Keep records for"), period, focus=self.years)
        self.notice = notice()
        self.body.addWidget(self.form)
        self.body.addWidget(self.notice)

    def _build_list(self) -> None:
        self.show_kept = QCheckBox(self.tr("Show clients kept with a reason"))
        self.show_kept.setAccessibleName(self.tr("Show clients kept with a reason"))
        self.show_kept.toggled.connect(lambda _on: self.refresh())
        self.model = RetentionModel(self._today, self)
        self.proxy = RetentionProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, self.tr("Clients past retention"))
        self.table.sortByColumn(RetentionColumn.DUE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        delete_key.activated.connect(self.erase_selected)
        self.empty_label = muted(wrap=True)
        self.empty_label.setAccessibleName(self.tr("No clients past retention"))
        self.open_button = QPushButton(self.tr("Open client"))
        self.open_button.clicked.connect(self.open_selected)
        self.keep_button = QPushButton(self.tr("Keep…"))
        self.keep_button.setToolTip(self.tr("Keep the selected client's records, with the reason"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(
            self.tr("Erase the selected client and everything recorded about them (Del)")
        )
        self.erase_button.clicked.connect(self.erase_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.show_kept)
        actions.addStretch(1)
        for button in (self.open_button, self.keep_button, self.erase_button):
            actions.addWidget(button)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        self.body.addLayout(actions)
        for before, after in (
            (self.years, self.save_button),
            (self.save_button, self.table),
            (self.table, self.show_kept),
            (self.show_kept, self.open_button),
            (self.open_button, self.keep_button),
            (self.keep_button, self.erase_button),
        ):
            QWidget.setTabOrder(before, after)

    def _today(self) -> date:
        return self.today()

    # ----- life ------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        if self._open_db is None:
            return
        kept = self.selected()
        with self._open_db() as db:
            self._years = retention_years(db)
            rows = clients_past_retention(db, self.today(), include_kept=self.show_kept.isChecked())
        self.years.blockSignals(True)
        self.years.setValue(self._years)
        self.years.blockSignals(False)
        self._years_edited()
        self.model.set_rows(rows)
        self._show_rows(bool(rows))
        if rows and not self._widths_set:
            fit_columns(self.table, widest=260)
            self._widths_set = True
        if kept is not None:
            self.select(kept.client_id)
        self._selection_changed()

    def clear(self) -> None:
        """Forget every client shown and reset the filter (on lock)."""
        self._open_db = None
        self.model.clear()
        self.show_kept.blockSignals(True)
        self.show_kept.setChecked(False)
        self.show_kept.blockSignals(False)
        self.years.blockSignals(True)
        self.years.setValue(DEFAULT_RETENTION_YEARS)
        self.years.blockSignals(False)
        self._years = DEFAULT_RETENTION_YEARS
        self.form.clear_errors()
        self.notice.hide()
        self.save_button.setEnabled(False)
        self._show_rows(False)
        self._selection_changed()

    def _show_rows(self, any_rows: bool) -> None:
        years = ReportWords().years(self._years)
        self.empty_label.setText(
            self.tr(
                "No client is past the retention period. Clients whose records have been kept for {years} "
                "after their last activity will be listed here, for you to erase their records or keep "
                "them with a reason."
            ).format(years=years)
        )
        self.table.setVisible(any_rows)
        self.empty_label.setVisible(not any_rows)
        for button in (self.open_button, self.keep_button, self.erase_button):
            button.setVisible(any_rows)
        if any_rows:
            fit_height(self.table, self.model.rowCount(), 10, least=1)

    # ----- the period ------------------------------------------------------------------------------

    def _years_edited(self) -> None:
        self.save_button.setEnabled(self._open_db is not None and self.years.value() != self._years)

    def save_years(self) -> Changes | None:
        if self._open_db is None:
            return None
        self.form.clear_errors()
        try:
            with self._open_db() as db:
                changes = set_retention_years(db, self.years.value())
        except ValidationError as error:
            self.form.show_error(error)
            return None
        self.refresh()
        self.notice.setText(
            self.tr("Records are now kept for {years} after the last activity.").format(
                years=ReportWords().years(self.years.value())
            )
        )
        self.notice.show()
        self.changed.emit(changes)
        return changes

    # ----- the clients -----------------------------------------------------------------------------

    def selected(self) -> RetentionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select(self, client_id: uuid.UUID) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.row_at(self.proxy.index(r, 0))
            if row is not None and row.client_id == client_id:
                self.table.selectRow(r)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.keep_button, self.erase_button):
            button.setEnabled(chosen)

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.open_record.emit("client", row.client_id, row.client_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_record.emit("client", row.client_id, row.client_id)

    def keep_selected(self) -> Changes | None:
        """Ask why the selected client's records are kept, and record it."""
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        dialog = KeepClientDialog(self._open_db, row.client_id, row.name, self.today(), self)
        if not self.run_dialog(dialog) or dialog.changes is None:
            return None
        self.refresh()
        self.changed.emit(dialog.changes)
        return dialog.changes

    def erase_selected(self) -> Changes | None:
        """Ask (naming what goes and the backups that keep it), then erase the selected client."""
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        dialog = EraseClientDialog(self._open_db, row.client_id, self.vault_path, self)
        if not self.run_dialog(dialog) or dialog.changes is None:
            return None
        self.refresh()
        self.changed.emit(dialog.changes)
        self.erased.emit(dialog.changes)  # the vault is saved at once
        show_erasure_done(self.window(), dialog)
        return dialog.changes

    # ----- UI state --------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        settings.setValue("reports_view/retention_header", self.table.horizontalHeader().saveState())

    def restore_ui_state(self, settings: QSettings) -> None:
        state = settings.value("reports_view/retention_header")
        if isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state):
            self._widths_set = True
