"""The outbound ledger in the Ethics area: what left the vault, when, to whom, on what basis.

For the practice, for one client, or for one consent (what was sent under a consent since withdrawn).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import Db
from coachdesk.services.folding import fold
from coachdesk.services.outbound_ledger import CHANNEL_WORDS, LedgerLine, ledger_lines
from coachdesk.ui.ethics.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import (
    Column,
    RowFilterProxy,
    RowTableModel,
    local_date_text,
    local_datetime_text,
)


class LedgerColumn(IntEnum):
    SENT = 0
    WHAT = 1
    CLIENTS = 2
    RECIPIENT = 3
    BASIS = 4
    CHANNEL = 5
    FILE = 6
    FINGERPRINT = 7


def _stamp(moment: datetime) -> float:
    return moment.timestamp()


COLUMNS: dict[IntEnum, Column[LedgerLine]] = {
    LedgerColumn.SENT: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "Sent"),
        lambda r, loc: local_datetime_text(r.sent_at, loc),
        lambda r: _stamp(r.sent_at),
    ),
    LedgerColumn.WHAT: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "What"), lambda r, _l: r.what, lambda r: fold(r.what)
    ),
    LedgerColumn.CLIENTS: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "About"),
        lambda r, _l: r.clients_text,
        lambda r: fold(r.clients_text) or None,
    ),
    LedgerColumn.RECIPIENT: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "To"),
        lambda r, _l: r.recipient,
        lambda r: fold(r.recipient),
    ),
    LedgerColumn.BASIS: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "Basis"),
        lambda r, _l: r.basis_text,
        lambda r: fold(r.basis_text),
    ),
    LedgerColumn.CHANNEL: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "How"),
        lambda r, _l: CHANNEL_WORDS[r.channel],
        lambda r: r.channel.value,
    ),
    LedgerColumn.FILE: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "File"),
        lambda r, _l: r.description,
        lambda r: fold(r.description),
    ),
    LedgerColumn.FINGERPRINT: Column(
        QT_TRANSLATE_NOOP("LedgerTableModel", "SHA-256"), lambda r, _l: r.sha256, lambda r: r.sha256
    ),
}
EMPTY = QT_TRANSLATE_NOOP(
    "LedgerPanel",
    "Nothing has left the vault yet. Every document you export or print is listed here: when, "
    "about whom, to whom, on what basis, and the fingerprint (SHA-256) of exactly what left.",
)


def sent_under(db: Db, consent_id: uuid.UUID) -> str:
    """What was sent under the consent, in one sentence for its dialogs ("" when nothing was)."""
    lines = ledger_lines(db, consent_id=consent_id)
    if not lines:
        return QCoreApplication.translate("LedgerPanel", "Nothing has been sent under this consent.")
    one = QCoreApplication.translate("LedgerPanel", "{what} to {recipient}, {day}")
    sent = "; ".join(
        one.format(
            what=line.what, recipient=line.recipient, day=local_date_text(line.sent_at.astimezone().date())
        )
        for line in lines
    )
    return QCoreApplication.translate("LedgerPanel", "Sent under this consent: %1.").replace("%1", sent)


class LedgerTableModel(RowTableModel[LedgerLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        specs = {
            column: Column(
                QCoreApplication.translate("LedgerTableModel", spec.header),
                spec.text,
                spec.sort,
                spec.align_right,
            )
            for column, spec in COLUMNS.items()
        }
        super().__init__(LedgerColumn, specs, parent)


class LedgerFilterProxy(RowFilterProxy[LedgerLine]):
    """Narrows the ledger to one client or one consent, and by free text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            LedgerLine,
            lambda r: (r.what, r.clients_text, r.recipient, r.basis_text, r.description, r.sha256),
            lambda r: (str(r.id),),
            parent,
        )
        self.client_id: uuid.UUID | None = None
        self.consent_id: uuid.UUID | None = None

    def accepts(self, row: LedgerLine) -> bool:
        if self.client_id is not None and self.client_id not in row.client_ids:
            return False
        return self.consent_id is None or row.consent_id == self.consent_id


