"""Figures for how long the GUI stalls while the import dialog reads 1,000 contacts and imports them.

Run as ``python bench/import_stall_bench.py [--contacts N] [--runs N]``. Offscreen, it drives the real
dialog on a CSV and a vCard file of ``N`` contacts while a QTimer ticks every 5 ms on the GUI thread
and records the largest gap between two ticks: while the file is read and checked (until the preview
shows), and over the Import click (one transaction on the GUI thread). "before" runs the same dialog
with the read done on the GUI thread, as it was; "after" reads in the background. Prints the median
and the worst over the runs; never asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from coachdesk.ui.clients.import_dialog import ImportClientsDialog
from coachdesk.ui.kit.background import BackgroundRunner
from coachdesk.vault import KdfAlgorithm, KdfParams, Vault

PASSPHRASE = "bench passphrase, not a secret"
FAST_KDF = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)
TICK_MS = 5
FIRST = [
    "Zoë",
    "Łukasz",
    "Søren",
    "Dmitri",
    "José",
    "Siobhán",
    "François",
    "Anna",
    "Ben",
    "Chloé",
    "Deepa",
    "Emma",
    "Farid",
    "Grace",
]
LAST = [
    "Ørsted",
    "Nowak",
    "Müller",
    "García",
    "Nguyễn",
    "O'Brien",
    "Dubois",
    "Okafor",
    "Petrov",
    "Kowalski",
    "Rossi",
    "Schäfer",
]


def contacts_csv(count: int) -> bytes:
    lines = ["First Name;Last Name;E-mail Address;Mobile Phone;Company;Job Title;Notes"]
    for n in range(count):
        note = '"Met at a workshop.\nFollow up in spring."' if n % 10 == 0 else ""
        lines.append(
            f"{FIRST[n % len(FIRST)]};{LAST[n % len(LAST)]}-{n};contact{n}@import.example;"
            f"+44 7700 9{n:05d};Company {n % 60};Manager;{note}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def contacts_vcf(count: int) -> bytes:
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{LAST[n % len(LAST)]}-{n};{FIRST[n % len(FIRST)]};;;\r\n"
        f"FN:{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}-{n}\r\nORG:Company {n % 60}\r\n"
        f"EMAIL;TYPE=INTERNET,WORK,pref:contact{n}@import.example\r\nTEL;TYPE=CELL:+44 7700 9{n:05d}\r\n"
        "NOTE:Met at a workshop\\, spring 2026. Prefers morning sessions\\; n\r\n ever Fridays.\r\n"
        "END:VCARD\r\n"
        for n in range(count)
    ]
    return "".join(cards).encode("utf-8")


class _OnThisThread(BackgroundRunner):
    """Runs the work at once on the GUI thread: the dialog as it was before the read moved off it."""

    def run(self, work: Callable[[], Any], on_done: Callable[[Any, Exception | None], None]) -> None:
        try:
            result = work()
        except Exception as error:
            on_done(None, error)
        else:
            on_done(result, None)


class _StallMeter:
    """The largest gap between two ticks of a 5 ms timer on the GUI thread since ``reset``."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0

    def stall(self) -> float:
        self._tick()  # a gap still open counts too
        return self.worst


def _settle(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def one_run(path: Path, folder: Path, *, background: bool, meter: _StallMeter) -> tuple[float, float, int]:
    """(worst stall reading, worst stall importing, clients added) for one fresh vault."""
    vault_path = folder / f"practice-{time.perf_counter_ns()}.cdv"
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        _settle(20)
        meter.reset()
        runner = None if background else _OnThisThread()
        dialog = ImportClientsDialog(vault.session, path, runner=runner)
        dialog.resize(1024, 700)
        dialog.show()
        if dialog.is_reading:
            loop = QEventLoop()
            dialog.file_read.connect(loop.quit)
            loop.exec()
        _settle(20)
        reading = meter.stall()
        meter.reset()
        QTimer.singleShot(0, dialog.import_button.click)
        _settle(50)
        importing = meter.stall()
        added = dialog.imported
        dialog.close()
        dialog.deleteLater()
        _settle(10)
    vault_path.unlink(missing_ok=True)
    return reading, importing, added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--contacts", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    meter = _StallMeter()
    meter.timer.start()
    print(f"{args.contacts:,} contacts, {args.runs} runs, a {TICK_MS} ms timer on the GUI thread")
    print(f"{'file':<6} {'read on':<11} {'stall reading (median/worst)':>30} {'stall importing':>22}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = {"CSV": folder / "contacts.csv", "vCard": folder / "contacts.vcf"}
        files["CSV"].write_bytes(contacts_csv(args.contacts))
        files["vCard"].write_bytes(contacts_vcf(args.contacts))
        for kind, path in files.items():
            for background, label in ((False, "GUI thread"), (True, "background")):
                runs = [one_run(path, folder, background=background, meter=meter) for _ in range(args.runs)]
                reading = [r[0] * 1000 for r in runs]
                importing = [r[1] * 1000 for r in runs]
                added = min(r[2] for r in runs)
                print(
                    f"{kind:<6} {label:<11} "
                    f"{statistics.median(reading):>14.0f} / {max(reading):>5.0f} ms "
                    f"{statistics.median(importing):>11.0f} / {max(importing):>5.0f} ms"
                    + ("" if added == args.contacts else f"  (only {added:,} added)")
                )
    meter.timer.stop()
    del app


if __name__ == "__main__":
    main()
