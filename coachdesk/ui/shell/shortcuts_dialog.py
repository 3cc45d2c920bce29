"""The keyboard shortcuts list, built from the action registry so it never goes stale."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.actions import FIND, GO_TO, HELP, PRACTICE, VAULT, ActionRegistry

COLUMNS = (
    str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Action")),
    str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Shortcut")),
)
# The registry's groups, as headings (the registry keeps the English names as its keys).
GROUP_TITLES = {
    VAULT: str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Vault")),
    PRACTICE: str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Practice")),
    FIND: str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Find")),
    GO_TO: str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to")),
    HELP: str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Help")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


class ShortcutsDialog(QDialog):
    """A read-only table of every available action with its keys."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None, notes: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([_tr(column) for column in COLUMNS])
        self.table = QTableView()
        group = None
        for shortcut in registry.shortcuts():
            if shortcut.group != group:
                group = shortcut.group
                self._add_group_row(group)
            action_item = QStandardItem(registry[shortcut.name].icon(), shortcut.text)
            keys_item = QStandardItem(shortcut.keys)
            for item in (action_item, keys_item):
                item.setEditable(False)
                item.setData(shortcut.name, Qt.ItemDataRole.UserRole)
            self.model.appendRow([action_item, keys_item])

        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        header.setMinimumSectionSize(110)
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(min(rows.length() + header.sizeHint().height() + frame, 560))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.table, 1)
        if notes:
            self.notes_label = QLabel(notes)
            self.notes_label.setWordWrap(True)
            layout.addWidget(self.notes_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.adjustSize()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus()  # Escape or Enter closes; the table is read at a glance

    def _add_group_row(self, group: str) -> None:
        item = QStandardItem(_tr(GROUP_TITLES.get(group, group)))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        filler = QStandardItem()
        filler.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.model.appendRow([item, filler])
        self.table.setSpan(self.model.rowCount() - 1, 0, 1, len(COLUMNS))

    def rows(self) -> list[tuple[str, str]]:
        """The (action, keys) rows as shown, without the group headings."""
        return [
            (self.model.item(row, 0).text(), self.model.item(row, 1).text())
            for row in range(self.model.rowCount())
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) is not None
        ]

    def groups(self) -> list[str]:
        """The group headings, in order."""
        return [
            self.model.item(row, 0).text()
            for row in range(self.model.rowCount())
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) is None
        ]
