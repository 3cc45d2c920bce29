"""Record refund…: money paid back to the payer against the credit note that made it due (date, amount,
method, reference), offered where the Invoices list shows "Refund due"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_list import InvoiceRow
from coachdesk.services.invoice_refunds import record_refund, refund_target
from coachdesk.services.invoice_status import plain_amount
from coachdesk.ui.invoices.money_dialogs import METHOD_WORDS, MoneyDialog
from coachdesk.ui.invoices.table import translated
from coachdesk.ui.kit.form import from_qdate, to_qdate
from coachdesk.ui.kit.locale_format import money_text

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


def can_refund(row: InvoiceRow | None) -> bool:
    """Whether Record refund… applies: an invoice or credit note with money still to pay back."""
    return row is not None and row.refund_due_minor > 0


class RefundDialog(MoneyDialog):
    """Money paid back for a credit note (or an invoice's latest credit note with a refund due): the
    whole refund due (as offered) or part of it."""

    def __init__(
        self, open_db: DbFactory, row: InvoiceRow, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(
            open_db,
            row.id,
            parent,
            title=QCoreApplication.translate("RefundDialog", "Record refund for %1").replace(
                "%1", row.number or ""
            ),
            ok_text=QCoreApplication.translate("RefundDialog", "Record refund"),
        )
        self.row = row
        due = QLabel(
            self.tr("%1 is to be paid back to %2.")
            .replace("%1", money_text(row.refund_due_minor, row.currency))
            .replace("%2", row.payer_name)
        )
        due.setWordWrap(True)
        self.main_layout.insertWidget(0, due)  # above the fields, across the dialog
        self.refunded_on = QDateEdit(to_qdate(today or date.today()))
        self.refunded_on.setCalendarPopup(True)
        self.form.add("refunded_on", self.tr("Date"), self.refunded_on)
        self.amount = self.line("amount", self.tr("Amount (%1)").replace("%1", row.currency))
        self.amount.setText(plain_amount(row.refund_due_minor))
        self.method = QComboBox()
        for method, words in METHOD_WORDS.items():
            self.method.addItem(translated(words), method)
        self.form.add("method", self.tr("Method"), self.method)
        self.reference = self.line(
            "reference", self.tr("Reference"), self.tr("e.g. the bank statement's reference")
        )
        self.load_record()
        self.amount.setFocus()
        self.amount.selectAll()

    def save(self, db: Db) -> Changes:
        note = refund_target(db, self.row.id)
        if note is None:
            raise ValidationError("amount", self.tr("No refund is due on this invoice any more."))
        return record_refund(
            db,
            note,
            self.amount.text(),
            on=from_qdate(self.refunded_on.date()),
            method=self.method.currentData(),
            reference=self.reference.text(),
        )
