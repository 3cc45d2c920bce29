"""The session editor's action items: their list, the add/edit dialog, done and remove."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import ActionOwner
from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.goals import (
    complete_action_item,
    delete_action_item,
)
from coachdesk.services.session_list import ActionItemRow
from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.kit.form import ERROR_STYLE
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.row_table import Column, RowTableModel, local_date_text

if TYPE_CHECKING:
    from coachdesk.services.db import Db

OWNER_WORDS = {
    ActionOwner.CLIENT: str(QT_TRANSLATE_NOOP("ActionItemsPanel", "Client")),
    ActionOwner.COACH: str(QT_TRANSLATE_NOOP("ActionItemsPanel", "Me (coach)")),
}


def _t(text: str) -> str:
    """A text of the tables here (marked in the "ActionItemsPanel" context), translated."""
    return QCoreApplication.translate("ActionItemsPanel", text)


def _done_text(item: ActionItemRow, locale: QLocale) -> str:
    """The local day it was done ("Done" when that is not known), or '' while open."""
    if not item.done:
        return ""
    if item.done_at is None:
        return QCoreApplication.translate("ActionItemsPanel", "Done")
    return local_date_text(item.done_at.astimezone().date(), locale)


class ActionItemColumn(IntEnum):
    DESCRIPTION = 0
    OWNER = 1
    DUE = 2
    DONE = 3


COLUMNS: dict[IntEnum, Column[ActionItemRow]] = {
    ActionItemColumn.DESCRIPTION: Column(
        str(QT_TRANSLATE_NOOP("ActionItemsPanel", "Action")),
        lambda r, _l: r.description,
        lambda r: fold(r.description),
    ),
    ActionItemColumn.OWNER: Column(
        str(QT_TRANSLATE_NOOP("ActionItemsPanel", "Who")),
        lambda r, _l: _t(OWNER_WORDS[r.owner]) if r.owner in OWNER_WORDS else str(r.owner),
        lambda r: str(r.owner),
    ),
    ActionItemColumn.DUE: Column(
        str(QT_TRANSLATE_NOOP("ActionItemsPanel", "Due")),
        lambda r, loc: local_date_text(r.due_date, loc),
        lambda r: r.due_date.toordinal() if r.due_date else None,
    ),
    ActionItemColumn.DONE: Column(
        str(QT_TRANSLATE_NOOP("ActionItemsPanel", "Done")), _done_text, lambda r: int(r.done)
    ),
}


class ActionItemTableModel(RowTableModel[ActionItemRow]):
    """The action items agreed in one session (open ones first, as the service lists them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ActionItemColumn, COLUMNS, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return _t(header) if isinstance(header, str) else header


class ActionItemsPanel(QWidget):
    """The list with Add…, Edit…, Done and Remove…; every change is saved at once.

    ``saved_session()`` gives the (client, session) ids to attach items to, saving a new session
    first (None when that fails); ``on_changes`` receives what each change did.
    """

    def __init__(
        self,
        open_db: DbFactory,
        saved_session: Callable[[], tuple[uuid.UUID, uuid.UUID] | None],
        on_changes: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self._saved_session = saved_session
        self._on_changes = on_changes
        # Replaceable in tests: shows the question, returns True to go ahead.
        self.confirm: Callable[[str, str], bool] = self._ask
        # Replaceable in tests: runs the dialog, returns True when it saved.
        self.run_dialog: Callable[[ActionItemDialog], bool] = lambda dialog: bool(dialog.exec())
        self.model = ActionItemTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionItemColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table).activated.connect(
            self.remove_selected
        )
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add an action item agreed in this session"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.toggle_done)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setToolTip(self.tr("Remove the selected action item (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._follow_selection())
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Action item problem"))
        self.problem.hide()
        self.empty_note = QLabel(self.tr("No action items yet. What did the client (or you) agree to do?"))
        self.empty_note.setEnabled(False)
        self.empty_note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.set_items([])

    def set_items(self, items: Sequence[ActionItemRow]) -> None:
        self.model.set_rows(items)
        self.empty_note.setVisible(not items)
        self._follow_selection()

    def selected(self) -> ActionItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_of(rows[0]) if rows else None

    def select(self, item_id: uuid.UUID) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.table.selectRow(row)

    def _follow_selection(self) -> None:
        item = self.selected()
        for button in (self.edit_button, self.done_button, self.remove_button):
            button.setEnabled(item is not None)
        self.done_button.setText(
            self.tr("Mark not done") if item is not None and item.done else self.tr("Mark done")
        )

    def _reload(self, changes: Changes, keep: uuid.UUID | None) -> None:
        from coachdesk.services.session_list import action_item_rows

        ids = self._saved_session()
        if ids is not None:
            with self._open_db() as db:
                self.set_items(action_item_rows(db, ids[1]))
        if keep is not None:
            self.select(keep)
        self._on_changes(changes)

    def edit(self, item: ActionItemRow | None) -> None:
        """Add an item (None) or edit one; a new session is saved first so the item can refer to it."""
        ids = self._saved_session()
        if ids is None:
            return
        dialog = ActionItemDialog(
            self._open_db, ids[0], item.id if item is not None else None, self, session_id=ids[1]
        )
        if self.run_dialog(dialog) and dialog.changes is not None:
            self._reload(dialog.changes, dialog.changes.created or (item.id if item else None))

    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit(item)

    def toggle_done(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._change(lambda db: complete_action_item(db, item.id, not item.done), item.id)

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None or not self.confirm(
            self.tr("Remove action item?"),
            self.tr("Remove the action item “{action}”? This cannot be undone.").format(
                action=item.description
            ),
        ):
            return
        self._change(lambda db: delete_action_item(db, item.id), None)

    def _change(self, call: Callable[[Db], Changes], keep: uuid.UUID | None) -> None:
        self.problem.hide()
        try:
            with self._open_db() as db:
                changes = call(db)
        except ValidationError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return
        self._reload(changes, keep)

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question, self.tr("Remove"))
