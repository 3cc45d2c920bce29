"""The client detail pane: one client's record in tabs, from the profile to a timeline of all things dated."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import EngagementStatus
from coachdesk.services.client_overview import (
    ClientOverview,
    ConflictLine,
    ConsentLine,
    EngagementLine,
    ReferralLine,
    SessionLine,
)
from coachdesk.services.client_timeline import TimelineEvent
from coachdesk.services.db import DbFactory
from coachdesk.ui.clients.detail_ethics import (
    ClientReferralColumn,
    ClientReferralTableModel,
    ConflictColumn,
    ConflictTableModel,
    ConsentColumn,
    ConsentTableModel,
    TimelineColumn,
    TimelineTableModel,
    conflict_text,
)
from coachdesk.ui.clients.detail_models import (
    ClientSessionColumn,
    ClientSessionTableModel,
    DetailProxy,
    EngagementColumn,
    EngagementTableModel,
    by_id,
)
from coachdesk.ui.clients.detail_widgets import ProfileTab, RecordTable, TableSection, quiet_label, stacked
from coachdesk.ui.clients.goals_tab import GoalsTab
from coachdesk.ui.clients.more_menu import ClientRecordActions
from coachdesk.ui.clients.table import status_word
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.package_left import packages_text

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes

DESCENDING = Qt.SortOrder.DescendingOrder
NO_CLIENT = QT_TRANSLATE_NOOP("ClientDetailPane", "Select a client to see their record")


class ClientDetailPane(QWidget):
    """One client's record: a header with their name, status and an Edit… button over seven tabs.

    ``show_client(id)`` shows a client (None: the hint to select one); ``changed`` carries the
    service's Changes after an edit made here; ``open_record(kind, id)`` asks for a record to be
    opened in its own area ("engagement", "session", "referral", "consent", "conflict",
    "disclosure", "boundary_incident"), or ("new_engagement", client id) a new agreement with the client.
    """

    changed = Signal(object)  # Changes
    open_record = Signal(str, object)  # kind, record id

    # (tab, what it holds); the tabs are short so that all seven fit beside the client list.
    TABS = (
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Profile"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "The client's profile"),
        ),
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Engagements"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "Coaching agreements with this client"),
        ),
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Sessions"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "Sessions with this client"),
        ),
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Goals && actions"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "Goals and action items"),
        ),
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Referrals && consents"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "Referrals and consents"),
        ),
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Conflicts"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "Conflicts of interest"),
        ),
        (
            QT_TRANSLATE_NOOP("ClientDetailPane", "Timeline"),
            QT_TRANSLATE_NOOP("ClientDetailPane", "Everything dated about this client, newest first"),
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Client record"))
        self._open_db: DbFactory | None = None
        self.client_id: uuid.UUID | None = None
        self.overview: ClientOverview | None = None

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = quiet_label()
        self.summary_label.setAccessibleName(self.tr("Client summary"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this client's profile"))
        self.edit_button.clicked.connect(self.edit_client)
        # Made before the pages, so that Tab goes from Edit… to the tabs, then into the page shown.
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client record tabs"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)

        self.profile = ProfileTab()
        self.engagements = RecordTable(
            EngagementTableModel(self), DetailProxy(EngagementLine, by_id, self), self.tr("Engagements"),
            EngagementColumn.START, DESCENDING,
        )  # fmt: skip
        self.sessions = RecordTable(
            ClientSessionTableModel(self), DetailProxy(SessionLine, by_id, self), self.tr("Sessions"),
            ClientSessionColumn.START, DESCENDING,
        )  # fmt: skip
        self.goals = GoalsTab()
        self.referrals = RecordTable(
            ClientReferralTableModel(self), DetailProxy(ReferralLine, by_id, self), self.tr("Referrals"),
            ClientReferralColumn.REFERRED, DESCENDING,
        )  # fmt: skip
        self.consents = RecordTable(
            ConsentTableModel(self), DetailProxy(ConsentLine, by_id, self), self.tr("Consents"),
            ConsentColumn.GRANTED, DESCENDING,
        )  # fmt: skip
        self.conflicts = RecordTable(
            ConflictTableModel(self), DetailProxy(ConflictLine, by_id, self), self.tr("Conflicts"),
            ConflictColumn.DECIDED, DESCENDING,
        )  # fmt: skip
        self.timeline = RecordTable(
            TimelineTableModel(self), DetailProxy(TimelineEvent, lambda e: (), self), self.tr("Timeline"),
            TimelineColumn.WHEN, DESCENDING,
        )  # fmt: skip
        self.engagements.opened.connect(lambda row: self.open_record.emit("engagement", row.id))
        self.sessions.opened.connect(lambda row: self.open_record.emit("session", row.id))
        self.referrals.opened.connect(lambda row: self.open_record.emit("referral", row.id))
        self.consents.opened.connect(lambda row: self.open_record.emit("consent", row.id))
        self.conflicts.opened.connect(lambda row: self.open_record.emit("conflict", row.id))
        self.timeline.opened.connect(self._open_event)
        self.goals.changed.connect(self._changed_here)

        pages = [
            self.profile,
            self._engagements_page(),
            stacked(TableSection(self.sessions, self.tr("No sessions with this client yet."))),
            self.goals,
            self._referrals_and_consents(),
            self._conflicts_page(),
            stacked(TableSection(self.timeline, self.tr("Nothing dated about this client yet."))),
        ]
        for page, (title, tip) in zip(pages, self.TABS, strict=True):
            translate = QCoreApplication.translate
            index = self.tabs.addTab(page, translate("ClientDetailPane", title))
            self.tabs.setTabToolTip(index, translate("ClientDetailPane", tip))

        self.pages = QStackedWidget()
        self.hint = EmptyState(
            "clients",
            QCoreApplication.translate("ClientDetailPane", NO_CLIENT),
            self.tr(
                "Their profile, engagements, sessions, goals, referrals, consents, conflicts and a "
                "timeline of everything dated will appear here."
            ),
        )
        self.pages.addWidget(self.hint)
        self.record_actions = ClientRecordActions(self, lambda: self.client_id)
        self.record_actions.changed.connect(self._changed_here)
        self.pages.addWidget(self._record_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.clear()

    # ----- building ------------------------------------------------------------------------------------

    def _engagements_page(self) -> QWidget:
        """The client's agreements, with "New agreement…" for this client above them."""
        self.new_agreement_button = QPushButton(self.tr("New agreement…"))
        self.new_agreement_button.setToolTip(self.tr("Write a coaching agreement with this client"))
        self.new_agreement_button.clicked.connect(self.new_agreement)
        empty = self.tr("No engagements for this client yet: start one with “New agreement…”.")
        page = stacked(TableSection(self.engagements, empty))
        bar = QHBoxLayout()
        bar.addWidget(self.new_agreement_button)
        bar.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, bar)
        return page

    def new_agreement(self) -> None:
        """Ask for a new agreement with the client shown (opened in the Agreements area, prefilled)."""
        if self.client_id is not None:
            self.open_record.emit("new_engagement", self.client_id)

    def _referrals_and_consents(self) -> QWidget:
        self.referral_section = TableSection(
            self.referrals,
            self.tr("No referrals for this client."),
            self.tr("Referrals to other professionals"),
        )
        self.consent_section = TableSection(
            self.consents, self.tr("No consents recorded for this client."), self.tr("Consents")
        )
        # The client's part of the outbound ledger is shown in Ethics › Sent out, narrowed to them.
        self.ledger_button = QPushButton(self.tr("What left the vault about this client…"))
        self.ledger_button.clicked.connect(self._show_ledger)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.ledger_button)
        line.addStretch(1)
        return stacked(self.referral_section, self.consent_section, row)

    def _show_ledger(self) -> None:
        if self.client_id is not None:
            self.open_record.emit("outbound_ledger", self.client_id)

    def _conflicts_page(self) -> QWidget:
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.conflict_text.setAccessibleName(self.tr("The selected conflict in full"))
        self.conflicts.selectionModel().selectionChanged.connect(lambda *_: self._show_conflict())
        self.conflicts.row_model.modelReset.connect(self._show_conflict)
        section = TableSection(self.conflicts, self.tr("No conflicts of interest recorded for this client."))
        return stacked(section, self.conflict_text)

    def _show_conflict(self) -> None:
        chosen = self.conflicts.selected()
        if chosen is not None:
            self.conflict_text.setText(conflict_text(chosen))
        elif self.conflicts.row_model.rowCount():
            self.conflict_text.setText(self.tr("Select a conflict to read it in full, with its safeguards."))
        else:
            self.conflict_text.clear()

    def _record_page(self) -> QWidget:
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.summary_label)
        self.packages_label = quiet_label()
        self.packages_label.setAccessibleName(self.tr("Sessions left in the packages"))
        self.packages_label.hide()
        names.addWidget(self.packages_label)
        header.addLayout(names, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.record_actions.button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 4)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        return page

    # ----- showing -------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        """Read from the vault ``sessions`` opens sessions on (nothing shows until ``show_client``)."""
        self._open_db = open_db
        self.goals.attach(open_db)
        self.record_actions.attach(open_db)

    def show_client(self, client_id: uuid.UUID | None) -> None:
        """Show the client's record, or the hint to select one when ``client_id`` is None (or is gone)."""
        from coachdesk.services.client_overview import client_overview
        from coachdesk.services.errors import NotFound
        from coachdesk.services.packages import packages_of_client

        if client_id is None or self._open_db is None:
            self._forget()
            return
        try:
            with self._open_db() as db:
                overview = client_overview(db, client_id)
                packages = packages_of_client(db, client_id)
        except NotFound:
            self._forget()
            return
        self._show(overview)
        titles = {e.id: e.title for e in overview.engagements}
        self.packages_label.setText(packages_text(packages, titles))
        self.packages_label.setVisible(bool(self.packages_label.text()))

    def refresh(self) -> None:
        """Show the current client again (after a change anywhere)."""
        self.show_client(self.client_id)

    def clear(self) -> None:
        """Forget the client shown and the vault (on lock)."""
        self._open_db = None
        self.goals.attach(None)
        self.record_actions.attach(None)
        self._forget()

    def _forget(self) -> None:
        self.client_id = None
        self.overview = None
        self.name_label.clear()
        self.summary_label.clear()
        self.packages_label.clear()
        self.packages_label.hide()
        self.profile.show_overview(None)
        for table in self._tables():
            table.clear_rows()
        self.goals.clear()
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)

    def _tables(self) -> list[RecordTable[Any]]:
        return [self.engagements, self.sessions, self.referrals, self.consents, self.conflicts, self.timeline]

    def _show(self, overview: ClientOverview) -> None:
        profile = overview.profile
        if profile.id != self.client_id:
            for table in self._tables():
                table.clearSelection()
        self.client_id = profile.id
        self.overview = overview
        self.name_label.setText(profile.name)
        self.summary_label.setText(self._summary(overview))
        self.profile.show_overview(overview)
        self.engagements.set_rows(overview.engagements)
        self.sessions.set_rows(overview.sessions)
        self.goals.show_rows(profile.id, overview.goals, overview.action_items)
        self.referrals.set_rows(overview.referrals)
        self.consents.set_rows(overview.consents)
        self.conflicts.set_rows(overview.conflicts)
        self.timeline.set_rows(overview.timeline)
        self.pages.setCurrentIndex(1)

    @staticmethod
    def _summary(overview: ClientOverview) -> str:
        profile = overview.profile
        parts = [status_word(profile.status)]
        work = ", ".join(p for p in (profile.role, profile.organisation) if p)
        if work:
            parts.append(work)
        current = next((e for e in overview.engagements if e.status is EngagementStatus.ACTIVE), None)
        if current is not None:
            translate = QCoreApplication.translate
            parts.append(
                translate("ClientDetailPane", "In a three-way engagement")
                if current.three_way
                else translate("ClientDetailPane", "In a two-party engagement")
            )
        return " · ".join(parts)

    # ----- acting --------------------------------------------------------------------------------------

    def edit_client(self) -> Changes | None:
        """Open the client form for the client shown; the pane shows the result."""
        from coachdesk.ui.clients.client_dialog import ClientDialog

        if self._open_db is None or self.client_id is None:
            return None
        dialog = ClientDialog(self._open_db, self.client_id, self)
        if not dialog.exec() or dialog.changes is None:
            return None
        self._changed_here(dialog.changes)
        return dialog.changes

    def _changed_here(self, changes: Changes) -> None:
        self.refresh()
        self.changed.emit(changes)

    def _open_event(self, event: TimelineEvent) -> None:
        if event.kind == "client":
            self.tabs.setCurrentWidget(self.profile)
        elif event.kind == "goal":
            self.goals.edit_goal(event.record_id)
        elif event.kind == "action_item":
            self.goals.edit_action_item(event.record_id)
        elif event.kind == "note_amendment" and event.session_id is not None:
            self.open_record.emit("session", event.session_id)
        else:
            self.open_record.emit(event.kind, event.record_id)
