"""An invoice from the vault as printed: seller and buyer with their ids and address, lines and totals as
stored, VAT wording, payments and credits, the credited invoice, the DRAFT mark, Factur-X refusals."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from coachdesk.domain import Engagement, Invoice, InvoiceKind, Payer, TaxTreatment
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_list import list_invoices
from coachdesk.services.invoice_parties import country_code, postal_party
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoice_pdf import invoice_data, invoice_pdf
from coachdesk.services.invoices import draft_from_engagement
from tests.services.invoice_practice import created, practice, set_treatment

ON = date(2026, 3, 31)
TODAY = date(2026, 4, 2)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_client_invoice_prints_the_seller_the_client_and_the_lines_as_stored(db: Session) -> None:
    p = practice(db, sessions=3)
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    data = invoice_data(db, invoice, TODAY)
    assert (data.seller.name, data.seller.address_lines) == ("Dr Łucja Kowalska", ("Hauptstraße 1",))
    assert (data.seller.postcode, data.seller.city, data.seller.country_code) == ("10115", "Berlin", "DE")
    assert data.seller.vat_id == "DE123456789"
    assert (data.buyer.name, data.buyer.address_lines, data.buyer.city) == (
        "Zoë Ørsted",
        ("Rue de la Paix 3",),
        "Paris",
    )
    assert data.buyer.attention == ""  # the client pays: no sponsor contact
    assert [line.description for line in data.lines] == [
        "Coaching session, 2 March 2026",
        "Coaching session, 9 March 2026",
        "Coaching session, 16 March 2026",
    ]
    assert (data.period_start, data.period_end) == (date(2026, 3, 2), date(2026, 3, 16))
    [row] = list_invoices(db, today=TODAY)
    assert (data.net_minor, data.vat_minor, data.gross_minor) == (
        row.net_minor,
        row.vat_minor,
        row.gross_minor,
    )
    assert (data.number, data.issue_date, data.due_date, data.draft) == (
        "2026-0001",
        ON,
        date(2026, 4, 14),
        False,
    )
    assert data.payment_terms == "Payable within 14 days of the invoice date, without deduction."
    text = _text(invoice_pdf(db, invoice, TODAY))
    assert "Invoice 2026-0001" in text and "Zoë Ørsted" in text
    assert "Net total €450.00 VAT 19 % on €450.00 €85.50 Total due €535.50" in text


def test_a_sponsor_invoice_goes_to_the_organisation_and_its_contact_with_their_ids(db: Session) -> None:
    p = practice(db, sessions=2, payer=Payer.SPONSOR, treatment=TaxTreatment.REVERSE_CHARGE, rate="0")
    engagement = db.get(Engagement, p.engagement)
    assert engagement is not None
    engagement.sponsor_contact_name = "Łukasz Nowak"
    db.add(engagement)
    db.commit()
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    data = invoice_data(db, invoice, TODAY)
    assert (data.buyer.name, data.buyer.vat_id, data.buyer.company_id) == (
        "Nordlicht GmbH",
        "DE811111111",
        "HRB 1234",
    )
    assert data.buyer.attention == "Attn. Łukasz Nowak"
    assert (data.buyer.city, data.buyer.country_code) == ("Hamburg", "DE")
    assert data.tax_treatment is TaxTreatment.REVERSE_CHARGE
    assert "Art. 196 Directive 2006/112/EC" in data.wording
    text = _text(invoice_pdf(db, invoice, TODAY))
    assert "Your VAT no. DE811111111" in text and "Reverse charge" in text


def test_a_draft_prints_today_without_a_number_and_marked_draft(db: Session) -> None:
    p = practice(db, sessions=1)
    invoice = created(draft_from_engagement(db, p.engagement))
    data = invoice_data(db, invoice, TODAY)
    assert (data.draft, data.number, data.issue_date, data.due_date) == (True, "", TODAY, date(2026, 4, 16))
    text = _text(invoice_pdf(db, invoice, TODAY))
    assert "Invoice (draft)" in text and "not a valid invoice" in text


def test_factur_x_of_a_draft_is_refused_and_says_to_issue_it(db: Session) -> None:
    p = practice(db, sessions=1)
    invoice = created(draft_from_engagement(db, p.engagement))
    with pytest.raises(ValidationError) as refused:
        invoice_pdf(db, invoice, TODAY, facturx=True)
    assert refused.value.field == "facturx" and "Issue it first" in refused.value.message


def test_payments_and_credits_print_and_leave_the_balance_the_list_shows(db: Session) -> None:
    p = practice(db, sessions=2)  # 357.00 with VAT
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    record_payment(db, invoice, "100.00", on=date(2026, 4, 1))
    note = created(credit_invoice(db, invoice, amount="100", reason="One session moved", on=date(2026, 4, 1)))
    data = invoice_data(db, invoice, TODAY)
    [row] = [r for r in list_invoices(db, today=TODAY) if r.id == invoice]
    assert (data.paid_minor, data.credited_minor, data.balance_minor) == (10000, 11900, row.balance_minor)
    text = _text(invoice_pdf(db, invoice, TODAY))
    assert "Credited −€119.00 Paid −€100.00 Balance due €138.00" in text
    credit = invoice_data(db, note, TODAY)
    assert credit.kind is InvoiceKind.CREDIT_NOTE
    assert (credit.credited_number, credit.credited_date) == ("2026-0001", ON)
    assert credit.remark == "One session moved"
    assert "This credit note corrects invoice 2026-0001 of 31 March 2026" in _text(
        invoice_pdf(db, note, TODAY)
    )


def test_factur_x_without_the_seller_vat_number_is_refused_by_name(db: Session) -> None:
    p = practice(db, sessions=1, treatment=TaxTreatment.SMALL_BUSINESS, rate="0")
    set_treatment(db, TaxTreatment.SMALL_BUSINESS, vat_number="")
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    with pytest.raises(ValidationError) as refused:
        invoice_pdf(db, invoice, TODAY, facturx=True)
    assert refused.value.field == "facturx" and "VAT number or tax number" in refused.value.message
    assert "to the invoicing settings of your profile" in refused.value.message
    assert db.get(Invoice, invoice) is not None


@pytest.mark.parametrize(
    ("address", "country", "expected"),
    [
        ("Hauptstraße 1\n10115 Berlin", "Germany", (("Hauptstraße 1",), "10115", "Berlin", "DE")),
        (
            "18 rue de la République\n69002 Lyon\nFrance",
            "DE",
            (("18 rue de la République",), "69002", "Lyon", "FR"),
        ),
        ("Am Hafen 2, Hamburg", "", (("Am Hafen 2",), "", "Hamburg", "")),
        (
            "Keizersgracht 1\n1012 AB Amsterdam\nNederland",
            "",
            (("Keizersgracht 1",), "1012 AB", "Amsterdam", "NL"),
        ),
        ("", "Österreich", ((), "", "", "AT")),
    ],
)
def test_a_typed_address_is_read_into_lines_postcode_city_and_country(
    address: str, country: str, expected: tuple[tuple[str, ...], str, str, str]
) -> None:
    party = postal_party("Someone", address, country=country)
    assert (party.address_lines, party.postcode, party.city, party.country_code) == expected


def test_a_vat_number_gives_the_country_when_the_address_has_none() -> None:
    assert postal_party("Firm", "Odos 1, Athens", vat_id="EL123456789", country="DE").country_code == "GR"
    assert country_code("Atlantis") == "" and country_code("fr") == "FR" and country_code("Allemagne") == "DE"


def test_rates_keep_their_exact_value(db: Session) -> None:
    p = practice(db, sessions=1, rate="5.5")
    invoice = created(draft_from_engagement(db, p.engagement))
    data = invoice_data(db, invoice, TODAY)
    assert [line.vat_rate for line in data.lines] == [Decimal("5.5")]
