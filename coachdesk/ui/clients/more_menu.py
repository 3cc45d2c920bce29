"""The client record's "More" menu: record consent, a disclosure, a boundary incident or a referral,
export everything held about the client, or erase them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from coachdesk.services.db import DbFactory

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes


class ClientRecordActions(QObject):
    """Runs each action for the client shown; ``changed`` after a write, ``erase_requested`` for erasure
    (the caller knows the vault file and saves straight after)."""

    changed = Signal(object)  # Changes
    erase_requested = Signal(object)  # client id

    def __init__(self, parent: QWidget, client: Callable[[], uuid.UUID | None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._client = client
        self._open_db: DbFactory | None = None
        # Replaceable in tests: runs a dialog, returns True when it saved.
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.button = QToolButton()
        self.button.setText(self.tr("More"))
        self.button.setAccessibleName(self.tr("More for this client"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.addAction(self.tr("Record consent…"), self.record_consent)
        menu.addAction(self.tr("New referral…"), self.new_referral)
        menu.addAction(self.tr("Record a disclosure…"), self.record_disclosure)
        menu.addAction(self.tr("Log a boundary incident…"), self.log_incident)
        menu.addSeparator()
        menu.addAction(self.tr("Export everything held about this client…"), self.export_records)
        menu.addAction(self.tr("Erase this client…"), self.erase)
        self.button.setMenu(menu)
        self.menu = menu

    def attach(self, open_db: DbFactory | None) -> None:
        self._open_db = open_db

    def _run(self, make: Callable[[DbFactory, uuid.UUID], QDialog]) -> Changes | None:
        client_id = self._client()
        if client_id is None or self._open_db is None:
            return None
        dialog = make(self._open_db, client_id)
        saved = self.run_dialog(dialog)
        made: list[Changes] = list(getattr(dialog, "changes_made", []))
        changes: Changes | None = getattr(dialog, "changes", None)
        if saved and changes is not None:
            made.append(changes)
        for each in made:
            self.changed.emit(each)
        return changes if saved else None

    def record_consent(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

        return self._run(lambda open_db, c: ConsentDialog(open_db, client_id=c, parent=self._parent))

    def new_referral(self) -> Changes | None:
        from coachdesk.ui.referrals.referral_dialog import ReferralDialog

        return self._run(lambda open_db, c: ReferralDialog(open_db, client_id=c, parent=self._parent))

    def record_disclosure(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import DisclosureDialog

        return self._run(lambda s, c: DisclosureDialog(s, c, self._parent))

    def log_incident(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import BoundaryIncidentDialog

        return self._run(lambda s, c: BoundaryIncidentDialog(s, c, self._parent))

    def export_records(self) -> Changes | None:
        from coachdesk.ui.clients.data_rights_dialogs import export_client_flow

        client_id = self._client()
        if client_id is None or self._open_db is None:
            return None
        changes = export_client_flow(self._parent, self._open_db, client_id)
        if changes is not None:
            self.changed.emit(changes)
        return changes

    def erase(self) -> None:
        client_id = self._client()
        if client_id is not None:
            self.erase_requested.emit(client_id)
