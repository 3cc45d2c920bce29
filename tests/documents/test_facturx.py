"""Factur-X (EN 16931): the XML is schema-valid for every kind and VAT treatment, adds up like the PDF,
and travels inside the PDF, from where it can be read back."""

from __future__ import annotations

import builtins
import io
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import facturx  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coachdesk.documents.facturx_pdf import facturx_pdf
from coachdesk.documents.facturx_xml import facturx_xml
from coachdesk.documents.invoice_data import InvoiceData, InvoiceKind, PrintedLine, TaxTreatment
from tests.documents.invoice_samples import (
    CLIENT,
    SELLER,
    credit_note,
    invoice,
    session_line,
    sponsor_invoice,
)

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
TOTALS = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
KLEINUNTERNEHMER = "Kleinunternehmer, kein Ausweis von Umsatzsteuer gemäß § 19 UStG"


def _zero_rated(**changes: object) -> dict[str, object]:
    return {"lines": (session_line(3, rate="0"), session_line(10, rate="0")), **changes}


TREATMENTS = {
    "S": {},
    "E": _zero_rated(tax_treatment=TaxTreatment.SMALL_BUSINESS, tax_wording=KLEINUNTERNEHMER),
    "AE": _zero_rated(
        tax_treatment=TaxTreatment.REVERSE_CHARGE, buyer=sponsor_invoice().buyer, buyer_reference="PO-4471"
    ),
    "O": _zero_rated(tax_treatment=TaxTreatment.OUTSIDE_SCOPE),
}
KINDS = {"380": invoice, "381": credit_note}


def _amount(root: ET.Element, path: str) -> Decimal:
    return Decimal(root.findtext(path, namespaces=NS) or "nan")


def _check_sums(root: ET.Element, data: InvoiceData) -> None:
    """EN 16931's arithmetic (BR-CO-10, -13, -15, -16, -17) holds, and gives the PDF's own totals."""
    lines = [
        _amount(item, ".//ram:LineTotalAmount")
        for item in root.iterfind(".//ram:IncludedSupplyChainTradeLineItem", NS)
    ]
    taxes = root.findall(f"{SETTLEMENT}/ram:ApplicableTradeTax", NS)
    net = _amount(root, f"{TOTALS}/ram:LineTotalAmount")
    vat = _amount(root, f"{TOTALS}/ram:TaxTotalAmount")
    gross = _amount(root, f"{TOTALS}/ram:GrandTotalAmount")
    assert sum(lines) == net == _amount(root, f"{TOTALS}/ram:TaxBasisTotalAmount")
    assert sum(_amount(t, "ram:BasisAmount") for t in taxes) == net
    assert sum(_amount(t, "ram:CalculatedAmount") for t in taxes) == vat
    for tax in taxes:
        rate = Decimal(tax.findtext("ram:RateApplicablePercent", "0", NS))
        expected = (_amount(tax, "ram:BasisAmount") * rate / 100).quantize(Decimal("0.01"), "ROUND_HALF_UP")
        assert _amount(tax, "ram:CalculatedAmount") == expected
    assert gross == net + vat
    if _amount(root, f"{TOTALS}/ram:DuePayableAmount") > 0:  # BR-CO-25: an amount due says when
        assert root.find(f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime", NS) is not None
    assert _amount(root, f"{TOTALS}/ram:DuePayableAmount") == gross - Decimal(data.paid_minor) / 100
    assert (net, vat, gross) == tuple(
        Decimal(v) / 100 for v in (data.net_minor, data.vat_minor, data.gross_minor)
    )


@pytest.mark.parametrize("category", TREATMENTS)
@pytest.mark.parametrize("type_code", KINDS)
def test_the_xml_is_schema_valid_and_adds_up_for_every_kind_and_treatment(
    type_code: str, category: str
) -> None:
    data = KINDS[type_code](**TREATMENTS[category])
    xml = facturx_xml(data)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    root = ET.fromstring(xml)
    assert root.findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=NS) == type_code
    assert root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=NS) == data.number
    categories = {e.text for e in root.iterfind(".//ram:CategoryCode", NS)}
    assert categories == {category}
    _check_sums(root, data)


def test_a_reverse_charge_carries_its_code_reason_and_both_vat_numbers() -> None:
    root = ET.fromstring(facturx_xml(sponsor_invoice()))
    tax = root.find(f"{SETTLEMENT}/ram:ApplicableTradeTax", NS)
    assert tax is not None
    assert tax.findtext("ram:ExemptionReasonCode", namespaces=NS) == "VATEX-EU-AE"
    assert "Reverse charge" in (tax.findtext("ram:ExemptionReason", namespaces=NS) or "")
    ids = [e.text for e in root.iterfind(".//ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']", NS)]
    assert ids == ["DE123456789", "FR40303265045"]
    assert root.findtext(".//ram:BuyerReference", namespaces=NS) == "PO-4471"


