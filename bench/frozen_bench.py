"""Prints the frozen app's figures beside the source checkout's: launch to unlock window, --version, size.

    python bench/frozen_bench.py [--app dist/coachdesk/coachdesk] [--runs N]

Build the app first (bash packaging/build-app.sh). Both are timed the same way, from outside:
the process starts with Qt's painting log on, and the clock stops when the unlock window's first
frame is flushed to the (offscreen) screen; the process is then ended. Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAUNCH_BUDGET_MS = 600
PAINTED = "of UnlockWindow("  # in Qt's "Flushing QRegion(...) of UnlockWindow(...) to ..." line
PASSPHRASE = "bench passphrase, not a secret"


def launch_ms(command: list[str], vault: Path) -> float:
    """Milliseconds from starting ``command VAULT`` to the unlock window's first frame on screen."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.widgets.painting=true",
    }
    start = time.monotonic()
    process = subprocess.Popen(
        [*command, str(vault)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if line.startswith("qt.widgets.painting: Flushing QRegion") and PAINTED in line:
                return (time.monotonic() - start) * 1000
        raise RuntimeError(f"{command[0]} ended without showing the unlock window")
    finally:
        process.kill()
        process.wait()


def version_ms(command: list[str]) -> float:
    start = time.monotonic()
    subprocess.run([*command, "--version"], check=True, capture_output=True)
    return (time.monotonic() - start) * 1000


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--app", type=Path, default=REPO / "dist" / "coachdesk" / "coachdesk")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.app.is_file():
        raise SystemExit(f"{args.app} is missing: build it first with 'bash packaging/build-app.sh'")
    from coachdesk.vault import KdfAlgorithm, KdfParams, Vault

    commands = {
        "source checkout (python -m coachdesk)": [sys.executable, "-m", "coachdesk"],
        f"frozen app ({args.app.relative_to(REPO) if args.app.is_relative_to(REPO) else args.app})": [
            str(args.app)
        ],
    }
    with tempfile.TemporaryDirectory(prefix="coachdesk-frozen-bench-") as folder:
        vault = Path(folder) / "practice.coachdesk"
        Vault.create(vault, PASSPHRASE, kdf=KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)).close()
        for command in commands.values():
            launch_ms(command, vault)  # warm the file cache; the first run is not counted
        launches: dict[str, list[float]] = {name: [] for name in commands}
        versions: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # taken in turns, so a busy moment weighs on both alike
            for name, command in commands.items():
                launches[name].append(launch_ms(command, vault))
                versions[name].append(version_ms(command))
        rows = [(name, launches[name], statistics.median(versions[name])) for name in commands]
    print(f"medians of {args.runs} runs each, taken in turns after one warm-up, offscreen")
    print(f"{'':<44} {'launch to unlock window':>24} {'--version':>10}")
    for name, launches, version in rows:
        launch = statistics.median(launches)
        verdict = f"<= {LAUNCH_BUDGET_MS} ms {'OK' if launch <= LAUNCH_BUDGET_MS else 'OVER'}"
        print(
            f"{name:<44} {launch:10.0f} ms ({min(launches):.0f}-{max(launches):.0f})",
            f"{version:6.0f} ms  {verdict}",
        )
    print(f"frozen app folder: {folder_mb(args.app.parent):.0f} MB on disk")


if __name__ == "__main__":
    main()
