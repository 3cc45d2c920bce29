"""A signed agreement's amendments agreed in writing: the editor's Amendments tab and its dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.signed_agreements import (
    AmendmentRow,
    add_amendment,
    amendment_rows,
    delete_amendment,
    get_amendment,
    update_amendment,
)
from coachdesk.ui.agreements.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.form import from_qdate, to_qdate
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.row_table import Column, RowTableModel, local_date_text

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


class AmendmentColumn(IntEnum):
    AGREED_ON = 0
    WHAT_CHANGED = 1


def _agreed_text(row: AmendmentRow, locale: QLocale) -> str:
    return local_date_text(row.agreed_on, locale)


def _what_text(row: AmendmentRow, _locale: QLocale) -> str:
    return " ".join(row.what_changed.split())


COLUMNS: dict[IntEnum, Column[AmendmentRow]] = {
    AmendmentColumn.AGREED_ON: Column(
        QT_TRANSLATE_NOOP("AmendmentTableModel", "Agreed on"), _agreed_text, lambda r: r.agreed_on.toordinal()
    ),
    AmendmentColumn.WHAT_CHANGED: Column(
        QT_TRANSLATE_NOOP("AmendmentTableModel", "What changed"),
        _what_text,
        lambda r: r.what_changed.casefold(),
    ),
}


class AmendmentTableModel(RowTableModel[AmendmentRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        specs = {
            column: Column(
                QCoreApplication.translate("AmendmentTableModel", spec.header),
                spec.text,
                spec.sort,
                spec.align_right,
            )
            for column, spec in COLUMNS.items()
        }
        super().__init__(AmendmentColumn, specs, parent)


class AmendmentDialog(RecordDialog):
    """Record, or correct, a change to the signed agreement that the parties agreed in writing."""

    def __init__(
        self,
        open_db: DbFactory,
        engagement_id: uuid.UUID,
        amendment_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("AmendmentDialog", "Amendment")
            if amendment_id
            else QCoreApplication.translate("AmendmentDialog", "New amendment")
        )
        ok_text = QCoreApplication.translate("AmendmentDialog", "Save amendment")
        super().__init__(open_db, amendment_id, parent, title=title, ok_text=ok_text)
        self.engagement_id = engagement_id
        intro = QLabel(
            self.tr(
                "Record a change the parties agreed in writing after signing (a letter, an e-mail both "
                "confirmed). Reprints of the agreement list it under “Since signing”."
            )
        )
        intro.setWordWrap(True)
        self.main_layout.insertWidget(0, intro)
        self.agreed_on = QDateEdit(to_qdate(today or date.today()))
        self.agreed_on.setCalendarPopup(True)
        self.form.add("agreed_on", self.tr("Agreed on"), self.agreed_on)
        self.what_changed = self.notes(
            "what_changed", self.tr("What changed"), self.tr("e.g. Two further sessions, ten in all")
        )
        self.load_record()
        self.what_changed.setFocus()

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        row = get_amendment(db, self.record_id)
        self.agreed_on.setDate(QDate(row.agreed_on.year, row.agreed_on.month, row.agreed_on.day))
        self.what_changed.setPlainText(row.what_changed)

    def save(self, db: Db) -> Changes:
        day = from_qdate(self.agreed_on.date())
        text = self.what_changed.toPlainText()
        if self.record_id is None:
            return add_amendment(db, self.engagement_id, day, text)
        return update_amendment(db, self.record_id, day, text)


class AmendmentsPanel(QWidget):
    """The amendments of a signed agreement, with Add, Edit and Delete.

    ``run_dialog(dialog)`` (replaceable in tests) shows a dialog and returns whether it was accepted;
    ``confirm(title, question)`` is asked before a deletion. ``changed`` collects what was written.
    """

    def __init__(self, open_db: DbFactory, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.today = today
        self.engagement_id: uuid.UUID | None = None
        self.changes: Changes | None = None
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.confirm: Callable[[str, str], bool] = lambda _title, _question: True
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About amendments"))
        self.model = AmendmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Amendments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            AmendmentColumn.WHAT_CHANGED, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add amendment…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_engagement(self, engagement_id: uuid.UUID, signed_on: date | None) -> None:
        self.engagement_id = engagement_id
        self.notice.setText(
            self.tr(
                "Signed on {day}. CoachDesk keeps the agreement as it was signed: its reprint does not "
                "change when you edit the terms. Any change needs the parties' agreement in writing; "
                "record it here and reprints list it."
            ).format(day=local_date_text(signed_on))
        )
        self.refresh()

    def refresh(self) -> None:
        if self.engagement_id is None:
            return
        with self._open_db() as db:
            self.model.set_rows(amendment_rows(db, self.engagement_id))
        has_rows = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if has_rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected(self) -> AmendmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_of(rows[0]) if rows else None

    def _note(self, changes: Changes | None) -> None:
        if changes is not None:
            self.changes = changes if self.changes is None else self.changes | changes
        self.refresh()

    def add(self) -> None:
        if self.engagement_id is None:
            return
        dialog = AmendmentDialog(self._open_db, self.engagement_id, parent=self, today=self.today)
        if self.run_dialog(dialog):
            self._note(dialog.changes)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or self.engagement_id is None:
            return
        dialog = AmendmentDialog(self._open_db, self.engagement_id, row.id, self, today=self.today)
        if self.run_dialog(dialog):
            self._note(dialog.changes)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete the amendment of {day}? Reprints will no longer list it.").format(
            day=local_date_text(row.agreed_on)
        )
        if not self.confirm(self.tr("Delete amendment?"), question):
            return
        with self._open_db() as db:
            self._note(delete_amendment(db, row.id))
