"""Every invoice and credit note of the demo practice as printed: the totals the Invoices list shows,
the payer it names, a PDF that reads back, and a Factur-X XML valid against the EN 16931 schema."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import facturx  # type: ignore[import-untyped]
import pytest
from pypdf import PdfReader
from sqlmodel import Session

from coachdesk.domain import Invoice, InvoiceKind
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.invoice_list import list_invoices
from coachdesk.services.invoice_pdf import invoice_data, invoice_pdf
from coachdesk.services.invoice_status import InvoiceStatus
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("demo") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault.session() as db:
        yield db
    vault.close()


def test_the_printed_totals_are_the_listed_totals_for_every_demo_invoice(demo: Session) -> None:
    rows = list_invoices(demo, today=TODAY)
    kinds = {row.kind for row in rows}
    statuses = {row.status for row in rows}
    assert kinds == {InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE}
    assert {InvoiceStatus.PAID, InvoiceStatus.OVERDUE, InvoiceStatus.CREDITED} <= statuses
    for row in rows:
        data = invoice_data(demo, row.id, TODAY)
        assert (data.net_minor, data.vat_minor, data.gross_minor) == (
            row.net_minor,
            row.vat_minor,
            row.gross_minor,
        )
        assert data.buyer.name == row.payer_name and data.number == (row.number or "")
        if row.kind is InvoiceKind.INVOICE:
            assert (data.paid_minor, data.credited_minor, data.balance_minor) == (
                row.paid_minor,
                row.credited_minor,
                row.balance_minor,
            )
        invoice = demo.get(Invoice, row.id)
        assert invoice is not None and data.seller.country_code == "FR"


def test_every_issued_demo_invoice_makes_a_schema_valid_factur_x(demo: Session) -> None:
    for row in list_invoices(demo, today=TODAY):
        pdf = invoice_pdf(demo, row.id, TODAY, facturx=True)
        _name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
        assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931"), row.number
        text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
        assert str(row.number) in text and row.payer_name.split()[0] in text


def test_a_demo_sponsor_invoice_is_a_reverse_charge_to_the_organisation_abroad(demo: Session) -> None:
    sponsored = [
        invoice_data(demo, row.id, TODAY)
        for row in list_invoices(demo, today=TODAY)
        if row.payer_name.startswith("Nordlicht") and row.kind is InvoiceKind.INVOICE
    ]
    assert sponsored
    data = sponsored[0]
    assert (data.buyer.country_code, data.buyer.city, data.buyer.postcode) == ("DE", "Hamburg", "20457")
    assert data.buyer.vat_id == "DE123456789" and "Reverse charge" in data.wording
    assert all(line.description.startswith("Coaching session, ") for line in data.lines)
