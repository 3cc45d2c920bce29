"""After a merge of another copy: the summary, and the list of merge conflicts to review."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.merge import MergeSummary
from coachdesk.services.merge_review import MergeConflictLine, mark_reviewed, merge_conflicts
from coachdesk.ui.kit.row_table import SORT_ROLE, Column, RowTableModel, local_datetime_text

_VALUE_CHARS = 120  # long notes are cut in the list; the tooltip shows them whole


class ConflictColumn(IntEnum):
    RECORD = 0
    FIELD = 1
    WHEN = 2
    KEPT = 3
    OTHER = 4


def _cut(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= _VALUE_CHARS else flat[: _VALUE_CHARS - 1] + "…"


def _columns() -> dict[IntEnum, Column[MergeConflictLine]]:
    return {
        ConflictColumn.RECORD: Column(
            QCoreApplication.translate("MergeDialogs", "Record"), lambda r, _l: r.record, lambda r: r.record
        ),
        ConflictColumn.FIELD: Column(
            QCoreApplication.translate("MergeDialogs", "Field"), lambda r, _l: r.field, lambda r: r.field
        ),
        ConflictColumn.KEPT: Column(
            QCoreApplication.translate("MergeDialogs", "Kept (newer)"),
            lambda r, _l: _cut(r.kept_value),
            lambda r: r.kept_value,
        ),
        ConflictColumn.OTHER: Column(
            QCoreApplication.translate("MergeDialogs", "The other copy's value"),
            lambda r, _l: _cut(r.other_value),
            lambda r: r.other_value,
        ),
        ConflictColumn.WHEN: Column(
            QCoreApplication.translate("MergeDialogs", "Changed"),
            lambda r, locale: local_datetime_text(r.kept_at, locale),
            lambda r: r.kept_at.timestamp() if r.kept_at else 0.0,
        ),
    }


class MergeConflictsDialog(QDialog):
    """Fields changed in both copies: the value kept and the other copy's, until marked reviewed."""

    def __init__(self, open_db: DbFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.setWindowTitle(self.tr("Merge conflicts to review"))
        self.intro = QLabel(
            self.tr(
                "These fields were changed in both copies of the vault. The newer change was kept; "
                "the other copy's value is shown beside it. Copy anything you need into the record, "
                "then mark the conflicts as reviewed."
            )
        )
        self.intro.setWordWrap(True)
        self.model: RowTableModel[MergeConflictLine] = RowTableModel(ConflictColumn, _columns(), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(
            self.tr(
                "No merge conflicts to review. When a field was changed in both copies, it is listed here."
            )
        )
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reviewed_button = QPushButton(self.tr("Mark all as reviewed"))
        buttons.addButton(self.reviewed_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reviewed_button.clicked.connect(self.mark_all_reviewed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.empty):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        with self._open_db() as db:
            rows = merge_conflicts(db)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.reviewed_button.setEnabled(bool(rows))
        for column, width in (
            (ConflictColumn.RECORD, 200),
            (ConflictColumn.FIELD, 100),
            (ConflictColumn.WHEN, 130),
            (ConflictColumn.KEPT, 220),
        ):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(ConflictColumn.WHEN, Qt.SortOrder.DescendingOrder)

    def mark_all_reviewed(self) -> None:
        with self._open_db() as db:
            mark_reviewed(db, [row.id for row in self.model.rows()])
        self.refresh()


class MergeSummaryDialog(QDialog):
    """What a merge did: added, updated, removed, conflicts to review (with the list a click away)."""

    def __init__(
        self, summary: MergeSummary, open_db: DbFactory, parent: QWidget | None = None, *, source: str = ""
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.setWindowTitle(self.tr("Merged"))
        heading = (
            self.tr("The changes from “%1” are now in this vault.").replace("%1", source)
            if source
            else self.tr("The other changes are now in this vault.")
        )
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.counts = QLabel("\n".join(self.summary_lines(summary)))
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel("\n".join(summary.notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(summary.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.review_button = QPushButton(self.tr("Review conflicts…"))
        self.review_button.setVisible(summary.conflicts > 0)
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.clicked.connect(self.review)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (self.heading, self.counts, self.notes):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.review_dialog: MergeConflictsDialog | None = None

    def summary_lines(self, summary: MergeSummary) -> list[str]:
        """The summary in the coach's language."""
        lines = [
            self.tr("%n record(s) added", "", summary.added),
            self.tr("%n record(s) updated", "", summary.updated),
            self.tr("%n record(s) removed", "", summary.removed),
            self.tr("%n conflict(s) to review", "", summary.conflicts),
        ]
        if summary.refused:
            lines.append(self.tr("%n record(s) of deleted or erased clients not taken", "", summary.refused))
        return lines

    def review(self) -> MergeConflictsDialog:
        dialog = self.review_dialog = MergeConflictsDialog(self._open_db, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.accept()
        return dialog
