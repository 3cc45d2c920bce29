"""The dashboard says what is overdue and what is not yet invoiced, and opens the Invoices area."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoices import LineDetails, new_draft
from coachdesk.ui.dashboard.view import DashboardView
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.vault import Vault
from tests.services.invoice_practice import practice

NOW = datetime(2026, 6, 1, 9, tzinfo=UTC)


def _dashboard(qtbot: QtBot, vault: Vault) -> DashboardView:
    view = DashboardView()
    qtbot.addWidget(view)
    view.now = lambda: NOW
    view.attach(vault.session)
    return view


def test_the_dashboard_says_what_is_overdue_and_unbilled(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        billed = practice(db, sessions=3)
    view = _dashboard(qtbot, vault)
    assert view.overdue_label.text() == "No invoice is overdue."
    assert view.unbilled_label.text() == (
        f"3 sessions not yet invoiced: {money_text(45000, 'EUR')} · Zoë Ørsted (3)"
    )
    assert view.paid_card.count_label.text() == ""

    with vault.session() as db:
        lines = [LineDetails("Coaching session", "150", session_ids=(billed.sessions[0],))]
        invoice_id = new_draft(db, billed.engagement, lines).created
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=date(2026, 4, 1))  # due 14 days later: overdue by June
    view.refresh()
    assert view.overdue_label.text() == (
        f"1 invoice overdue: {money_text(17850, 'EUR')}, the oldest Zoë Ørsted (2026-0001)"
    )
    assert view.unbilled_label.text().startswith("2 sessions not yet invoiced")
    assert view.paid_card.count_label.text() == "1 overdue"

    opened: list[tuple[str, object]] = []
    view.open_record.connect(lambda kind, status, _client: opened.append((kind, status)))
    view.paid_button.click()
    assert opened == [("invoices", "overdue")]


def test_the_dashboard_lists_the_refunds_due_until_they_are_made(qtbot: QtBot, vault: Vault) -> None:
    from coachdesk.services.invoice_issue import credit_invoice
    from coachdesk.services.invoice_payments import record_payment
    from coachdesk.services.invoice_refunds import record_refund

    with vault.session() as db:
        billed = practice(db, sessions=1)
        lines = [LineDetails("Coaching session", "150", session_ids=(billed.sessions[0],))]
        invoice_id = new_draft(db, billed.engagement, lines).created
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=date(2026, 4, 1))
        record_payment(db, invoice_id, "178.50", on=date(2026, 4, 2))
    view = _dashboard(qtbot, vault)
    assert view.refunds_label.isHidden() and view.paid_card.count_label.text() == ""

    with vault.session() as db:
        note = credit_invoice(db, invoice_id, amount="50", on=date(2026, 5, 2)).created  # 59.50 back
    view.refresh()
    assert not view.refunds_label.isHidden()
    assert view.refunds_label.text() == f"1 refund due: {money_text(5950, 'EUR')} to Zoë Ørsted (2026-0001)"
    assert view.paid_card.count_label.text() == "1 refund due"
    opened: list[tuple[str, object]] = []
    view.open_record.connect(lambda kind, status, _client: opened.append((kind, status)))
    view.paid_button.click()
    assert opened == [("invoices", "refund_due")]

    with vault.session() as db:
        assert note is not None
        record_refund(db, note, "59.50", on=date(2026, 5, 3))
    view.refresh()
    assert view.refunds_label.isHidden() and view.paid_card.count_label.text() == ""
