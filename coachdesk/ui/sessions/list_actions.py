"""The Sessions list's "Prepare…" and "Recap…" for the selected session, on the bar and its context menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QPoint, Qt, SignalInstance
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QPushButton, QTableView, QWidget

if TYPE_CHECKING:
    from coachdesk.services.db import DbFactory
    from coachdesk.services.session_rows import SessionRow
    from coachdesk.ui.sessions.table import SessionFilterProxy


class ListParts(Protocol):
    """What the Sessions list (``sessions/view.py``) offers these actions."""

    _open_db: DbFactory | None
    bar: QHBoxLayout
    table: QTableView
    proxy: SessionFilterProxy
    changed: SignalInstance

    def selected(self) -> SessionRow | None: ...

    def edit(self, record_id: Any | None) -> Any: ...


class SessionListActions(QObject):
    """Prep before a session and a recap after it, for the row selected in ``view``.

    ``run_dialog(dialog)`` is replaceable in tests; whatever a dialog records is announced through the
    view's ``changed`` signal.
    """

    def __init__(self, view: ListParts, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = parent
        self.view = view
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.prep_button = QPushButton(self.tr("Prepare…"))
        self.prep_button.setToolTip(self.tr("Before the selected session: last summary, open actions, goals"))
        self.prep_button.clicked.connect(self.prepare_selected)
        self.recap_button = QPushButton(self.tr("Recap…"))
        self.recap_button.setToolTip(self.tr("After the selected session: a recap for the client"))
        self.recap_button.clicked.connect(self.recap_selected)
        view.bar.insertWidget(1, self.prep_button)
        view.bar.insertWidget(2, self.recap_button)
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.table.customContextMenuRequested.connect(self._context_menu)
        view.table.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        view.proxy.modelReset.connect(self.update_buttons)  # a lock clears the rows and the selection
        self.update_buttons()

    def update_buttons(self) -> None:
        selected = self.view.selected() is not None
        self.prep_button.setEnabled(selected)
        self.recap_button.setEnabled(selected)

    def context_menu(self) -> QMenu:
        menu = QMenu(self.host)
        menu.addAction(self.tr("Open"), self._edit_selected)
        menu.addAction(self.tr("Prepare…"), self.prepare_selected)
        menu.addAction(self.tr("Recap…"), self.recap_selected)
        return menu

    def _context_menu(self, point: QPoint) -> None:
        if self.view.selected() is not None:
            self.context_menu().exec(self.view.table.viewport().mapToGlobal(point))

    def _edit_selected(self) -> None:
        row = self.view.selected()
        if row is not None:
            self.view.edit(row.id)

    def _finish(self, dialog: QDialog) -> QDialog:
        self.run_dialog(dialog)
        changes = getattr(dialog, "changes", None)
        if changes is not None:
            self.view.changed.emit(changes)
        return dialog

    def _row(self) -> SessionRow | None:
        return self.view.selected() if self.view._open_db is not None else None

    def prepare_selected(self) -> QDialog | None:
        from coachdesk.ui.sessions.prep_view import SessionPrepDialog

        row, open_db = self._row(), self.view._open_db
        if row is None or open_db is None:
            return None
        dialog = SessionPrepDialog(
            open_db, row.client_id, row.engagement_id, row.starts_at, row.id, self.host
        )
        return self._finish(dialog)

    def recap_selected(self) -> QDialog | None:
        from coachdesk.ui.sessions.recap_dialog import RecapDialog

        row, open_db = self._row(), self.view._open_db
        if row is None or open_db is None:
            return None
        return self._finish(RecapDialog(open_db, row.id, self.host))
