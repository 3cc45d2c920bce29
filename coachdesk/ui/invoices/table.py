"""The invoice list: a model over ``InvoiceRow``s, a proxy filtering them by status, and their wording."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from coachdesk.domain import InvoiceKind
from coachdesk.services.folding import fold
from coachdesk.services.invoice_list import InvoiceRow
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.ui.invoices.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel, local_date_text

CONTEXT = "Invoices"


def translated(text: str) -> str:
    """A word marked with ``QT_TRANSLATE_NOOP("Invoices", …)``, in the coach's language."""
    return QCoreApplication.translate(CONTEXT, text)


class InvoiceColumn(IntEnum):
    NUMBER = 0
    KIND = 1
    PAYER = 2
    ISSUED = 3
    DUE = 4
    GROSS = 5
    BALANCE = 6
    STATUS = 7


# The statuses in the words of the list and its filter (translated where shown).
STATUS_WORDS: dict[InvoiceStatus, str] = {
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("Invoices", "Draft"),
    InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("Invoices", "Issued"),
    InvoiceStatus.PARTLY_PAID: QT_TRANSLATE_NOOP("Invoices", "Partly paid"),
    InvoiceStatus.PAID: QT_TRANSLATE_NOOP("Invoices", "Paid"),
    InvoiceStatus.OVERDUE: QT_TRANSLATE_NOOP("Invoices", "Overdue"),
    InvoiceStatus.CREDITED: QT_TRANSLATE_NOOP("Invoices", "Credited"),
    InvoiceStatus.REFUND_DUE: QT_TRANSLATE_NOOP("Invoices", "Refund due"),
}
_STATUS_ORDER = {status: i for i, status in enumerate(InvoiceStatus)}


def status_text(row: InvoiceRow) -> str:
    return translated(STATUS_WORDS[row.status])


def kind_text(kind: InvoiceKind) -> str:
    if kind is InvoiceKind.CREDIT_NOTE:
        return QCoreApplication.translate("Invoices", "Credit note")
    return QCoreApplication.translate("Invoices", "Invoice")


def number_text(row: InvoiceRow) -> str:
    return row.number or QCoreApplication.translate("Invoices", "(draft)")


def _day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def _money(minor: int, row: InvoiceRow, locale: QLocale) -> str:
    return money_text(minor, row.currency, locale)


def _gross_minor(row: InvoiceRow) -> int:
    """A credit note's amount shows as money going back: negative."""
    return -row.gross_minor if row.kind is InvoiceKind.CREDIT_NOTE else row.gross_minor


def _balance_sort(row: InvoiceRow) -> int | None:
    """An issued invoice's balance (negative: a refund due); a credit note's refund still due, as money
    going back; nothing for drafts and other credit notes."""
    if row.kind is InvoiceKind.INVOICE and row.status is not InvoiceStatus.DRAFT:
        return row.balance_minor
    return -row.refund_due_minor if row.refund_due_minor else None


def _balance_text(row: InvoiceRow, locale: QLocale) -> str:
    minor = _balance_sort(row)
    return "" if minor is None else _money(minor, row, locale)


COLUMNS: dict[IntEnum, Column[InvoiceRow]] = {
    InvoiceColumn.NUMBER: Column(
        QT_TRANSLATE_NOOP("Invoices", "Number"), lambda r, _l: number_text(r), lambda r: r.number or ""
    ),
    InvoiceColumn.KIND: Column(
        QT_TRANSLATE_NOOP("Invoices", "Kind"), lambda r, _l: kind_text(r.kind), lambda r: r.kind.value
    ),
    InvoiceColumn.PAYER: Column(
        QT_TRANSLATE_NOOP("Invoices", "Payer"), lambda r, _l: r.payer_name, lambda r: fold(r.payer_name)
    ),
    InvoiceColumn.ISSUED: Column(
        QT_TRANSLATE_NOOP("Invoices", "Issued"),
        lambda r, loc: local_date_text(r.issue_date, loc),
        lambda r: _day(r.issue_date),
    ),
    InvoiceColumn.DUE: Column(
        QT_TRANSLATE_NOOP("Invoices", "Due"),
        lambda r, loc: local_date_text(r.due_date, loc),
        lambda r: _day(r.due_date),
    ),
    InvoiceColumn.GROSS: Column(
        QT_TRANSLATE_NOOP("Invoices", "Gross"),
        lambda r, loc: _money(_gross_minor(r), r, loc),
        _gross_minor,
        align_right=True,
    ),
    InvoiceColumn.BALANCE: Column(
        QT_TRANSLATE_NOOP("Invoices", "Balance"), _balance_text, _balance_sort, align_right=True
    ),
    InvoiceColumn.STATUS: Column(
        QT_TRANSLATE_NOOP("Invoices", "Status"),
        lambda r, _l: status_text(r),
        lambda r: _STATUS_ORDER[r.status],
    ),
}
# Headers in the coach's language; kept as plain words above so that the translation tools find them.
HEADERS = {column: spec.header for column, spec in COLUMNS.items()}


def _needs_action(row: InvoiceRow) -> bool:
    return row.status in (InvoiceStatus.OVERDUE, InvoiceStatus.REFUND_DUE)


class InvoiceTableModel(RowTableModel[InvoiceRow]):
    """Invoices and credit notes; overdue ones, and those with a refund due, in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        specs = {c: Column(translated(s.header), s.text, s.sort, s.align_right) for c, s in COLUMNS.items()}
        super().__init__(InvoiceColumn, specs, parent, strong=_needs_action)


class InvoiceFilterProxy(RowFilterProxy[InvoiceRow]):
    """Narrows by free text (number, payer) and by status (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            InvoiceRow,
            lambda r: (r.number or "", r.payer_name),
            lambda r: (r.number or "", str(r.id)),
            parent,
        )
        self.status: InvoiceStatus | None = None

    def set_status(self, status: InvoiceStatus | str | None) -> None:
        status = InvoiceStatus(status) if status is not None else None  # a combo box hands back text
        if status != self.status:
            self.refilter(lambda: setattr(self, "status", status))

    def accepts(self, row: InvoiceRow) -> bool:
        return self.status is None or row.status is self.status
