"""Bad input to invoicing: a clear message naming the field, and nothing written."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from coachdesk.domain import Payer, TaxTreatment
from coachdesk.services.billing_details import BillingDetails, save_client_billing
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings
from coachdesk.services.invoices import (
    DraftDetails,
    LineDetails,
    add_line,
    draft_from_engagement,
    new_draft,
    update_draft,
)
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import created, practice


@pytest.mark.parametrize(
    ("line", "field", "says"),
    [
        (LineDetails("Session", "0"), "unit_price", "The unit price must be more than zero."),
        (LineDetails("Session", "-150"), "unit_price", "The unit price must be more than zero."),
        (LineDetails("Session", "abc"), "unit_price", "must be an amount of money"),
        (LineDetails("Session", "1.234"), "unit_price", "more than two decimal places"),
        (LineDetails("Session", "1e12"), "unit_price", "implausibly large"),
        (LineDetails("Session", "150", quantity=0), "quantity", "more than zero"),
        (LineDetails("Session", "150", quantity="-1"), "quantity", "more than zero"),
        (LineDetails("Session", "150", quantity="1.555"), "quantity", "two decimals"),
        (LineDetails("Session", "150", quantity="NaN"), "quantity", "more than zero"),
        (LineDetails("Stamp", "0.01", quantity="0.49"), "quantity", "less than a cent"),
        (LineDetails("Session", "150", vat_rate="120"), "vat_rate", "from 0 to 100"),
        (LineDetails("Session", "150", vat_rate="-1"), "vat_rate", "from 0 to 100"),
        (LineDetails("Session", "150", vat_rate="nineteen"), "vat_rate", "percentage"),
        (LineDetails("", "150"), "description", "required"),
        (LineDetails("Session", "150", source="gift"), "source", "must be one of"),
    ],
)
def test_a_bad_line_is_refused_by_field_and_nothing_is_written(
    db: Session, line: LineDetails, field: str, says: str
) -> None:
    p = practice(db, sessions=0, treatment=TaxTreatment.CHARGED)
    draft = created(new_draft(db, p.engagement))
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as refused:
        add_line(db, draft, line)
    assert (refused.value.field, says in refused.value.message) == (field, True)
    assert table_snapshot(db) == before
    with pytest.raises(ValidationError):
        new_draft(db, p.engagement, [LineDetails("Fine", "10"), line])
    assert table_snapshot(db) == before


def test_an_unknown_currency_is_refused(db: Session) -> None:
    p = practice(db, sessions=1)
    with pytest.raises(ValidationError, match="not a currency code in ISO 4217") as refused:
        create_engagement(db, EngagementDetails(client_id=p.client, title="Another", currency="XYZ"))
    assert refused.value.field == "currency"
    # An agreement saved before currencies were checked against ISO 4217 cannot be invoiced as it is.
    db.connection().execute(sa.text("UPDATE engagement SET currency = 'EUX'"))
    db.commit()
    before = table_snapshot(db)
    with pytest.raises(ValidationError, match="“EUX” is not a currency code") as refused:
        draft_from_engagement(db, p.engagement)
    assert refused.value.field == "currency"
    assert table_snapshot(db) == before


def test_a_sponsor_cannot_pay_without_a_sponsor(db: Session) -> None:
    p = practice(db, sessions=0)
    engagement = created(create_engagement(db, EngagementDetails(client_id=p.client, title="Private")))
    with pytest.raises(ValidationError, match="no sponsor") as refused:
        new_draft(db, engagement, details=DraftDetails(payer=Payer.SPONSOR))
    assert refused.value.field == "payer"


@pytest.mark.parametrize(
    ("settings", "field", "says"),
    [
        (InvoicingSettings(tax_treatment="vat_free"), "tax_treatment", "must be one of"),
        (InvoicingSettings(default_vat_rate="101"), "default_vat_rate", "from 0 to 100"),
        (InvoicingSettings(default_vat_rate="7.125"), "default_vat_rate", "two decimal"),
        (InvoicingSettings(payment_terms_days=-1), "payment_terms_days", "between 0 and 365"),
        (InvoicingSettings(invoice_number_pattern="{year}"), "invoice_number_pattern", "{seq}"),
        (InvoicingSettings(iban="DE89 3704 0044 0532 0130 01"), "iban", "typing mistake"),
        (InvoicingSettings(iban="12345"), "iban", "not an IBAN"),
        (InvoicingSettings(bic="DEUT"), "bic", "not a BIC"),
    ],
)
def test_bad_invoicing_settings_are_refused(
    db: Session, settings: InvoicingSettings, field: str, says: str
) -> None:
    practice(db, sessions=0)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as refused:
        save_invoicing_settings(db, settings)
    assert (refused.value.field, says in refused.value.message) == (field, True)
    assert table_snapshot(db) == before


def test_a_good_iban_and_bic_are_kept_as_printed(db: Session) -> None:
    practice(db, sessions=0)
    save_invoicing_settings(db, InvoicingSettings(iban="de89 3704 0044 0532 0130 00", bic="cobadeffxxx"))
    from coachdesk.services.invoice_settings import invoicing_settings

    assert (invoicing_settings(db).iban, invoicing_settings(db).bic) == (
        "DE89370400440532013000",
        "COBADEFFXXX",
    )


def test_a_vat_number_must_start_with_its_country(db: Session) -> None:
    p = practice(db, sessions=0)
    with pytest.raises(ValidationError, match="starts with the country code") as refused:
        save_client_billing(db, p.client, BillingDetails(vat_number="123456789"))
    assert refused.value.field == "vat_number"
    save_client_billing(db, p.client, BillingDetails(vat_number="fr 12.345.678.901"))


def test_a_bad_due_date_or_treatment_on_a_draft_is_refused(db: Session) -> None:
    p = practice(db, sessions=1)
    draft = created(draft_from_engagement(db, p.engagement))
    with pytest.raises(ValidationError) as refused:
        update_draft(db, draft, DraftDetails(tax_treatment="free"))
    assert refused.value.field == "tax_treatment"
