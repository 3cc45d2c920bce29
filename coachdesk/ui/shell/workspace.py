"""The working areas of the main window: builds each view, routes "open this record" between
them, refreshes only the views a change affects, and keeps their UI state."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.ui.kit.drafts import DraftEditor

if TYPE_CHECKING:
    from coachdesk.ui.shell.main_window import MainWindow
    from coachdesk.ui.shell.search_dialog import SearchDialog


# The tables each area shows: a change to any other table leaves the area as it is.
AREA_TABLES: dict[str, frozenset[str]] = {
    "dashboard": frozenset(
        {"client", "coaching_session", "action_item", "engagement", "consent", "conflict", "referral"}
        | {"held_credential", "education_record", "mentor_coaching_session"}  # the next renewal's line
        | {"invoice", "payment", "refund"}  # what is overdue, to refund and unbilled
    ),
    "clients": frozenset(
        {
            "client",
            "organisation",
            "engagement",
            "coaching_session",
            "note_amendment",
            "goal",
            "action_item",
            "referral",
            "consent",
            "disclosure",
            "conflict",
            "boundary_incident",
            "professional",
        }
    ),
    "sessions": frozenset({"client", "engagement", "coaching_session", "note_amendment", "action_item"}),
    "agreements": frozenset({"client", "organisation", "engagement", "coaching_session", "conflict"}),
    "referrals": frozenset({"client", "professional", "referral", "consent"}),
    "directory": frozenset({"professional", "referral"}),
    "organisations": frozenset({"organisation", "client", "engagement"}),
    "reports": frozenset(
        {"client", "coaching_session", "consent", "engagement", "practice_setting", "retention_hold"}
    ),
    "invoices": frozenset(
        {
            "invoice",
            "invoice_line",
            "invoice_line_session",
            "invoice_series",
            "payment",
            "refund",
            "client",
            "organisation",
            "engagement",
            "coaching_session",
            "coach_profile",
        }
    ),
    "ethics": frozenset(
        {
            "client",
            "conflict",
            "consent",
            "disclosure",
            "referral",
            "professional",
            "boundary_incident",
            "engagement",
        }
    ),
}


# Which tab of the client record holds each kind of record.
CLIENT_TABS = {"goal": 3, "action_item": 3, "disclosure": 6, "boundary_incident": 6, "note_amendment": 2}


class AreaView(Protocol):
    def attach(self, open_db: DbFactory) -> None: ...
    def refresh(self) -> None: ...
    def clear(self) -> None: ...


def _is_text_field(widget: QWidget | None) -> bool:
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QPlainTextEdit)):
        return True
    return isinstance(widget, QTextEdit) and not widget.isReadOnly()


class Workspace(QObject):
    """Everything the coach works in once the vault is open; ``changed`` carries each write."""

    changed = Signal(object)  # Changes
    save_requested = Signal()  # after an erasure: the vault file must not keep the client a moment longer

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        from coachdesk.ui.agreements.view import AgreementsView
        from coachdesk.ui.clients.view import ClientsView
        from coachdesk.ui.dashboard.view import DashboardView
        from coachdesk.ui.directory.view import DirectoryView
        from coachdesk.ui.ethics.view import EthicsView
        from coachdesk.ui.invoices.view import InvoicesView
        from coachdesk.ui.organisations.view import OrganisationsView
        from coachdesk.ui.referrals.view import ReferralsView
        from coachdesk.ui.reports.view import ReportsView
        from coachdesk.ui.sessions.view import SessionsView

        self.window = window
        self.settings = settings
        self._open_db: DbFactory | None = None
        self._search: SearchDialog | None = None
        self.dashboard = DashboardView()
        self.clients = ClientsView()
        self.sessions = SessionsView()
        self.agreements = AgreementsView()
        self.referrals = ReferralsView()
        self.directory = DirectoryView()
        self.organisations = OrganisationsView()
        self.ethics = EthicsView()
        self.reports = ReportsView()
        self.invoices = InvoicesView()
        self.views: dict[str, Any] = {
            "dashboard": self.dashboard,
            "clients": self.clients,
            "sessions": self.sessions,
            "agreements": self.agreements,
            "referrals": self.referrals,
            "directory": self.directory,
            "organisations": self.organisations,
            "ethics": self.ethics,
            "reports": self.reports,
            "invoices": self.invoices,
        }
        self._attached: set[str] = set()
        self.vault_path: Path | None = None
        # Screening after each new client or engagement (off in tests that are not about it).
        self.screening_enabled = True
        self._stale: set[str] = set()
        for area, view in self.views.items():
            window.set_area_view(area, view)
            changed = getattr(view, "changed", None)
            if changed is not None:
                changed.connect(self._on_changed)
        self.dashboard.open_record.connect(self.open_record)
        self.dashboard.log_session_requested.connect(self.log_session)
        self.dashboard.first_step_requested.connect(self.first_step)
        self.clients.open_record.connect(self.open_record)
        self.agreements.invoice_requested.connect(self.invoice_unbilled)
        self.ethics.open_record.connect(self.open_record)
        self.reports.open_record.connect(self.open_record)
        self.reports.erased.connect(lambda _changes: self.save_requested.emit())
        self.clients.detail.record_actions.erase_requested.connect(self.erase_client)
        window.area_changed.connect(self._area_shown)
        self.practice_menu = self._practice_menu()
        self._restore_ui_state()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _practice_menu(self) -> QMenu:
        window = self.window
        registry = window.registry
        practice = QMenu(self.tr("&Practice"), window)
        practice.addAction(registry.handle("new_client", self.new_client))
        practice.addAction(registry.handle("new_session", self.new_session))
        practice.addAction(registry.handle("log_session", self.log_session))
        practice.addAction(registry.handle("new_agreement", self.new_agreement))
        practice.addSeparator()
        practice.addAction(registry.handle("import_clients", self.import_clients))
        practice.addSeparator()
        practice.addAction(registry.handle("search", self.show_search))
        window.menuBar().insertMenu(window.menuBar().actions()[-1], practice)
        return practice

    # ----- the vault ---------------------------------------------------------------------------

    def attach(self, open_db: DbFactory, vault_path: Path | None = None) -> None:
        """Show the open vault: the current area now, the others when they are first shown."""
        self._open_db = open_db
        self.vault_path = vault_path
        self.reports.vault_path = vault_path
        self.agreements.exporter.vault_path = vault_path
        self.referrals.exporter.vault_path = vault_path
        self.invoices.exporter.vault_path = vault_path
        self._attached.clear()
        self._stale.clear()
        self._area_shown(self.window.current_area())
        QTimer.singleShot(0, self.reopen_drafts)  # once the window is up

    def refresh_everything(self) -> None:
        """After another copy was merged in: every view shows the vault afresh, and autosave follows."""
        self._on_changed(Changes())

    def reopen_drafts(self) -> list[DraftEditor]:
        """Bring back the editors the coach was typing in when the vault locked (or the app stopped)."""
        from coachdesk.ui.shell.reopen_drafts import reopen_editors

        if self._open_db is None:
            return []
        return reopen_editors(self._open_db, self.window, self._show, self._on_changed)

    def clear(self) -> None:
        """Forget everything shown (on lock); the views clear themselves through the window."""
        self._open_db = None
        self._attached.clear()
        self._stale.clear()
        if self._search is not None:
            self._search.clear()
            self._search.hide()

    def _ensure(self, area: str) -> None:
        """Bring ``area`` up to date if it shows vault data and has missed changes."""
        view = self.views.get(area)
        if view is None or self._open_db is None:
            return
        if area not in self._attached:
            self._attached.add(area)
            self._stale.discard(area)
            view.attach(self._open_db)
        elif area in self._stale:
            self._stale.discard(area)
            view.refresh()

    def _area_shown(self, area: str) -> None:
        self._ensure(area)

    def _on_changed(self, changes: Changes) -> None:
        """A view wrote to the vault: refresh the other views it affects, then autosave."""
        source = self.sender()
        current = self.window.current_area()
        for area, view in self.views.items():
            if view is source or area not in self._attached:
                continue
            if not changes.tables or changes.touches(*AREA_TABLES.get(area, ())):
                if area == current:
                    view.refresh()
                else:
                    self._stale.add(area)
        self.changed.emit(changes)
        if self.screening_enabled and changes.created is not None:
            self._screen(changes)

    def _screen(self, changes: Changes) -> None:
        """After a new client or engagement: what the records show, and the declaration questions."""
        from coachdesk.services.engagements import find_engagement
        from coachdesk.services.screening import screen_client, screen_engagement
        from coachdesk.ui.ethics.conflict_dialogs import ScreeningDialog

        created = changes.created
        new_client = changes.tables == frozenset({"client"})
        if self._open_db is None or created is None or not (new_client or changes.touches("engagement")):
            return
        client_id: uuid.UUID
        with self._open_db() as db:
            if new_client:
                client_id, engagement_id = created, None
                findings = screen_client(db, created)
            elif (engagement := find_engagement(db, created)) is not None:
                client_id, engagement_id = engagement.client_id, engagement.id
                findings = screen_engagement(db, engagement.id)
            else:
                return
        dialog = ScreeningDialog(self._open_db, findings, client_id, engagement_id, self.window)
        if dialog.exec() and dialog.changes is not None and dialog.changes.tables:
            self._on_changed(dialog.changes)

    # ----- commands ----------------------------------------------------------------------------

    def _show(self, area: str) -> None:
        self.window.show_area(area)
        self._ensure(area)

    def new_client(self) -> None:
        self._show("clients")
        self.clients.edit_client(None)

    def first_step(self, step: str) -> None:
        """A first step chosen on a new practice's dashboard: the profile, a client, or the demo."""
        if step == "profile":
            self.window.registry["practice_profile"].trigger()
        elif step == "client":
            self.new_client()
        elif step == "demo":
            from coachdesk.ui.shell.demo_launch import start_demo

            start_demo(self.window)

    def new_session(self) -> None:
        self._show("sessions")
        self.sessions.edit_session(None)

    def log_session(self) -> None:
        self._show("sessions")
        self.sessions.log_completed_session()

    def new_agreement(self) -> None:
        self._show("agreements")
        self.agreements.edit_engagement(None)

    def invoice_unbilled(self, engagement_id: uuid.UUID) -> None:
        """From an agreement: a draft invoice of its unbilled sessions, opened in the Invoices area."""
        if self._open_db is None:
            return
        self._ensure("invoices")
        invoice_id = self.invoices.make_unbilled_draft(engagement_id)
        if invoice_id is not None:
            self._show("invoices")
            self.invoices.open_draft(invoice_id)

    def import_clients(self) -> None:
        from coachdesk.ui.clients.import_dialog import import_clients_flow

        if self._open_db is None:
            return
        changes = import_clients_flow(self.window, self._open_db)
        if changes is not None:
            self.clients.clear_filters()  # a filter typed earlier would hide the clients just added
            self._show("clients")
            self._on_changed(changes)

    def erase_client(self, client_id: uuid.UUID) -> None:
        """Ask (naming what goes and the backups that keep it a while), erase, and save at once."""
        from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog, show_erasure_done

        if self._open_db is None:
            return
        dialog = EraseClientDialog(self._open_db, client_id, self.vault_path, self.window)
        if dialog.exec() and dialog.changes is not None:
            self._on_changed(dialog.changes)
            self.save_requested.emit()
            show_erasure_done(self.window, dialog)

    def show_search(self) -> None:
        from coachdesk.ui.shell.search_dialog import SearchDialog

        if self._open_db is None:
            return
        if self._search is None:
            self._search = SearchDialog(self._open_db, self.window)
            self._search.open_record.connect(self.open_record)
        else:
            self._search.attach(self._open_db)  # the vault may have been locked and opened again
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()

    def open_record(self, kind: str, record_id: Any, client_id: Any = None) -> None:
        """Show a record where it is kept: sessions, agreements, referrals, conflicts and consents in
        their editors; anything else on its client's record, at the tab that holds it."""
        if kind == "session":
            self._show("sessions")
            self.sessions.edit_session(record_id)
        elif kind == "engagement":
            self._show("agreements")
            self.agreements.select_engagement(record_id)
            self.agreements.edit_engagement(record_id)
        elif kind == "new_engagement":  # a new agreement with the client ``record_id``
            self._show("agreements")
            self.agreements.edit_engagement(None, record_id)
        elif kind == "invoices":  # the Invoices area; ``record_id`` a status to show, or None for all
            self._show("invoices")
            self.invoices.show_status(record_id)
        elif kind == "referral":
            self._show("referrals")
            self.referrals.select(record_id)
            self.referrals.edit(record_id)
        elif kind == "conflict":
            self.ethics.open_conflict(record_id)  # its ``changed`` passes the change on
        elif kind == "consent":
            self.ethics.open_consent(record_id)
        elif kind == "outbound_ledger":  # what left the vault about the client ``record_id``
            self._show("ethics")
            self.ethics.show_client_ledger(record_id)
        elif kind == "client":
            self._show("clients")
            self.clients.select_client(record_id)
        elif client_id is not None:
            self._show("clients")
            self.clients.select_client(client_id)
            tab = CLIENT_TABS.get(kind)
            if tab is not None:
                self.clients.detail.tabs.setCurrentIndex(tab)

    # ----- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # once: every event of the app passes here
        if kind == QEvent.Type.Show and isinstance(watched, DraftEditor):
            self._follow_drafts(watched)
        # Ctrl+F belongs to a text field that has focus (its own find, or nothing); elsewhere it
        # opens the search. Accepting the override hands the key to the field, not the shortcut.
        if (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Find)
            and _is_text_field(QApplication.focusWidget())
        ):
            event.accept()
            return True
        return False

    def _follow_drafts(self, editor: DraftEditor) -> None:
        """An editor's drafts are changes to the vault too: autosave writes them."""
        keeper = editor.drafts
        if keeper is not None and not keeper.property("followed"):
            keeper.setProperty("followed", True)
            keeper.saved.connect(self.changed)

    # ----- UI state ----------------------------------------------------------------------------

    def save_ui_state(self) -> None:
        """Column widths and splitters of each view (UI state only)."""
        for view in self.views.values():
            save = getattr(view, "save_ui_state", None)
            if callable(save):
                save(self.settings)

    def _restore_ui_state(self) -> None:
        for view in self.views.values():
            restore = getattr(view, "restore_ui_state", None)
            if callable(restore):
                restore(self.settings)
