"""Prints the app's peak memory on the large practice after a tour of every area.

    python bench/app_memory_bench.py

A fresh process unlocks the large synthetic practice (1,000 clients, 20,000 sessions with 2 KB
notes) through the real window, opens each area in turn (a client's record, all sessions, the
reports), and prints its peak resident memory beside the 300 MB budget, and the time each area took
to show. Runs offscreen; figures are printed, never asserted.
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
    from coachdesk.app import load_model_before_qt

    load_model_before_qt()  # as the app starts: the model before Qt
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
    sys.path.insert(0, str(Path(__file__).parent))
    from app_bench import large_practice

    with tempfile.TemporaryDirectory(prefix="coachdesk-memory-bench-") as folder:
        print("building the large practice (1,000 clients, 20,000 sessions)…", flush=True)
        vault = large_practice(Path(folder))
        subprocess.run([sys.executable, __file__, "--tour", str(vault)], check=True)


if __name__ == "__main__":
    main()
