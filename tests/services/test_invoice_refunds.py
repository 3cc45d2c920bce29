"""Refunds: a paid invoice credited leaves a refund due; refunds in part or in full, never beyond it,
never changed or deleted; the invoice's balance holds (paid − refunded = gross − credited)."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from coachdesk.domain import Invoice, PaymentMethod
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_books import books_payments_csv
from coachdesk.services.invoice_dashboard import money_at_a_glance
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_list import invoices_table, list_invoices, refunds_due
from coachdesk.services.invoice_payments import balance, delete_payment, record_payment
from coachdesk.services.invoice_refunds import credit_preview, record_refund, refund_target, refunds_of
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.services.invoices import draft_from_engagement
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import created, practice

ON = date(2026, 3, 31)
LATER = date(2026, 4, 20)


def _paid(db: Session, amount: str = "357") -> uuid.UUID:
    p = practice(db, sessions=2)  # 300.00 net, 357.00 with 19 % VAT
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    record_payment(db, invoice, amount, on=ON, reference="SEPA 1")
    return invoice


def _rows(db: Session) -> dict[uuid.UUID, object]:
    return {r.id: r for r in list_invoices(db, today=date(2027, 1, 1))}


def test_a_paid_invoice_credited_in_part_has_a_refund_due(db: Session) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, amount="150", on=LATER))  # 178.50 with VAT
    amounts = balance(db, invoice)
    assert (amounts.credited_minor, amounts.paid_minor, amounts.refund_due_minor) == (17850, 35700, 17850)
    rows = _rows(db)
    assert rows[invoice].status is InvoiceStatus.REFUND_DUE  # type: ignore[attr-defined]
    assert rows[note].status is InvoiceStatus.REFUND_DUE  # type: ignore[attr-defined]
    assert rows[note].refund_due_minor == 17850  # type: ignore[attr-defined]
    assert [r.id for r in refunds_due(db)] == [invoice]
    assert refund_target(db, invoice) == note


def test_a_partly_paid_invoice_credited_owes_back_only_what_was_paid_beyond_the_rest(db: Session) -> None:
    invoice = _paid(db, "100")  # 257.00 still owed
    note = created(credit_invoice(db, invoice, amount="250", on=LATER))  # 297.50 with VAT
    assert balance(db, invoice).refund_due_minor == 29750 - 25700
    record_refund(db, note, "40.50", on=LATER)
    assert balance(db, invoice).due_minor == 0
    assert _rows(db)[invoice].status is InvoiceStatus.PAID  # type: ignore[attr-defined]
    assert _rows(db)[note].status is InvoiceStatus.ISSUED  # type: ignore[attr-defined]


def test_a_paid_invoice_credited_in_full_is_refunded_in_two_parts(db: Session) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, reason="Sessions not held", on=LATER))
    assert balance(db, invoice).refund_due_minor == 35700
    record_refund(db, note, "157", on=LATER, method=PaymentMethod.CARD, reference="R-1")
    assert balance(db, invoice).refund_due_minor == 20000
    assert _rows(db)[invoice].status is InvoiceStatus.REFUND_DUE  # type: ignore[attr-defined]
    record_refund(db, note, "200", on=date(2026, 4, 21))
    amounts = balance(db, invoice)
    assert amounts.paid_minor - amounts.refunded_minor == amounts.gross_minor - amounts.credited_minor
    assert amounts.due_minor == 0
    rows = _rows(db)
    assert rows[invoice].status is InvoiceStatus.CREDITED  # type: ignore[attr-defined]
    assert rows[note].status is InvoiceStatus.ISSUED  # type: ignore[attr-defined]
    assert rows[note].refunded_minor == 35700  # type: ignore[attr-defined]
    assert [(r.amount_minor, r.reference) for r in refunds_of(db, note)] == [(15700, "R-1"), (20000, "")]
    assert refund_target(db, invoice) is None and refunds_due(db) == []


def test_refunding_more_than_is_due_is_refused_naming_the_amount_and_nothing_is_written(
    db: Session,
) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, amount="100", on=LATER))  # 119.00 with VAT
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as refused:
        record_refund(db, note, "119.01", on=LATER)
    assert refused.value.field == "amount"
    assert "more than the 119.00 EUR to refund on credit note" in refused.value.message
    with pytest.raises(ValidationError, match="before the credit note") as early:
        record_refund(db, note, "10", on=ON)
    assert early.value.field == "refunded_on"
    with pytest.raises(ValidationError, match="against the credit note") as wrong:
        record_refund(db, invoice, "10", on=LATER)
    assert wrong.value.field == "credit_note_id"
    assert table_snapshot(db) == before


def test_no_refund_is_due_when_the_credit_covers_only_what_is_owed(db: Session) -> None:
    invoice = _paid(db, "100")
    note = created(credit_invoice(db, invoice, amount="100", on=LATER))
    assert balance(db, invoice).due_minor == 35700 - 10000 - 11900
    assert _rows(db)[note].status is InvoiceStatus.ISSUED  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="No refund is due"):
        record_refund(db, note, "1", on=LATER)


def test_a_payment_is_refused_while_a_refund_is_due_and_kept_once_refunded(db: Session) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, amount="100", on=LATER))
    with pytest.raises(ValidationError, match=r"119\.00 EUR is to be refunded"):
        record_payment(db, invoice, "1", on=LATER)
    record_refund(db, note, "119", on=LATER)
    [payment] = db.connection().exec_driver_sql("SELECT id FROM payment").fetchall()
    with pytest.raises(ValidationError, match="payments it was refunded from are kept"):
        delete_payment(db, uuid.UUID(payment[0]))


@pytest.mark.parametrize(
    "statement",
    ["UPDATE refund SET amount_minor = 1", "UPDATE refund SET reference = 'x'", "DELETE FROM refund"],
)
def test_the_database_refuses_to_change_or_delete_a_refund(db: Session, statement: str) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, amount="100", on=LATER))
    record_refund(db, note, "50", on=LATER)
    with pytest.raises(sa.exc.IntegrityError, match="refund recorded cannot be"):
        db.connection().exec_driver_sql(statement)
    db.rollback()


def test_the_database_refuses_a_refund_against_an_invoice(db: Session) -> None:
    invoice = _paid(db)
    with pytest.raises(sa.exc.IntegrityError, match="against an issued credit note"):
        db.connection().exec_driver_sql(
            "INSERT INTO refund VALUES (?, '2026-04-20T00:00:00+00:00', '2026-04-20T00:00:00+00:00', ?, "
            "'2026-04-20', 100, 'cash', '')",
            (uuid.uuid4().hex, invoice.hex),
        )
    db.rollback()


def test_the_credit_preview_says_what_will_be_due_back(db: Session) -> None:
    invoice = _paid(db, "300")  # 57.00 still owed
    assert credit_preview(db, invoice) == (35700, 30000)
    assert credit_preview(db, invoice, "100") == (11900, 11900 - 5700)
    assert credit_preview(db, invoice, "40") == (4760, 0)
    assert credit_preview(db, invoice, "ten") == (0, 0)


def test_the_payments_csv_lists_refunds_as_negative_amounts(db: Session) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, amount="100", on=LATER))
    record_refund(db, note, "119", on=LATER, method=PaymentMethod.CASH, reference="Back in hand")
    rows = list(csv.DictReader(io.StringIO(books_payments_csv(db, None, None).decode("utf-8-sig"))))
    assert [(r["Date"], r["Amount"], r["Method"], r["Reference"]) for r in rows] == [
        ("2026-03-31", "357.00", "bank transfer", "SEPA 1"),
        ("2026-04-20", "-119.00", "cash", "Back in hand"),
    ]
    credit_note = db.get(Invoice, note)
    assert credit_note is not None and rows[1]["Invoice"] == credit_note.number != rows[0]["Invoice"]
    assert books_payments_csv(db, date(2026, 4, 1), None).decode("utf-8-sig").count("-119.00") == 1


def test_the_list_and_the_dashboard_show_the_refund_due(db: Session) -> None:
    invoice = _paid(db)
    note = created(credit_invoice(db, invoice, amount="100", on=LATER))
    header, table = invoices_table(db)
    listed = {row[0]: dict(zip(header, row, strict=True)) for row in table}
    assert listed[str(invoice)]["status"] == "refund-due"
    assert listed[str(note)]["status"] == "refund-due"
    glance = money_at_a_glance(db, today=LATER)
    assert [r.id for r in glance.refunds_due] == [invoice]
    assert glance.refund_due_minor == {"EUR": 11900}
    record_refund(db, note, "119", on=LATER)
    assert money_at_a_glance(db, today=LATER).refunds_due == ()
    header, table = invoices_table(db)
    assert {dict(zip(header, row, strict=True))["refunded"] for row in table} == {"119.00"}
