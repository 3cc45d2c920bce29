"""The Sessions area reaches the coach through Qt's translation: the list (its headers and words
included, looked up when shown), the editor, and the count with its plural."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Client
from coachdesk.services.demo import populate_demo
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.sessions.table import SessionColumn, When, count_text
from coachdesk.ui.sessions.view import SessionsView
from coachdesk.vault import Vault
from tests.gui.pseudo_translation import OPEN, bracketing, shown_texts, untranslated

# Texts the shared kit shows in these screens (translated with the kit, not here).
KIT = {"Delete…", "Write", "Preview", "Markdown: **bold**, *italic*, # heading, - list", "Problem"}


def _names(vault: Vault) -> set[str]:
    with vault.session() as session:
        populate_demo(session, date.today())
        return {client.name for client in session.exec(select(Client)).all()}


def test_the_list_and_the_editor_show_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    names = _names(vault)
    with bracketing():
        view = SessionsView()
        qtbot.addWidget(view)
        view.attach(vault.session)
        assert untranslated(view) - KIT - names == set()
        headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in SessionColumn]
        assert all(header.startswith(OPEN) for header in headers)
        first = view.model.index(0, SessionColumn.STATUS)
        assert str(view.model.data(first)).startswith(OPEN)  # "Scheduled" is looked up as it is shown
        row = view.model.row_number(0)
        assert row is not None
        editor = SessionEditor(vault.session, row.id)
        qtbot.addWidget(editor)
        left = untranslated(editor) - KIT - names
        assert {text for text in left if not text.startswith("Channels:")} == set()  # the terms are data


def test_the_first_session_page_shows_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    kit_page = EmptyState.for_area("sessions")  # the kit's words, translated with the kit
    qtbot.addWidget(kit_page)
    with bracketing():
        view = SessionsView()
        qtbot.addWidget(view)
        view.attach(vault.session)
        assert untranslated(view) - KIT - set(shown_texts(kit_page)) == set()


class _German(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if source == "%Ln session(s)":
            return "%Ln Sitzung" if n == 1 else "%Ln Sitzungen"
        return ""


def test_the_count_says_session_or_sessions_as_the_language_counts(qtbot: QtBot) -> None:
    assert (count_text(1, When.ALL), count_text(2, When.ALL)) == ("1 session", "2 sessions")
    german = _German()
    QCoreApplication.installTranslator(german)
    try:
        assert (count_text(1, When.ALL), count_text(2, When.ALL)) == ("1 Sitzung", "2 Sitzungen")
    finally:
        QCoreApplication.removeTranslator(german)
