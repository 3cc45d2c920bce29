"""From an agreement, "Invoice unbilled sessions…" makes a draft and opens it in the Invoices area."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Invoice, InvoiceLine, InvoiceState
from coachdesk.services.invoice_billing import unbilled_counts
from coachdesk.ui.invoices.draft_editor import DraftInvoiceDialog
from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.practice_windows import open_demo_practice, settle


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppController:
    return open_demo_practice(qtbot, tmp_path, monkeypatch)


def test_invoice_unbilled_sessions_opens_the_new_draft_in_the_editor(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, workspace = app.vault, app.workspace
    assert vault is not None and workspace is not None
    with vault.session() as db:
        drafts_before = db.exec(select(Invoice.id).where(Invoice.state == InvoiceState.DRAFT)).all()
        engagement_id, (unbilled, _oldest) = next(iter(unbilled_counts(db).items()))
    opened: list[tuple[object, int]] = []
    monkeypatch.setattr(
        DraftInvoiceDialog,
        "exec",
        lambda dialog: opened.append((dialog.record_id, dialog.lines.model.rowCount())) or 0,
    )
    app.main_window.show_area("agreements")
    settle(app)
    agreements = workspace.agreements
    assert agreements.select_engagement(engagement_id)
    assert agreements.invoice_button.isEnabled()
    agreements.invoice_button.click()
    settle(app)

    with vault.session() as db:
        [draft] = db.exec(
            select(Invoice).where(Invoice.state == InvoiceState.DRAFT, Invoice.id.not_in(drafts_before))  # type: ignore[union-attr]
        ).all()
        lines = db.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == draft.id)).all()
    assert draft.engagement_id == engagement_id and len(lines) == unbilled
    assert opened == [(draft.id, unbilled)]
    assert app.main_window.current_area() == "invoices"
    assert workspace.invoices.selected() is not None and workspace.invoices.selected().id == draft.id  # type: ignore[union-attr]


def test_nothing_to_invoice_is_said_and_no_draft_is_made(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, workspace = app.vault, app.workspace
    assert vault is not None and workspace is not None
    with vault.session() as db:
        engagement_id = next(iter(unbilled_counts(db)))
    app.main_window.show_area("agreements")
    settle(app)
    told: list[str] = []
    workspace.invoices.inform = lambda _title, text: told.append(text)
    monkeypatch.setattr(DraftInvoiceDialog, "exec", lambda _dialog: 0)
    workspace.agreements.select_engagement(engagement_id)
    workspace.agreements.invoice_button.click()  # the first time: a draft
    with vault.session() as db:
        count = len(db.exec(select(Invoice.id)).all())
    app.main_window.show_area("agreements")
    workspace.agreements.select_engagement(engagement_id)
    workspace.agreements.invoice_button.click()  # again: every session is on that draft
    assert told and "already on an invoice" in told[0]
    assert app.main_window.current_area() == "agreements"
    with vault.session() as db:
        assert len(db.exec(select(Invoice.id)).all()) == count


def test_the_dashboard_opens_the_invoices_at_the_overdue_ones(app: AppController) -> None:
    from coachdesk.services.invoice_status import InvoiceStatus

    workspace = app.workspace
    assert workspace is not None
    workspace.dashboard.paid_button.click()
    settle(app)
    assert app.main_window.current_area() == "invoices"
    assert workspace.dashboard.paid_card.count_label.text().endswith("overdue")  # the demo has some
    wanted = InvoiceStatus.OVERDUE
    assert workspace.invoices.proxy.status is wanted
    assert workspace.invoices.status_filter.currentData() == wanted
    shown = [
        workspace.invoices.proxy.row_at(workspace.invoices.proxy.index(r, 0))
        for r in range(workspace.invoices.proxy.rowCount())
    ]
    assert shown and all(row is not None and row.status is wanted for row in shown)
