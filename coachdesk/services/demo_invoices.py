"""The demo practice's invoices: paid, overdue, partly paid, credited and re-issued, paid then credited
in part and refunded, and work unbilled."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlmodel import col, select

from coachdesk.domain import InvoiceLine, Payer, PaymentMethod, TaxTreatment
from coachdesk.services.billing_details import BillingDetails, save_client_billing, save_organisation_billing
from coachdesk.services.db import Db
from coachdesk.services.demo_casework import DemoPractice
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_payments import balance, record_payment
from coachdesk.services.invoice_refunds import record_refund
from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings
from coachdesk.services.invoice_status import plain_amount
from coachdesk.services.invoices import DraftDetails, NothingToBill, draft_from_engagement, update_draft


def add_invoices(db: Db, practice: DemoPractice) -> None:
    """Alex charges French VAT (20 %) to private clients and bills the two sponsors, businesses in other
    EU countries, under the reverse charge. The latest sessions are left unbilled for the dashboard."""
    today = practice.today
    save_invoicing_settings(
        db,
        InvoicingSettings(
            tax_treatment=TaxTreatment.CHARGED,
            default_vat_rate="20",
            payment_terms_days=14,
            vat_number="FR40123456789",
            company_number="SIRET 123 456 789 00012",
            iban="FR76 3000 6000 0112 3456 7890 189",
            bic="AGRIFRPP",
        ),
    )
    save_organisation_billing(
        db,
        practice.sponsors["nordlicht"],
        BillingDetails("Hafenstraße 3\n20457 Hamburg\nGermany", "DE123456789", "HRB 98765 Hamburg"),
    )
    save_organisation_billing(
        db,
        practice.sponsors["valetejo"],
        BillingDetails("Rua do Ouro 120\n1100-063 Lisboa\nPortugal", "PT123456789", ""),
    )
    for name, address in (
        ("Siobhán Ní Bhriain", "12 Merrion Square\nDublin 2\nIreland"),
        ("Łukasz Nowak", "ul. Długa 5\n80-827 Gdańsk\nPoland"),
        ("Chloé Girard", "8 quai des Bateliers\n67000 Strasbourg\nFrance"),
    ):
        save_client_billing(db, practice.clients[name], BillingDetails(billing_address=address))

    def day(days_ago: int) -> date:
        return today - timedelta(days=days_ago)

    def bill(key: str, until: int, issued: int) -> object | None:
        try:
            draft = draft_from_engagement(db, practice.engagements[key], until=day(until)).created
        except NothingToBill:
            return None
        assert draft is not None
        if key in ("zoe", "mateus"):  # the sponsor pays, from another EU country
            update_draft(
                db, draft, DraftDetails(payer=Payer.SPONSOR, tax_treatment=TaxTreatment.REVERSE_CHARGE)
            )
        issue_invoice(db, draft, on=day(issued))
        return draft

    def pay_all(invoice: object | None, days_ago: int, reference: str) -> None:
        if invoice is not None:
            owed = balance(db, invoice).due_minor  # type: ignore[arg-type]
            record_payment(db, invoice, plain_amount(owed), on=day(days_ago), reference=reference)  # type: ignore[arg-type]

    siobhan = bill("siobhan", 81, 80)
    pay_all(siobhan, 70, "SEPA NB-0412")  # paid
    if siobhan is not None:  # then one session turned out not to have taken place: credited, paid back
        refund_one_session(db, siobhan, day(65), day(63))  # type: ignore[arg-type]
    pay_all(bill("zoe", 40, 39), 15, "NORDLICHT 4500012345")  # paid by the sponsor
    bill("mateus", 25, 24)  # overdue, nothing paid
    lukasz = bill("lukasz", 20, 20)
    if lukasz is not None:  # overdue, partly paid
        record_payment(db, lukasz, "100.00", on=day(10), method=PaymentMethod.CARD)  # type: ignore[arg-type]
    chloe = bill("chloe", 10, 9)
    if chloe is not None:  # a wrong address: credited in full, then billed again
        credit_invoice(db, chloe, reason="Issued to the wrong billing address.", on=day(8))  # type: ignore[arg-type]
        bill("chloe", 10, 8)


def refund_one_session(db: Db, invoice: uuid.UUID, credited_on: date, refunded_on: date) -> None:
    """Credit the price of the invoice's first line (one session) and pay it back by bank transfer."""
    query = (
        select(InvoiceLine).where(col(InvoiceLine.invoice_id) == invoice).order_by(col(InvoiceLine.position))
    )
    first = db.exec(query).first()
    if first is None:
        return
    reason = f"Not held: {first.description}. Its fee is credited and refunded."
    note = credit_invoice(
        db, invoice, amount=plain_amount(first.unit_price_minor), reason=reason, on=credited_on
    )
    assert note.created is not None
    due = balance(db, invoice).refund_due_minor
    record_refund(db, note.created, plain_amount(due), on=refunded_on, reference="Refund NB-0412")
