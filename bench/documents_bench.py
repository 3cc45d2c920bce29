"""Prints how long the practice documents take to render in a warm process (never asserts).

python bench/documents_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import select

from coachdesk.domain import Client, Engagement, Referral
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.referral_letter_pdf import referral_letter_pdf
from coachdesk.vault import KdfAlgorithm, KdfParams

AGREEMENT_BUDGET_MS = 150
LETTER_BUDGET_MS = 100
TODAY = date(2026, 11, 27)


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm: fonts registered, modules imported
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        kdf = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)
        with (
            create_demo_vault(
                Path(folder) / "demo.coachdesk", "bench passphrase", kdf=kdf, today=TODAY
            ) as vault,
            vault.session() as session,
        ):
            zoe = session.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
            engagement = session.exec(select(Engagement).where(Engagement.client_id == zoe.id)).one()
            referral = session.exec(select(Referral)).one()
            rows = [
                (
                    "three-way agreement, render",
                    median_ms(lambda: agreement_pdf(session, engagement.id, TODAY), args.runs),
                    AGREEMENT_BUDGET_MS,
                ),
                (
                    "referral letter, render",
                    median_ms(lambda: referral_letter_pdf(session, referral.id, TODAY), args.runs),
                    LETTER_BUDGET_MS,
                ),
            ]
    print(f"medians of {args.runs} renders in a warm process")
    for name, ms, budget in rows:
        print(f"{name:<32} {ms:7.1f} ms  <= {budget} ms  {'OK' if ms <= budget else 'OVER'}")


if __name__ == "__main__":
    main()
