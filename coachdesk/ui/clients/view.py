"""The Clients area: the client list (filter, status filter, add, edit, delete) beside the client's record."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QSplitter, QWidget

from coachdesk.domain.enums import ClientStatus
from coachdesk.services.clients import ClientRow
from coachdesk.services.db import DbFactory
from coachdesk.ui.clients.detail import ClientDetailPane
from coachdesk.ui.clients.table import ClientColumn, ClientFilterProxy, ClientTableModel, status_word
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.record_list_view import RecordListView

if TYPE_CHECKING:
    import uuid

    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

FOLLOW_DELAY_MS = 150


class ClientsView(RecordListView[ClientRow]):
    """Lists the clients of the open vault beside the selected client's record.

    Emits ``changed`` after a change made here (in the list or the record), and ``open_record``
    (kind, id) when the record asks for a session, engagement, referral… to be opened in its area.
    """

    open_record = Signal(str, object)  # kind, record id

    area = "clients"
    noun = QT_TRANSLATE_NOOP("ClientsView", "client")
    filter_hint = QT_TRANSLATE_NOOP("ClientsView", "Filter by name, organisation or engagement")
    new_text = QT_TRANSLATE_NOOP("ClientsView", "New client…")
    first_text = QT_TRANSLATE_NOOP("ClientsView", "Add your first client…")
    delete_tip = QT_TRANSLATE_NOOP(
        "ClientsView", "Delete the selected client and everything recorded about them (Del)"
    )
    buttons_below = True
    # Short and the ones read most: when the record leaves the list little room, the organisation
    # and the engagement give way (their tooltips show them whole), never a date.
    whole_columns = (
        ClientColumn.NAME,
        ClientColumn.STATUS,
        ClientColumn.LAST_SESSION,
        ClientColumn.NEXT_SESSION,
    )
    proxy: ClientFilterProxy
    splitter: QSplitter  # between the list and the record

    def __init__(self, parent: QWidget | None = None) -> None:
        self.detail = ClientDetailPane()
        super().__init__(ClientTableModel(), ClientFilterProxy(), parent, detail=self.detail)
        self.table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Client status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            self.status_filter.addItem(status_word(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.narrow(self.proxy.set_status, self.status_filter.currentData())
        )
        self.bar.addWidget(self.status_filter)
        self.listing_layout.setContentsMargins(16, 12, 4, 12)
        self.listing.setMinimumWidth(280)
        self.detail.setMinimumWidth(460)
        self.splitter.setSizes([560, 480])  # room for the columns kept whole and two at their narrowest
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the list as much as the record
        self.splitter.setStretchFactor(1, 1)
        self.detail.changed.connect(self._changed_in_record)
        self.detail.open_record.connect(self.open_record)
        self._following = True  # whether a selection change shows the client (not while refreshing)
        # When filtering moves the selection, the record follows once typing pauses.
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._show_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        # Filtering a selected client out of the list can drop the selection without saying so:
        # look again once the filtering is done (one range of rows at a time, it would be costly).
        self.proxy.rowsRemoved.connect(lambda *_args: self._follow_timer.start())
        self.proxy.layoutChanged.connect(lambda *_args: self._follow_timer.start())
        self.set_tab_order(
            self.filter_box,
            self.status_filter,
            self.table,
            self.new_button,
            self.delete_button,
            self.detail.edit_button,
        )

    def attach(self, open_db: DbFactory) -> None:
        self.detail.attach(open_db)
        super().attach(open_db)

    def refresh(self) -> None:
        """Read the list and the selected client's record again, keeping the selection."""
        self._refresh_list()
        self.detail.show_client(self.selected_id())

    def _refresh_list(self) -> None:
        self._following = False  # the reset drops the selection; put it back before showing anything
        try:
            super().refresh()
        finally:
            self._following = True

    def load_rows(self, db: Db) -> list[ClientRow]:
        from coachdesk.services.clients import client_rows

        return client_rows(db)

    def clear(self) -> None:
        """Forget every client shown (on lock)."""
        self._follow_timer.stop()
        self.detail.clear()
        super().clear()

    def clear_filters(self) -> None:
        super().clear_filters()
        self.status_filter.setCurrentIndex(0)

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return None if row is None else row.id

    def select_client(self, client_id: uuid.UUID) -> bool:
        """Select the client in the list (when the filters show them); their record follows."""
        return self.select(client_id)

    def _selection_changed(self) -> None:
        if not self._following:
            return
        chosen = self.selected_id()
        if chosen == self.detail.client_id:
            self._follow_timer.stop()
        elif self.filtering:
            self._follow_timer.start()  # keystrokes stay quick; the record follows after them
        else:
            self._follow_timer.stop()
            self.detail.show_client(chosen)

    def _show_selected(self) -> None:
        chosen = self.selected_id()
        self.update_buttons()
        if self._open_db is not None and chosen != self.detail.client_id:
            self.detail.show_client(chosen)

    def _changed_in_record(self, changes: Changes) -> None:
        """The record pane changed something (it shows the result itself): the list follows if it shows it."""
        if changes.touches("client", "organisation", "engagement", "coaching_session"):
            self._refresh_list()
        self.changed.emit(changes)

    # ----- editing -----------------------------------------------------------------------------------

    def edit_client(self, client_id: uuid.UUID | None) -> Changes | None:
        """Open the client dialog (a new client when ``client_id`` is None); refresh after a change."""
        return self.edit(client_id)

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        from coachdesk.ui.clients.client_dialog import ClientDialog

        dialog = ClientDialog(open_db, record_id, self)
        return dialog.changes if dialog.exec() else None

    def show_saved(self, record_id: Any, created: bool) -> None:
        """A client just added is selected and shown, clearing filters that would hide them."""
        if not self.select(record_id) and created:
            self.clear_filters()
            self.select(record_id)

    def deletion_question(self, row: ClientRow) -> tuple[str, str]:
        """Names what goes with the client (the audit keeps only that they were deleted)."""
        from coachdesk.services.clients import deletion_summary

        assert self._open_db is not None  # asked only while a vault is attached
        with self._open_db() as db:
            linked = deletion_summary(db, row.id)
        parts = [self._linked_text(table, count) for table, count in linked.items() if count]
        question = self.tr("Delete {name} and everything recorded about them?").format(name=row.name)
        if parts:
            with_it = self.tr("With them go: {records}.").format(records=", ".join(parts))
            question = f"{question} {with_it}"
        undone = self.tr("This cannot be undone, except from a backup made before.")
        return self.tr("Delete {name}?").format(name=row.name), f"{question}\n\n{undone}"

    def _linked_text(self, table: str, count: int) -> str:
        """A table's rows in the words of the deletion question, count first: "3 session(s)"."""
        words: dict[str, Callable[[], str]] = {
            "engagement": lambda: self.tr("%n agreement(s)", "", count),
            "coaching_session": lambda: self.tr("%n session(s)", "", count),
            "note_amendment": lambda: self.tr("%n note amendment(s)", "", count),
            "goal": lambda: self.tr("%n goal(s)", "", count),
            "action_item": lambda: self.tr("%n action item(s)", "", count),
            "referral": lambda: self.tr("%n referral(s)", "", count),
            "consent": lambda: self.tr("%n consent record(s)", "", count),
            "disclosure": lambda: self.tr("%n disclosure record(s)", "", count),
            "conflict": lambda: self.tr("%n conflict record(s)", "", count),
            "boundary_incident": lambda: self.tr("%n boundary incident(s)", "", count),
        }
        found = words.get(table)
        return found() if found else f"{count} {table.replace('_', ' ')}"

    def delete_record(self, db: Db, row: ClientRow) -> Changes:
        from coachdesk.services.clients import delete_client

        return delete_client(db, row.id)
