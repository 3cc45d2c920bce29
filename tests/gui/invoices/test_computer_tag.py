"""Issuing with a series per computer on a computer without a tag: the app asks for the tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Invoice
from coachdesk.services.computer_tags import this_computer_tag
from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings
from coachdesk.services.invoices import draft_from_engagement
from coachdesk.ui.invoices.computer_tag_dialog import ComputerTagDialog
from coachdesk.ui.invoices.view import InvoicesView
from coachdesk.vault import Vault
from tests.gui.invoices.test_invoices_view import TODAY, _run_dialog, view  # noqa: F401 - the fixture
from tests.services.invoice_practice import Practice, practice


@pytest.fixture
def billed(vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Practice:
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(tmp_path / "laptop"))
    with vault.session() as db:
        p = practice(db)
        pattern = "{year}-{computer}{seq:4}"
        save_invoicing_settings(
            db,
            InvoicingSettings(tax_treatment="charged", default_vat_rate="19", invoice_number_pattern=pattern),
        )
        draft_from_engagement(db, p.engagement)
    return p


def test_issuing_asks_for_this_computers_tag_then_issues_with_it(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    view: InvoicesView,  # noqa: F811 - the fixture imported above
    vault: Vault,
) -> None:
    seen: list[ComputerTagDialog] = []

    def fill(dialog: ComputerTagDialog) -> None:
        seen.append(dialog)
        dialog.tag.setText("LAP4")  # typed past the limit: three are kept
        assert dialog.tag.text() == "LAP"
        dialog.tag.setText("l-")
        dialog.accept()
        assert "1 to 3 letters or digits" in dialog.error_text("computer_tag")
        dialog.tag.setText("l")
        dialog.adjustSize()
        dialog.grab().save("/tmp/computer-tag-dialog.png")
        dialog.accept()

    _run_dialog(qtbot, monkeypatch, ComputerTagDialog, fill)
    view.refresh()
    assert view.select(_draft_id(vault))
    view.issue_button.click()
    assert seen
    with vault.session() as db:
        assert this_computer_tag(db) == "L"
        numbers = [i.number for i in db.exec(select(Invoice)).all()]
    assert numbers == [f"{TODAY.year}-L0001"]


def test_cancelling_the_tag_issues_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    view: InvoicesView,  # noqa: F811 - the fixture imported above
    vault: Vault,
) -> None:
    _run_dialog(qtbot, monkeypatch, ComputerTagDialog, lambda dialog: dialog.reject())
    view.refresh()
    assert view.select(_draft_id(vault))
    view.issue_button.click()
    with vault.session() as db:
        assert [i.number for i in db.exec(select(Invoice)).all()] == [None]
        assert this_computer_tag(db) is None


def _draft_id(vault: Vault) -> object:
    with vault.session() as db:
        return db.exec(select(Invoice.id)).one()


def test_after_the_first_invoice_the_pattern_can_still_switch_to_a_series_per_computer(qtbot: QtBot) -> None:
    from coachdesk.services.invoice_settings import InvoicingSettings
    from coachdesk.ui.shell.invoicing_form import InvoicingForm

    form = InvoicingForm()
    qtbot.addWidget(form)
    form.set_settings(InvoicingSettings(), country="Germany", numbering_fixed=False)
    assert form.pattern.isEnabled()
    form.set_settings(InvoicingSettings(), country="Germany", numbering_fixed=True)
    assert form.pattern.isEnabled() and "{computer}" in form.pattern.toolTip()
    per_computer = InvoicingSettings(invoice_number_pattern="{year}-{computer}{seq:4}")
    form.set_settings(per_computer, country="Germany", numbering_fixed=True)
    assert not form.pattern.isEnabled()
