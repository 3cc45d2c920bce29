"""The Invoices area: its model and filters, and a draft made, issued, paid, credited and deleted."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import DocumentKind, Invoice, InvoiceKind, InvoiceState, Payment
from coachdesk.services.invoice_list import InvoiceRow, list_invoices
from coachdesk.services.invoice_status import InvoiceStatus
from coachdesk.services.invoices import draft_from_engagement
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.ui.invoices.draft_editor import DraftInvoiceDialog
from coachdesk.ui.invoices.money_dialogs import CreditDialog, PaymentDialog
from coachdesk.ui.invoices.table import InvoiceColumn, InvoiceFilterProxy, InvoiceTableModel
from coachdesk.ui.invoices.view import InvoicesView
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.ui.kit.row_table import OBJECT_ROLE
from coachdesk.vault import Vault
from tests.services.invoice_practice import Practice, practice

TODAY = date(2026, 4, 1)


def _row(number: str | None, status: InvoiceStatus, **fields: object) -> InvoiceRow:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "kind": InvoiceKind.INVOICE,
        "number": number,
        "payer_name": "Zoë Ørsted",
        "engagement_id": None,
        "client_id": None,
        "credited_invoice_id": None,
        "issue_date": date(2026, 3, 1) if number else None,
        "due_date": date(2026, 3, 15) if number else None,
        "currency": "EUR",
        "net_minor": 15000,
        "vat_minor": 2850,
        "gross_minor": 17850,
        "paid_minor": 0,
        "credited_minor": 0,
        "status": status,
        **fields,
    }
    return InvoiceRow(**values)  # type: ignore[arg-type]


ROWS = [
    _row(None, InvoiceStatus.DRAFT, payer_name="Nordlicht GmbH"),
    _row("2026-0001", InvoiceStatus.PAID, paid_minor=17850),
    _row("2026-0002", InvoiceStatus.OVERDUE),
    _row("2026-0003", InvoiceStatus.PARTLY_PAID, paid_minor=5000, due_date=date(2026, 5, 1)),
    _row("CN-2026-0001", InvoiceStatus.ISSUED, kind=InvoiceKind.CREDIT_NOTE),
]


def _proxy() -> tuple[InvoiceTableModel, InvoiceFilterProxy]:
    model = InvoiceTableModel()
    model.set_rows(ROWS)
    proxy = InvoiceFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _numbers(proxy: InvoiceFilterProxy) -> list[str]:
    return [proxy.index(r, InvoiceColumn.NUMBER).data() for r in range(proxy.rowCount())]


# ----- model and proxy ------------------------------------------------------------------------------


def test_model_and_proxy_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = _proxy()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("nordlicht")
    proxy.set_status(InvoiceStatus.DRAFT)
    proxy.sort(InvoiceColumn.BALANCE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_columns_say_number_kind_payer_dates_amounts_and_status(qtbot: QtBot) -> None:
    model, _ = _proxy()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in InvoiceColumn]
    assert headers == ["Number", "Kind", "Payer", "Issued", "Due", "Gross", "Balance", "Status"]

    def text(row: int, column: InvoiceColumn) -> str:
        return str(model.index(row, column).data())

    assert text(0, InvoiceColumn.NUMBER) == "(draft)"
    assert text(2, InvoiceColumn.STATUS) == "Overdue"
    assert text(3, InvoiceColumn.BALANCE) == money_text(12850, "EUR")
    assert text(4, InvoiceColumn.KIND) == "Credit note"
    assert text(4, InvoiceColumn.GROSS) == money_text(-17850, "EUR")  # money going back
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()  # overdue stands out
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 0).data(OBJECT_ROLE) is ROWS[1]


@pytest.mark.parametrize(
    ("status", "numbers"),
    [
        (InvoiceStatus.DRAFT, ["(draft)"]),
        (InvoiceStatus.OVERDUE, ["2026-0002"]),
        (InvoiceStatus.PARTLY_PAID, ["2026-0003"]),
        (InvoiceStatus.PAID, ["2026-0001"]),
        (InvoiceStatus.ISSUED, ["CN-2026-0001"]),
        (InvoiceStatus.CREDITED, []),
        (None, ["(draft)", "2026-0001", "2026-0002", "2026-0003", "CN-2026-0001"]),
    ],
)
def test_status_filter(qtbot: QtBot, status: InvoiceStatus | None, numbers: list[str]) -> None:
    _, proxy = _proxy()
    proxy.sort(InvoiceColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    proxy.set_status(status)
    assert _numbers(proxy) == numbers


# ----- the view on a vault --------------------------------------------------------------------------


@pytest.fixture
def billed(vault: Vault) -> Practice:
    with vault.session() as db:
        return practice(db)


@pytest.fixture
def view(qtbot: QtBot, vault: Vault, billed: Practice) -> Iterator[InvoicesView]:
    widget = InvoicesView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.attach(vault.session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.confirm = _refuse
    widget.inform = _fail
    widget.confirm_issue = lambda _parent, _row: True
    yield widget


def _refuse(_title: str, question: str) -> bool:
    raise AssertionError(f"unexpected question: {question}")


def _fail(title: str, text: str) -> None:
    raise AssertionError(f"unexpected message: {title}: {text}")


def _invoices(vault: Vault) -> list[Invoice]:
    with vault.session() as db:
        return list(db.exec(select(Invoice)).all())


def _run_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kind: type, fill: object) -> None:
    """When the view opens a ``kind`` dialog, ``fill`` it (it presses OK itself) instead of waiting."""

    def exec_(dialog: object) -> int:
        qtbot.addWidget(dialog)  # type: ignore[arg-type]
        fill(dialog)  # type: ignore[operator]
        return int(dialog.result())  # type: ignore[attr-defined]

    monkeypatch.setattr(kind, "exec", exec_)


def test_empty_vault_shows_the_empty_state(qtbot: QtBot, vault: Vault) -> None:
    widget = InvoicesView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    with vault.session() as db:
        practice(db)
    widget.attach(vault.session)
    assert widget.pages.currentIndex() == 0
    assert "Invoices" in widget.empty.title_label.text()


def test_a_draft_from_unbilled_sessions_is_issued_paid_and_credited(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    def make(dialog: DraftInvoiceDialog) -> None:
        assert dialog.add_suggested(dialog_source("session")) == 3
        assert dialog.lines.model.rowCount() == 3
        assert money_text(53550, "EUR") in dialog.lines.totals_text()  # 3 × 150.00 + 19 % VAT
        dialog.accept()

    _run_dialog(qtbot, monkeypatch, DraftInvoiceDialog, make)
    view.new_button.click()
    [draft] = view.model.rows()
    assert draft.status is InvoiceStatus.DRAFT and draft.gross_minor == 53550
    assert view.selected() == draft and view.issue_button.isEnabled()
    assert not view.pay_button.isEnabled() and not view.credit_button.isEnabled()

    view.issue_button.click()
    issued = view.selected()
    assert issued is not None and issued.number == "2026-0001" and issued.status is InvoiceStatus.ISSUED
    assert view.proxy.index(0, InvoiceColumn.NUMBER).data() == "2026-0001"
    assert "2026-0001" in view.notice.text()
    assert not view.delete_button.isEnabled() and not view.edit_button.isEnabled()

    def pay(dialog: PaymentDialog) -> None:
        assert dialog.amount.text() == "535.50"  # the balance, offered
        dialog.amount.setText("200")
        dialog.reference.setText("Transfer 42")
        dialog.accept()

    _run_dialog(qtbot, monkeypatch, PaymentDialog, pay)
    view.pay_button.click()
    paid = view.selected()
    assert paid is not None and paid.status is InvoiceStatus.PARTLY_PAID and paid.balance_minor == 33550
    with vault.session() as db:
        [payment] = db.exec(select(Payment)).all()
        assert (payment.amount_minor, payment.reference) == (20000, "Transfer 42")

    def credit(dialog: CreditDialog) -> None:
        dialog.part.setChecked(True)
        dialog.amount.setText("100")
        dialog.reason.setText("One session cancelled")
        dialog.accept()

    _run_dialog(qtbot, monkeypatch, CreditDialog, credit)
    view.credit_button.click()
    note = view.selected()
    assert note is not None and note.kind is InvoiceKind.CREDIT_NOTE and note.number
    assert note.number in view.notice.text()
    invoice = next(r for r in view.model.rows() if r.id == issued.id)
    assert invoice.credited_minor == 11900 and invoice.balance_minor == 21650


def dialog_source(name: str) -> object:
    from coachdesk.domain import LineSource

    return LineSource(name)


def test_full_payment_marks_the_invoice_paid(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    from coachdesk.services.invoice_issue import issue_invoice

    with vault.session() as db:
        invoice_id = draft_from_engagement(db, billed.engagement).created
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=TODAY)
    view.refresh()
    assert view.select(invoice_id)
    _run_dialog(qtbot, monkeypatch, PaymentDialog, lambda d: d.accept())
    view.pay_button.click()
    row = view.selected()
    assert row is not None and row.status is InvoiceStatus.PAID and row.balance_minor == 0
    assert not view.pay_button.isEnabled()
    assert not view.refund_button.isEnabled()
    assert view.credit_button.isEnabled()  # money paid can be credited: it is then refunded
    view.show_status(InvoiceStatus.PAID)
    assert view.proxy.rowCount() == 1
    view.show_status(InvoiceStatus.OVERDUE)
    assert view.proxy.rowCount() == 0


def test_a_paid_invoice_credited_shows_the_refund_due_and_records_the_refund(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    from coachdesk.domain import Refund
    from coachdesk.services.invoice_issue import issue_invoice
    from coachdesk.services.invoice_payments import record_payment
    from coachdesk.ui.invoices.refund_dialog import RefundDialog

    with vault.session() as db:
        invoice_id = draft_from_engagement(db, billed.engagement).created  # 535.50 with VAT
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=TODAY)
        record_payment(db, invoice_id, "535.50", on=TODAY)
    view.refresh()
    assert view.select(invoice_id) and not view.refund_button.isEnabled()

    def credit(dialog: CreditDialog) -> None:
        told = dialog.refund_note.text()
        assert money_text(53550, "EUR") in told and "will be due back" in told  # in full: all of it
        dialog.part.setChecked(True)
        dialog.amount.setText("150")
        told = dialog.refund_note.text()
        assert money_text(17850, "EUR") in told and "will be due back" in told
        dialog.reason.setText("One session did not take place")
        dialog.accept()

    _run_dialog(qtbot, monkeypatch, CreditDialog, credit)
    view.credit_button.click()
    note = view.selected()
    assert note is not None and note.status is InvoiceStatus.REFUND_DUE and view.refund_button.isEnabled()
    assert view.proxy.index(0, InvoiceColumn.STATUS).data() == "Refund due"
    view.show_status(InvoiceStatus.REFUND_DUE)
    assert sorted(_numbers(view.proxy)) == sorted([note.number or "", "2026-0001"])
    assert view.select(note.id) and view.refund_button.isEnabled()

    def too_much(dialog: RefundDialog) -> None:
        assert dialog.amount.text() == "178.50"  # the refund due, offered
        dialog.amount.setText("200")
        dialog.accept()
        assert dialog.result() == 0 and "178.50" in dialog.error_text("amount")
        dialog.amount.setText("100")
        dialog.reference.setText("Back to Zoë")
        dialog.accept()

    _run_dialog(qtbot, monkeypatch, RefundDialog, too_much)
    view.refund_button.click()
    assert "Refund recorded" in view.notice.text()
    rows = {r.id: r for r in view.model.rows()}
    assert rows[invoice_id].refund_due_minor == 7850 and rows[invoice_id].status is InvoiceStatus.REFUND_DUE

    assert view.select(invoice_id) and view.refund_button.isEnabled()  # from the invoice too
    _run_dialog(qtbot, monkeypatch, RefundDialog, lambda d: d.accept())
    view.refund_button.click()
    rows = {r.id: r for r in view.model.rows()}
    assert rows[invoice_id].status is InvoiceStatus.PAID and rows[note.id].status is InvoiceStatus.ISSUED
    assert not view.refund_button.isEnabled()
    with vault.session() as db:
        refunds = sorted((r.amount_minor, r.reference) for r in db.exec(select(Refund)))
    assert refunds == [(7850, ""), (10000, "Back to Zoë")]


def test_a_zero_price_is_shown_beside_the_price_and_nothing_is_saved(
    qtbot: QtBot, vault: Vault, billed: Practice
) -> None:
    dialog = DraftInvoiceDialog(vault.session, engagement_id=billed.engagement)
    qtbot.addWidget(dialog)
    dialog.lines.add_free_line()
    dialog.lines.add_free_line()
    dialog.lines.description.setText("Workshop")
    qtbot.keyClicks(dialog.lines.unit_price, "120")
    dialog.lines.select(0)
    dialog.lines.unit_price.clear()
    qtbot.keyClicks(dialog.lines.unit_price, "0")
    dialog.lines.select(1)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_text("unit_price") == "The unit price must be more than zero."
    assert dialog.lines.table.currentIndex().row() == 0  # the line at fault is shown
    assert dialog.lines.unit_price.text() == "0"
    assert _invoices(vault) == []


def test_editing_a_draft_changes_its_lines_and_treatment(
    qtbot: QtBot, vault: Vault, billed: Practice
) -> None:
    from coachdesk.domain import TaxTreatment

    with vault.session() as db:
        invoice_id = draft_from_engagement(db, billed.engagement).created
    dialog = DraftInvoiceDialog(vault.session, invoice_id)
    qtbot.addWidget(dialog)
    assert dialog.lines.model.rowCount() == 3 and not dialog.engagement.isEnabled()
    dialog.lines.select(2)
    dialog.lines.remove_line()
    dialog.lines.select(0)
    dialog.lines.quantity.clear()
    qtbot.keyClicks(dialog.lines.quantity, "2")
    assert money_text(45000, "EUR") in dialog.lines.totals_text()
    dialog.treatment.setCurrentIndex(dialog.treatment.findData(TaxTreatment.SMALL_BUSINESS))
    assert "VAT " + money_text(0, "EUR") in dialog.lines.totals_text()
    assert not dialog.lines.vat_rate.isEnabled()
    dialog.accept()
    assert dialog.result() == 1
    [invoice] = _invoices(vault)
    assert invoice.tax_treatment is TaxTreatment.SMALL_BUSINESS
    assert (invoice.net_minor, invoice.vat_minor, invoice.gross_minor) == (45000, 0, 45000)


def test_deleting_a_draft_asks_and_frees_its_sessions(
    view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    with vault.session() as db:
        invoice_id = draft_from_engagement(db, billed.engagement).created
    view.refresh()
    assert view.select(invoice_id) and view.delete_button.isEnabled()
    asked: list[str] = []
    view.confirm = lambda _title, question: asked.append(question) or True
    view.delete_button.click()
    assert asked and "Zoë Ørsted" in asked[0]
    assert _invoices(vault) == [] and view.pages.currentIndex() == 0
    with vault.session() as db:
        assert draft_from_engagement(db, billed.engagement).created is not None  # billable again


def test_issuing_refused_says_why_and_keeps_the_draft(view: InvoicesView, vault: Vault) -> None:
    from coachdesk.services.invoices import LineDetails, new_draft

    with vault.session() as db:
        engagement = db.exec(select(Invoice.engagement_id)).first()
        [row] = [r for r in list_invoices(db)] or [None]
    assert row is None and engagement is None
    with vault.session() as db:
        from coachdesk.domain import Engagement

        engagement_id = db.exec(select(Engagement.id)).one()
        invoice_id = new_draft(db, engagement_id, [], None).created
    view.refresh()
    assert view.select(invoice_id)
    told: list[str] = []
    view.inform = lambda _title, text: told.append(text)
    view.issue_button.click()
    assert told == ["The invoice has no lines yet; add what it bills first."]
    [invoice] = _invoices(vault)
    assert invoice.state is InvoiceState.DRAFT and invoice.number is None
    assert LineDetails  # the free-line type the editor builds on
    assert Decimal(0) == 0


def test_del_on_an_issued_invoice_says_it_is_kept(
    qtbot: QtBot, view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    from coachdesk.services.invoice_issue import issue_invoice

    with vault.session() as db:
        invoice_id = draft_from_engagement(db, billed.engagement).created
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=TODAY)
    view.refresh()
    assert view.select(invoice_id)
    told: list[str] = []
    view.inform = lambda _title, text: told.append(text)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert told and "credit note" in told[0]
    [invoice] = _invoices(vault)
    assert invoice.state is InvoiceState.ISSUED


def test_locking_forgets_every_invoice(view: InvoicesView, vault: Vault, billed: Practice) -> None:
    with vault.session() as db:
        draft_from_engagement(db, billed.engagement)
    view.refresh()
    assert view.model.rowCount() == 1
    view.clear()
    assert view.model.rowCount() == 0 and view.pages.currentIndex() == 0 and not view.notice.isVisible()


def _issued_row(vault: Vault, billed: Practice) -> InvoiceRow:
    from coachdesk.services.invoice_issue import issue_invoice

    with vault.session() as db:
        invoice_id = draft_from_engagement(db, billed.engagement).created
        assert invoice_id is not None
        issue_invoice(db, invoice_id, on=TODAY)
        return next(r for r in list_invoices(db, today=TODAY) if r.id == invoice_id)


def test_paying_more_than_is_owed_is_shown_beside_the_amount(
    qtbot: QtBot, vault: Vault, billed: Practice
) -> None:
    row = _issued_row(vault, billed)
    dialog = PaymentDialog(vault.session, row, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.amount.setText("9999")
    dialog.accept()
    assert dialog.result() == 0
    assert "535.50" in dialog.error_text("amount")
    message = next(
        label for label in dialog.findChildren(QLabel) if label.text() == dialog.error_text("amount")
    )
    assert message.height() >= message.heightForWidth(message.width())  # the whole message shows
    with vault.session() as db:
        assert db.exec(select(Payment)).all() == []


def test_crediting_more_than_is_left_is_shown_beside_the_amount(
    qtbot: QtBot, vault: Vault, billed: Practice
) -> None:
    row = _issued_row(vault, billed)
    dialog = CreditDialog(vault.session, row)
    qtbot.addWidget(dialog)
    assert dialog.full.isChecked() and not dialog.amount.isEnabled()
    dialog.part.setChecked(True)
    dialog.amount.setText("1000")
    dialog.accept()
    assert dialog.result() == 0
    assert "more than is left" in dialog.error_text("amount")
    assert [i.kind for i in _invoices(vault)] == [InvoiceKind.INVOICE]


def test_preview_shows_the_invoice_and_records_nothing(
    qtbot: QtBot, view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    row = _issued_row(vault, billed)
    view.refresh()
    assert view.select(row.id)
    dialog = view.preview_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1
    assert row.number and row.number in _pdf_text(dialog.pdf_bytes)
    with vault.session() as db:
        assert ledger_lines(db) == []


def test_export_writes_the_invoice_for_its_payer_and_records_it(
    view: InvoicesView, vault: Vault, billed: Practice, tmp_path: Path
) -> None:
    row = _issued_row(vault, billed)
    view.refresh()
    assert view.select(row.id)
    target = tmp_path / "invoice.pdf"
    view.exporter.choose_file = lambda _p, _c, _s: str(target)
    exported = view.export_selected()
    assert exported is not None and target.exists()
    assert row.number and row.number in _pdf_text(target.read_bytes())
    with vault.session() as db:
        [entry] = ledger_lines(db)
    assert entry.kind is DocumentKind.INVOICE and entry.recipient == row.payer_name
    assert entry.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert view.notice.isVisible()


def test_e_invoice_data_and_reminders_are_for_issued_invoices_only(
    view: InvoicesView, vault: Vault, billed: Practice, tmp_path: Path
) -> None:
    with vault.session() as db:
        draft_id = draft_from_engagement(db, billed.engagement).created
    view.refresh()
    assert view.select(draft_id)
    assert view.export_button.isEnabled() and view.preview_button.isEnabled()
    assert not view.export_facturx_action.isEnabled() and not view.reminder_action.isEnabled()
    assert not view.reminder_mail_action.isEnabled()
    with vault.session() as db:
        from coachdesk.services.invoice_issue import issue_invoice

        issue_invoice(db, draft_id, on=TODAY)
    view.refresh()
    assert view.select(draft_id)
    assert view.export_facturx_action.isEnabled() and view.reminder_action.isEnabled()
    target = tmp_path / "reminder.pdf"
    view.exporter.choose_file = lambda _p, _c, _s: str(target)
    assert view.reminder_selected() is not None
    assert "reminder" in _pdf_text(target.read_bytes()).lower()
    with vault.session() as db:
        assert [line.kind for line in ledger_lines(db)] == [DocumentKind.PAYMENT_REMINDER]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_reminder_by_e_mail_opens_a_draft_for_the_payer_and_records_it(
    view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    from PySide6.QtCore import QUrl

    from coachdesk.domain import OutboundChannel

    row = _issued_row(vault, billed)
    view.refresh()
    assert view.select(row.id) and view.reminder_mail_action.isEnabled()
    opened: list[str] = []
    view.pdf.open_url = lambda url: not opened.append(QUrl(url).toString())
    assert view.reminder_mail_selected() is not None
    [url] = opened
    assert url.startswith("mailto:") and row.number and row.number in unquote(url)
    with vault.session() as db:
        [entry] = ledger_lines(db)
    assert entry.kind is DocumentKind.PAYMENT_REMINDER and entry.channel is OutboundChannel.MAIL_DRAFT
    assert entry.recipient == row.payer_name


def test_no_mail_program_means_no_reminder_recorded(
    view: InvoicesView, vault: Vault, billed: Practice
) -> None:
    row = _issued_row(vault, billed)
    view.refresh()
    assert view.select(row.id)
    told: list[str] = []
    view.pdf.report = lambda title, _message: told.append(title)
    view.pdf.open_url = lambda _url: False
    assert view.reminder_mail_selected() is None
    assert told == ["No mail program opened the draft"]
    with vault.session() as db:
        assert ledger_lines(db) == []
