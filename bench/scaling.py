"""How each figure of issue 21 grows with the practice: the large practice at 1x, 2x and 4x, side by side.

Run as ``python bench/scaling.py [--scales 1 2 4] [--runs 7]``. Each scale runs in a process of
its own (so one scale's memory does not weigh on the next): it builds the practice with
``practice_bench.build`` (1,000 clients and 20,000 sessions times the scale), then measures
every figure ``--runs`` times in an offscreen Qt application. The table shows each figure's
goal and, per scale, the median and the worst run. A figure that grows with rows it does not
show (a list, a keystroke) is a defect; one that grows with the vault's size (open, save, the
autosave's copy) has that as its floor. Figures are printed, never asserted.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before PySide6 loads

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from autosave_bench import Ticker, one_autosave  # bench/ is on the path as a script
from client_detail_bench import keystroke_times
from practice_bench import BUILD_KDF, PASSPHRASE, build
from PySide6.QtWidgets import QApplication
from sessions_bench import keystrokes, open_view

from coachdesk.services.search import search
from coachdesk.ui.clients.view import ClientsView
from coachdesk.ui.sessions.table import When
from coachdesk.ui.shell.autosave import AutoSaver
from coachdesk.ui.shell.heap import settle_after_unlock
from coachdesk.vault import Vault
from coachdesk.vault.kdf import derive, normalise_passphrase

# (figure, goal as text, goal in ms for the median, goal in ms for the worst run)
GOALS: dict[str, tuple[str, float, float]] = {
    "Sessions, Show past": ("<= 150 worst", 150, 150),
    "Sessions, Show all": ("<= 150 worst", 150, 150),
    "sessions filter keystroke, Show all": ("<= 16 med, 33 worst", 16, 33),
    "client list filter keystroke": ("<= 8 med, 16 worst", 8, 16),
    "  those that changed the rows shown": ("<= 8 med, 16 worst", 8, 16),
    "longest GUI stall in an autosave": ("<= 16 worst", 16, 16),
    "open without KDF": ("<= 150", 150, 150),
    "save of one change": ("<= 250", 250, 250),
    "search, commonest word 'the'": ("<= 20", 20, 20),
}


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(scale: int, runs: int, folder: Path) -> dict[str, list[float]]:
    """Every figure at one scale, ``runs`` times each, in ms."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setStyle("Fusion")
    path = folder / "practice.coachdesk"
    vault = Vault.create(path, PASSPHRASE, kdf=BUILD_KDF)
    build(vault, 1_000 * scale, 20_000 * scale, 2_048, random.Random(7))
    gc.collect()
    settle_after_unlock()  # as the app does once the vault is open
    figures: dict[str, list[float]] = {}
    for when, name in ((When.PAST, "Sessions, Show past"), (When.ALL, "Sessions, Show all")):
        opened = []
        for _ in range(runs):
            view, ms = open_view(vault, when)
            opened.append(ms)
            if when is When.ALL and len(opened) == runs:
                figures["sessions filter keystroke, Show all"] = [
                    ms for _ in range(max(1, runs // 3 + 1)) for ms in keystrokes(view, "zoe")
                ]
            view.clear()
            view.deleteLater()
            app.processEvents()
        figures[name] = opened
    clients = ClientsView()
    clients.resize(1080, 740)
    clients.attach(vault.session)
    clients.show()
    app.processEvents()
    typed, changing = keystroke_times(app, clients, max(1, runs // 3))  # type: ignore[arg-type]
    figures["client list filter keystroke"] = typed
    figures["  those that changed the rows shown"] = changing
    clients.clear()
    clients.deleteLater()
    app.processEvents()
    with vault.session() as session:
        search(session, "the")
        figures["search, commonest word 'the'"] = [
            timed_ms(lambda: search(session, "the")) for _ in range(runs)
        ]
    saver, ticker, stalls = AutoSaver(vault, delay_ms=0), Ticker(), []
    ticker.start()
    for n in range(runs):
        time.sleep(1.0)
        stalls.append(one_autosave(vault, saver, ticker, n)[1] * 1000)
    ticker.timer.stop()
    saver.stop()
    figures["longest GUI stall in an autosave"] = stalls
    saves = []
    for n in range(runs):
        vault.connection.execute("UPDATE client SET private_notes = ? WHERE rowid = 1", (f"save {n}",))
        vault.connection.commit()
        saves.append(timed_ms(vault.save))
    figures["save of one change"] = saves
    vault.close()
    secret = normalise_passphrase(PASSPHRASE)
    kdf_ms = statistics.median(timed_ms(lambda: derive(BUILD_KDF, secret, bytes(16))) for _ in range(runs))
    opens = []
    for _ in range(runs):
        start = time.perf_counter()
        opened = Vault.open(path, PASSPHRASE)
        opens.append((time.perf_counter() - start) * 1000 - kdf_ms)
        opened.close()
    figures["open without KDF"] = opens
    return figures


def cell(values: list[float], goals: tuple[str, float, float]) -> str:
    median, worst = statistics.median(values), max(values)
    over = median > goals[1] or worst > goals[2]
    return f"{median:,.1f} / {worst:,.1f}{' *' if over else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (median and worst shown)")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # a child: one scale
    args = parser.parse_args()
    if args.one is not None:
        with tempfile.TemporaryDirectory(prefix="coachdesk-scaling-") as folder:
            figures = measure(args.one, args.runs, Path(folder))
        print(json.dumps({"figures": figures, "load": os.getloadavg()}))
        return
    results: dict[int, dict[str, list[float]]] = {}
    loads: dict[int, str] = {}
    for scale in args.scales:
        print(f"scale {scale}x: {1_000 * scale:,} clients, {20_000 * scale:,} sessions…", flush=True)
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(scale), "--runs", str(args.runs)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            print(f"  scale {scale}x failed:\n{child.stderr[-2000:]}")
            continue
        report = json.loads(child.stdout.strip().splitlines()[-1])
        results[scale] = report["figures"]
        loads[scale] = ", ".join(f"{n:.1f}" for n in report["load"])
    header = ("figure (ms, median / worst)", "goal", *(f"{s}x" for s in results))
    lines = [header] + [
        (name, goals[0], *(cell(results[s][name], goals) for s in results)) for name, goals in GOALS.items()
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print(f"\nMedian and worst of {args.runs} runs a figure (keystrokes: every key of several runs).")
    print("Load average after each scale: " + "; ".join(f"{s}x {loads[s]}" for s in results) + ".\n")
    for number, line in enumerate(lines):
        print("  ".join(c.rjust(widths[i]) if i >= 2 else c.ljust(widths[i]) for i, c in enumerate(line)))
        if number == 0:
            print("  ".join("-" * w for w in widths))
    print("\n* over its goal (median or worst). Figures vary with the machine and its load.")


if __name__ == "__main__":
    main()
