"""The longest GUI-thread stall during an autosave of a large practice (budget: 16 ms, a frame).

Run as ``python bench/autosave_bench.py [--clients N] [--sessions N] [--runs N]``. It builds the
large synthetic practice (``practice_bench.build``) in a temp folder, then, in an offscreen Qt
application, ticks a 5 ms timer on the GUI thread while ``AutoSaver`` saves a one-row change, and
reports the longest gap between ticks, the snapshot time on the GUI thread and the whole save.
It prints and never asserts: tests assert behaviour, this only reports.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from practice_bench import BUILD_KDF, PASSPHRASE, build, info, print_table, timed  # bench/ is on the path
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from coachdesk.ui.shell.autosave import AutoSaver, SaveKind, SaveState
from coachdesk.vault import PendingSave, Vault

STALL_BUDGET_MS = 16.0  # a frame: issue 21
TICK_MS = 5
IDLE_S = 0.3  # ticks before the save starts: the loop's own jitter, for comparison
PAUSE_S = 2.0  # autosave's pace between runs
Row = tuple[str, str, str, str]


class Ticker:
    """A precise 5 ms timer on the GUI thread noting the longest gap between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


@dataclass
class Timings:
    snapshot: list[float] = field(default_factory=list)  # on the GUI thread
    write: list[float] = field(default_factory=list)  # on the worker
    write_threads: list[str] = field(default_factory=list)


def instrument(vault: Vault, timings: Timings) -> None:
    real_snapshot, real_write = vault.snapshot, vault.write

    def snapshot() -> PendingSave:
        pending, seconds = timed(real_snapshot)
        timings.snapshot.append(seconds)
        return pending

    def write(pending: PendingSave) -> None:
        timings.write_threads.append(threading.current_thread().name)
        timings.write.append(timed(lambda: real_write(pending))[1])

    vault.snapshot = snapshot  # type: ignore[method-assign]
    vault.write = write  # type: ignore[method-assign]


def spin(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def one_autosave(vault: Vault, saver: AutoSaver, ticker: Ticker, n: int) -> tuple[float, float, float]:
    """(idle longest gap, longest gap during the save, trigger-to-saved) in seconds."""
    ticker.reset()
    spin(IDLE_S)
    idle = ticker.longest
    vault.connection.execute(
        "UPDATE client SET private_notes = ? WHERE rowid = (SELECT min(rowid) FROM client)",
        (f"Edited in autosave run {n}",),
    )
    vault.connection.commit()
    loop = QEventLoop()

    def on_state(state: SaveState) -> None:
        if state.kind in (SaveKind.SAVED, SaveKind.FAILED):
            loop.quit()

    saver.state_changed.connect(on_state)
    QTimer.singleShot(60_000, loop.quit)  # never hang the bench
    ticker.reset()
    start = time.perf_counter()
    saver.note_change()  # delay_ms=0: the debounce timer fires on the next loop turn
    loop.exec()
    total = time.perf_counter() - start
    saver.state_changed.disconnect(on_state)
    spin(0.05)  # a tick after the save, so a stall right at the end is counted too
    if saver.state.kind is not SaveKind.SAVED:
        sys.exit(f"autosave did not save: {saver.state.message or saver.state.kind}")
    return idle, ticker.longest, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=1_000)
    parser.add_argument("--sessions", type=int, default=20_000)
    parser.add_argument("--note-bytes", type=int, default=2_048)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temp folder")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    lines: list[Row] = [("figure", "value", "budget", "")]
    with tempfile.TemporaryDirectory(prefix="coachdesk-autosave-", dir=args.dir) as folder:
        path = Path(folder) / "practice.coachdesk"
        print(f"CoachDesk autosave bench: {args.clients:,} clients, {args.sessions:,} sessions, in {folder}")
        vault = Vault.create(path, PASSPHRASE, kdf=BUILD_KDF)
        _, seconds = timed(
            lambda: build(vault, args.clients, args.sessions, args.note_bytes, random.Random(7))
        )
        size = path.stat().st_size
        lines.append(info("build (bulk insert + first save)", f"{seconds:,.1f} s"))
        lines.append(info("vault file size", f"{size / 2**20:,.1f} MiB"))
        timings = Timings()
        instrument(vault, timings)
        saver = AutoSaver(vault, delay_ms=0)
        ticker = Ticker()
        ticker.start()
        runs = []
        for n in range(args.runs):
            time.sleep(PAUSE_S)
            runs.append(one_autosave(vault, saver, ticker, n))
        ticker.timer.stop()
        saver.stop()
        vault.close()
        with Vault.open(path, PASSPHRASE, read_only=True) as check:
            (saved_note,) = check.connection.execute(
                "SELECT private_notes FROM client WHERE rowid = (SELECT min(rowid) FROM client)"
            ).fetchone()
    idles, stalls, totals = zip(*runs, strict=True)
    worst = max(stalls) * 1000
    verdict = "OK" if worst <= STALL_BUDGET_MS else "OVER"
    lines += [
        ("longest GUI-thread stall during an autosave (worst run)", f"{worst:,.1f} ms", "<= 16 ms", verdict),
        info("  median run's longest stall", f"{statistics.median(stalls) * 1000:,.1f} ms"),
        info("  idle loop's longest gap, for comparison", f"{max(idles) * 1000:,.1f} ms"),
        info("snapshot on the GUI thread (median / max)", _median_max(timings.snapshot)),
        info("  (the copy itself is made on the worker, inside the write)", ""),
        info("copy + encrypt + write on the worker (median / max)", _median_max(timings.write)),
        info("whole autosave, change to 'Saved' (median / max)", _median_max(list(totals))),
        info("every write off the GUI thread", "yes" if "MainThread" not in timings.write_threads else "NO"),
        info(
            "last change on disk", "yes" if saved_note == f"Edited in autosave run {args.runs - 1}" else "NO"
        ),
    ]
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{args.runs} autosaves, {PAUSE_S:.0f} s apart; a {TICK_MS} ms timer ticks on the GUI thread.")
    print(f"Load average after: {load}.\n")
    print_table(lines)
    print("\nFigures vary from run to run and machine to machine; compare several runs.")
    del app


def _median_max(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:,.1f} / {max(seconds) * 1000:,.1f} ms"


if __name__ == "__main__":
    main()
