"""Reports reach the coach through Qt's translation: the hours log (its headers looked up when
shown), the progress cards' own words, the calendar and retention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk.services.demo import populate_demo
from coachdesk.ui.reports.hours import HoursColumn
from coachdesk.ui.reports.view import ReportsView
from coachdesk.vault import Vault
from tests.gui.pseudo_translation import OPEN, bracketing, untranslated

# Words the shared kit shows in these cards (translated with the kit, not here).
KIT = {"Problem"}


def test_the_hours_calendar_and_retention_show_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        populate_demo(session, date.today())
    with bracketing():
        view = ReportsView()
        qtbot.addWidget(view)
        view.attach(vault.session)
        for card in (view.hours, view.calendar, view.retention):
            assert untranslated(card) - KIT == set(), card.title_label.text()
        model = view.hours.model
        assert all(
            str(model.headerData(column, Qt.Orientation.Horizontal)).startswith(OPEN)
            for column in HoursColumn
        )
        # The requirement figures and what is left are the cards' own words (the labels are the rules').
        for card in view.progress_panel.cards.values():
            assert card.summary.text().startswith(OPEN)
            assert all(row.state.text().startswith(OPEN) for row in card.rows)
