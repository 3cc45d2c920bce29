"""Figures for a large vault: KDF, open (with and without the KDF), save, file size, peak memory.

Run as ``python bench/vault_bench.py [--rows N] [--note-bytes B]``. It prints figures beside
their budgets and never asserts; tests assert behaviour, this only reports.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from coachdesk.vault import KdfParams, Vault, storage
from coachdesk.vault.database import engine_for, open_memory_database
from coachdesk.vault.format import SealedFile, SlotKind, open_payload, parse_header
from coachdesk.vault.kdf import calibrate, derive, normalise_passphrase
from coachdesk.vault.reading import read_vault_file

PASSPHRASE = "bench passphrase, not a secret"
SAVES = 5
AUTOSAVE_PAUSE = 2.0
OPENS = 5
BUDGET_OPEN_MS = 300.0
BUDGET_SAVE_MS = 300.0
BUDGET_RSS_MB = 400.0
KDF_STEP = "KDF derive"
T = TypeVar("T")
Row = tuple[str, str, str, str]  # figure, value, budget, verdict


def timed(action: Callable[[], T]) -> tuple[T, float]:
    """The result of ``action`` and the seconds it took."""
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB.

    Linux's ``VmHWM`` first: a spawned child's ``ru_maxrss`` starts at its parent's size
    (the kernel carries the pre-exec high-water mark over), which would hide the child's own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Pseudo-words built from syllables, so notes read like text but do not compress to nothing."""
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    return ["".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(size)]


def note_text(rng: random.Random, words: list[str], size: int) -> str:
    """About ``size`` bytes of sentences made of random words."""
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choices(words, k=rng.randint(5, 18))).capitalize() + ". "
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)[:size]


def rows(count: int, note_bytes: int, seed: int = 20240601) -> Iterator[tuple[str, str, str, str, str]]:
    rng = random.Random(seed)
    words = vocabulary(rng)
    clients = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(max(count // 20, 1))]
    for index in range(count):
        stamp = f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}T10:00:00Z"
        yield (
            str(uuid.UUID(int=rng.getrandbits(128))),
            rng.choice(clients),
            stamp,
            stamp,
            note_text(rng, words, note_bytes),
        )


SCHEMA = (
    "CREATE TABLE session_note (id TEXT PRIMARY KEY, client_id TEXT NOT NULL, "
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, body TEXT NOT NULL)"
)
CHANGE = "UPDATE session_note SET body = ?, updated_at = ? WHERE rowid = ?"


def build(path: Path, kdf: KdfParams, count: int, note_bytes: int, plain_path: Path) -> None:
    """A vault holding ``count`` notes, and a plain SQLite file with the same content."""
    with Vault.create(path, PASSPHRASE, kdf=kdf) as vault:
        connection = vault.connection
        connection.execute(SCHEMA)
        connection.execute("CREATE INDEX session_note_client ON session_note (client_id)")
        connection.executemany("INSERT INTO session_note VALUES (?, ?, ?, ?, ?)", rows(count, note_bytes))
        connection.commit()
        vault.save()
        plain = sqlite3.connect(plain_path)
        connection.backup(plain)
        plain.close()


def one_change(connection: sqlite3.Connection, round_: int) -> None:
    connection.execute(CHANGE, (f"Changed note, round {round_}. " * 40, f"2025-01-01T00:00:{round_:02d}Z", 1))
    connection.commit()


def open_steps(path: Path) -> dict[str, float]:
    """Seconds per step of an open, done with the same functions ``Vault.open`` uses."""
    secret = normalise_passphrase(PASSPHRASE)
    steps: dict[str, float] = {}
    contents, steps["read file"] = timed(lambda: read_vault_file(path))
    header, steps["parse header"] = timed(lambda: parse_header(contents, len(contents)))
    slot = header.slot(SlotKind.PASSPHRASE)
    assert slot is not None
    kek, steps[KDF_STEP] = timed(lambda: derive(slot.kdf, secret, slot.salt))
    # What KeySlot.unwrap does after its derive: the AES-GCM unwrap of the 32-byte data key.
    data_key, steps["unwrap data key"] = timed(
        lambda: AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot._aad())
    )
    image, steps["decrypt payload"] = timed(lambda: open_payload(data_key, header, contents))
    connection, steps["deserialize"] = timed(lambda: open_memory_database(image))
    engine, steps["engine"] = timed(lambda: engine_for(connection))
    engine.dispose()
    connection.close()
    return steps


