"""Prints the app's peak memory on the large practice after a tour of every area, and the time
each area takes to show the first time.

    python bench/app_memory_bench.py [--runs N]

A fresh process unlocks the large synthetic practice (1,000 clients, 20,000 sessions with 2 KB
notes) through the real window, opens each area in turn (a client's record, all sessions, the
reports) and prints the time each took to show (the area made current, its events handled, the
window painted) and its peak resident memory. That tour is made ``--runs`` times (7 by default),
each by a new process and with settings of its own, so every area is shown for the first time each
run; the medians and worsts are then printed beside the budgets (every area within 200 ms; the
peak within 300 MB). Runs offscreen; figures are printed, never asserted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MB = 300  # issue 21
AREA_MS = 200  # issue 21: every area within 200 ms, the first time it is shown
AREAS = (
    "dashboard",
    "clients",
    "sessions",
    "agreements",
    "referrals",
    "directory",
    "organisations",
    "ethics",
    "reports",
)


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tour(vault: Path) -> None:
    """In this (child) process: unlock, show every area, print the figures."""
    from app_bench import PASSPHRASE
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from coachdesk.ui.sessions.table import When
    from coachdesk.ui.shell.app_controller import AppController

    app = QApplication([])
    settings = QSettings(str(vault.with_suffix(".ini")), QSettings.Format.IniFormat)
    controller = AppController(vault, settings)
    controller.start()
    app.processEvents()
    print(f"{'before unlock (Qt, Python, the app)':<40} {peak_mb():8.0f} MB")
    controller.unlock_window.passphrase.setText(PASSPHRASE)
    controller.unlock_window.unlock_button.click()
    while controller.vault is None or not controller.main_window.isVisible():
        app.processEvents()
        time.sleep(0.001)
    window = controller.main_window
    window.resize(1280, 800)
    workspace = controller.workspace
    print(f"{'after unlock':<40} {peak_mb():8.0f} MB")
    for area in AREAS:
        start = time.monotonic()
        window.show_area(area)
        if area == "clients":
            workspace.clients.table.selectRow(0)
        if area == "sessions":
            sessions = workspace.sessions
            sessions.when_filter.setCurrentIndex(sessions.when_filter.findData(When.ALL))
        app.processEvents()
        window.grab()
        ms = (time.monotonic() - start) * 1000
        print(f"{'show ' + area:<40} {ms:8.0f} ms   peak so far {peak_mb():5.0f} MB", flush=True)
    peak = peak_mb()
    verdict = "OK" if peak <= BUDGET_MB else "OVER"
    print(f"{'peak resident memory of the app':<40} {peak:8.0f} MB   <= {BUDGET_MB} MB  {verdict}")
    controller.quit()


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--tour":
        sys.path.insert(0, str(Path(__file__).parent))
        tour(Path(sys.argv[2]))
        return
    import argparse
    import statistics

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="tours, each in a new process")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from app_bench import large_practice
    from practice_bench import print_table

    shown: dict[str, list[float]] = {area: [] for area in AREAS}
    peaks: list[float] = []
    with tempfile.TemporaryDirectory(prefix="coachdesk-memory-bench-") as folder:
        print("building the large practice (1,000 clients, 20,000 sessions)…", flush=True)
        vault = large_practice(Path(folder))
        for run in range(args.runs):
            settings = vault.with_suffix(".ini")
            settings.unlink(missing_ok=True)  # each tour starts as a first one: no area remembered
            found = subprocess.run(
                [sys.executable, __file__, "--tour", str(vault)], check=True, capture_output=True, text=True
            ).stdout
            if run == 0:
                print(found, end="")
            for line in found.splitlines():
                words = line.split()
                if len(words) > 2 and words[0] == "show" and words[1] in shown:
                    shown[words[1]].append(float(words[2]))
                if line.startswith("peak resident memory"):
                    peaks.append(float(line.split()[6]))
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"\nMedian and worst of {args.runs} tours, each in a new process; load average after: {load}.\n")
    lines = [("figure: median / worst", "value", "budget", "")]
    for area, values in shown.items():
        median, worst = statistics.median(values), max(values)
        verdict = "OK" if worst <= AREA_MS else ("WORST OVER" if median <= AREA_MS else "OVER")
        value = f"{median:,.0f} / {worst:,.0f} ms"
        lines.append((f"{area}, first shown", value, f"<= {AREA_MS} ms", verdict))
    verdict = "OK" if max(peaks) <= BUDGET_MB else "OVER"
    peak = f"{statistics.median(peaks):,.0f} / {max(peaks):,.0f} MB"
    lines.append(("peak resident memory of the app", peak, f"<= {BUDGET_MB} MB", verdict))
    print_table(lines)


if __name__ == "__main__":
    main()
