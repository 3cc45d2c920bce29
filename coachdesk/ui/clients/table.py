"""The client list: a table model over ``ClientRow``s and a proxy that filters by text and status.

The model sorts and narrows its rows itself, all at once (``ShownRowsModel``): a keystroke in the
filter costs one pass over the clients, not a call into Python for each of them.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject

from coachdesk.domain import ClientStatus
from coachdesk.services.clients import ClientRow
from coachdesk.services.folding import fold
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.row_table import (
    OBJECT_ROLE,
    SORT_ROLE,
    Column,
    local_day_text,
    timestamp,
)
from coachdesk.ui.kit.shown_rows import ShownRowsModel, ShownRowsProxy

__all__ = [
    "OBJECT_ROLE",
    "SORT_ROLE",
    "STATUS_WORDS",
    "ClientColumn",
    "ClientFilterProxy",
    "ClientTableModel",
    "status_word",
]


class ClientColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    STATUS = 2
    LAST_SESSION = 3
    NEXT_SESSION = 4
    ACTIVE_ENGAGEMENT = 5


STATUS_WORDS: dict[ClientStatus, str] = {
    ClientStatus.PROSPECT: QT_TRANSLATE_NOOP("ClientTableModel", "Prospect"),
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("ClientTableModel", "Active"),
    ClientStatus.PAUSED: QT_TRANSLATE_NOOP("ClientTableModel", "Paused"),
    ClientStatus.COMPLETED: QT_TRANSLATE_NOOP("ClientTableModel", "Completed"),
    ClientStatus.DECLINED: QT_TRANSLATE_NOOP("ClientTableModel", "Declined"),
    ClientStatus.REFERRED_OUT: QT_TRANSLATE_NOOP("ClientTableModel", "Referred out"),
}
# Statuses sort in the order a client moves through them, not alphabetically.
_STATUS_ORDER = {status: i for i, status in enumerate(ClientStatus)}


def status_word(status: ClientStatus | str) -> str:
    word = STATUS_WORDS.get(ClientStatus(status))
    return str(status) if word is None else QCoreApplication.translate("ClientTableModel", word)


COLUMNS: dict[IntEnum, Column[ClientRow]] = {
    ClientColumn.NAME: Column(
        QT_TRANSLATE_NOOP("ClientTableModel", "Name"), lambda r, _l: r.name, lambda r: fold(r.name)
    ),
    ClientColumn.ORGANISATION: Column(
        QT_TRANSLATE_NOOP("ClientTableModel", "Organisation"),
        lambda r, _l: r.organisation,
        lambda r: fold(r.organisation) or None,
    ),
    ClientColumn.STATUS: Column(
        QT_TRANSLATE_NOOP("ClientTableModel", "Status"),
        lambda r, _l: status_word(r.status),
        lambda r: _STATUS_ORDER.get(ClientStatus(r.status), len(_STATUS_ORDER)),
    ),
    ClientColumn.LAST_SESSION: Column(
        QT_TRANSLATE_NOOP("ClientTableModel", "Last session"),
        lambda r, loc: local_day_text(r.last_session, loc),  # the time is in the record
        lambda r: timestamp(r.last_session),
    ),
    ClientColumn.NEXT_SESSION: Column(
        QT_TRANSLATE_NOOP("ClientTableModel", "Next session"),
        lambda r, loc: local_day_text(r.next_session, loc),
        lambda r: timestamp(r.next_session),
    ),
    ClientColumn.ACTIVE_ENGAGEMENT: Column(
        QT_TRANSLATE_NOOP("ClientTableModel", "Active engagement"),
        lambda r, _l: r.active_engagement,
        lambda r: fold(r.active_engagement) or None,
    ),
}


def _tie(row: ClientRow) -> tuple[str, str]:
    return (fold(row.name), str(row.id))


class ClientTableModel(ShownRowsModel[ClientRow]):
    """One row per client; refresh with ``set_rows(client_rows(session))``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ClientColumn, COLUMNS, _tie, parent)


class ClientFilterProxy(ShownRowsProxy[ClientRow]):
    """Narrows the clients by free text (name, organisation, engagement) and by status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            ClientRow,
            lambda r: (r.name, r.organisation, r.active_engagement),
            _tie,
            parent,
        )
        self._status: ClientStatus | None = None

    @property
    def status(self) -> ClientStatus | None:
        return self._status

    def set_status(self, status: ClientStatus | str | None) -> None:
        """Only clients with this status; None for all."""
        wanted = None if status is None else ClientStatus(status)
        if wanted != self._status:
            self.refilter(lambda: setattr(self, "_status", wanted))

    def accepts(self, row: ClientRow) -> bool:
        return self._status is None or row.status == self._status
