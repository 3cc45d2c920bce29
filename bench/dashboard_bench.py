"""Figures for the dashboard and global search on the large synthetic practice (headless).

Run as ``python bench/dashboard_bench.py [--clients N] [--sessions N] [--runs N]``. It builds the
practice of ``practice_bench.py``, adds what the dashboard looks for (action items with due dates,
agreements, consents, conflicts, referrals), then prints the dashboard query time, the dashboard
view's refresh, and the time from a keystroke in the search dialog to its results drawn. It
reports figures beside their budgets and never asserts: tests assert behaviour.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from practice_bench import BUILD_KDF, NOW, PASSPHRASE, build, info, print_table  # bench/ is on the path
from sqlmodel import SQLModel, col

from coachdesk.domain import (
    ActionItem,
    Client,
    Conflict,
    ConflictDecision,
    ConflictKind,
    Consent,
    ConsentScope,
    Professional,
    Referral,
    ReferralStatus,
    metadata,
)
from coachdesk.services.dashboard import coaching_minutes, dashboard
from coachdesk.vault import Vault

DASHBOARD_MS, KEYSTROKE_MS = 100.0, 50.0
QUERIES = ("resilience", "board feedback", "delegation", "zoe", "the team")


def casework(vault: Vault, rng: random.Random) -> dict[str, int]:
    """Due dates on a fifth of the action items, and consents, conflicts, referrals for many clients."""
    today = NOW.date()
    with vault.session() as session:
        connection = session.connection()
        clients = list(connection.execute(sa.select(col(Client.id))).scalars())
        items = list(connection.execute(sa.select(col(ActionItem.id))).scalars())
        table = metadata.tables["action_item"]
        for item_id in items[::5]:
            connection.execute(
                table.update()
                .where(table.c.id == item_id)
                .values(due_date=today + timedelta(days=rng.randint(-60, 60)), done=rng.random() < 0.6)
            )
        people = [Professional(name=f"Professional {n}", profession="Psychotherapist") for n in range(50)]
        consents = [
            Consent(
                client_id=rng.choice(clients),
                scope=rng.choice(list(ConsentScope)),
                recipient="Someone",
                granted_on=today - timedelta(days=rng.randint(30, 700)),
                expires_on=today + timedelta(days=rng.randint(-300, 300)) if rng.random() < 0.8 else None,
                withdrawn_on=today - timedelta(days=5) if rng.random() < 0.1 else None,
            )
            for _ in range(2_000)
        ]
        conflicts = [
            Conflict(
                client_id=rng.choice(clients),
                kind=rng.choice(list(ConflictKind)),
                description="A conflict of interest to weigh.",
                decision=rng.choice(list(ConflictDecision)) if rng.random() < 0.9 else None,
            )
            for _ in range(300)
        ]
        referrals = [
            Referral(
                client_id=rng.choice(clients),
                professional_id=rng.choice(people).id,
                reason="A need outside coaching.",
                status=rng.choice(list(ReferralStatus)),
                referred_on=today - timedelta(days=rng.randint(20, 400)),
                follow_up_on=today + timedelta(days=rng.randint(-300, 30)),
                outcome="" if rng.random() < 0.3 else "Seen; doing well.",
            )
            for _ in range(1_000)
        ]
        added: list[Sequence[SQLModel]] = [people, consents, conflicts, referrals]
        for records in added:
            target = metadata.tables[str(type(records[0]).__tablename__)]
            connection.execute(target.insert(), [record.model_dump() for record in records])
        session.commit()
    return {
        "action items with a due date": len(items[::5]),
        "consents": len(consents),
        "conflicts": len(conflicts),
        "referrals": len(referrals),
    }


def timings(action: Callable[[], object], runs: int) -> list[float]:
    action()  # once to warm caches and compiled statements
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        result.append((time.perf_counter() - start) * 1000)
    return result


def figure(name: str, values: list[float], budget: float | None = None) -> tuple[str, str, str, str]:
    median, worst = statistics.median(values), max(values)
    verdict = "" if budget is None else ("OK" if worst <= budget else "OVER")
    return (name, f"{median:,.1f} / {worst:,.1f} ms", f"<= {budget:.0f} ms" if budget else "", verdict)


def typing_figures(vault: Vault, runs: int) -> tuple[list[float], list[float]]:
    """Each keystroke of each query: the key into the box, then the search and the results drawn.

    Returns those times and, apart, the search service's own time for the same text.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from coachdesk.services.search import search
    from coachdesk.ui.shell.search_dialog import MAX_RESULTS, SearchDialog

    dialog = SearchDialog(vault.session)
    dialog.show()
    QApplication.processEvents()
    per_key, searching = [], []
    with vault.session() as session:
        for _ in range(max(1, runs // 3)):
            for query in QUERIES:
                dialog.query_box.clear()
                dialog.run_search()
                for char in query:
                    start = time.perf_counter()
                    QTest.keyClick(dialog.query_box, char)  # what the coach does
                    dialog.run_search()  # what the debounce timer then does
                    dialog.results.viewport().repaint()  # the results drawn
                    dialog.status.repaint()
                    per_key.append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    search(session, dialog.query_box.text(), limit=MAX_RESULTS)
                    searching.append((time.perf_counter() - start) * 1000)
                QTest.keyClick(dialog.query_box, Qt.Key.Key_Down)
    dialog.clear()
    dialog.deleteLater()
    QApplication.processEvents()
    return per_key, searching


def quiet_offscreen(_kind: object, _context: object, message: str) -> None:
    """Qt's messages on stderr, without the offscreen platform's note that it cannot resize windows."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=1_000)
    parser.add_argument("--sessions", type=int, default=20_000)
    parser.add_argument("--note-bytes", type=int, default=2_048)
    parser.add_argument("--runs", type=int, default=15, help="runs per figure")
    args = parser.parse_args()
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication(sys.argv[:1])  # one application, alive until every widget is gone
    lines: list[tuple[str, str, str, str]] = [("figure", "median / worst", "budget", "")]
    with tempfile.TemporaryDirectory(prefix="coachdesk-dashboard-") as folder:
        path = Path(folder) / "practice.coachdesk"
        print(f"CoachDesk dashboard bench: {args.clients:,} clients, {args.sessions:,} sessions, in {folder}")
        vault = Vault.create(path, PASSPHRASE, kdf=BUILD_KDF)
        rng = random.Random(7)
        build(vault, args.clients, args.sessions, args.note_bytes, rng)
        for name, count in casework(vault, rng).items():
            lines.append(info(f"  {name}", f"{count:,}"))
        with vault.session() as session:
            board = dashboard(session, NOW)
            for name, rows in vars(board).items():
                if isinstance(rows, tuple):
                    lines.append(info(f"  dashboard shows: {name.replace('_', ' ')}", f"{len(rows):,}"))
            queried = timings(lambda: dashboard(session, NOW), args.runs)
            lines.append(figure("dashboard(session, now)", queried, DASHBOARD_MS))
            total_hours = timings(lambda: coaching_minutes(session), args.runs)
            lines.append(figure("  of which total hours (coaching_minutes)", total_hours))
            from coachdesk.services.retention import clients_past_retention

            review = timings(lambda: clients_past_retention(session, NOW.date()), args.runs)
            lines.append(figure("  of which records past retention", review))
        lines.append(
            figure("dashboard view refresh (query + lists)", view_refresh(vault, args.runs), DASHBOARD_MS)
        )
        keys, searching = typing_figures(vault, args.runs)
        lines.append(figure(f"search keystroke -> results drawn ({len(keys)} keys)", keys, KEYSTROKE_MS))
        lines.append(figure("  of which search() in the search service", searching))
        lines.append(info("  plus the debounce before the search runs", "100 ms"))
        vault.close()
    print("Median and worst of each figure.\n")
    print_table(lines)
    print("\nFigures vary from run to run and machine to machine; compare several runs.")
    app.processEvents()


def view_refresh(vault: Vault, runs: int) -> list[float]:
    """The dashboard view's refresh: the query, the lists filled, the page drawn."""
    from PySide6.QtWidgets import QApplication

    from coachdesk.ui.dashboard.view import DashboardView

    view = DashboardView()
    view.now = lambda: NOW
    view.resize(1080, 800)
    view.show()
    view.attach(vault.session)
    QApplication.processEvents()

    def refresh() -> None:
        view.refresh()
        view.repaint()

    figures = timings(refresh, runs)
    view.clear()
    view.deleteLater()
    QApplication.processEvents()
    return figures


if __name__ == "__main__":
    main()
