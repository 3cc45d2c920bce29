"""Figures for invoicing: listing 5,000 invoices with their payments and credit notes.

Run as ``python bench/invoices_bench.py [--invoices N] [--runs N]``. It builds a vault with one
client and engagement and N issued invoices (two lines each, half of them paid, one in twenty-five
credited), written in bulk, then times ``list_invoices`` (the Invoices area's and the dashboard's
source) and the rows of ``coachdesk list invoices``. Median and worst of the runs are printed beside
the budget (100 ms) and never asserted.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa
from practice_bench import BUILD_KDF, PASSPHRASE, print_table  # bench/ is on the path as a script

from coachdesk.domain import metadata
from coachdesk.domain.types import utc_now
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.invoice_list import invoices_table, list_invoices
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.vault import Vault

LIST_MS = 100.0


def build(vault: Vault, count: int) -> None:
    """``count`` issued invoices in one series, written in bulk (as drafts, then issued)."""
    with vault.session() as db:
        save_profile(db, ProfileDetails(name="Bench Coach"))
        client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
        engagement = create_engagement(db, EngagementDetails(client_id=client, title="Bench")).created  # type: ignore[arg-type]
        now, first = utc_now(), date(2020, 1, 1)
        invoice, line, payment = (metadata.tables[t] for t in ("invoice", "invoice_line", "payment"))
        stamp = {"created_at": now, "updated_at": now}
        heads, lines, payments, issued = [], [], [], []
        for n in range(count):
            invoice_id, day = uuid.uuid4(), first + timedelta(days=n // 3)
            heads.append(
                {
                    "id": invoice_id, **stamp, "kind": "invoice", "state": "draft",
                    "engagement_id": engagement,
                    "client_id": client, "payer": "client", "currency": "EUR", "tax_treatment": "charged",
                    "buyer_name": "Zoë Ørsted", "net_minor": 30000, "vat_minor": 5700, "gross_minor": 35700,
                    **{c: "" for c in ("tax_wording", "seller_name", "seller_address", "seller_vat_number",
                                       "seller_company_number", "seller_iban", "seller_bic", "buyer_address",
                                       "buyer_vat_number", "buyer_company_number", "note")},
                }
            )  # fmt: skip
            for position in range(2):
                lines.append(
                    {
                        "id": uuid.uuid4(), **stamp, "invoice_id": invoice_id, "position": position,
                        "source": "session", "description": f"Coaching session, {day.isoformat()}",
                        "quantity": "1", "unit_price_minor": 15000, "vat_rate": "19", "net_minor": 15000,
                    }
                )  # fmt: skip
            if n % 2:
                payments.append(
                    {"id": uuid.uuid4(), **stamp, "invoice_id": invoice_id, "paid_on": day,
                     "amount_minor": 35700, "method": "bank_transfer", "reference": ""}
                )  # fmt: skip
            issued.append({"i": invoice_id, "d": day, "s": n + 1, "num": f"{day.year}-{n + 1:05d}"})
        connection = db.connection()
        connection.execute(invoice.insert(), heads)
        connection.execute(line.insert(), lines)
        connection.execute(
            sa.text(
                "UPDATE invoice SET state = 'issued', issue_date = :d, due_date = :d, sequence = :s, "
                "number = :num, series = 'bench' WHERE id = :i"
            ),
            [{**r, "i": r["i"].hex} for r in issued],
        )
        connection.execute(payment.insert(), payments)
        credits = [
            {**h, "id": uuid.uuid4(), "kind": "credit_note", "credited_invoice_id": h["id"], "state": "draft"}
            for h in heads[::25]
        ]
        connection.execute(invoice.insert(), credits)
        connection.execute(
            sa.text("UPDATE invoice SET state = 'issued', issue_date = '2026-01-01', number = 'CN-' || id "
                    "WHERE kind = 'credit_note'")
        )  # fmt: skip
        db.commit()


def timed(action: object, runs: int) -> list[float]:
    figures = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()  # type: ignore[operator]
        figures.append((time.perf_counter() - start) * 1000)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--invoices", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder,
        Vault.create(Path(folder) / "bench.coachdesk", PASSPHRASE, kdf=BUILD_KDF) as vault,
    ):
        build(vault, args.invoices)
        rows: list[tuple[str, str, str, str]] = [("figure", "median / worst", "budget", "")]
        with vault.session() as db:
            count = len(list_invoices(db))
            for name, action in (
                (f"list_invoices ({count:,} rows)", lambda: list_invoices(db)),
                ("coachdesk list invoices rows", lambda: invoices_table(db)),
            ):
                values = timed(action, args.runs)
                median, worst = statistics.median(values), max(values)
                verdict = "OK" if worst <= LIST_MS else ("OVER" if median > LIST_MS else "WORST OVER")
                rows.append((name, f"{median:,.1f} / {worst:,.1f} ms", f"<= {LIST_MS:.0f} ms", verdict))
        print(f"{args.runs} runs each")
        print_table(rows)


if __name__ == "__main__":
    main()
