"""Property: whatever lines, credits and payments a coach records, an invoice never goes negative or
out of balance, and never more is credited or paid than it billed."""

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
        st.sampled_from(["pay", "credit"]),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(9999), places=2),
    ),
    max_size=6,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, steps, st.sampled_from(list(TaxTreatment)))
# Paid in full, then credited: the credit note is refused (refunds are not recorded), so the balance holds.
@example(
    [(Decimal("0.01"), Decimal("0.50"), "0")],
    [("pay", Decimal("0.01")), ("credit", Decimal("0.01"))],
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
                else:
                    credit_invoice(db, invoice_id, amount=amount, on=ON)
            except ValidationError:
                pass  # more than is left, or several rates: refused, nothing written
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
        assert amounts.credited_minor + amounts.paid_minor <= amounts.gross_minor
        assert amounts.due_minor >= 0
        assert all(r.balance_minor >= 0 for r in list_invoices(db, today=ON))
