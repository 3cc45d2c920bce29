"""Prints how long an invoice of 10 lines takes to render, as a PDF and as a Factur-X PDF (never asserts).

python bench/invoice_pdf_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from coachdesk.documents.facturx_pdf import facturx_pdf
from coachdesk.documents.invoice import InvoiceRenderer
from coachdesk.documents.invoice_data import BankDetails, InvoiceData, InvoiceKind, Party, PrintedLine
from coachdesk.documents.letterhead import Letterhead

PDF_GOAL_MS = 150
FACTURX_GOAL_MS = 300


def ten_line_invoice() -> InvoiceData:
    """An invoice of 10 sessions at 19 % VAT, from a Berlin practice to a client in Copenhagen."""
    seller = Party(
        name="Moreau Coaching",
        address_lines=("Kastanienallee 12",),
        postcode="10435",
        city="Berlin",
        country_code="DE",
        vat_id="DE123456789",
        company_id="HRB 123456 B",
    )
    buyer = Party(
        name="Zoë Ørsted",
        address_lines=("Nørrebrogade 4",),
        postcode="2200",
        city="København",
        country_code="DK",
    )
    lines = tuple(
        PrintedLine(f"Coaching session, {day} November 2026", Decimal(1), 12000, Decimal(19))
        for day in range(3, 13)
    )
    return InvoiceData(
        letterhead=Letterhead("Alex Moreau", "Moreau Coaching", "ICF PCC", ("alex@moreau-coaching.example",)),
        seller=seller,
        buyer=buyer,
        kind=InvoiceKind.INVOICE,
        number="2026-0007",
        issue_date=date(2026, 12, 1),
        due_date=date(2026, 12, 15),
        currency="EUR",
        lines=lines,
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        payment_terms="Payable within 14 days of the invoice date, without deduction.",
        bank=BankDetails("Alex Moreau", "DE89370400440532013000", "COBADEFFXXX"),
    )


def timings_ms(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm: fonts registered, modules and schemas loaded
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    runs = max(7, args.runs)
    data = ten_line_invoice()
    rows = [
        ("invoice PDF, 10 lines", timings_ms(lambda: InvoiceRenderer(data).render(), runs), PDF_GOAL_MS),
        ("invoice PDF + Factur-X, 10 lines", timings_ms(lambda: facturx_pdf(data), runs), FACTURX_GOAL_MS),
    ]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{runs} runs each; load average {load} on {os.cpu_count()} cores")
    print(f"{'what':<34} {'goal':>8} {'median':>9} {'worst':>9}")
    for name, times, goal in rows:
        verdict = "ok" if max(times) <= goal else "OVER"
        print(f"{name:<34} {goal:>5} ms {statistics.median(times):>6.1f} ms {max(times):>6.1f} ms  {verdict}")


if __name__ == "__main__":
    main()
