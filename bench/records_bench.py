"""Figures for the practice records on a large synthetic practice: hours log, calendar, import, erasure.

Run as ``python bench/records_bench.py [--clients N] [--sessions N] [--runs N]``. It builds the
practice of ``practice_bench.py`` (most clients consenting to be named, one session in ten a group
session), prints figures beside their budgets and never asserts: tests assert behaviour.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import UTC, date
from pathlib import Path

from practice_bench import (
    BUILD_KDF,
    FIRST,
    LAST,
    NOW,
    PASSPHRASE,
    budgeted,
    build,
    info,
    median_ms,
    print_table,
    timed,
)

from coachdesk.services.calendar_export import calendar_ics, upcoming_events
from coachdesk.services.client_import import import_clients, preview_import
from coachdesk.services.client_records import erase_client, erasure_plan
from coachdesk.services.hours_log import hours_log
from coachdesk.services.hours_log_export import hours_log_csv, hours_log_pdf
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)
CSV_MS, PDF_MS, IMPORT_MS = 1_000.0, 3_000.0, 2_000.0


def contacts_csv(count: int, rng: random.Random) -> bytes:
    """A spreadsheet export of ``count`` contacts: BOM, semicolons, a few notes on two lines."""
    firsts, lasts = FIRST.split(), LAST.split()
    lines = ["First Name;Last Name;E-mail Address;Mobile Phone;Company;Job Title;Notes"]
    for n in range(count):
        note = '"Met at a workshop.\nFollow up in spring."' if n % 10 == 0 else ""
        lines.append(
            f"{rng.choice(firsts)} {chr(65 + n % 26)}.;{rng.choice(lasts)}-{n};contact{n}@import.example;"
            f"+44 7700 9{n:05d};"
            f"Company {n % 60};Manager;{note}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=1_000)
    parser.add_argument("--sessions", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    lines = [("figure", "value", "budget", "")]
    with tempfile.TemporaryDirectory(prefix="coachdesk-records-") as folder:
        path = Path(folder) / "practice.coachdesk"
        vault = Vault.create(path, PASSPHRASE, kdf=BUILD_KDF)
        rng = random.Random(11)
        someone, seconds = timed(lambda: build(vault, args.clients, args.sessions, 2_048, rng))
        vault.connection.execute("UPDATE client SET named_in_hours_log = (abs(random()) % 5 != 0)")
        vault.connection.execute(
            "UPDATE coaching_session SET is_group = 1, group_size = 2 + abs(random()) % 20 "
            "WHERE abs(random()) % 10 = 0"
        )
        vault.connection.commit()
        lines.append(
            info(f"build ({args.clients:,} clients, {args.sessions:,} sessions)", f"{seconds:,.1f} s")
        )
        with vault.session() as session:
            log = hours_log(session, TODAY, zone=UTC)
            lines.append(info("hours log rows", f"{len(log.rows):,} (+ unnamed line)"))
            csv_ms = median_ms(lambda: hours_log_csv(hours_log(session, TODAY, zone=UTC)), args.runs)
            lines.append(budgeted("hours log as CSV (query + rows + CSV)", csv_ms, CSV_MS))
            pdf = hours_log_pdf(session, log)
            pdf_ms = median_ms(lambda: hours_log_pdf(session, hours_log(session, TODAY, zone=UTC)), args.runs)
            lines.append(
                budgeted(f"hours log as PDF ({pdf.count(b'/Type /Page') - 1} pages)", pdf_ms, PDF_MS)
            )
            events = upcoming_events(session, NOW)
            ics_ms = median_ms(lambda: calendar_ics(upcoming_events(session, NOW), UTC), args.runs)
            lines.append(info(f"calendar ({len(events):,} upcoming sessions)", f"{ics_ms:,.1f} ms"))
            data = contacts_csv(args.contacts, rng)
            preview, preview_s = timed(lambda: preview_import(session, data, "contacts.csv"))
            _, import_s = timed(lambda: import_clients(session, preview.new_clients))
            lines.append(
                budgeted(
                    f"import {len(preview.new_clients):,} contacts (preview + one transaction)",
                    (preview_s + import_s) * 1000,
                    IMPORT_MS,
                )
            )
            lines.append(info("  of which the preview", f"{preview_s * 1000:,.1f} ms"))
            plan = erasure_plan(session, someone.id, path)
            _, erase_s = timed(lambda: erase_client(session, plan.client_id))
            lines.append(
                info("erase a client (delete, search index rewrite, VACUUM)", f"{erase_s * 1000:,.1f} ms")
            )
        _, save_s = timed(vault.save)
        lines.append(info("the save after erasure", f"{save_s * 1000:,.1f} ms"))
        vault.close()
    print_table(lines)


if __name__ == "__main__":
    main()
