"""The Ethics area: open conflicts, consents expiring or withdrawn, disclosures, referrals awaiting
follow-up and boundary incidents, each opening its record; new disclosures and incidents from here."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.ethics_log import EthicsItem, EthicsLog, ethics_log
from coachdesk.services.folding import fold
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.ui.ethics.ledger_view import LedgerPanel
from coachdesk.ui.ethics.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel, local_date_text

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes


class EthicsColumn(IntEnum):
    DATE = 0
    CLIENT = 1
    WHAT = 2
    DETAIL = 3


COLUMNS: dict[IntEnum, Column[EthicsItem]] = {
    EthicsColumn.DATE: Column(
        QT_TRANSLATE_NOOP("EthicsTableModel", "Date"),
        lambda r, loc: local_date_text(r.day, loc),
        lambda r: None if r.day is None else r.day.toordinal(),
    ),
    EthicsColumn.CLIENT: Column(
        QT_TRANSLATE_NOOP("EthicsTableModel", "Client"),
        lambda r, _l: r.client_name,
        lambda r: fold(r.client_name) or None,
    ),
    EthicsColumn.WHAT: Column(
        QT_TRANSLATE_NOOP("EthicsTableModel", "What"), lambda r, _l: r.title, lambda r: fold(r.title)
    ),
    EthicsColumn.DETAIL: Column(
        QT_TRANSLATE_NOOP("EthicsTableModel", "Details"),
        lambda r, _l: " ".join(r.detail.split()),
        lambda r: fold(r.detail),
    ),
}
# (attribute of EthicsLog, tab title, what the empty tab says)
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "conflicts",
        QT_TRANSLATE_NOOP("EthicsView", "Open conflicts"),
        QT_TRANSLATE_NOOP("EthicsView", "No conflict of interest is waiting for your decision."),
    ),
    (
        "consents",
        QT_TRANSLATE_NOOP("EthicsView", "Consents"),
        QT_TRANSLATE_NOOP(
            "EthicsView", "No consent expires in the next 30 days, and none was withdrawn in the last year."
        ),
    ),
    (
        "disclosures",
        QT_TRANSLATE_NOOP("EthicsView", "Disclosures"),
        QT_TRANSLATE_NOOP("EthicsView", "No confidential information has been disclosed."),
    ),
    (
        "referrals",
        QT_TRANSLATE_NOOP("EthicsView", "Referral follow-ups"),
        QT_TRANSLATE_NOOP("EthicsView", "No referral is waiting for a follow-up."),
    ),
    (
        "boundary_incidents",
        QT_TRANSLATE_NOOP("EthicsView", "Boundary incidents"),
        QT_TRANSLATE_NOOP("EthicsView", "No boundary incident has been logged."),
    ),
)


class EthicsTableModel(RowTableModel[EthicsItem]):
    def __init__(self, parent: QWidget | None = None) -> None:
        specs = {
            column: Column(
                QCoreApplication.translate("EthicsTableModel", spec.header),
                spec.text,
                spec.sort,
                spec.align_right,
            )
            for column, spec in COLUMNS.items()
        }
        super().__init__(EthicsColumn, specs, parent, strong=lambda item: item.attention)


class EthicsFilterProxy(RowFilterProxy[EthicsItem]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            EthicsItem, lambda r: (r.client_name, r.title, r.detail), lambda r: (str(r.record_id),), parent
        )


class EthicsSection(QWidget):
    """One tab: a table of items and the buttons that act on them."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.model = EthicsTableModel(self)
        self.proxy = EthicsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table: QTableView = make_table(self.proxy, name)
        self.table.sortByColumn(EthicsColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._fitted = False

    def set_items(self, items: tuple[EthicsItem, ...]) -> None:
        self.model.set_rows(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items and not self._fitted:
            fit_columns(self.table)
            self._fitted = True

    def selected(self) -> EthicsItem | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def add_button(
        self, text: str, slot: Callable[[], object], *, needs_selection: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        if needs_selection:
            button.setEnabled(False)
            self.table.selectionModel().selectionChanged.connect(
                lambda *_a: button.setEnabled(self.table.selectionModel().hasSelection())
            )
        return button


class EthicsView(QWidget):
    """The ethics record; ``open_record(kind, record id, client id)`` for records kept elsewhere."""

    changed = Signal(object)  # Changes
    open_record = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self.log: EthicsLog | None = None
        # Replaceable in tests: the date the record is read on.
        self.today: Callable[[], date] = date.today
        # Replaceable in tests: choose the client a new record is about (None: cancelled).
        self.choose_client: Callable[[], uuid.UUID | None] = self._choose_client
        intro = QLabel(
            self.tr(
                "Your ethics record: what waits for a decision or a follow-up is in bold. "
                "Open any line with Enter or a double-click."
            )
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Ethics record"))
        self.sections: dict[str, EthicsSection] = {}
        self._titles = {name: QCoreApplication.translate("EthicsView", title) for name, title, _e in SECTIONS}
        for name, _title, empty in SECTIONS:
            title = self._titles[name]
            section = EthicsSection(title, QCoreApplication.translate("EthicsView", empty))
            section.table.activated.connect(lambda index, s=section: self._open(s, index))
            self.sections[name] = section
            self.tabs.addTab(section, title)
        self.ledger = LedgerPanel()
        self.tabs.addTab(self.ledger, self.tr("Sent out"))
        conflicts, consents = self.sections["conflicts"], self.sections["consents"]
        conflicts.add_button(self.tr("Decide…"), lambda: self._open_selected(conflicts), needs_selection=True)
        consents.add_button(self.tr("Withdraw…"), self.withdraw_selected, needs_selection=True)
        consents.add_button(self.tr("Edit…"), lambda: self._open_selected(consents), needs_selection=True)
        consents.add_button(
            self.tr("What was sent under it"), self.show_sent_under_selected, needs_selection=True
        )
        self.sections["disclosures"].add_button(self.tr("Record a disclosure…"), self.record_disclosure)
        self.sections["boundary_incidents"].add_button(self.tr("Log an incident…"), self.log_incident)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

    # ----- life ------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        if self._open_db is None:
            return
        with self._open_db() as db:
            self.log = ethics_log(db, self.today())
            self.ledger.set_lines(ledger_lines(db))
        for index, (name, _title, _empty) in enumerate(SECTIONS):
            items: tuple[EthicsItem, ...] = getattr(self.log, name)
            self.sections[name].set_items(items)
            self.tabs.setTabText(
                index, f"{self._titles[name]} ({len(items)})" if items else self._titles[name]
            )

    def clear(self) -> None:
        self._open_db = None
        self.log = None
        self.ledger.clear()
        for index, (name, _title, _empty) in enumerate(SECTIONS):
            self.sections[name].set_items(())
            self.tabs.setTabText(index, self._titles[name])

    def show_section(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.sections[name])

    def show_sent_under_selected(self) -> None:
        """The ledger narrowed to what was sent under the selected consent."""
        item = self.sections["consents"].selected()
        if item is not None:
            self.ledger.show_client(None)
            about = self.tr("%1's consent (%2)").replace("%1", item.client_name).replace("%2", item.title)
            self.ledger.show_consent(item.record_id, about)
            self.tabs.setCurrentWidget(self.ledger)

    def show_client_ledger(self, client_id: uuid.UUID) -> None:
        """The ledger narrowed to what left the vault about ``client_id``."""
        self.ledger.show_consent(None)
        self.ledger.show_client(client_id)
        self.tabs.setCurrentWidget(self.ledger)

    # ----- opening records ---------------------------------------------------------------------------

    def _open(self, section: EthicsSection, index: QModelIndex) -> None:
        item = section.proxy.row_at(index)
        if item is not None:
            self.open_item(item)

    def _open_selected(self, section: EthicsSection) -> None:
        item = section.selected()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: EthicsItem) -> Changes | None:
        """Conflicts, consents and referrals open in their dialogs; the rest with their client."""
        if self._open_db is None:
            return None
        dialog: QDialog | None = None
        if item.kind == "conflict":
            from coachdesk.ui.ethics.conflict_dialogs import ConflictDecisionDialog

            dialog = ConflictDecisionDialog(self._open_db, item.record_id, self)
        elif item.kind == "consent" and item.client_id is not None:
            from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

            dialog = ConsentDialog(
                self._open_db, client_id=item.client_id, consent_id=item.record_id, parent=self
            )
        elif item.kind == "referral":
            from coachdesk.ui.referrals.referral_dialog import ReferralDialog

            dialog = ReferralDialog(self._open_db, item.record_id, parent=self)
        else:
            self.open_record.emit(item.kind, item.record_id, item.client_id)
            return None
        return self._run(dialog)

    def open_conflict(self, conflict_id: uuid.UUID) -> Changes | None:
        from coachdesk.ui.ethics.conflict_dialogs import ConflictDecisionDialog

        if self._open_db is None:
            return None
        return self._run(ConflictDecisionDialog(self._open_db, conflict_id, self))

    def open_consent(self, consent_id: uuid.UUID) -> Changes | None:
        from coachdesk.services.consents import find_consent
        from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

        if self._open_db is None:
            return None
        with self._open_db() as db:
            consent = find_consent(db, consent_id)
            client_id = None if consent is None else consent.client_id
        if client_id is None:
            return None
        return self._run(
            ConsentDialog(self._open_db, client_id=client_id, consent_id=consent_id, parent=self)
        )

    def _run(self, dialog: QDialog) -> Changes | None:
        accepted = dialog.exec()
        changes: Changes | None = getattr(dialog, "changes", None)
        if not accepted or changes is None:
            return None
        self.refresh()
        self.changed.emit(changes)
        return changes

    # ----- new records -------------------------------------------------------------------------------

    def withdraw_selected(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import WithdrawConsentDialog

        item = self.sections["consents"].selected()
        if item is None or self._open_db is None:
            return None
        return self._run(WithdrawConsentDialog(self._open_db, item.record_id, self))

    def record_disclosure(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import DisclosureDialog

        client = self.choose_client() if self._open_db is not None else None
        if client is None or self._open_db is None:
            return None
        return self._run(DisclosureDialog(self._open_db, client, self))

    def log_incident(self) -> Changes | None:
        from coachdesk.ui.ethics.consent_dialogs import BoundaryIncidentDialog

        client = self.choose_client() if self._open_db is not None else None
        if client is None or self._open_db is None:
            return None
        return self._run(BoundaryIncidentDialog(self._open_db, client, self))

    def _choose_client(self) -> uuid.UUID | None:
        from coachdesk.ui.kit.client_picker_dialog import ClientPickerDialog

        assert self._open_db is not None
        picker = ClientPickerDialog(self._open_db, self)
        return picker.client_id() if picker.exec() else None

    # ----- UI state ----------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        settings.setValue("ethics_view/tab", self.tabs.currentIndex())

    def restore_ui_state(self, settings: QSettings) -> None:
        value: Any = settings.value("ethics_view/tab")
        try:
            index = int(value)
        except (TypeError, ValueError):
            return
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
