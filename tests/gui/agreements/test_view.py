"""The Agreements area: its table model and proxy, and the view's edit, status, delete, preview and export."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import (
    DocumentKind,
    Engagement,
    EngagementStatus,
    FeeBasis,
    GeneratedDocument,
    OutboundEntry,
    Payer,
)
from coachdesk.services.agreement_list import AgreementRow, agreement_rows
from coachdesk.services.demo import populate_demo
from coachdesk.ui.agreements.table import (
    AgreementColumn,
    AgreementFilterProxy,
    AgreementTableModel,
)
from coachdesk.ui.agreements.view import AgreementsView
from coachdesk.ui.kit.document_export import PdfPasswordDialog, safe_file_name
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.ui.kit.row_table import OBJECT_ROLE, SORT_ROLE, local_date_text
from coachdesk.vault import Vault

S = EngagementStatus
TODAY = date(2026, 3, 2)


def _row(client: str, title: str, status: EngagementStatus, **fields: object) -> AgreementRow:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "client_id": uuid.uuid4(),
        "client_name": client,
        "title": title,
        "sponsor": "",
        "three_way": False,
        "status": status,
        "start_date": None,
        "end_date": None,
        "sent_on": None,
        "signed_on": None,
        "sessions_planned": None,
        "sessions_done": 0,
        "fee_minor": 12000,
        "currency": "EUR",
        "fee_basis": FeeBasis.PER_SESSION,
        "payer": Payer.CLIENT,
        **fields,
    }
    return AgreementRow(**values)  # type: ignore[arg-type]


ROWS = [
    _row("Zoë Ørsted", "First 100 days", S.ACTIVE, sponsor="Nordlicht", three_way=True,
         start_date=date(2026, 1, 5), signed_on=date(2026, 1, 3), sessions_planned=8, sessions_done=5),
    _row("adam Brook", "Career change", S.DRAFT, fee_minor=0),
    _row("Émile Dubois", "Leading teams", S.SENT, sent_on=date(2026, 2, 20), start_date=date(2026, 3, 1),
         fee_basis=FeeBasis.PER_ENGAGEMENT, fee_minor=150000),
    _row("Bea Carter", "Returning to work", S.COMPLETED, sponsor="Acme", three_way=True,
         start_date=date(2025, 6, 1), signed_on=date(2025, 5, 20)),
]  # fmt: skip


def _proxy(rows: list[AgreementRow] = ROWS) -> tuple[AgreementTableModel, AgreementFilterProxy]:
    model = AgreementTableModel()
    model.set_rows(rows)
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _clients(proxy: AgreementFilterProxy) -> list[str]:
    return [proxy.index(r, AgreementColumn.CLIENT).data() for r in range(proxy.rowCount())]


# ----- model and proxy ----------------------------------------------------------------------------


def test_model_and_proxy_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = _proxy()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("nordlicht")
    proxy.set_status(S.ACTIVE)
    proxy.sort(AgreementColumn.START, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_client(ROWS[0].client_id)
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_headers_and_texts(qtbot: QtBot) -> None:
    model, _ = _proxy()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in AgreementColumn]
    assert headers == [
        "Client",
        "Agreement",
        "Sponsor",
        "Status",
        "Starts",
        "Ends",
        "Signed",
        "Sessions",
        "Fee",
    ]

    def text(row: int, column: AgreementColumn) -> str:
        return model.index(row, column).data()

    assert text(0, AgreementColumn.PARTIES) == "Nordlicht"
    assert text(1, AgreementColumn.PARTIES) == "— two-party"
    assert text(0, AgreementColumn.SESSIONS) == "5 of 8"
    assert text(1, AgreementColumn.SESSIONS) == "0 (as agreed)"
    assert text(0, AgreementColumn.FEE) == f"{money_text(12000, 'EUR')} per session"
    assert text(1, AgreementColumn.FEE) == "No fee (pro bono)"
    assert text(2, AgreementColumn.FEE) == f"{money_text(150000, 'EUR')} for the engagement"
    assert "€" in money_text(12000, "EUR") and "120" in money_text(12000, "EUR")
    assert "CHF" in money_text(12000, "CHF")
    assert text(0, AgreementColumn.STATUS) == "Active"
    assert text(2, AgreementColumn.STATUS) == f"Sent {local_date_text(date(2026, 2, 20))}"
    assert text(0, AgreementColumn.SIGNED) == local_date_text(date(2026, 1, 3))
    assert text(1, AgreementColumn.END) == ""
    assert model.index(3, 0).data(OBJECT_ROLE) is ROWS[3]


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (AgreementColumn.CLIENT, ["adam Brook", "Bea Carter", "Émile Dubois", "Zoë Ørsted"]),
        # In the order an agreement moves through its statuses.
        (AgreementColumn.STATUS, ["adam Brook", "Émile Dubois", "Zoë Ørsted", "Bea Carter"]),
        # Two-party agreements (no sponsor) go last.
        (AgreementColumn.PARTIES, ["Bea Carter", "Zoë Ørsted", "adam Brook", "Émile Dubois"]),
        (AgreementColumn.START, ["Bea Carter", "Zoë Ørsted", "Émile Dubois", "adam Brook"]),
        (AgreementColumn.FEE, ["adam Brook", "Bea Carter", "Zoë Ørsted", "Émile Dubois"]),
    ],
)
def test_sorting(qtbot: QtBot, column: AgreementColumn, ascending: list[str]) -> None:
    _, proxy = _proxy()
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert _clients(proxy) == ascending


def test_missing_dates_sort_last_both_ways(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(AgreementColumn.SIGNED, order)
        values = [proxy.index(r, AgreementColumn.SIGNED).data(SORT_ROLE) for r in range(proxy.rowCount())]
        assert values[-2:] == [None, None]


def test_filters_by_text_status_and_client(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.sort(AgreementColumn.CLIENT)
    proxy.set_filter_text("zoe")
    assert _clients(proxy) == ["Zoë Ørsted"]
    proxy.set_filter_text("ACME")  # the sponsor
    assert _clients(proxy) == ["Bea Carter"]
    proxy.set_filter_text("career")  # the title
    assert _clients(proxy) == ["adam Brook"]
    proxy.set_filter_text("")
    proxy.set_status("sent")
    assert _clients(proxy) == ["Émile Dubois"]
    proxy.set_status(None)
    proxy.set_client(ROWS[3].client_id)
    assert _clients(proxy) == ["Bea Carter"]
    proxy.set_status(S.ACTIVE)
    assert _clients(proxy) == []
    proxy.set_client(None)
    assert _clients(proxy) == ["Zoë Ørsted"]


# ----- the view -----------------------------------------------------------------------------------


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.session() as session:
        populate_demo(session, TODAY)
    return vault


@pytest.fixture
def view(qtbot: QtBot, demo: Vault) -> Iterator[AgreementsView]:
    widget = AgreementsView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.attach(demo.session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.confirm = _refuse  # no real question box in tests
    widget.inform = _fail
    widget.exporter.report_error = lambda _parent, title, text: _fail(title, text)
    yield widget
    widget.exporter.close_preview()


def _refuse(_title: str, question: str) -> bool:
    raise AssertionError(f"unexpected question: {question}")


def _fail(title: str, text: str) -> None:
    raise AssertionError(f"unexpected error: {title}: {text}")


def _select(view: AgreementsView, client: str) -> AgreementRow:
    row = next(r for r in view.model.rows() if r.client_name == client)
    assert view.select_engagement(row.id)
    return row


def _documents(vault: Vault) -> list[GeneratedDocument]:
    """The documents recorded by the test (the demo practice's own were sent before TODAY)."""
    with vault.session() as session:
        before = datetime.combine(TODAY, time(), tzinfo=UTC)
        demos = {e.sha256 for e in session.exec(select(OutboundEntry)).all() if e.sent_at < before}
        return [d for d in session.exec(select(GeneratedDocument)).all() if d.sha256 not in demos]


def test_the_view_lists_the_demo_agreements(view: AgreementsView, demo: Vault) -> None:
    assert view.pages.currentIndex() == 1
    assert view.proxy.rowCount() == 8  # seven, and Ana Lúcia's logged as an alias
    assert not view.preview_button.isEnabled() and not view.delete_button.isEnabled()
    _select(view, "Siobhán Ní Bhriain")
    assert view.preview_button.isEnabled() and view.export_button.isEnabled()
    assert not view.status_button.isEnabled()  # completed: no further moves
    _select(view, "Дмитрий Иванов")
    assert view.status_button.isEnabled()


def test_show_client_filters_to_one_client_until_cleared(view: AgreementsView) -> None:
    zoe = _select(view, "Zoë Ørsted")
    view.show_client(zoe.client_id)
    assert [r.client_name for r in map(view.proxy.row_at, _indexes(view))] == ["Zoë Ørsted"]
    assert view.client_button.isVisibleTo(view) and "Zoë Ørsted" in view.client_button.text()
    other = next(r for r in view.model.rows_in_order() if r.client_name == "Chloé Girard")
    assert not view.select_engagement(other.id)
    view.client_button.click()
    assert view.proxy.rowCount() == 8  # seven, and Ana Lúcia's logged as an alias
    assert not view.client_button.isVisibleTo(view)


def _indexes(view: AgreementsView) -> list:  # type: ignore[type-arg]
    return [view.proxy.index(r, 0) for r in range(view.proxy.rowCount())]


def test_clear_forgets_everything_and_an_empty_vault_shows_the_empty_state(
    qtbot: QtBot, view: AgreementsView, vault_path: Path
) -> None:
    view.filter_box.setText("zoe")
    view.status_filter.setCurrentIndex(2)
    view.show_client(view.model.rows_in_order()[0].client_id)
    view.clear()
    assert view.model.rowCount() == 0
    assert view.filter_box.text() == "" and view.status_filter.currentIndex() == 0
    assert view.proxy.client_id is None
    assert view.pages.currentIndex() == 0
    empty = AgreementsView()
    qtbot.addWidget(empty)
    other = Vault.create(vault_path.with_name("other.coachdesk"), "correct horse battery staple")
    try:
        empty.attach(other.session)
        assert empty.pages.currentIndex() == 0
    finally:
        other.close()


def test_the_editor_opens_from_the_list_and_changes_are_announced(
    qtbot: QtBot, view: AgreementsView, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.ui.agreements.editor import EngagementEditor

    def fill_and_save(editor: EngagementEditor) -> int:
        editor.fields.title.setText("From founder to chief executive")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(EngagementEditor, "exec", fill_and_save)
    dima = _select(view, "Дмитрий Иванов")
    with qtbot.waitSignal(view.changed) as emitted:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert dima.id in emitted.args[0].ids
    assert view.selected() is not None
    assert view.selected().title == "From founder to chief executive"  # type: ignore[union-attr]


def test_a_status_move_asks_the_date(qtbot: QtBot, view: AgreementsView, demo: Vault) -> None:
    bjorn = _select(view, "Björn Åkesson")  # sent, its conflict decided
    asked: list[tuple[EngagementStatus, str]] = []

    def ask(_parent: object, target: EngagementStatus, title: str, _today: date) -> date:
        asked.append((target, title))
        return TODAY

    view.ask_date = ask  # type: ignore[assignment]
    with qtbot.waitSignal(view.changed):
        view.move_selected(S.SIGNED)
    assert asked == [(S.SIGNED, "Stepping into shift leadership")]
    row = view.selected()
    assert row is not None and row.id == bjorn.id
    assert (row.status, row.signed_on) == (S.SIGNED, TODAY)


def test_a_refused_status_move_is_shown_and_changes_nothing(
    qtbot: QtBot, view: AgreementsView, demo: Vault
) -> None:
    _select(view, "Björn Åkesson")  # sent the day before TODAY
    shown: list[str] = []
    view.ask_date = lambda *_args: date(2026, 1, 1)  # type: ignore[assignment]
    view.inform = lambda _title, text: shown.append(text)
    with qtbot.assertNotEmitted(view.changed):
        assert view.move_selected(S.SIGNED) is None
    assert "is before the engagement was sent" in shown[0]
    assert view.selected().status is S.SENT  # type: ignore[union-attr]
    _select(view, "Дмитрий Иванов")  # a draft whose conflict awaits a decision
    view.ask_date = lambda *_args: TODAY  # type: ignore[assignment]
    with qtbot.assertNotEmitted(view.changed):
        assert view.move_selected(S.SENT) is None
    assert "conflict of interest “Referral fee”" in shown[1] and "undecided" in shown[1]
    assert view.selected().status is S.DRAFT  # type: ignore[union-attr]


def test_delete_names_what_stays_with_the_client(qtbot: QtBot, view: AgreementsView, demo: Vault) -> None:
    zoe = _select(view, "Zoë Ørsted")
    questions: list[str] = []
    view.confirm = lambda _title, question: questions.append(question) or False  # type: ignore[func-returns-value]
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "“First 100 days as Head of Operations” with Zoë Ørsted" in questions[0]
    assert "sessions" in questions[0] and "stay with Zoë Ørsted" in questions[0]
    assert view.model.index_of_id(zoe.id) >= 0
    view.confirm = lambda _title, _question: True
    with qtbot.waitSignal(view.changed):
        view.delete_selected()
    assert view.model.index_of_id(zoe.id) < 0
    with demo.session() as session:
        assert session.get(Engagement, zoe.id) is None


# ----- preview and export -------------------------------------------------------------------------


def _pdf_text(data: bytes, password: str = "") -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_preview_shows_the_pages_and_records_nothing(qtbot: QtBot, view: AgreementsView, demo: Vault) -> None:
    _select(view, "Zoë Ørsted")
    with qtbot.assertNotEmitted(view.changed):
        dialog = view.preview_selected()
    assert dialog is not None and dialog.isVisible()
    assert view.preview_dialog is dialog
    assert dialog.page_count() == len(PdfReader(io.BytesIO(dialog.pdf_bytes)).pages)
    assert "Zoë Ørsted" in _pdf_text(dialog.pdf_bytes)
    assert _documents(demo) == []


def test_export_from_the_preview_writes_what_it_shows_and_records_it(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path
) -> None:
    zoe = _select(view, "Zoë Ørsted")
    dialog = view.preview_selected()
    assert dialog is not None
    suggested: list[str] = []
    target = tmp_path / "agreement.pdf"
    view.exporter.choose_file = lambda _parent, _caption, name: suggested.append(name) or str(target)  # type: ignore[func-returns-value]
    with qtbot.waitSignal(view.changed) as emitted:
        dialog.export_button.click()
    assert Path(suggested[0]).name == f"coaching-agreement-2026-03-02-{zoe.id.hex[:6]}.pdf"
    assert target.read_bytes() == dialog.pdf_bytes
    [document] = _documents(demo)
    assert (document.kind, document.entity_id) == (DocumentKind.AGREEMENT, zoe.id)
    assert document.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert emitted.args[0].touches("generated_document")
    assert "agreement.pdf" in dialog.notice.text()


def test_export_writes_the_file_records_its_fingerprint_and_announces_it(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path
) -> None:
    _select(view, "Дмитрий Иванов")  # a draft
    target = tmp_path / "björn"  # ".pdf" is added
    view.exporter.choose_file = lambda *_args: str(target)
    with qtbot.waitSignal(view.changed):
        exported = view.export_selected()
    assert exported is not None and exported.path == tmp_path / "björn.pdf"
    data = exported.path.read_bytes()
    text = _pdf_text(data)
    assert "Дмитрий Иванов" in text and "DRAFT" in text
    [document] = _documents(demo)
    assert document.sha256 == hashlib.sha256(data).hexdigest() == exported.sha256
    assert view.notice.isVisibleTo(view) and "björn.pdf" in view.notice.text()


def test_export_with_a_password_encrypts_the_file(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path
) -> None:
    _select(view, "Łukasz Nowak")
    view.exporter.choose_file = lambda *_args: str(tmp_path / "protected.pdf")
    view.exporter.ask_password = lambda _parent: "long enough secret"
    with qtbot.waitSignal(view.changed):
        exported = view.export_selected(protect=True)
    assert exported is not None
    data = exported.path.read_bytes()
    assert PdfReader(io.BytesIO(data)).is_encrypted
    assert "Łukasz Nowak" in _pdf_text(data, "long enough secret")
    assert _documents(demo)[0].sha256 == hashlib.sha256(data).hexdigest()


def test_cancelling_the_file_or_the_password_exports_nothing(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path
) -> None:
    _select(view, "Łukasz Nowak")
    view.exporter.choose_file = lambda *_args: ""
    with qtbot.assertNotEmitted(view.changed):
        assert view.export_selected() is None
    view.exporter.choose_file = lambda *_args: str(tmp_path / "x.pdf")
    view.exporter.ask_password = lambda _parent: None
    with qtbot.assertNotEmitted(view.changed):
        assert view.export_selected(protect=True) is None
    assert list(tmp_path.glob("*.pdf")) == []
    assert _documents(demo) == []


def test_a_failed_write_is_shown_naming_the_file_and_nothing_is_recorded(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path
) -> None:
    _select(view, "Łukasz Nowak")
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    view.exporter.choose_file = lambda *_args: str(blocker / "agreement.pdf")
    shown: list[tuple[str, str]] = []
    view.exporter.report_error = lambda _parent, title, text: shown.append((title, text))
    with qtbot.assertNotEmitted(view.changed):
        assert view.export_selected() is None
    [(title, text)] = shown
    assert title == "The PDF was not saved"
    assert "“agreement.pdf”" in text and str(blocker) in text
    assert _documents(demo) == []


def test_the_password_dialog_wants_eight_characters_twice(qtbot: QtBot) -> None:
    dialog = PdfPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert dialog.isVisible() and "at least 8 characters" in dialog.form.error_text("password")
    dialog.password.setText("long enough")
    dialog.repeat.setText("long enougH")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.form.error_text("repeat")
    dialog.repeat.setText("long enough")
    dialog.accept()
    assert not dialog.isVisible()


def test_file_names_are_made_safe() -> None:
    assert (
        safe_file_name("Coaching agreement - A/B: C? - 2026-03-02")
        == "Coaching agreement - A-B- C- - 2026-03-02.pdf"
    )
    assert safe_file_name("x.PDF") == "x.PDF"
    assert safe_file_name("...") == "Document.pdf"


def test_column_widths_are_kept_in_settings(qtbot: QtBot, view: AgreementsView, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view.table.setColumnWidth(AgreementColumn.TITLE, 333)
    view.save_ui_state(settings)
    assert settings.childGroups() == ["agreements_view"]
    again = AgreementsView()
    qtbot.addWidget(again)
    again.restore_ui_state(settings)
    again.attach(view._open_db)  # type: ignore[arg-type]
    assert again.table.columnWidth(AgreementColumn.TITLE) == 333


def test_widths_set_by_the_coach_stay_through_a_refresh(view: AgreementsView) -> None:
    view.table.setColumnWidth(AgreementColumn.TITLE, 333)
    view.refresh()
    assert view.table.columnWidth(AgreementColumn.TITLE) == 333


def test_tab_follows_the_bar_in_reading_order(view: AgreementsView) -> None:
    _select(view, "Zoë Ørsted")  # a three-way agreement: every button is enabled
    expected = [
        view.status_filter,
        view.status_button,
        view.preview_button,
        view.export_button,
        view.report_button,
        view.invoice_button,
        view.delete_button,
        view.new_button,
        view.table,
    ]
    found, widget = [], view.filter_box
    while len(found) < len(expected):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            found.append(widget)
    assert found == expected


def test_rows_match_the_service(view: AgreementsView, demo: Vault) -> None:
    with demo.session() as session:
        assert sorted(view.model.rows(), key=lambda r: str(r.id)) == sorted(
            agreement_rows(session), key=lambda r: str(r.id)
        )
