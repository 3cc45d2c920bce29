"""The dashboard reaches the coach through Qt's translation: its cards, the hours, getting paid, the
dates of its items, and counts with their plurals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from coachdesk.services.demo import populate_demo
from coachdesk.ui.dashboard.getting_paid import GettingPaidWords
from coachdesk.ui.dashboard.items import item_texts
from coachdesk.ui.dashboard.view import DashboardView, local_zone
from coachdesk.vault import Vault
from tests.gui.pseudo_translation import OPEN, bracketing, untranslated


def test_the_dashboard_shows_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        populate_demo(session, date.today())
    with bracketing():
        view = DashboardView()
        qtbot.addWidget(view)
        view.attach(vault.session)
        # The day is the locale's own writing of a date; every other text is looked up.
        assert untranslated(view) - {view.date_label.text()} == set()
        assert view.data is not None
        items = view.data.awaiting_signature + view.data.draft_agreements + view.data.action_items
        assert items
        for item in items:
            when = item_texts(item, view.data.today, local_zone(), QLocale())[3]
            assert when.startswith(OPEN)


class _French(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = {"%n invoice(s) overdue: ": ("%n facture en retard : ", "%n factures en retard : ")}
        if source in forms:
            return forms[source][0 if n <= 1 else 1]
        return ""


def test_counts_follow_the_language_plural(qtbot: QtBot) -> None:
    words = GettingPaidWords()
    assert (words.overdue_invoices(1), words.overdue_invoices(3)) == (
        "1 invoice overdue: ",
        "3 invoices overdue: ",
    )
    french = _French()
    QCoreApplication.installTranslator(french)
    try:
        assert words.overdue_invoices(1) == "1 facture en retard : "
        assert words.overdue_invoices(3) == "3 factures en retard : "
    finally:
        QCoreApplication.removeTranslator(french)
