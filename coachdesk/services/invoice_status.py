"""Where an invoice stands: its balance and status (draft, issued, partly paid, paid, overdue, credited)."""

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


@dataclass(frozen=True)
class Balance:
    """An invoice's amounts in minor units: what it billed, what was credited and paid, what is owed."""

    gross_minor: int
    credited_minor: int
    paid_minor: int

    @property
    def due_minor(self) -> int:
        """What is still owed (negative when more was paid than is left after credit notes: a refund)."""
        return self.gross_minor - self.credited_minor - self.paid_minor


def status_of(
    state: InvoiceState,
    kind: InvoiceKind,
    balance: Balance,
    due_date: date | None,
    today: date,
) -> InvoiceStatus:
    """The status: credited in full wins, then paid, then overdue (due date passed), then partly paid."""
    if state is InvoiceState.DRAFT or kind is InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus.DRAFT if state is InvoiceState.DRAFT else InvoiceStatus.ISSUED
    if balance.credited_minor >= balance.gross_minor:
        return InvoiceStatus.CREDITED
    if balance.due_minor <= 0:
        return InvoiceStatus.PAID
    if due_date is not None and today > due_date:
        return InvoiceStatus.OVERDUE
    if balance.paid_minor > 0:
        return InvoiceStatus.PARTLY_PAID
    return InvoiceStatus.ISSUED


def plain_amount(minor: int) -> str:
    """Minor units as a plain decimal amount: 12345 → "123.45", -5 → "-0.05" (for lists and CSV)."""
    return str((Decimal(minor) / 100).quantize(Decimal("0.01")))