def save_steps(vault: Vault) -> dict[str, float]:
    """Seconds per step of one save, done as ``Vault.write`` and ``storage.replace_atomically`` do it.

    Leaves a valid vault on disk but not the vault's fingerprint of it: close ``vault`` afterwards.
    """
    path, data_key = vault.path, vault._data_key
    assert data_key is not None
    steps: dict[str, float] = {}
    pending = vault.snapshot()
    image, steps["copy (backup in steps)"] = timed(pending.take_image)
    contents = SealedFile(data_key, pending.header, image.data)
    temp, steps["encrypt + write temp file + fsync"] = timed(lambda: storage.write_temp(path, contents))
    read_back = "read back + compare (encrypted again)"
    _, steps[read_back] = timed(lambda: storage._read_back(temp, contents, path))
    image.close()
    _, steps["backup (hard link)"] = timed(lambda: storage.make_backup(path))
    start = time.perf_counter()
    os.replace(temp, path)
    storage.fsync_folder(path.parent, strict=False)
    steps["replace + fsync folder"] = time.perf_counter() - start
    _, steps["prune backups"] = timed(lambda: storage.prune_backups(path))
    return steps


def disk_floor(folder: Path, size: int) -> list[float]:
    """Seconds to write and fsync a file of ``size`` random bytes: what any safe save must pay."""
    data = os.urandom(size)
    times = []
    for _ in range(3):
        time.sleep(AUTOSAVE_PAUSE)
        temp, seconds = timed(lambda: storage.write_temp(folder / "floor.bin", [data]))
        times.append(seconds)
        temp.unlink()
    return times


