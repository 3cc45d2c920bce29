"""The accountant's CSVs: one row per invoice or credit note with net and VAT per rate, and payments."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import date
from decimal import Decimal

import pytest

from coachdesk.documents.invoice_csv import PaymentRow, invoices_csv, payments_csv
from coachdesk.documents.invoice_data import PrintedLine
from tests.documents.invoice_samples import CLIENT, credit_note, invoice, sponsor_invoice


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark: spreadsheets read Zoë right
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_each_invoice_and_credit_note_is_a_row_with_net_and_vat_per_rate() -> None:
    mixed = invoice(
        number="2026-0010",
        lines=(
            PrintedLine("Coaching session, 2 December 2026", Decimal(1), 12000, Decimal(19)),
            PrintedLine("Workbook", Decimal(2), 1500, Decimal(7)),
        ),
        paid_minor=5000,
    )
    rows = _rows(invoices_csv([invoice(), sponsor_invoice(), credit_note(), mixed]))
    assert list(rows[0]) == [
        "Number", "Kind", "Date", "Due date", "Payer", "Payer VAT no.", "Currency", "VAT treatment",
        "Net 19%", "VAT 19%", "Net 7%", "VAT 7%", "Net 0%", "VAT 0%",
        "Net", "VAT", "Gross", "Paid", "Balance", "Credits invoice",
    ]  # fmt: skip
    first, sponsor, credit, last = rows
    assert first["Number"] == "2026-0007" and first["Kind"] == "invoice" and first["Date"] == "2026-12-01"
    assert first["Payer"] == "Zoë Ørsted"
    assert (first["Net 19%"], first["VAT 19%"], first["Net 7%"]) == ("360.00", "68.40", "")
    assert (first["Net"], first["VAT"], first["Gross"], first["Paid"]) == (
        "360.00",
        "68.40",
        "428.40",
        "0.00",
    )
    assert (sponsor["Net 0%"], sponsor["VAT 0%"], sponsor["Gross"]) == ("930.00", "0.00", "930.00")
    assert (sponsor["Payer VAT no."], sponsor["VAT treatment"]) == ("FR40303265045", "reverse-charge")
    # A credit note's amounts are negative, so a column adds up to the period's turnover.
    assert (credit["Kind"], credit["Credits invoice"], credit["Due date"]) == ("credit-note", "2026-0007", "")
    assert (credit["Net 19%"], credit["VAT 19%"], credit["Gross"]) == ("-120.00", "-22.80", "-142.80")
    assert (last["Net 7%"], last["VAT 7%"], last["Gross"], last["Balance"]) == (
        "30.00",
        "2.10",
        "174.90",
        "124.90",
    )
    assert sum(Decimal(row["Gross"]) for row in rows) == Decimal("1390.50")


def test_a_payer_name_a_spreadsheet_would_evaluate_is_written_as_text() -> None:
    hostile = dataclasses.replace(CLIENT, name='=HYPERLINK("http://evil.example","Pay here")')
    row = _rows(invoices_csv([invoice(buyer=hostile)]))[0]
    assert row["Payer"] == '\'=HYPERLINK("http://evil.example","Pay here")'
    payment = PaymentRow(
        date(2026, 12, 3), "2026-0007", "@SUM(A1:A9)", "EUR", 10000, "bank transfer", "+cmd|x"
    )
    paid = _rows(payments_csv([payment]))[0]
    assert (paid["Payer"], paid["Reference"]) == ("'@SUM(A1:A9)", "'+cmd|x")


def test_payments_are_listed_with_date_invoice_amount_method_and_reference() -> None:
    payments = [
        PaymentRow(
            date(2026, 12, 3), "2026-0007", "Zoë Ørsted", "EUR", 10000, "bank transfer", "RF18 2026 0007"
        ),
        PaymentRow(date(2026, 12, 9), "2026-0008", "Nordlicht Énergie SA", "EUR", 93000),
    ]
    rows = _rows(payments_csv(payments))
    assert list(rows[0]) == ["Date", "Invoice", "Payer", "Currency", "Amount", "Method", "Reference"]
    assert list(rows[0].values()) == [
        "2026-12-03",
        "2026-0007",
        "Zoë Ørsted",
        "EUR",
        "100.00",
        "bank transfer",
        "RF18 2026 0007",
    ]
    assert rows[1]["Amount"] == "930.00" and rows[1]["Method"] == ""


def test_a_draft_is_not_listed_for_the_accountant() -> None:
    with pytest.raises(ValueError, match="issued ones only"):
        invoices_csv([invoice(), invoice(draft=True, number="")])


def test_an_empty_period_gives_the_header_alone() -> None:
    assert _rows(invoices_csv([])) == []
    assert invoices_csv([]).decode("utf-8-sig").splitlines()[0].startswith("Number,Kind,Date")
