"""Figures for the Clients area on a large practice: opening a client's record, and filtering the list.

Run as ``python bench/client_detail_bench.py [--clients N] [--sessions N] [--long-history N] [--runs N]``.
It builds the practice of ``practice_bench.py`` in a temp folder, shows the Clients area offscreen
at 1280x800 and prints, beside their budgets:

- selecting a client → their record painted (``show_client``, the pending layout, ``repaint``),
  for the client with the most sessions, on the Sessions and the Timeline tab, and again after
  that client's history is grown by ``--long-history`` weekly sessions (seen for years);
- a keystroke in the filter box → the client list laid out and painted (when its rows changed),
  median and worst, typing names letter by letter (a selected client's record follows the list only
  once typing pauses, so it is left out).

Figures only: tests assert behaviour, this reports.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before PySide6 loads

import argparse
import gc
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from practice_bench import BUILD_KDF, NOW, PASSPHRASE, Writer, budgeted, build, info, print_table
from PySide6.QtWidgets import QApplication

from coachdesk.domain import CoachingSession, SessionStatus, metadata
from coachdesk.ui.clients.detail import ClientDetailPane
from coachdesk.ui.clients.view import ClientsView
from coachdesk.ui.shell.heap import settle_after_unlock
from coachdesk.vault import Vault

SHOW_MS = 100.0
KEYSTROKE_MS, KEYSTROKE_MEDIAN_MS = 16.0, 8.0  # issue 21: the worst keystroke, and the median
TYPED = ["Zoë Ørsted", "dubois", "Kowalski", "Søren", "ltd", "Дмитриев", "anna sm", "王"]


def ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def busiest(vault: Vault) -> tuple[uuid.UUID, uuid.UUID, int]:
    """The client with the most sessions, another client, and the number of sessions."""
    rows = vault.connection.execute(
        "SELECT client_id, count(*) AS n FROM coaching_session GROUP BY client_id ORDER BY n DESC LIMIT 2"
    ).fetchall()
    return uuid.UUID(rows[0][0]), uuid.UUID(rows[1][0]), int(rows[0][1])


def grow_history(vault: Vault, client_id: uuid.UUID, weeks: int, note_bytes: int) -> None:
    """Weekly sessions with notes going back ``weeks`` weeks, as for a long-standing client."""
    if weeks <= 0:
        return
    writer = Writer(random.Random(11))
    sessions = [
        CoachingSession(
            client_id=client_id,
            starts_at=NOW - timedelta(weeks=week + 1),
            status=SessionStatus.COMPLETED,
            private_notes=writer.notes(note_bytes),
        )
        for week in range(weeks)
    ]
    with vault.session() as session:
        table = metadata.tables["coaching_session"]
        session.connection().execute(table.insert(), [s.model_dump() for s in sessions])
        session.commit()


def show_times(
    app: QApplication, pane: ClientDetailPane, client: uuid.UUID, other: uuid.UUID, runs: int
) -> list[float]:
    """Selecting ``client`` (coming from ``other``) until the pane is painted, in ms, ``runs`` times."""
    figures = []
    for _ in range(runs + 1):
        pane.show_client(other)
        app.processEvents()

        def show() -> None:
            pane.show_client(client)
            app.processEvents()  # the layout pass the event loop makes before painting
            pane.repaint()

        figures.append(ms(show))
    return figures[1:]  # the first warms caches and compiled statements


def keystroke_times(app: QApplication, view: ClientsView, runs: int) -> tuple[list[float], list[float]]:
    """Each prefix of each typed name set in the filter box, until the events it leaves are handled
    (the list lays out and paints there when its rows changed), in ms: every keystroke, and those
    that changed the rows shown (another letter of the same name often leaves them as they were)."""
    figures, changing = [], []
    for _ in range(runs):
        for name in TYPED:
            view.filter_box.clear()
            view.table.clearSelection()  # the list alone: a record would follow only once typing pauses
            app.processEvents()  # the list laid out and painted in full, before the first letter
            app.processEvents()
            for length in range(1, len(name) + 1):

                def keystroke(text: str = name[:length]) -> None:
                    view.filter_box.setText(text)
                    app.processEvents()  # the layout of the list, then what it paints
                    app.processEvents()

                shown = view.model.rows()
                figures.append(ms(keystroke))
                if view.model.rows() != shown:
                    changing.append(figures[-1])
    return figures, changing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=1_000)
    parser.add_argument("--sessions", type=int, default=20_000)
    parser.add_argument("--note-bytes", type=int, default=2_048)
    parser.add_argument("--long-history", type=int, default=500, help="weekly sessions added to one client")
    parser.add_argument("--runs", type=int, default=9, help="runs per figure (the median is shown)")
    args = parser.parse_args()
    app = QApplication([])
    QApplication.setStyle("Fusion")
    lines = [("figure", "value", "budget", "")]
    with tempfile.TemporaryDirectory(prefix="coachdesk-detail-") as folder:
        vault = Vault.create(Path(folder) / "practice.coachdesk", PASSPHRASE, kdf=BUILD_KDF)
        print(f"CoachDesk client detail bench: {args.clients:,} clients, {args.sessions:,} sessions")
        build(vault, args.clients, args.sessions, args.note_bytes, random.Random(7))
        gc.collect()  # the build's own objects are gone before the app would start
        settle_after_unlock()  # as the app does once the vault is open
        client, other, count = busiest(vault)
        view = ClientsView()
        view.resize(1280 - 200, 800 - 60)  # the Clients area of a 1280x800 window, beside the navigation
        view.attach(vault.session)
        view.show()
        app.processEvents()
        pane = view.detail
        for tab, label in ((2, "Sessions"), (6, "Timeline")):
            pane.show_client(client)
            pane.tabs.setCurrentIndex(tab)
            app.processEvents()
            figures = show_times(app, pane, client, other, args.runs)
            name = f"select client → record painted, {count} sessions, {label} tab"
            lines.append(budgeted(name, statistics.median(figures), SHOW_MS))
        grow_history(vault, client, args.long_history, args.note_bytes)
        total = count + args.long_history
        for tab, label in ((2, "Sessions"), (6, "Timeline")) if args.long_history > 0 else ():
            pane.tabs.setCurrentIndex(tab)
            figures = show_times(app, pane, client, other, args.runs)
            name = f"select client → record painted, {total} sessions, {label} tab"
            lines.append(budgeted(name, statistics.median(figures), SHOW_MS))
            lines.append(info("  worst of the runs", f"{max(figures):,.1f} ms"))

        view.refresh()
        typed, changing = keystroke_times(app, view, max(1, args.runs // 3))
        lines.append(
            budgeted(
                f"filter keystroke → list painted, median of {len(typed)}",
                statistics.median(typed),
                KEYSTROKE_MEDIAN_MS,
            )
        )
        lines.append(budgeted("  worst keystroke", max(typed), KEYSTROKE_MS))
        lines.append(
            info(
                f"  the {len(changing)} that changed the rows shown: median / worst",
                f"{statistics.median(changing):,.1f} / {max(changing):,.1f} ms",
            )
        )
        view.clear()
        vault.close()
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"Medians of {args.runs} runs unless said. Load average while measuring: {load}.\n")
    print_table(lines)
    print("\nFigures vary from run to run and machine to machine; compare several runs.")


if __name__ == "__main__":
    main()