class LedgerPanel(QWidget):
    """The ledger's tab: a client filter, a search, the table, and what a consent filter shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LedgerTableModel(self)
        self.proxy = LedgerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table: QTableView = make_table(self.proxy, self.tr("Sent out"))
        self.table.sortByColumn(LedgerColumn.SENT, Qt.SortOrder.DescendingOrder)
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.client.currentIndexChanged.connect(self._client_chosen)
        self.search = QLineEdit(placeholderText=self.tr("Search what was sent, to whom…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the outbound ledger"))
        self.search.textChanged.connect(self.proxy.set_filter_text)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.show_all = QPushButton(self.tr("Show everything"))
        self.show_all.clicked.connect(lambda _checked=False: self.show_consent(None))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_note, 1)
        consent_row.addWidget(self.show_all)
        self.consent_bar = QWidget()
        self.consent_bar.setLayout(consent_row)
        consent_row.setContentsMargins(0, 0, 0, 0)
        self.consent_bar.hide()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Client:")))
        filters.addWidget(self.client)
        filters.addWidget(self.search, 1)
        self.empty = QLabel(QCoreApplication.translate("LedgerPanel", EMPTY))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.consent_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._fitted = False
        self.set_lines(())

    def set_lines(self, lines: tuple[LedgerLine, ...] | list[LedgerLine]) -> None:
        """Show ``lines`` (newest first), keeping the chosen client when they are still in it."""
        chosen = self.proxy.client_id
        self.model.set_rows(lines)
        clients: dict[uuid.UUID, str] = {}
        for line in lines:
            clients.update(zip(line.client_ids, line.clients, strict=True))
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for client_id, name in sorted(clients.items(), key=lambda item: fold(item[1])):
            self.client.addItem(name, client_id)
        index = self._index_of(chosen) if chosen in clients else 0
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)
        if chosen not in clients:
            self.proxy.refilter(lambda: setattr(self.proxy, "client_id", None))
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        if lines and not self._fitted:
            fit_columns(self.table, widest=180)
            self._fitted = True

    def clear(self) -> None:
        self.show_consent(None)
        self.set_lines(())

    def show_client(self, client_id: uuid.UUID | None) -> None:
        """Narrow to what left about ``client_id`` (None: the whole practice)."""
        index = self._index_of(client_id) if client_id is not None else 0
        if index < 0:  # nothing left about this client: an empty list, not the practice's
            self.client.addItem(self.tr("This client"), client_id)
            index = self.client.count() - 1
        self.client.setCurrentIndex(index)
        self._client_chosen()

    def show_consent(self, consent_id: uuid.UUID | None, about: str = "") -> None:
        """Narrow to what was sent under the consent ``consent_id`` (None: everything)."""
        self.proxy.refilter(lambda: setattr(self.proxy, "consent_id", consent_id))
        self.consent_bar.setVisible(consent_id is not None)
        count = self.proxy.rowCount()
        if count == 0:
            sent = self.tr("nothing")
        else:
            sent = self.tr("1 document") if count == 1 else self.tr("%n documents", "", count)
        self.consent_note.setText(self.tr("Sent under %1: %2.").replace("%1", about).replace("%2", sent))

    def _index_of(self, client_id: uuid.UUID | None) -> int:
        """The client list's row for ``client_id`` (Qt cannot compare UUIDs itself); -1 if absent."""
        return next((i for i in range(self.client.count()) if self.client.itemData(i) == client_id), -1)

    def _client_chosen(self) -> None:
        value = self.client.currentData()
        chosen = value if isinstance(value, uuid.UUID) else None
        self.proxy.refilter(lambda: setattr(self.proxy, "client_id", chosen))

    def selected(self) -> LedgerLine | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None
