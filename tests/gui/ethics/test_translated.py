"""Every word of the Ethics area's own tabs, buttons and headers goes through translation."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coachdesk.services.demo import populate_demo
from coachdesk.services.ethics_log import SCOPE_WORDS
from coachdesk.ui.ethics.consent_dialogs import ConsentDialog
from coachdesk.ui.ethics.view import EthicsView
from coachdesk.vault import Vault
from tests.gui.translation_support import DataWords, bracketing, untranslated, vault_text_values

TODAY = date(2026, 3, 2)


def test_the_record_and_the_consent_form_show_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        populate_demo(session, TODAY)
    data = DataWords(vault_text_values(vault.connection), by_word=False)  # names, titles: the coach's
    with bracketing():
        view = EthicsView()
        qtbot.addWidget(view)
        view.today = lambda: TODAY
        view.attach(vault.session)
        client = view.sections["consents"].model.rows()[0].client_id
        assert client is not None
        consent = ConsentDialog(vault.session, client_id=client)
        qtbot.addWidget(consent)
        assert untranslated(view, data=data) == set()
        # The scopes' labels come from coachdesk/services, whose texts are marked there; until the
        # consent form shows them translated, tests/gui/test_translation_scan.py reports them.
        scopes = set(SCOPE_WORDS.values())
        assert untranslated(consent, scopes, skip=consent.buttons.buttons(), data=data) == set()
        assert view.ledger.empty.text().startswith("⟦")
