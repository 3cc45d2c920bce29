"""Every VAT treatment's wording and totals, and the rounding: per line, then once per VAT rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session

from coachdesk.domain import Invoice, Payer, TaxTreatment, VatTreatment
from coachdesk.domain.invoice_totals import invoice_totals, line_net
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoice_settings import InvoicingSettings, invoicing_settings, save_invoicing_settings
from coachdesk.services.invoice_tax import REVERSE_CHARGE_WORDING, exemption_wording_for
from coachdesk.services.invoices import (
    DraftDetails,
    LineDetails,
    draft_from_engagement,
    new_draft,
    update_draft,
)
from coachdesk.services.profile import ProfileDetails, get_profile, save_profile
from tests.services.invoice_practice import Practice, created, practice

ON = date(2026, 3, 31)


def _issued(db: Session, invoice_id: object) -> Invoice:
    issue_invoice(db, invoice_id, on=ON)  # type: ignore[arg-type]
    invoice = db.get(Invoice, invoice_id)
    assert invoice is not None
    return invoice


def test_vat_charged_at_the_profiles_rate_prints_no_exemption(db: Session) -> None:
    p = practice(db, treatment=TaxTreatment.CHARGED, rate="19")
    invoice = _issued(db, created(draft_from_engagement(db, p.engagement)))
    assert (invoice.net_minor, invoice.vat_minor, invoice.gross_minor) == (45000, 8550, 53550)
    assert invoice.tax_wording == ""


def test_a_fee_that_includes_vat_is_billed_at_that_fee(db: Session) -> None:
    p = practice(db, treatment=TaxTreatment.CHARGED, rate="19", engagement_vat=VatTreatment.INCLUDED)
    invoice = _issued(db, created(draft_from_engagement(db, p.engagement)))
    assert (invoice.net_minor, invoice.vat_minor, invoice.gross_minor) == (37815, 7185, 45000)


@pytest.mark.parametrize(
    ("country", "wording"),
    [
        ("Germany", "Kleinunternehmer, kein Ausweis von Umsatzsteuer gemäß § 19 UStG"),
        ("France", "TVA non applicable, art. 293 B du CGI"),
        ("AT", "Umsatzsteuerbefreit – Kleinunternehmer gemäß § 6 Abs. 1 Z 27 UStG"),
        (
            "Belgium",
            "Régime particulier de franchise des petites entreprises – TVA non applicable (art. 56bis "
            "du Code de la TVA)",
        ),
        ("the Netherlands", "Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR)"),
        ("Atlantis", "VAT exempt: small business scheme"),
    ],
)
def test_a_small_business_prints_its_countrys_exemption_and_charges_no_vat(
    db: Session, country: str, wording: str
) -> None:
    p = practice(db, treatment=TaxTreatment.SMALL_BUSINESS)
    profile = get_profile(db)
    assert profile is not None
    save_profile(db, ProfileDetails(name=profile.name, country=country))
    invoice = _issued(
        db, created(new_draft(db, p.engagement, [LineDetails("Workshop", "200", vat_rate="19")]))
    )
    assert invoice.tax_wording == wording
    assert (invoice.net_minor, invoice.vat_minor, invoice.gross_minor) == (20000, 0, 20000)


def test_the_coachs_own_exemption_wording_wins(db: Session) -> None:
    p = practice(db, treatment=TaxTreatment.SMALL_BUSINESS)
    own = "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."
    save_invoicing_settings(
        db, InvoicingSettings(**{**invoicing_settings(db).__dict__, "tax_exemption_wording": own})
    )
    invoice = _issued(db, created(draft_from_engagement(db, p.engagement)))
    assert invoice.tax_wording == own
    assert exemption_wording_for("DE") != own


def test_reverse_charge_to_a_sponsor_with_a_vat_number(db: Session) -> None:
    p = practice(db, treatment=TaxTreatment.CHARGED, rate="19", payer=Payer.SPONSOR)
    draft = created(draft_from_engagement(db, p.engagement))
    update_draft(db, draft, DraftDetails(payer=Payer.SPONSOR, tax_treatment=TaxTreatment.REVERSE_CHARGE))
    invoice = _issued(db, draft)
    assert invoice.tax_wording == REVERSE_CHARGE_WORDING
    assert "Art. 196 Directive 2006/112/EC" in invoice.tax_wording
    assert (invoice.buyer_name, invoice.buyer_vat_number) == ("Nordlicht GmbH", "DE811111111")
    assert (invoice.net_minor, invoice.vat_minor, invoice.gross_minor) == (45000, 0, 45000)


def test_reverse_charge_without_the_customers_vat_number_is_refused(db: Session) -> None:
    p = practice(db, treatment=TaxTreatment.REVERSE_CHARGE)  # the client has no VAT number
    draft = created(draft_from_engagement(db, p.engagement))
    with pytest.raises(ValidationError, match="customer's VAT number") as refused:
        issue_invoice(db, draft, on=ON)
    assert refused.value.field == "buyer_vat_number"
    invoice = db.get(Invoice, draft)
    assert invoice is not None and invoice.number is None


def test_outside_the_scope_of_vat(db: Session) -> None:
    p = practice(db, treatment=TaxTreatment.OUTSIDE_SCOPE)
    invoice = _issued(db, created(draft_from_engagement(db, p.engagement)))
    assert invoice.tax_wording == "Outside the scope of VAT"
    assert (invoice.vat_minor, invoice.gross_minor) == (0, 45000)


def test_the_treatment_can_be_changed_on_one_invoice(db: Session) -> None:
    p: Practice = practice(db, treatment=TaxTreatment.SMALL_BUSINESS)
    draft = created(draft_from_engagement(db, p.engagement))
    save_invoicing_settings(
        db, InvoicingSettings(**{**invoicing_settings(db).__dict__, "default_vat_rate": "20"})
    )
    update_draft(db, draft, DraftDetails(tax_treatment=TaxTreatment.CHARGED))
    invoice = _issued(db, draft)
    assert (invoice.tax_treatment, invoice.vat_minor, invoice.tax_wording) == (TaxTreatment.CHARGED, 9000, "")
    assert invoicing_settings(db).tax_treatment == TaxTreatment.SMALL_BUSINESS


def test_lines_round_half_up_and_vat_rounds_once_per_rate(db: Session) -> None:
    """Three lines of 1.05 at 7 %: per line VAT would be 3 × 0.07 = 0.21; per rate it is 0.22."""
    p = practice(db, sessions=0, treatment=TaxTreatment.CHARGED, rate="7")
    lines = [LineDetails("Book", "1.05") for _ in range(3)]
    lines.append(LineDetails("Hours", "33.33", quantity="1.5", vat_rate="19"))  # 49.995 → 50.00
    invoice = _issued(db, created(new_draft(db, p.engagement, lines)))
    totals = invoice_totals([(105, Decimal(7))] * 3 + [(5000, Decimal(19))], vat_charged=True)
    assert [(r.rate, r.net_minor, r.vat_minor) for r in totals.by_rate] == [
        (Decimal(19), 5000, 950),
        (Decimal(7), 315, 22),
    ]
    assert (invoice.net_minor, invoice.vat_minor, invoice.gross_minor) == (5315, 972, 6287)


def test_half_a_cent_rounds_up() -> None:
    assert line_net(Decimal("1.5"), 3333) == 5000
    assert line_net(Decimal("0.5"), 1) == 1
    assert line_net(Decimal("0.49"), 1) == 0


quantities = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10_000), places=2)
prices = st.integers(min_value=1, max_value=10**9)
rates = st.sampled_from(
    [Decimal(0), Decimal("5.5"), Decimal(7), Decimal("8.1"), Decimal(19), Decimal(21), Decimal(27)]
)


@given(st.lists(st.tuples(quantities, prices, rates), min_size=1, max_size=30), st.booleans())
def test_amounts_and_quantities_never_give_a_negative_or_unbalanced_invoice(
    lines: list[tuple[Decimal, int, Decimal]], vat_charged: bool
) -> None:
    nets = [(line_net(q, p), r) for q, p, r in lines]
    totals = invoice_totals(nets, vat_charged=vat_charged)
    assert all(net >= 0 for net, _ in nets)
    assert totals.net_minor == sum(net for net, _ in nets) >= 0
    assert totals.vat_minor >= 0 and (vat_charged or totals.vat_minor == 0)
    assert totals.gross_minor == totals.net_minor + totals.vat_minor >= totals.net_minor
    assert sum(r.net_minor for r in totals.by_rate) == totals.net_minor
    assert sum(r.vat_minor for r in totals.by_rate) == totals.vat_minor
    for rate_total in totals.by_rate:  # each rate's VAT is within half a cent of the exact amount
        exact = Decimal(rate_total.net_minor) * rate_total.rate / 100
        assert abs(rate_total.vat_minor - exact) <= Decimal("0.5")
