"""Issue, credit and payment: the question before issuing, the credit note dialog (full or part), and
the payment dialog (date, amount, method, reference)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QDateEdit, QLabel, QRadioButton, QWidget

from coachdesk.domain import PaymentMethod
from coachdesk.services.db import DbFactory
from coachdesk.services.invoice_issue import credit_invoice
from coachdesk.services.invoice_list import InvoiceRow
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoice_refunds import credit_preview
from coachdesk.services.invoice_status import plain_amount
from coachdesk.ui.invoices.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.invoices.table import translated
from coachdesk.ui.kit.form import from_qdate, to_qdate
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

ISSUE_WARNING = QT_TRANSLATE_NOOP(
    "Invoices", "An issued invoice cannot be changed; it is corrected by a credit note."
)
METHOD_WORDS: dict[PaymentMethod, str] = {
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Invoices", "Bank transfer"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Invoices", "Card"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Invoices", "Cash"),
    PaymentMethod.ONLINE: QT_TRANSLATE_NOOP("Invoices", "Online payment"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("Invoices", "Other"),
}


def confirm_issue(parent: QWidget, row: InvoiceRow) -> bool:
    """Ask before issuing: the invoice gets its number and is fixed for good."""
    amount = money_text(row.gross_minor, row.currency)
    question = (
        QCoreApplication.translate(
            "Invoices", "Issue the invoice to %1 for %2? It takes the next number today."
        )
        .replace("%1", row.payer_name)
        .replace("%2", amount)
        + "\n\n"
        + translated(ISSUE_WARNING)
    )
    return ask(
        parent,
        QCoreApplication.translate("Invoices", "Issue invoice"),
        question,
        QCoreApplication.translate("Invoices", "Issue"),
        destructive=False,
    )


class MoneyDialog(RecordDialog):
    """A small dialog that grows to show a refusal's message in full (two lines beside a short field)."""

    def accept(self) -> None:
        super().accept()
        if self.isVisible() and self.result() == 0:
            self.main_layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))


class CreditDialog(MoneyDialog):
    """A credit note for an issued invoice: in full, or a part before VAT, with the reason printed; when
    money was paid, it says what the credit note would leave to be refunded to the payer."""

    def __init__(
        self, open_db: DbFactory, row: InvoiceRow, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(
            open_db,
            row.id,
            parent,
            title=QCoreApplication.translate("CreditDialog", "Credit invoice %1").replace(
                "%1", row.number or ""
            ),
            ok_text=QCoreApplication.translate("CreditDialog", "Issue credit note"),
        )
        self.row = row
        self.today = today
        left = row.gross_minor - row.credited_minor
        self.full = QRadioButton(
            self.tr("In full (%1)").replace("%1", money_text(left, row.currency))
            if row.credited_minor == 0
            else self.tr("In full (already credited in part)")
        )
        self.full.setEnabled(row.credited_minor == 0)
        self.part = QRadioButton(self.tr("Part of it"))
        choice = QButtonGroup(self)
        choice.addButton(self.full)
        choice.addButton(self.part)
        (self.full if row.credited_minor == 0 else self.part).setChecked(True)
        self.form.add("whole", self.tr("Credit"), self.full)
        self.form.add_row("", self.part)
        self.amount = self.line("amount", self.tr("Amount before VAT"), self.tr("e.g. 50.00"))
        self.amount.setEnabled(self.part.isChecked())
        self.part.toggled.connect(self.amount.setEnabled)
        self.reason = self.line(
            "reason", self.tr("Reason"), self.tr("Printed on the credit note, e.g. session cancelled")
        )
        self.refund_note = QLabel()
        self.refund_note.setWordWrap(True)
        self.refund_note.setAccessibleName(self.tr("What will be due back"))
        self.main_layout.insertWidget(1, self.refund_note)  # below the fields, across the dialog
        self.part.toggled.connect(lambda _on: self.explain())
        self.amount.textChanged.connect(lambda _text: self.explain())
        self.load_record()
        self.explain()

    def explain(self) -> None:
        """Say what the credit note would take off and what of it goes back to the payer as a refund."""
        kept = self.row.paid_minor - self.row.refunded_minor
        self.refund_note.setVisible(kept > 0)
        if kept <= 0:
            return
        amount = self.amount.text() if self.part.isChecked() else None
        with self._open_db() as db:
            gross, refund = credit_preview(db, self.row.id, amount)
        currency = self.row.currency
        paid = self.tr("%1 has been paid on this invoice.").replace("%1", money_text(kept, currency))
        if gross <= 0:
            self.refund_note.setText(paid)
        elif refund > 0:
            self.refund_note.setText(
                paid
                + " "
                + self.tr("This credit note takes off %1 with VAT: %2 will be due back to the payer.")
                .replace("%1", money_text(gross, currency))
                .replace("%2", money_text(refund, currency))
            )
        else:
            self.refund_note.setText(
                paid
                + " "
                + self.tr(
                    "This credit note takes off %1 with VAT from what is still owed: nothing is due back."
                ).replace("%1", money_text(gross, currency))
            )

    def save(self, db: Db) -> Changes:
        amount = self.amount.text() if self.part.isChecked() else None
        if amount is not None and not amount.strip():
            amount = "0"
        return credit_invoice(db, self.row.id, amount=amount, reason=self.reason.text(), on=self.today)


class PaymentDialog(MoneyDialog):
    """Money received for an issued invoice: the whole balance (as offered) or part of it."""

    def __init__(
        self, open_db: DbFactory, row: InvoiceRow, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(
            open_db,
            row.id,
            parent,
            title=QCoreApplication.translate("PaymentDialog", "Record payment for %1").replace(
                "%1", row.number or ""
            ),
            ok_text=QCoreApplication.translate("PaymentDialog", "Record payment"),
        )
        self.row = row
        self.paid_on = QDateEdit(to_qdate(today or date.today()))
        self.paid_on.setCalendarPopup(True)
        self.form.add("paid_on", self.tr("Date"), self.paid_on)
        self.amount = self.line("amount", self.tr("Amount (%1)").replace("%1", row.currency))
        self.amount.setText(plain_amount(row.balance_minor))
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
        return record_payment(
            db,
            self.row.id,
            self.amount.text(),
            on=from_qdate(self.paid_on.date()),
            method=self.method.currentData(),
            reference=self.reference.text(),
        )
