"""Invoices ▸ For the accountant…: a period's invoices or payments as CSV, recorded; cancel writes none."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.domain import OWN_USE, DocumentKind
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoices import draft_from_engagement
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.ui.invoices.books_dialog import BooksChoice, BooksDialog, last_full_quarter
from coachdesk.ui.invoices.view import InvoicesView
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.vault import Vault
from tests.services.invoice_practice import practice

TODAY = date(2026, 4, 1)
ACCOUNTANT = "Anna Weber, accountant"


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> Iterator[InvoicesView]:
    with vault.session() as db:
        billed = practice(db)
        invoice_id = draft_from_engagement(db, billed.engagement).created
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=date(2026, 3, 20))  # in the first quarter
        record_payment(db, invoice_id, "100.00", on=date(2026, 3, 25), reference="SEPA 7")
        credit_invoice(db, invoice_id, amount="50.00", on=TODAY)  # in the second quarter
    widget = InvoicesView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.attach(vault.session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.inform = _fail
    yield widget


def _fail(title: str, text: str) -> None:
    raise AssertionError(f"unexpected message: {title}: {text}")


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


@pytest.mark.parametrize(
    ("today", "period"),
    [
        (date(2026, 4, 1), (date(2026, 1, 1), date(2026, 3, 31))),
        (date(2026, 3, 31), (date(2025, 10, 1), date(2025, 12, 31))),
        (date(2026, 12, 5), (date(2026, 7, 1), date(2026, 9, 30))),
    ],
)
def test_the_period_suggested_is_the_last_full_quarter(today: date, period: tuple[date, date]) -> None:
    assert last_full_quarter(today) == period


def test_the_dialog_offers_the_last_quarter_and_refuses_a_backwards_period(qtbot: QtBot) -> None:
    dialog = BooksDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(520, 320)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.choice() == BooksChoice(date(2026, 1, 1), date(2026, 3, 31), payments=False)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    assert "ends before it starts" in dialog.form.error_text("end")


def test_the_accountants_csv_has_the_periods_invoices_and_is_recorded(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: InvoicesView, vault: Vault, tmp_path: Path
) -> None:
    def accept_default(dialog: BooksDialog) -> int:
        qtbot.addWidget(dialog)
        return 1  # the period suggested: the first quarter

    monkeypatch.setattr(BooksDialog, "exec", accept_default)
    target = tmp_path / "books"
    suggested: list[str] = []
    view.books.choose_file = lambda _p, _c, name: suggested.append(name) or str(target)
    view.books.ask_recipient = lambda _p, _t, offered: Recipient(ACCOUNTANT if offered == OWN_USE else "")
    view.books_button.click()
    written = target.with_name("books.csv")
    assert suggested == ["invoices-2026-03-31.csv"]  # no payer's name in the file name
    [row] = _rows(written)  # the credit note of April is in the next quarter
    assert (row["Number"], row["Paid"]) == ("2026-0001", "100.00")
    with vault.session() as db:
        [entry] = ledger_lines(db)
    assert entry.kind is DocumentKind.INVOICES_CSV and entry.recipient == ACCOUNTANT
    assert view.notice.isVisible() and "books.csv" in view.notice.text()


def test_the_payments_of_a_period_chosen_for_the_coachs_own_use(
    view: InvoicesView, vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "paid.csv"
    view.books.ask_choice = lambda _p, _t: BooksChoice(date(2026, 3, 1), date(2026, 3, 31), payments=True)
    view.books.choose_file = lambda _p, _c, _s: str(target)
    view.books.ask_recipient = lambda _p, _t, offered: Recipient(offered)
    assert view.export_books() is not None
    [paid] = _rows(target)
    assert (paid["Date"], paid["Amount"], paid["Reference"]) == ("2026-03-25", "100.00", "SEPA 7")
    with vault.session() as db:
        [entry] = ledger_lines(db)
    assert entry.kind is DocumentKind.PAYMENTS_CSV and entry.recipient == OWN_USE


@pytest.mark.parametrize("cancelled_at", ["period", "file", "recipient"])
def test_cancelling_writes_and_records_nothing(
    view: InvoicesView, vault: Vault, tmp_path: Path, cancelled_at: str
) -> None:
    target = tmp_path / "books.csv"
    choice = BooksChoice(date(2026, 1, 1), date(2026, 3, 31), payments=False)
    view.books.ask_choice = lambda _p, _t: None if cancelled_at == "period" else choice
    view.books.choose_file = lambda _p, _c, _s: "" if cancelled_at == "file" else str(target)
    view.books.ask_recipient = lambda _p, _t, o: None if cancelled_at == "recipient" else Recipient(o)
    assert view.export_books() is None
    assert not target.exists()
    with vault.session() as db:
        assert ledger_lines(db) == []