def test_a_small_business_sends_its_wording_as_the_exemption_reason() -> None:
    root = ET.fromstring(facturx_xml(invoice(**TREATMENTS["E"])))
    assert (
        root.findtext(f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:ExemptionReason", namespaces=NS)
        == KLEINUNTERNEHMER
    )


def test_outside_the_scope_of_vat_no_vat_number_or_rate_is_sent() -> None:
    root = ET.fromstring(facturx_xml(invoice(**TREATMENTS["O"])))
    assert root.find(".//ram:SpecifiedTaxRegistration", NS) is None
    assert root.find(".//ram:RateApplicablePercent", NS) is None


def test_a_credit_note_refers_to_the_invoice_it_corrects() -> None:
    root = ET.fromstring(facturx_xml(credit_note()))
    assert (
        root.findtext(f"{SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID", namespaces=NS)
        == "2026-0007"
    )
    assert root.find(f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans", NS) is None
    terms = root.findtext(f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description", namespaces=NS)
    assert terms == "The amount credited is set against or refunded for invoice 2026-0007."


def test_the_payment_details_and_the_amount_still_due_are_sent() -> None:
    root = ET.fromstring(facturx_xml(invoice(paid_minor=10000)))
    assert root.findtext(".//ram:IBANID", namespaces=NS) == "DE89370400440532013000"
    assert root.findtext(f"{TOTALS}/ram:TotalPrepaidAmount", namespaces=NS) == "100.00"
    assert root.findtext(f"{TOTALS}/ram:DuePayableAmount", namespaces=NS) == "328.40"
    assert root.findtext(".//ram:BuyerTradeParty/ram:Name", namespaces=NS) == "Zoë Ørsted"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"draft": True, "number": ""}, "Factur-X is made for an issued invoice only"),
        ({"buyer": CLIENT.__class__(name="Zoë Ørsted")}, "Factur-X needs the buyer's country"),
        (
            {"seller": SELLER.__class__(name="Moreau Coaching", country_code="DE")},
            "the seller's VAT number or tax number",
        ),
    ],
)
def test_what_cannot_be_an_e_invoice_is_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        facturx_xml(invoice(**changes))


@pytest.mark.usefixtures("pdf_tools")
def test_the_xml_travels_inside_a_pdf_a3_and_can_be_read_back(tmp_path: Path) -> None:
    data = invoice()
    pdf = facturx_pdf(data)
    name, xml = facturx.get_facturx_xml_from_pdf(io.BytesIO(pdf), check_xsd=True)
    assert name == "factur-x.xml"
    assert xml == facturx_xml(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert "Total due €428.40" in " ".join(reader.pages[0].extract_text().split())
    catalog = reader.trailer["/Root"]
    assert catalog["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    xmp = reader.xmp_metadata
    assert xmp is not None and b"<pdfaid:part>3</pdfaid:part>" in xmp.stream.get_data()
    assert "Zoë" not in str(reader.metadata)
    path = tmp_path / "invoice.pdf"
    path.write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)


def test_a_factur_x_pdf_is_made_without_a_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the invoice would touch the disk unencrypted")

    real_open = builtins.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if set(mode) & set("wax+"):
            refuse()
        return real_open(file, mode, *args, **kwargs)

    for name in ("NamedTemporaryFile", "TemporaryFile", "mkstemp", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.setattr(facturx.facturx, "NamedTemporaryFile", refuse)  # imported by name there
    monkeypatch.setattr(builtins, "open", read_only_open)
    facturx_pdf(credit_note())


_RATES = st.sampled_from([Decimal(0), Decimal(7), Decimal("5.5"), Decimal(19), Decimal(21), Decimal("25.5")])
_LINES = st.lists(
    st.builds(
        PrintedLine,
        description=st.just("Coaching session"),
        quantity=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(500), places=2),
        unit_price_minor=st.integers(min_value=1, max_value=5_000_000),
        vat_rate=_RATES,
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(lines=_LINES, paid_share=st.fractions(min_value=0, max_value=1), credit=st.booleans())
def test_amounts_and_quantities_never_give_a_negative_or_unbalanced_invoice(
    lines: list[PrintedLine], paid_share: object, credit: bool
) -> None:
    maker = credit_note if credit else invoice
    if any(line.quantity * line.unit_price_minor < Decimal("0.5") for line in lines):
        with pytest.raises(ValueError, match="less than one minor unit"):  # a line worth nothing
            maker(lines=tuple(lines))
        return
    data = maker(lines=tuple(lines))
    paid = int(data.gross_minor * paid_share)  # type: ignore[operator]
    data = maker(lines=tuple(lines), paid_minor=paid)
    assert data.kind is (InvoiceKind.CREDIT_NOTE if credit else InvoiceKind.INVOICE)
    assert all(line.net_minor > 0 for line in lines)
    assert all(entry.vat_minor >= 0 for entry in data.breakdown)
    assert data.gross_minor == data.net_minor + data.vat_minor >= data.net_minor > 0
    assert 0 <= data.balance_minor <= data.gross_minor
    _check_sums(ET.fromstring(facturx_xml(data)), data)
