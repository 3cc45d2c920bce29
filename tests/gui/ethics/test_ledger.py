"""The outbound ledger in the Ethics area, the recipient prompt of every export, and what a withdrawn
consent shows was sent under it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from coachdesk.domain import (
    OWN_USE,
    Client,
    DisclosureBasis,
    Engagement,
    OutboundBasis,
    OutboundEntry,
    Referral,
)
from coachdesk.services.consents import withdraw_consent
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.document_export import referral_letter_document
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.ui.ethics.consent_dialogs import WithdrawConsentDialog
from coachdesk.ui.ethics.ledger_view import LedgerColumn
from coachdesk.ui.ethics.view import EthicsView
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument
from coachdesk.ui.kit.recipient_dialog import Recipient, RecipientDialog
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    yield vault
    vault.close()


def _ids(vault: Vault) -> tuple[uuid.UUID, uuid.UUID, Referral]:
    with vault.session() as db:
        zoe = db.exec(select(Client.id).where(col(Client.name) == "Zoë Ørsted")).one()
        engagement = db.exec(select(Engagement.id).where(col(Engagement.client_id) == zoe)).first()
        referral = db.exec(select(Referral)).one()
        assert engagement is not None
        return zoe, engagement, referral


def _view(qtbot: QtBot, vault: Vault) -> EthicsView:
    view = EthicsView()
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.attach(vault.session)
    return view


def test_the_ledger_lists_what_left_for_the_practice_and_per_client(
    qtbot: QtBot, demo: Vault, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, demo)
    ledger = view.ledger
    qtmodeltester.check(ledger.model)
    qtmodeltester.check(ledger.proxy)
    assert ledger.table.isVisibleTo(ledger) and not ledger.empty.isVisibleTo(ledger)
    rows = [
        tuple(
            ledger.proxy.index(r, c).data()
            for c in (
                LedgerColumn.WHAT,
                LedgerColumn.RECIPIENT,
                LedgerColumn.BASIS,
                LedgerColumn.CHANNEL,
                LedgerColumn.FILE,
            )
        )
        for r in range(ledger.proxy.rowCount())
    ]
    assert rows == [  # newest first: what the demo practice sent
        ("Referral letter", "Dr Inès Laurent", "Client's consent", "File", "Referral letter.pdf"),
        ("Coaching-hours log", OWN_USE, "Coach's own use", "File", "Coaching hours.csv"),
        ("Coaching agreement", OWN_USE, "Coach's own use", "Print", "Printed for signing"),
        (
            "Coaching agreement",
            "Zoë Ørsted; Ingrid Haugen, Nordlicht Energie GmbH",
            "The coaching agreement",
            "File",
            "Coaching agreement.pdf",
        ),
    ]
    assert len(ledger.proxy.index(0, LedgerColumn.FINGERPRINT).data()) == 64
    zoe, _engagement, _referral = _ids(demo)
    view.show_client_ledger(zoe)
    assert view.tabs.currentWidget() is ledger
    assert [ledger.proxy.index(r, LedgerColumn.WHAT).data() for r in range(ledger.proxy.rowCount())] == [
        "Coaching-hours log",
        "Coaching agreement",
        "Coaching agreement",
    ]
    assert ledger.client.itemText(0) == "All clients" and ledger.client.currentText() == "Zoë Ørsted"
    ledger.search.setText("laurent")
    assert ledger.proxy.rowCount() == 0  # nothing about Zoë went to Dr Laurent
    ledger.client.setCurrentIndex(0)
    assert ledger.proxy.rowCount() == 1
    view.clear()
    assert ledger.model.rowCount() == 0 and ledger.empty.isVisibleTo(ledger)


def test_a_withdrawn_consent_shows_what_was_sent_under_it(qtbot: QtBot, demo: Vault) -> None:
    _zoe, _engagement, referral = _ids(demo)
    assert referral.consent_id is not None
    dialog = WithdrawConsentDialog(demo.session, referral.consent_id)
    qtbot.addWidget(dialog)
    assert "Sent under this consent: Referral letter to Dr Inès Laurent" in dialog.what.text()
    with demo.session() as db:
        withdraw_consent(db, referral.consent_id, TODAY)
    view = _view(qtbot, demo)
    consents = view.sections["consents"]
    row = next(
        r for r in range(consents.proxy.rowCount()) if "Dr Inès Laurent" in consents.proxy.index(r, 2).data()
    )
    consents.table.selectRow(row)
    view.show_sent_under_selected()
    assert view.tabs.currentWidget() is view.ledger and view.ledger.consent_bar.isVisibleTo(view.ledger)
    assert view.ledger.proxy.rowCount() == 1
    assert view.ledger.proxy.index(0, LedgerColumn.WHAT).data() == "Referral letter"
    assert "1 document" in view.ledger.consent_note.text()
    view.ledger.show_all.click()
    assert view.ledger.proxy.rowCount() == 4


def test_the_recipient_prompt_suggests_the_usual_recipient_and_offers_own_use(qtbot: QtBot) -> None:
    dialog = RecipientDialog("Referral letter", "Dr Inès Laurent")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "Dr Inès Laurent"
    assert [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())] == [
        "Dr Inès Laurent",
        OWN_USE,
    ]
    dialog.recipient.setEditText("   ")
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result() == 0
    assert "Name who receives it" in dialog.error.text()
    dialog.recipient.setEditText("  Dr   Inès Laurent, Cabinet Laurent ")
    assert dialog.chosen() == "Dr Inès Laurent, Cabinet Laurent"


def _exporter(
    tmp_path: Path,
    asked: list[tuple[str, str]],
    answer: str | None,
    legal_basis: DisclosureBasis | None = None,
) -> DocumentExporter:
    exporter = DocumentExporter(on_printed=lambda _printed: None)
    exporter.choose_file = lambda _p, _c, _s: str(tmp_path / "letter.pdf")

    def choose(_parent: object, title: str, suggested: str) -> Recipient | None:
        asked.append((title, suggested))
        return None if answer is None else Recipient(answer, legal_basis)

    exporter.choose_recipient = choose
    return exporter


def test_an_export_records_the_recipient_the_coach_names(qtbot: QtBot, demo: Vault, tmp_path: Path) -> None:
    _zoe, _engagement, referral = _ids(demo)
    document = ExportableDocument("Referral letter", "letter", referral_letter_document(referral.id, TODAY))
    asked: list[tuple[str, str]] = []
    exported = _exporter(tmp_path, asked, OWN_USE).export(None, demo.session, document)
    assert exported is not None and asked == [("Referral letter", "Dr Inès Laurent")]
    [line] = [line for line in ledger_lines(demo.session()) if line.sha256 == exported.sha256]
    assert (line.recipient, line.basis_text, line.description) == (OWN_USE, "Coach's own use", "letter.pdf")


def test_a_recipient_the_consent_does_not_cover_is_refused_before_writing(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    _zoe, _engagement, referral = _ids(demo)
    document = ExportableDocument("Referral letter", "letter", referral_letter_document(referral.id, TODAY))
    exporter = _exporter(tmp_path, [], "Marcus Feldmann")
    errors: list[tuple[str, str]] = []
    exporter.report_error = lambda _p, title, message: errors.append((title, message))
    with demo.session() as db:
        before = len(db.exec(select(OutboundEntry)).all())
    assert exporter.export(None, demo.session, document) is None
    assert errors and "Dr Inès Laurent only" in errors[0][1]
    assert not (tmp_path / "letter.pdf").exists()
    with demo.session() as db:
        assert len(db.exec(select(OutboundEntry)).all()) == before


def test_a_recipient_beyond_the_consent_may_receive_it_on_a_legal_ground_which_the_ledger_keeps(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    _zoe, _engagement, referral = _ids(demo)
    document = ExportableDocument("Referral letter", "letter", referral_letter_document(referral.id, TODAY))
    exporter = _exporter(tmp_path, [], "Dr Max Keller, crisis team", DisclosureBasis.RISK_OF_HARM_TO_SELF)
    exported = exporter.export(None, demo.session, document)
    assert exported is not None and (tmp_path / "letter.pdf").exists()
    with demo.session() as db:
        [entry] = [e for e in db.exec(select(OutboundEntry)).all() if e.sha256 == exported.sha256]
    assert (entry.recipient, entry.basis, entry.legal_basis) == (
        "Dr Max Keller, crisis team",
        OutboundBasis.LEGAL_BASIS,
        DisclosureBasis.RISK_OF_HARM_TO_SELF,
    )


def test_the_recipient_prompt_offers_the_legal_grounds_only_where_asked(qtbot: QtBot) -> None:
    plain = RecipientDialog("Coaching-hours log", "")
    qtbot.addWidget(plain)
    assert plain.chosen_basis() is None and not plain.basis.isVisibleTo(plain)
    grounds = RecipientDialog("Referral letter", "Dr Inès Laurent", legal_grounds=True)
    qtbot.addWidget(grounds)
    assert grounds.basis.isVisibleTo(grounds) and grounds.chosen_basis() is None
    grounds.basis.setCurrentIndex(grounds.basis.findData(DisclosureBasis.LAW_OR_COURT_ORDER))
    assert grounds.chosen_basis() is DisclosureBasis.LAW_OR_COURT_ORDER


def test_a_document_that_may_not_leave_is_refused_before_asking_where(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    _zoe, _engagement, referral = _ids(demo)
    assert referral.consent_id is not None
    with demo.session() as db:
        withdraw_consent(db, referral.consent_id, TODAY)
    document = ExportableDocument("Referral letter", "letter", referral_letter_document(referral.id, TODAY))
    exporter = _exporter(tmp_path, [], "Dr Inès Laurent")
    exporter.choose_file = lambda *_a: pytest.fail("asked where although the letter may not leave")
    errors: list[str] = []
    exporter.report_error = lambda _p, title, _m: errors.append(title)
    assert exporter.export(None, demo.session, document) is None
    assert errors == ["The document cannot leave the vault"]


def test_the_hours_log_and_a_clients_records_ask_who_receives_them(
    qtbot: QtBot, demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.ui.clients.data_rights_dialogs import export_client_flow
    from coachdesk.ui.kit import recipient_dialog
    from coachdesk.ui.reports.view import ReportsView

    asked: list[tuple[str, str]] = []
    answers = iter(["ICF Credentialing", OWN_USE])

    def answer(_parent: object, title: str, suggested: str, **_options: bool) -> Recipient:
        asked.append((title, suggested))
        return Recipient(next(answers))

    monkeypatch.setattr(recipient_dialog, "ask_recipient", answer)
    view = ReportsView()
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.attach(demo.session)
    view.choose_file = lambda *_a: str(tmp_path / "hours.csv")
    assert view.export_hours_log(".csv") == tmp_path / "hours.csv"
    zoe, _engagement, _referral = _ids(demo)
    shown: list[str] = []
    export_client_flow(
        None,
        demo.session,
        zoe,
        today=TODAY,
        choose_folder=lambda *_a: str(tmp_path / "zoe"),
        show_result=lambda _p, _t, message: shown.append(message),
        report_error=lambda _p, _t, message: pytest.fail(message),
    )
    assert asked == [("Coaching-hours log", ""), ("Client's records", "Zoë Ørsted")]
    with demo.session() as db:
        lines = ledger_lines(db)
    log = next(line for line in lines if line.description == "hours.csv")
    assert (log.recipient, log.basis_text) == ("ICF Credentialing", "Client's consent")  # to be named
    records = [line for line in lines if line.description in ("client.json", "agreement-1.pdf")]
    assert len(records) == 2 and {(r.recipient, r.basis_text) for r in records} == {
        (OWN_USE, "Coach's own use")
    }
