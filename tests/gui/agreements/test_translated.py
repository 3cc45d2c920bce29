"""Every word of the Agreements area's list and editor goes through translation."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coachdesk.services.demo import populate_demo
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.agreements.view import AgreementsView
from coachdesk.vault import Vault
from tests.gui.translation_support import DataWords, bracketing, untranslated, vault_text_values

TODAY = date(2026, 3, 2)


def test_the_list_and_the_editor_show_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        populate_demo(session, TODAY)
    data = DataWords(vault_text_values(vault.connection), by_word=False)  # names, titles: the coach's
    with bracketing():
        view = AgreementsView(today=lambda: TODAY)
        qtbot.addWidget(view)
        view.attach(vault.session)
        view.table.selectRow(0)
        row = view.selected()
        assert row is not None
        editor = EngagementEditor(vault.session, row.id, today=TODAY)
        qtbot.addWidget(editor)
        statuses = [view.status_filter.itemText(i) for i in range(view.status_filter.count())]
        assert untranslated(view, data=data) == set()
        # The clause headings come from the clause template; the e-mail hint is the sponsor's own.
        assert (
            untranslated(editor, skip=[editor.fields.clauses, editor.fields.sponsor_contact_email], data=data)
            == set()
        )
        assert all(text.startswith("⟦") for text in statuses)
        assert editor.parties.text().startswith("⟦")
