"""The agreement list: a model over ``AgreementRow``s, a proxy filtering them, column widths, wording."""

from __future__ import annotations

import uuid
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QTableView

from coachdesk.domain import EngagementStatus, FeeBasis, Payer
from coachdesk.services.agreement_list import AgreementRow
from coachdesk.services.folding import fold
from coachdesk.ui.agreements.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.ui.kit.row_table import Column, local_date_text
from coachdesk.ui.kit.shown_rows import ShownRowsModel, ShownRowsProxy


class AgreementColumn(IntEnum):
    CLIENT = 0
    TITLE = 1
    PARTIES = 2
    STATUS = 3
    START = 4
    END = 5
    SIGNED = 6
    SESSIONS = 7
    FEE = 8


CONTEXT = "AgreementTable"

# The statuses' words, in English; ``status_word`` gives them in the coach's language.
STATUS_WORDS: dict[EngagementStatus, str] = {
    EngagementStatus.DRAFT: QT_TRANSLATE_NOOP("AgreementTable", "Draft"),
    EngagementStatus.SENT: QT_TRANSLATE_NOOP("AgreementTable", "Sent"),
    EngagementStatus.SIGNED: QT_TRANSLATE_NOOP("AgreementTable", "Signed"),
    EngagementStatus.ACTIVE: QT_TRANSLATE_NOOP("AgreementTable", "Active"),
    EngagementStatus.COMPLETED: QT_TRANSLATE_NOOP("AgreementTable", "Completed"),
    EngagementStatus.TERMINATED: QT_TRANSLATE_NOOP("AgreementTable", "Terminated"),
}
# Statuses sort in the order an agreement moves through them.
_STATUS_ORDER = {status: i for i, status in enumerate(EngagementStatus)}


def status_word(status: EngagementStatus | str) -> str:
    """The status in the coach's language."""
    word = STATUS_WORDS.get(EngagementStatus(status))
    return QCoreApplication.translate(CONTEXT, word) if word else str(status)


def fee_text(
    minor: int,
    currency: str,
    basis: FeeBasis | str,
    payer: Payer | str | None = None,
    locale: QLocale | None = None,
) -> str:
    """The fee in words: "€220.00 per session", with ", paid by the sponsor" when ``payer`` is given."""
    if minor == 0:
        return QCoreApplication.translate("AgreementTable", "No fee (pro bono)")
    per_session = FeeBasis(basis) is FeeBasis.PER_SESSION
    if payer is None:
        text = (
            QCoreApplication.translate("AgreementTable", "{amount} per session")
            if per_session
            else QCoreApplication.translate("AgreementTable", "{amount} for the engagement")
        )
    elif Payer(payer) is Payer.SPONSOR:
        text = (
            QCoreApplication.translate("AgreementTable", "{amount} per session, paid by the sponsor")
            if per_session
            else QCoreApplication.translate(
                "AgreementTable", "{amount} for the engagement, paid by the sponsor"
            )
        )
    else:
        text = (
            QCoreApplication.translate("AgreementTable", "{amount} per session, paid by the client")
            if per_session
            else QCoreApplication.translate(
                "AgreementTable", "{amount} for the engagement, paid by the client"
            )
        )
    return text.format(amount=money_text(minor, currency, locale))


def status_text(row: AgreementRow, locale: QLocale | None = None) -> str:
    """The status; while awaiting signature, with the date it was sent."""
    if row.status is EngagementStatus.SENT and row.sent_on is not None:
        return QCoreApplication.translate("AgreementTable", "Sent {day}").format(
            day=local_date_text(row.sent_on, locale)
        )
    return status_word(row.status)


def sessions_text(done: int, planned: int | None) -> str:
    if planned:
        return QCoreApplication.translate("AgreementTable", "{done} of {planned}").format(
            done=done, planned=planned
        )
    return QCoreApplication.translate("AgreementTable", "{done} (as agreed)").format(done=done)


def parties_text(row: AgreementRow) -> str:
    """The sponsor of a three-way agreement; a two-party one says so."""
    return row.sponsor if row.three_way else QCoreApplication.translate("AgreementTable", "— two-party")


def deletion_question(row: AgreementRow, linked: dict[str, int]) -> str:
    """The question before deleting ``row``'s agreement, naming what stays with the client."""
    parts = [_counted(table, count) for table, count in linked.items() if count]
    question = QCoreApplication.translate("AgreementTable", "Delete the agreement “{title}” with {client}?")
    stays = QCoreApplication.translate(
        "AgreementTable", "Its {records} stay with {client}, no longer linked to an agreement."
    )
    text = question.format(title=row.title, client=row.client_name)
    if parts:
        text += " " + stays.format(records=", ".join(parts), client=row.client_name)
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "AgreementTable", "This cannot be undone, except from a backup made before."
        )
    )


