"""Every word of the Invoices area's list and draft editor goes through translation."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coachdesk.services.demo import populate_demo
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.ui.invoices.draft_editor import DraftInvoiceDialog
from coachdesk.ui.invoices.money_dialogs import PaymentDialog
from coachdesk.ui.invoices.view import InvoicesView
from coachdesk.vault import Vault
from tests.gui.translation_support import DataWords, bracketing, untranslated, vault_text_values

TODAY = date(2026, 3, 2)


def test_the_list_and_its_dialogs_show_only_translated_words(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        populate_demo(session, TODAY)
    data = DataWords(vault_text_values(vault.connection), by_word=False)  # names, titles: the coach's
    with bracketing():
        view = InvoicesView(today=lambda: TODAY)
        qtbot.addWidget(view)
        view.attach(vault.session)
        owed = next(r for r in view.model.rows() if r.status is InvoiceStatus.OVERDUE)
        draft = DraftInvoiceDialog(vault.session)
        payment = PaymentDialog(vault.session, owed, today=TODAY)
        for dialog in (draft, payment):
            qtbot.addWidget(dialog)
        statuses = [view.status_filter.itemText(i) for i in range(view.status_filter.count())]
        assert untranslated(view, data=data) == set()
        # Qt's own OK and Cancel are translated by Qt's catalogs, not the app's.
        assert untranslated(draft, skip=draft.buttons.buttons(), data=data) == set()
        assert untranslated(payment, skip=payment.buttons.buttons(), data=data) == set()
        assert all(text.startswith("⟦") for text in statuses)
        assert view.model.index(0, 7).data().startswith("⟦")  # the status column
