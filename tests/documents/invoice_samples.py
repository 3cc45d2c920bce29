"""Invoices to print in the document tests: a coach in Berlin, a client in Copenhagen, a sponsor in Lyon."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from coachdesk.documents.invoice_data import (
    BankDetails,
    InvoiceData,
    InvoiceKind,
    Party,
    PrintedLine,
    TaxTreatment,
)
from coachdesk.documents.letterhead import Letterhead

ISSUED = date(2026, 12, 1)
LETTERHEAD = Letterhead(
    coach_name="Alex Moreau",
    practice_name="Moreau Coaching",
    credentials="ICF PCC",
    contact_lines=("alex@moreau-coaching.example", "+49 30 1234567", "moreau-coaching.example"),
)
SELLER = Party(
    name="Moreau Coaching",
    address_lines=("Kastanienallee 12",),
    postcode="10435",
    city="Berlin",
    country_code="DE",
    vat_id="DE123456789",
    tax_number="27/123/45678",
    company_id="HRB 123456 B",
    email="alex@moreau-coaching.example",
)
CLIENT = Party(
    name="Zoë Ørsted",
    address_lines=("Nørrebrogade 4, 2. th.",),
    postcode="2200",
    city="København N",
    country_code="DK",
)
SPONSOR = Party(
    name="Nordlicht Énergie SA",
    attention="Attn. Łukasz Nowak, People Development",
    address_lines=("18 rue de la République",),
    postcode="69002",
    city="Lyon",
    country_code="FR",
    vat_id="FR40303265045",
    company_id="303 265 045 RCS Lyon",
)
BANK = BankDetails(
    account_holder="Alex Moreau", iban="DE89370400440532013000", bic="COBADEFFXXX", bank_name="Commerzbank"
)


def session_line(day: int, price: int = 12000, rate: str = "19") -> PrintedLine:
    return PrintedLine(f"Coaching session, {day} November 2026", Decimal(1), price, Decimal(rate))


def invoice(**changes: Any) -> InvoiceData:
    """Invoice 2026-0007 to Zoë Ørsted for three sessions at 19 % VAT; ``changes`` replace fields."""
    base = InvoiceData(
        letterhead=LETTERHEAD,
        seller=SELLER,
        buyer=CLIENT,
        kind=InvoiceKind.INVOICE,
        number="2026-0007",
        issue_date=ISSUED,
        due_date=date(2026, 12, 15),
        currency="EUR",
        lines=(session_line(3), session_line(10), session_line(24)),
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        payment_terms="Payable within 14 days of the invoice date, without deduction.",
        bank=BANK,
    )
    return dataclasses.replace(base, **changes)


def sponsor_invoice(**changes: Any) -> InvoiceData:
    """A reverse-charge invoice to the sponsor: dates and counts only."""
    lines = (
        PrintedLine("Coaching sessions for one participant: 4, 11 and 25 November 2026", Decimal(3), 25000),
        PrintedLine("Three-way review meeting, 27 November 2026", Decimal(1), 18000),
    )
    defaults: dict[str, Any] = {
        "buyer": SPONSOR,
        "number": "2026-0008",
        "lines": lines,
        "tax_treatment": TaxTreatment.REVERSE_CHARGE,
        "buyer_reference": "PO-4471",
    }
    return invoice(**{**defaults, **changes})


def credit_note(**changes: Any) -> InvoiceData:
    """Credit note 2026-0009 for one session of invoice 2026-0007."""
    defaults: dict[str, Any] = {
        "kind": InvoiceKind.CREDIT_NOTE,
        "number": "2026-0009",
        "issue_date": date(2026, 12, 4),
        "due_date": date(2026, 12, 4),
        "lines": (session_line(24),),
        "credited_number": "2026-0007",
        "credited_date": ISSUED,
    }
    return invoice(**{**defaults, **changes})
