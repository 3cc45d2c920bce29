"""The invoice and credit note PDF: what it prints, the VAT wording of each treatment, drafts, sponsors."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.documents.invoice import InvoiceRenderer
from coachdesk.documents.invoice_data import (
    DEFAULT_VAT_WORDING,
    InvoiceData,
    PrintedLine,
    TaxTreatment,
)
from tests.documents.invoice_samples import credit_note, invoice, session_line, sponsor_invoice

KLEINUNTERNEHMER = "Kleinunternehmer, kein Ausweis von Umsatzsteuer gemäß § 19 UStG"
NEEDS = pytest.mark.usefixtures("pdf_tools")


def _flat(pdf: bytes) -> str:
    """The extracted text with line breaks and runs of spaces made single spaces (wrapping varies)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _text(data: InvoiceData) -> str:
    return _flat(InvoiceRenderer(data).render())


def test_an_invoice_prints_its_parties_number_dates_lines_and_totals() -> None:
    printed = _text(invoice())
    for expected in (
        "Invoice 2026-0007",
        "Zoë Ørsted",
        "Nørrebrogade 4, 2. th.",
        "2200 København N",
        "Denmark",
        "Moreau Coaching · Kastanienallee 12 · 10435 Berlin",
        "Invoice date 1 December 2026",
        "Due date 15 December 2026",
        "1 November 2026 – 30 November 2026",
        "Coaching session, 24 November 2026 1 €120.00 19 % €120.00",
        "Net total €360.00",
        "VAT 19 % on €360.00 €68.40",
        "Total due €428.40",
        "Payable within 14 days of the invoice date, without deduction.",
        "Please pay €428.40 by 15 December 2026",
        "DE89 3704 0044 0532 0130 00",
        "COBADEFFXXX",
        "VAT no. DE123456789",
        "Company no. HRB 123456 B",
        "Page 1 of 1",
    ):
        assert expected in printed, expected


def test_a_payment_made_shows_the_balance_left_to_pay() -> None:
    printed = _text(invoice(paid_minor=10000))
    assert "Total €428.40 Paid −€100.00 Balance due €328.40" in printed
    assert "Please pay €328.40 by 15 December 2026" in printed
    assert "Paid in full" in _text(invoice(paid_minor=42840))


def test_money_and_dates_follow_the_client_language() -> None:
    printed = _text(invoice(language="de"))
    assert "1. Dezember 2026" in printed
    assert "428,40\u00a0€" in printed or "428,40 €" in printed


@pytest.mark.parametrize(
    ("treatment", "wording", "expected"),
    [
        (TaxTreatment.SMALL_BUSINESS, KLEINUNTERNEHMER, KLEINUNTERNEHMER),
        (
            TaxTreatment.SMALL_BUSINESS,
            "TVA non applicable, art. 293 B du CGI",
            "TVA non applicable, art. 293 B du CGI",
        ),
        (TaxTreatment.SMALL_BUSINESS, "", DEFAULT_VAT_WORDING[TaxTreatment.SMALL_BUSINESS]),
        (TaxTreatment.OUTSIDE_SCOPE, "", DEFAULT_VAT_WORDING[TaxTreatment.OUTSIDE_SCOPE]),
    ],
)
def test_an_exempt_invoice_prints_its_wording_and_charges_no_vat(
    treatment: TaxTreatment, wording: str, expected: str
) -> None:
    lines = tuple(session_line(day, rate="0") for day in (3, 10))
    printed = _text(invoice(tax_treatment=treatment, tax_wording=wording, lines=lines))
    assert expected in printed
    assert "Net total €240.00 VAT €0.00 Total due €240.00" in printed
    assert "19 %" not in printed


def test_a_reverse_charge_prints_the_wording_and_both_vat_numbers() -> None:
    printed = _text(sponsor_invoice())
    assert "Reverse charge: VAT to be accounted for by the recipient" in printed
    assert "Your VAT no. FR40303265045" in printed
    assert "VAT no. DE123456789" in printed
    assert "Net total €930.00 VAT €0.00 Total due €930.00" in printed
    assert "Attn. Łukasz Nowak, People Development" in printed
    assert "Nordlicht Énergie SA" in printed


def test_vat_is_rounded_once_per_rate_and_each_line_half_up() -> None:
    # Five lines of 3 cents at 19 %: 0.57 cent each, 2.85 cents on the rate's net of 15 cents.
    cents = tuple(PrintedLine(f"Copy {n}", Decimal(1), 3, Decimal(19)) for n in range(5))
    # 1.5 × €33.33 = €49.995, rounded half up to €50.00; 7 % on it is €3.50.
    half = PrintedLine("Workbook", Decimal("1.5"), 3333, Decimal(7))
    bill = invoice(lines=(*cents, half))
    assert half.net_minor == 5000
    assert [(e.rate, e.net_minor, e.vat_minor) for e in bill.breakdown] == [
        (Decimal(19), 15, 3),  # rounded per line it would be 5
        (Decimal(7), 5000, 350),
    ]
    assert (bill.net_minor, bill.vat_minor, bill.gross_minor) == (5015, 353, 5368)
    printed = _text(bill)
    assert "VAT 19 % on €0.15 €0.03" in printed
    assert "VAT 7 % on €50.00 €3.50" in printed
    assert "Total due €53.68" in printed


def test_a_credit_note_names_the_invoice_it_corrects() -> None:
    printed = _text(credit_note())
    assert "Credit note 2026-0009" in printed
    assert "This credit note corrects invoice 2026-0007 of 1 December 2026." in printed
    assert "Credits invoice 2026-0007" in printed
    assert "Total credited €142.80" in printed
    assert "Please pay" not in printed
    assert "Due date" not in printed


