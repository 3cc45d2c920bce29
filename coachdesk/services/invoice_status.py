"""Where an invoice stands: its balance and status (draft, issued, partly paid, paid, overdue, credited,
refund due)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coachdesk.domain import InvoiceKind, InvoiceState


class InvoiceStatus(StrEnum):
    """What the Invoices area filters by; worked out from the amounts, never stored."""

    DRAFT = "draft"
    ISSUED = "issued"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CREDITED = "credited"
    REFUND_DUE = "refund_due"  # credited beyond what was still owed: money to pay back to the payer


@dataclass(frozen=True)
class Balance:
    """An invoice's amounts in minor units: what it billed, what was credited, paid and refunded, and
    what is owed. Once every refund due is made, paid − refunded = gross − credited."""

    gross_minor: int
    credited_minor: int
    paid_minor: int
    refunded_minor: int = 0  # paid back against the invoice's credit notes

    @property
    def due_minor(self) -> int:
        """What is still owed (negative when more was kept than is left after credit notes: a refund)."""
        return self.gross_minor - self.credited_minor - self.paid_minor + self.refunded_minor

    @property
    def refund_due_minor(self) -> int:
        """What is still to be paid back to the payer (0 when nothing is)."""
        return max(0, -self.due_minor)


def status_of(
    state: InvoiceState,
    kind: InvoiceKind,
    balance: Balance,
    due_date: date | None,
    today: date,
) -> InvoiceStatus:
    """The status: a refund due wins, then credited in full, then paid, then overdue (due date passed),
    then partly paid. A credit note is issued (its refund due is worked out by ``invoice_list``)."""
    if state is InvoiceState.DRAFT or kind is InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus.DRAFT if state is InvoiceState.DRAFT else InvoiceStatus.ISSUED
    if balance.due_minor <= 0:
        if balance.refund_due_minor > 0:
            return InvoiceStatus.REFUND_DUE
        return InvoiceStatus.CREDITED if balance.credited_minor >= balance.gross_minor else InvoiceStatus.PAID
    if due_date is not None and today > due_date:
        return InvoiceStatus.OVERDUE
    if balance.paid_minor > 0:
        return InvoiceStatus.PARTLY_PAID
    return InvoiceStatus.ISSUED


def plain_amount(minor: int) -> str:
    """Minor units as a plain decimal amount: 12345 → "123.45", -5 → "-0.05" (for lists and CSV)."""
    return str((Decimal(minor) / 100).quantize(Decimal("0.01")))