def plain_commits(path: Path) -> list[float]:
    """Seconds to commit the same one-row change to an unencrypted SQLite file on disk."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = FULL")  # journal_mode stays the default (DELETE)
    times: list[float] = []
    for round_ in range(SAVES):
        start = time.perf_counter()
        one_change(connection, round_)
        times.append(time.perf_counter() - start)
    connection.close()
    return times


def child(path: Path) -> None:
    """Open, change one row, save and close in a fresh process; print its peak RSS as JSON."""
    passphrase = sys.stdin.read()
    baseline = peak_rss_mb()
    vault, open_seconds = timed(lambda: Vault.open(path, passphrase))
    one_change(vault.connection, 99)
    _, save_seconds = timed(vault.save)
    vault.close()
    result = {"baseline_mb": baseline, "peak_mb": peak_rss_mb(), "open": open_seconds, "save": save_seconds}
    print(json.dumps(result))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def budgeted(name: str, value: float, budget: float, unit: str) -> Row:
    """A table row with its budget and whether the figure is within it."""
    shown = f"{value:,.1f} ms" if unit == "ms" else f"{value:,.0f} {unit}"
    return (name, shown, f"<= {budget:.0f} {unit}", "OK" if value <= budget else "OVER")


def print_table(lines: list[Row]) -> None:
    widths = [max(len(line[i]) for line in lines) for i in range(4)]
    for number, line in enumerate(lines):
        cells = [cell.rjust(widths[i]) if i == 1 else cell.ljust(widths[i]) for i, cell in enumerate(line)]
        print("  ".join(cells).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=20_000, help="notes in the synthetic vault")
    parser.add_argument("--note-bytes", type=int, default=2048, help="bytes of text per note")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temp folder")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return

    with tempfile.TemporaryDirectory(prefix="coachdesk-bench-", dir=args.dir) as folder:
        path, plain_path = Path(folder) / "practice.cdv", Path(folder) / "practice-plain.sqlite"
        print(f"CoachDesk vault bench: {args.rows:,} notes of {args.note_bytes:,} bytes in {folder}")

        kdf, calibrate_seconds = timed(calibrate)
        _, build_seconds = timed(lambda: build(path, kdf, args.rows, args.note_bytes, plain_path))
        file_size = path.stat().st_size

        open_totals: list[float] = []
        for _ in range(OPENS):
            vault, seconds = timed(lambda: Vault.open(path, PASSPHRASE))
            open_totals.append(seconds)
            vault.close()
        open_total = statistics.median(open_totals)
        step_runs = [open_steps(path) for _ in range(OPENS)]
        steps = {name: statistics.median(run[name] for run in step_runs) for name in step_runs[0]}
        kdf_seconds = steps.pop(KDF_STEP)
        open_direct = sum(steps.values())

        save_times: list[float] = []
        with Vault.open(path, PASSPHRASE) as vault:
            for round_ in range(SAVES):
                one_change(vault.connection, round_)
                save_times.append(timed(vault.save)[1])
            spaced_times: list[float] = []
            for round_ in range(SAVES):  # autosave's pace: a save at most every 2 s
                time.sleep(AUTOSAVE_PAUSE)
                one_change(vault.connection, SAVES + round_)
                spaced_times.append(timed(vault.save)[1])
            one_change(vault.connection, 2 * SAVES)
            saving = save_steps(vault)
            pages = [
                vault.connection.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("page_count", "page_size")
            ]
        plain_times = plain_commits(plain_path)
        floor_times = disk_floor(Path(folder), file_size)
        in_process_rss = peak_rss_mb()

        run = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(path)],
            input=PASSPHRASE,
            capture_output=True,
            text=True,
            check=False,
        )
        fresh: dict[str, float] | None = json.loads(run.stdout) if run.returncode == 0 else None

    save_median = statistics.median(save_times)
    lines: list[Row] = [("figure", "value", "budget", "")]
    lines += [
        ("calibrate() itself", ms(calibrate_seconds), "", ""),
        (f"KDF derive once (median of {OPENS})", ms(kdf_seconds), "", ""),
        ("build vault (insert + first save)", ms(build_seconds), "", ""),
        (f"Vault.open total (median of {OPENS})", ms(open_total), "", ""),
        ("open without KDF (total - derive, noisy)", ms(max(open_total - kdf_seconds, 0.0)), "", ""),
    ]
    lines += [(f"  {name}", ms(seconds), "", "") for name, seconds in steps.items()]
    lines += [
        budgeted("open without KDF (sum of steps)", open_direct * 1000, BUDGET_OPEN_MS, "ms"),
        budgeted(
            f"save, autosave pace (median of {SAVES}, {AUTOSAVE_PAUSE:.0f} s apart)",
            statistics.median(spaced_times) * 1000,
            BUDGET_SAVE_MS,
            "ms",
        ),
        (f"save, back to back (median of {SAVES})", ms(save_median), "", ""),
        ("  save min / max (back to back)", f"{ms(min(save_times))} / {ms(max(save_times))}", "", ""),
        ("  disk floor: write + fsync same size", ms(statistics.median(floor_times)), "", ""),
    ]
    lines += [(f"  {name}", ms(seconds), "", "") for name, seconds in saving.items()]
    lines += [
        (f"plain SQLite commit, same change (median of {SAVES})", ms(statistics.median(plain_times)), "", ""),
        ("vault file size", f"{file_size / 2**20:,.1f} MiB", "", ""),
        ("  database pages", f"{pages[0]:,} x {pages[1]:,} B", "", ""),
        ("peak RSS, this whole process", f"{in_process_rss:,.0f} MiB", "", ""),
    ]
    if fresh is not None:
        lines += [
            ("fresh process: RSS after imports", f"{fresh['baseline_mb']:,.0f} MiB", "", ""),
            budgeted("fresh process: peak RSS, open + save", fresh["peak_mb"], BUDGET_RSS_MB, "MiB"),
            ("fresh process: open / save", f"{ms(fresh['open'])} / {ms(fresh['save'])}", "", ""),
        ]
    else:
        lines.append(("fresh process", f"failed (exit {run.returncode})", "", ""))
        print(run.stderr, file=sys.stderr)
    print(f"KDF chosen by calibrate(): {kdf.describe()}")
    print()
    print_table(lines)
    print()
    print("Figures vary from run to run and machine to machine; compare several runs.")


if __name__ == "__main__":
    main()
