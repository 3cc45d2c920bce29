"""What the dashboard shows about money: invoices overdue, refunds due and work not yet invoiced."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from coachdesk.services.invoice_list import (
    InvoiceRow,
    UnbilledWork,
    overdue_invoices,
    refunds_due,
    unbilled_work,
)


@dataclass(frozen=True)
class MoneyAtAGlance:
    """Overdue invoices (longest overdue first) and unbilled work (oldest first), totals per currency."""

    overdue: tuple[InvoiceRow, ...]
    unbilled: tuple[UnbilledWork, ...]
    overdue_minor: dict[str, int]  # currency -> what is owed on the overdue invoices
    unbilled_minor: dict[str, int]  # currency -> the unbilled sessions at their agreed fees
    refunds_due: tuple[InvoiceRow, ...] = ()  # invoices credited beyond what was owed, oldest first
    refund_due_minor: dict[str, int] = field(default_factory=dict)  # currency -> to pay back

    @property
    def is_empty(self) -> bool:
        return not self.overdue and not self.unbilled and not self.refunds_due


def money_at_a_glance(db: Session, *, today: date | None = None) -> MoneyAtAGlance:
    """The dashboard's money section: what is overdue, what is to be refunded and what is unbilled."""
    overdue = overdue_invoices(db, today=today)
    refunds = refunds_due(db, today=today)
    back: dict[str, int] = defaultdict(int)
    for row in refunds:
        back[row.currency] += row.refund_due_minor
    unbilled = unbilled_work(db)
    owed: dict[str, int] = defaultdict(int)
    for row in overdue:
        owed[row.currency] += row.balance_minor
    waiting: dict[str, int] = defaultdict(int)
    for work in unbilled:
        waiting[work.currency] += work.amount_minor
    return MoneyAtAGlance(
        tuple(overdue), tuple(unbilled), dict(owed), dict(waiting), tuple(refunds), dict(back)
    )
