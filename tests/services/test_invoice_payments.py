"""Payments, balances and statuses: partly paid, paid, overdue after the due date, credited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.domain import InvoiceKind
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_list import list_invoices, overdue_invoices
from coachdesk.services.invoice_payments import balance, delete_payment, record_payment
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.services.invoices import draft_from_engagement
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import created, practice

ON = date(2026, 3, 31)  # due 14 days later: 14 April


def _issued(db: Session) -> object:
    p = practice(db, sessions=2)  # 300.00 net, 357.00 with 19 % VAT
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    return invoice


def _status(db: Session, invoice: object, today: date) -> InvoiceStatus:
    [row] = [r for r in list_invoices(db, today=today) if r.id == invoice]
    return row.status


def test_an_issued_invoice_goes_from_issued_to_partly_paid_to_paid(db: Session) -> None:
    invoice = _issued(db)
    assert _status(db, invoice, ON) is InvoiceStatus.ISSUED
    record_payment(db, invoice, "157.00", on=date(2026, 4, 2), reference="SEPA 1")  # type: ignore[arg-type]
    assert _status(db, invoice, ON) is InvoiceStatus.PARTLY_PAID
    assert balance(db, invoice).due_minor == 20000  # type: ignore[arg-type]
    record_payment(db, invoice, "200", on=date(2026, 4, 20))  # type: ignore[arg-type]
    assert _status(db, invoice, date(2026, 5, 1)) is InvoiceStatus.PAID
    assert balance(db, invoice).due_minor == 0  # type: ignore[arg-type]


def test_an_invoice_is_overdue_the_day_after_its_due_date(db: Session) -> None:
    invoice = _issued(db)
    assert _status(db, invoice, date(2026, 4, 14)) is InvoiceStatus.ISSUED
    assert _status(db, invoice, date(2026, 4, 15)) is InvoiceStatus.OVERDUE
    assert [r.id for r in overdue_invoices(db, today=date(2026, 4, 15))] == [invoice]
    record_payment(db, invoice, "100", on=date(2026, 4, 15))  # type: ignore[arg-type]
    assert _status(db, invoice, date(2026, 4, 15)) is InvoiceStatus.OVERDUE  # still owed


def test_a_credit_note_brings_the_balance_to_zero(db: Session) -> None:
    invoice = _issued(db)
    record_payment(db, invoice, "57", on=ON)  # type: ignore[arg-type]
    credit_invoice(db, invoice, amount="100", on=ON)  # type: ignore[arg-type]
    assert balance(db, invoice).due_minor == 35700 - 5700 - 11900  # type: ignore[arg-type]
    # 181.00 left with VAT: 152.10 before VAT, whose 19 % is 28.90.
    note = created(credit_invoice(db, invoice, amount="152.10", on=ON))  # type: ignore[arg-type]
    assert balance(db, invoice).due_minor == 0  # type: ignore[arg-type]
    rows = {r.id: r for r in list_invoices(db, today=date(2027, 1, 1))}
    assert rows[invoice].status is InvoiceStatus.PAID  # type: ignore[index]
    assert rows[note].kind is InvoiceKind.CREDIT_NOTE and rows[note].credited_invoice_id == invoice


def test_a_full_credit_note_credits_the_invoice_and_nothing_is_owed(db: Session) -> None:
    invoice = _issued(db)
    credit_invoice(db, invoice, on=ON)  # type: ignore[arg-type]
    assert balance(db, invoice).due_minor == 0  # type: ignore[arg-type]
    assert _status(db, invoice, date(2027, 1, 1)) is InvoiceStatus.CREDITED
    with pytest.raises(ValidationError, match="credited in full: nothing is left to credit"):
        credit_invoice(db, invoice, on=ON)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="nothing more is owed"):
        record_payment(db, invoice, "1", on=ON)  # type: ignore[arg-type]


def test_money_paid_can_be_credited_and_becomes_a_refund_due(db: Session) -> None:
    invoice = _issued(db)
    record_payment(db, invoice, "357", on=ON)  # type: ignore[arg-type]
    credit_invoice(db, invoice, on=ON)  # type: ignore[arg-type]
    assert balance(db, invoice).credited_minor == 35700  # type: ignore[arg-type]
    assert balance(db, invoice).refund_due_minor == 35700  # type: ignore[arg-type]
    assert _status(db, invoice, ON) is InvoiceStatus.REFUND_DUE
    with pytest.raises(ValidationError, match="credited in full"):
        credit_invoice(db, invoice, amount="1", on=ON)  # type: ignore[arg-type]


def test_crediting_more_than_is_left_is_refused_and_nothing_is_written(db: Session) -> None:
    invoice = _issued(db)
    credit_invoice(db, invoice, amount="250", on=ON)  # type: ignore[arg-type]
    before = table_snapshot(db)
    with pytest.raises(ValidationError, match="more than is left") as refused:
        credit_invoice(db, invoice, amount="51", on=ON)  # type: ignore[arg-type]
    assert refused.value.field == "amount"
    with pytest.raises(ValidationError, match="say how much"):
        credit_invoice(db, invoice, on=ON)  # type: ignore[arg-type]
    assert table_snapshot(db) == before


def test_paying_more_than_the_balance_is_refused_with_the_balance(db: Session) -> None:
    invoice = _issued(db)
    record_payment(db, invoice, "300", on=ON)  # type: ignore[arg-type]
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as refused:
        record_payment(db, invoice, "57.01", on=ON)  # type: ignore[arg-type]
    assert refused.value.field == "amount"
    assert "more than the 57.00 EUR still owed on invoice 2026-0001" in refused.value.message
    assert table_snapshot(db) == before


def test_a_payment_recorded_by_mistake_can_be_removed(db: Session) -> None:
    invoice = _issued(db)
    payment = created(record_payment(db, invoice, "357", on=ON))  # type: ignore[arg-type]
    delete_payment(db, payment)
    assert balance(db, invoice).due_minor == 35700  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "says"),
    [("0", "more than zero"), ("-5", "more than zero"), ("ten", "amount of money"), ("1.001", "two decimal")],
)
def test_a_bad_payment_amount_is_refused(db: Session, amount: str, says: str) -> None:
    invoice = _issued(db)
    with pytest.raises(ValidationError, match=says) as refused:
        record_payment(db, invoice, amount, on=ON)  # type: ignore[arg-type]
    assert refused.value.field == "amount"


def test_a_payment_before_the_invoice_or_on_a_draft_is_refused(db: Session) -> None:
    p = practice(db, sessions=1)
    draft = created(draft_from_engagement(db, p.engagement))
    with pytest.raises(ValidationError, match="issued invoices only"):
        record_payment(db, draft, "10", on=ON)
    issue_invoice(db, draft, on=ON)
    with pytest.raises(ValidationError, match="before the invoice") as refused:
        record_payment(db, draft, "10", on=date(2026, 3, 30))
    assert refused.value.field == "paid_on"


def test_the_dashboard_totals_what_is_overdue_and_what_is_unbilled(db: Session) -> None:
    from coachdesk.services.invoice_dashboard import money_at_a_glance
    from tests.services.invoice_practice import session_on

    invoice = _issued(db)
    assert money_at_a_glance(db, today=ON).is_empty
    record_payment(db, invoice, "100", on=ON)  # type: ignore[arg-type]
    [client] = {r.client_id for r in list_invoices(db)}
    [engagement] = {r.engagement_id for r in list_invoices(db)}
    session_on(db, client, engagement, date(2026, 4, 6))  # type: ignore[arg-type]
    glance = money_at_a_glance(db, today=date(2026, 4, 15))
    assert [r.id for r in glance.overdue] == [invoice]
    assert glance.overdue_minor == {"EUR": 25700}
    assert (len(glance.unbilled), glance.unbilled_minor) == (1, {"EUR": 15000})