def _counted(table: str, count: int) -> str:
    """``count`` records of ``table`` in words ("2 sessions"). Singular and plural apart: the German
    and French plural is the same for every count above one."""
    one = count == 1
    if table == "coaching_session":
        text = (
            QCoreApplication.translate("AgreementTable", "1 session")
            if one
            else QCoreApplication.translate("AgreementTable", "{count} sessions")
        )
    elif table == "goal":
        text = (
            QCoreApplication.translate("AgreementTable", "1 goal")
            if one
            else QCoreApplication.translate("AgreementTable", "{count} goals")
        )
    elif table == "conflict":
        text = (
            QCoreApplication.translate("AgreementTable", "1 conflict record")
            if one
            else QCoreApplication.translate("AgreementTable", "{count} conflict records")
        )
    else:
        text = "{count} " + table.replace("_", " ")
    return text.format(count=count)


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their text; the title and sponsor give way when the table is too narrow."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = header.count() - 1
    natural = sum(table.columnWidth(c) for c in range(last)) + max(
        table.sizeHintForColumn(last), header.sectionSizeHint(last)
    )
    excess = natural - table.viewport().width()
    character = table.fontMetrics().averageCharWidth()
    spare = {c: table.columnWidth(c) - n * character for c, n in _NARROWEST.items()}
    room = sum(max(s, 0) for s in spare.values())
    if excess > 0 and room > 0:
        for column, can_give in spare.items():
            if can_give > 0:
                give = round(min(excess, room) * can_give / room)
                table.setColumnWidth(column, table.columnWidth(column) - give)


def _day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


COLUMNS: dict[IntEnum, Column[AgreementRow]] = {
    AgreementColumn.CLIENT: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Client"),
        lambda r, _l: r.client_name,
        lambda r: fold(r.client_name),
    ),
    AgreementColumn.TITLE: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Agreement"), lambda r, _l: r.title, lambda r: fold(r.title)
    ),
    AgreementColumn.PARTIES: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Sponsor"),
        lambda r, _l: parties_text(r),
        lambda r: fold(r.sponsor) if r.three_way else None,
    ),
    AgreementColumn.STATUS: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Status"), status_text, lambda r: _STATUS_ORDER.get(r.status, 99)
    ),
    AgreementColumn.START: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Starts"),
        lambda r, loc: local_date_text(r.start_date, loc),
        lambda r: _day(r.start_date),
    ),
    AgreementColumn.END: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Ends"),
        lambda r, loc: local_date_text(r.end_date, loc),
        lambda r: _day(r.end_date),
    ),
    AgreementColumn.SIGNED: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Signed"),
        lambda r, loc: local_date_text(r.signed_on, loc),
        lambda r: _day(r.signed_on),
    ),
    AgreementColumn.SESSIONS: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Sessions"),
        lambda r, _l: sessions_text(r.sessions_done, r.sessions_planned),
        lambda r: r.sessions_done,
        align_right=True,
    ),
    AgreementColumn.FEE: Column(
        QT_TRANSLATE_NOOP("AgreementTable", "Fee"),
        lambda r, loc: fee_text(r.fee_minor, r.currency, r.fee_basis, None, loc),
        lambda r: r.fee_minor,
    ),
}


# Columns that give up width when the table is too narrow, down to this many average characters
# (their full text is in the tooltip).
_NARROWEST = {AgreementColumn.TITLE: 30, AgreementColumn.PARTIES: 20}


def _tie(row: AgreementRow) -> tuple[str, str, str]:
    return (fold(row.client_name), fold(row.title), str(row.id))


class AgreementTableModel(ShownRowsModel[AgreementRow]):
    """One row per engagement, sorted and narrowed here (``ShownRowsModel``); refresh with
    ``set_rows(agreement_rows(session))``."""

    def __init__(self, parent: QObject | None = None) -> None:
        specs = {
            column: Column(
                QCoreApplication.translate(CONTEXT, spec.header), spec.text, spec.sort, spec.align_right
            )
            for column, spec in COLUMNS.items()
        }
        super().__init__(AgreementColumn, specs, _tie, parent)

    def index_of_id(self, engagement_id: uuid.UUID) -> int:
        """The row ``engagement_id`` is shown on, or -1."""
        return next((i for i, row in enumerate(self.rows()) if row.id == engagement_id), -1)


class AgreementFilterProxy(ShownRowsProxy[AgreementRow]):
    """Narrows the agreements by free text (client, title, sponsor), by status and to one client."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(AgreementRow, lambda r: (r.client_name, r.title, r.sponsor), _tie, parent)
        self._status: EngagementStatus | None = None
        self._client_id: uuid.UUID | None = None

    @property
    def status(self) -> EngagementStatus | None:
        return self._status

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    def set_status(self, status: EngagementStatus | str | None) -> None:
        """Only agreements with this status; None for all."""
        wanted = None if status is None else EngagementStatus(status)
        if wanted != self._status:
            self.refilter(lambda: setattr(self, "_status", wanted))

    def set_client(self, client_id: uuid.UUID | None) -> None:
        """Only this client's agreements; None for everyone's."""
        if client_id != self._client_id:
            self.refilter(lambda: setattr(self, "_client_id", client_id))

    def accepts(self, row: AgreementRow) -> bool:
        if self._status is not None and row.status != self._status:
            return False
        return self._client_id is None or row.client_id == self._client_id
