"""An invoice goes through the one DocumentExporter like an agreement: preview renders and records
nothing; export suggests the payer, writes the file and records it; a refusal is shown, nothing written."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import DocumentKind, OutboundEntry, Payer
from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoices import draft_from_engagement
from coachdesk.ui.kit.document_export import DocumentExporter
from coachdesk.ui.kit.invoice_documents import invoice_exportable, reminder_exportable
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.invoice_practice import created, practice

TODAY = date(2026, 4, 20)


@pytest.fixture
def sponsored(tmp_path: Path) -> Iterator[tuple[Vault, uuid.UUID, uuid.UUID]]:
    vault = Vault.create(tmp_path / "p.coachdesk", PASSPHRASE, kdf=FAST_KDF)
    with vault.session() as db:
        p = practice(db, sessions=2, payer=Payer.SPONSOR)
        issued = created(draft_from_engagement(db, p.engagement))
        issue_invoice(db, issued, on=date(2026, 3, 31))
        from tests.services.invoice_practice import session_on

        session_on(db, p.client, p.engagement, date(2026, 4, 6))
        draft = created(draft_from_engagement(db, p.engagement))
    yield vault, issued, draft
    vault.close()


def _exporter(tmp_path: Path, asked: list[str]) -> DocumentExporter:
    exporter = DocumentExporter(on_printed=lambda _p: None)
    exporter.choose_file = lambda _p, _c, suggested: str(tmp_path / Path(suggested).name)

    def recipient(_parent: object, _title: str, suggested: str) -> Recipient:
        asked.append(suggested)
        return Recipient(suggested)

    exporter.choose_recipient = recipient  # type: ignore[assignment]
    exporter.report_error = lambda _p, title, message: asked.append(f"{title}: {message}")
    return exporter


def test_an_invoice_exports_to_its_payer_like_an_agreement(
    qtbot: QtBot, sponsored: tuple[Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    vault, issued, _draft = sponsored
    with vault.session() as db:
        document = invoice_exportable(db, issued, TODAY, facturx=True)
    assert (document.title, document.file_name, document.about) == (
        "Invoice",
        "invoice-2026-0001.pdf",
        "Nordlicht GmbH",
    )
    asked: list[str] = []
    exporter = _exporter(tmp_path, asked)
    pdf = exporter.render(None, vault.session, document)
    assert pdf is not None and pdf.startswith(b"%PDF")
    with vault.session() as db:
        assert db.exec(select(OutboundEntry)).all() == []  # a preview records nothing
    exported = exporter.export(None, vault.session, document)
    assert exported is not None and exported.path == tmp_path / "invoice-2026-0001.pdf"
    assert asked == ["Nordlicht GmbH"]
    with vault.session() as db:
        [entry] = db.exec(select(OutboundEntry)).all()
        assert (entry.kind, entry.recipient) == (DocumentKind.INVOICE, "Nordlicht GmbH")
        reminder = reminder_exportable(db, issued, TODAY)
    assert reminder.file_name == "payment-reminder-2026-0001.pdf"
    assert exporter.export(None, vault.session, reminder) is not None


def test_factur_x_of_a_draft_is_shown_as_refused_and_nothing_is_written(
    qtbot: QtBot, sponsored: tuple[Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    vault, _issued, draft = sponsored
    with vault.session() as db:
        document = invoice_exportable(db, draft, TODAY, facturx=True)
    asked: list[str] = []
    exporter = _exporter(tmp_path, asked)
    assert exporter.render(None, vault.session, document) is None
    assert any("Factur-X is made for an issued invoice only" in line for line in asked)
    assert exporter.export(None, vault.session, document) is None
    assert list(tmp_path.glob("*.pdf")) == []
    with vault.session() as db:
        assert db.exec(select(OutboundEntry)).all() == []
