"""Property: whatever lines, credits, payments and refunds a coach records, an invoice never goes
negative or out of balance: never more is credited than it billed, never more is kept than is owed
once refunds are made, never more refunded than was paid."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from coachdesk.domain import Invoice, InvoiceLine, TaxTreatment
from coachdesk.domain.invoice_totals import invoice_totals, line_net
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_list import list_invoices
from coachdesk.services.invoice_payments import balance, record_payment
from coachdesk.services.invoice_refunds import record_refund, refund_target
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.services.invoices import LineDetails, new_draft
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.invoice_practice import created, practice

ON = date(2026, 3, 31)
lines = st.lists(
    st.tuples(
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(500), places=2),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(5000), places=2),
        st.sampled_from(["0", "7", "19", "5.5"]),
    ),
    min_size=1,
    max_size=6,
)
steps = st.lists(
    st.tuples(
        st.sampled_from(["pay", "credit", "refund"]),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(9999), places=2),
    ),
    max_size=6,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, steps, st.sampled_from(list(TaxTreatment)))
# Paid in full, then credited: once refused (refunds were not recorded); now a refund due, then made.
@example(
    [(Decimal("0.01"), Decimal("0.50"), "0")],
    [("pay", Decimal("0.01")), ("credit", Decimal("0.01")), ("refund", Decimal(100))],
    TaxTreatment.CHARGED,
)
# Paid in full, credited in part, refunded in two parts.
@example(
    [(Decimal(2), Decimal(100), "19")],
    [("pay", Decimal(100)), ("credit", Decimal(50)), ("refund", Decimal(30)), ("refund", Decimal(100))],
    TaxTreatment.CHARGED,
)
def test_an_invoice_never_goes_negative_or_out_of_balance(
    drawn: list[tuple[Decimal, Decimal, str]], actions: list[tuple[str, int]], treatment: TaxTreatment
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Vault.create(Path(folder) / "p.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault,
        vault.session() as db,
    ):
        p = practice(db, sessions=0, treatment=TaxTreatment.CHARGED)
        details = [LineDetails("Line", price, quantity=qty, vat_rate=rate) for qty, price, rate in drawn]
        try:
            invoice_id = created(new_draft(db, p.engagement, details))
        except ValidationError as refused:  # a line of less than a cent, refused whole
            assert refused.field == "quantity"
            assert any(line_net(qty, int(price * 100)) == 0 for qty, price, _ in drawn)
            assert db.exec(select(Invoice)).all() == []
            return
        invoice = db.get(Invoice, invoice_id)
        assert invoice is not None
        if treatment is not TaxTreatment.CHARGED:
            from coachdesk.services.invoices import DraftDetails, update_draft

            update_draft(db, invoice_id, DraftDetails(payer=invoice.payer, tax_treatment=treatment))
        try:
            issue_invoice(db, invoice_id, on=ON)
            db.refresh(invoice)
        except ValidationError:  # a reverse charge to a client without a VAT number
            assert treatment is TaxTreatment.REVERSE_CHARGE
            return
        for action, percent in actions:
            base = invoice.gross_minor if action == "pay" else invoice.net_minor
            amount = max(Decimal(base * percent // 100) / 100, Decimal("0.01"))
            try:
                if action == "pay":
                    record_payment(db, invoice_id, amount, on=ON)
                elif action == "credit":
                    credit_invoice(db, invoice_id, amount=amount, on=ON)
                else:
                    due = balance(db, invoice_id).refund_due_minor
                    note = refund_target(db, invoice_id)
                    if note is None:
                        assert due == 0
                        continue
                    refund = max(Decimal(due * percent // 100) / 100, Decimal("0.01"))
                    record_refund(db, note, refund, on=ON)
            except ValidationError:
                pass  # more than is left or due, or several rates: refused, nothing written
        db.expire_all()
        for row in db.exec(select(Invoice)):
            stored = db.exec(
                select(InvoiceLine.net_minor, InvoiceLine.vat_rate).where(InvoiceLine.invoice_id == row.id)
            )
            totals = invoice_totals(list(stored), vat_charged=row.tax_treatment is TaxTreatment.CHARGED)
            assert (row.net_minor, row.vat_minor, row.gross_minor) == (
                totals.net_minor,
                totals.vat_minor,
                totals.gross_minor,
            )
            assert 0 < row.net_minor <= row.gross_minor == row.net_minor + row.vat_minor
        amounts = balance(db, invoice_id)
        assert 0 <= amounts.credited_minor <= amounts.gross_minor
        assert 0 <= amounts.refunded_minor <= amounts.paid_minor
        assert amounts.refunded_minor <= amounts.credited_minor
        rows = list_invoices(db, today=ON)
        [row] = [r for r in rows if r.id == invoice_id]
        if amounts.due_minor < 0:  # credited beyond what was owed: the rest is to be paid back
            assert row.status is InvoiceStatus.REFUND_DUE
            assert row.refund_due_minor == -amounts.due_minor == -row.balance_minor
        else:
            assert row.status is not InvoiceStatus.REFUND_DUE and row.balance_minor == amounts.due_minor
        notes_due = sum(r.refund_due_minor for r in rows if r.credited_invoice_id == invoice_id)
        assert (notes_due > 0) == (amounts.refund_due_minor > 0)
