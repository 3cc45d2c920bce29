"""Prints how long merging two copies of the large practice takes (100 changes made on each side).

    python bench/merge_bench.py [--clients N] [--sessions N] [--changes N] [--runs N]

Builds the practice bench's practice (1,000 clients, 20,000 sessions with 2 KB notes) once, copies
it as a sync folder would, makes the changes through the services on each copy (updates, new
sessions, finalised notes, deletions, one field changed in both), then times merging the other
copy into this one: reading the other copy's database in, deciding, writing. Figures are printed,
never asserted; the budget is beside them.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from practice_bench import BUILD_KDF, build, info, print_table  # bench/ is on the path

from coachdesk.services import clients, sessions
from coachdesk.services.merge_copies import merge_copy
from coachdesk.vault import Vault

MERGE_BUDGET_MS = 2_000
PASSPHRASE = "bench passphrase, not a secret"


def change(vault: Vault, rng: random.Random, count: int, shared_client: str) -> None:
    """``count`` service calls on one copy; the shared client is renamed on both copies."""
    client_ids = [row[0] for row in vault.connection.execute("SELECT id FROM client")]
    session_ids = [
        row[0]
        for row in vault.connection.execute("SELECT id FROM coaching_session WHERE finalised_at IS NULL")
    ]
    with vault.session() as db:
        import uuid

        clients.update_client(
            db, uuid.UUID(shared_client), clients.ClientDetails(name=f"Renamed {rng.random()}")
        )
        for n in range(count - 1):
            kind = n % 4
            if kind == 0:
                client_id = uuid.UUID(rng.choice(client_ids))
                clients.update_client(
                    db, client_id, clients.ClientDetails(name=f"Client {n}", email="x@example.org")
                )
            elif kind == 1:
                details = sessions.SessionDetails(
                    client_id=uuid.UUID(rng.choice(client_ids)),
                    starts_at=datetime(2026, 12, 1, 9, tzinfo=UTC),
                    private_notes="A new session's notes. " * 20,
                )
                sessions.create_session(db, details)
            elif kind == 2:
                sessions.finalise_notes(db, uuid.UUID(session_ids.pop(rng.randrange(len(session_ids)))))
            else:
                sessions.delete_session(db, uuid.UUID(session_ids.pop(rng.randrange(len(session_ids)))))
    vault.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=1_000)
    parser.add_argument("--sessions", type=int, default=20_000)
    parser.add_argument("--changes", type=int, default=100, help="service calls on each copy")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    lines = [("figure", "value", "budget", "")]
    with tempfile.TemporaryDirectory(prefix="coachdesk-merge-") as name:
        folder = Path(name)
        mine, theirs = (
            folder / "practice.coachdesk",
            folder / "practice.sync-conflict-20261205-123456-ABCDEFG.coachdesk",
        )
        print(f"CoachDesk merge bench: {args.clients:,} clients, {args.sessions:,} sessions, in {folder}")
        with Vault.create(mine, PASSPHRASE, kdf=BUILD_KDF) as vault:
            build(vault, args.clients, args.sessions, 2_048, random.Random(7))
            vault.save()
            shared = str(vault.connection.execute("SELECT id FROM client LIMIT 1").fetchone()[0])
        shutil.copyfile(mine, theirs)
        for path, seed in ((mine, 1), (theirs, 2)):
            with Vault.open(path, PASSPHRASE) as vault:
                change(vault, random.Random(seed), args.changes, shared)
        times, summary = [], None
        for run in range(args.runs):
            target = folder / f"run{run}.coachdesk"
            shutil.copyfile(mine, target)
            with (
                Vault.open(target, PASSPHRASE) as vault,
                Vault.open(theirs, PASSPHRASE, read_only=True) as other,
            ):
                start = time.perf_counter()
                summary = merge_copy(vault, other)
                times.append((time.perf_counter() - start) * 1000)
        assert summary is not None
        median, worst = statistics.median(times), max(times)
        lines.append(info("changes on each copy (service calls)", f"{args.changes}"))
        lines.append(
            info(
                "merge result",
                f"+{summary.added} ~{summary.updated} -{summary.removed}, {summary.conflicts} to review",
            )
        )
        for label, ms in (("merge, median", median), ("merge, worst", worst)):
            lines.append(
                (
                    label,
                    f"{ms:,.0f} ms",
                    f"<= {MERGE_BUDGET_MS} ms",
                    "OK" if ms <= MERGE_BUDGET_MS else "OVER",
                )
            )
    print_table(lines)


if __name__ == "__main__":
    main()