def test_a_credit_note_shows_the_refunds_made_and_what_is_still_to_refund() -> None:
    from coachdesk.documents.invoice_data import RefundMade

    refunds = (
        RefundMade(date(2026, 12, 3), 4000, "bank transfer", "RF-12"),
        RefundMade(date(2026, 12, 5), 2000, "cash"),
    )
    printed = _text(credit_note(refunds=refunds, refunded_minor=6000, refund_due_minor=8280))
    assert "Refunded to you 3 December 2026 bank transfer · RF-12 €40.00" in printed
    assert "5 December 2026 cash €20.00" in printed
    assert "€82.80 is still to be refunded to you." in printed
    assert "€142.80 is to be refunded to you." in _text(credit_note(refund_due_minor=14280))
    done = _text(credit_note(refunds=refunds[:1], refunded_minor=4000))
    assert "Nothing more is to be refunded." in done and "still to be refunded" not in done
    with pytest.raises(ValueError, match="against a credit note"):
        invoice(refunds=refunds)


def test_an_invoice_credited_beyond_what_was_paid_shows_the_refund_due() -> None:
    printed = _text(invoice(paid_minor=42840, credited_minor=14280))
    assert "Paid −€428.40 Refund due to you €142.80" in printed
    assert "€142.80 is to be refunded to you" in printed
    refunded = _text(invoice(paid_minor=42840, credited_minor=14280, refunded_minor=14280))
    assert "Refunded to you €142.80 Balance due €0.00" in refunded
    assert "Paid in full" in refunded


@NEEDS
def test_a_draft_is_marked_and_asks_for_no_payment(tmp_path: Path) -> None:
    pdf = InvoiceRenderer(invoice(draft=True, number="")).render()
    printed = _flat(pdf)
    assert "DRAFT" in printed
    assert "Invoice (draft)" in printed
    assert "not a valid invoice, and not to be paid" in printed
    assert "Please pay" not in printed
    assert "DRAFT" not in _text(invoice())
    path = tmp_path / "draft.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts  # every font is the embedded DejaVu


def test_the_file_metadata_names_no_client() -> None:
    reader = PdfReader(io.BytesIO(InvoiceRenderer(invoice()).render()))
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Invoice 2026-0007" in metadata
    assert "Zoë" not in metadata and "Ørsted" not in metadata


def test_the_printed_data_has_no_place_for_notes_topics_or_goals() -> None:
    """The design: an invoice line is its text, quantity, price and rate; nothing else can be printed."""
    assert [f.name for f in dataclasses.fields(PrintedLine)] == [
        "description",
        "quantity",
        "unit_price_minor",
        "vat_rate",
        "unit_code",
    ]
    names = {f.name for f in dataclasses.fields(InvoiceData)}
    assert not {name for name in names if any(w in name for w in ("note", "goal", "topic", "summary"))}


def test_a_sponsor_invoice_prints_only_the_line_texts_between_the_header_and_the_totals() -> None:
    bill = sponsor_invoice()
    printed = _text(bill)
    table = printed.split("Description Qty Unit price Amount ", 1)[1].split(" Net total", 1)[0]
    expected = " ".join(
        f"{line.description} {line.quantity} €{line.unit_price_minor / 100:,.2f} €{line.net_minor / 100:,.2f}"
        for line in bill.lines
    )
    assert table == expected


def test_many_lines_run_onto_a_second_page_with_the_header_repeated() -> None:
    lines = tuple(session_line(1 + n % 28) for n in range(45))
    reader = PdfReader(io.BytesIO(InvoiceRenderer(invoice(lines=lines)).render()))
    assert len(reader.pages) == 2
    second = reader.pages[1].extract_text()
    assert "Description" in second and "Page 2 of 2" in second
    assert "Total due €6,426.00" in " ".join(second.split())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lines": (session_line(3, price=0),)}, "Line 1: the unit price must be more than zero."),
        ({"lines": (session_line(3, price=-100),)}, "Line 1: the unit price must be more than zero."),
        (
            {"lines": (PrintedLine("Session", Decimal(0), 12000, Decimal(19)),)},
            "Line 1: the quantity must be more than zero.",
        ),
        (
            {"lines": (PrintedLine("Minute", Decimal("0.01"), 1, Decimal(19)),)},
            "Line 1: quantity × unit price comes to less than one minor unit.",
        ),
        ({"currency": "euro"}, "three-letter ISO 4217 code"),
        ({"number": ""}, "An issued invoice has a number"),
        ({"due_date": date(2026, 11, 30)}, "The due date is before the issue date."),
        ({"tax_treatment": TaxTreatment.SMALL_BUSINESS}, "Line 1: no VAT rate applies under small-business."),
        ({"paid_minor": -1}, "The amount paid cannot be negative."),
        ({"lines": ()}, "at least one line"),
        ({"credited_number": "2026-0001"}, "Only a credit note refers to a credited invoice."),
    ],
)
def test_data_no_invoice_could_print_is_refused_with_what_is_wrong(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        invoice(**changes)


def test_a_reverse_charge_without_the_customer_vat_number_is_refused() -> None:
    buyer = dataclasses.replace(sponsor_invoice().buyer, vat_id="")
    with pytest.raises(ValueError, match=re.escape("A reverse charge needs the customer's VAT number.")):
        sponsor_invoice(buyer=buyer)


def test_a_credit_note_without_the_credited_invoice_is_refused() -> None:
    with pytest.raises(ValueError, match=re.escape("A credit note names the invoice it credits.")):
        credit_note(credited_number="")
