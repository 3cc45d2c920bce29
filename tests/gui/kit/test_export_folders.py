"""Each kind of export opens where that kind was last saved, for the running session only: never in
the settings file (a folder named after a client is client data), and forgotten on lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Engagement, Referral
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.document_export import agreement_document, referral_letter_document
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument
from coachdesk.ui.kit.file_dialogs import neutral_folder
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    yield vault
    vault.close()


def _documents(vault: Vault) -> tuple[ExportableDocument, ExportableDocument]:
    with vault.session() as db:
        referral = db.exec(select(Referral)).one()
        engagement = db.exec(select(Engagement)).first()
        assert engagement is not None
    letter = ExportableDocument("Referral letter", "letter", referral_letter_document(referral.id, TODAY))
    agreement = ExportableDocument(
        "Coaching agreement", "agreement", agreement_document(engagement.id, TODAY)
    )
    return letter, agreement


def test_each_kind_opens_where_it_was_last_saved_until_lock(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    letters = tmp_path / "Zoë Ørsted" / "letters"
    letters.mkdir(parents=True)
    exporter = DocumentExporter(on_printed=lambda _p: None)
    exporter.choose_file = lambda _p, _c, _s: str(letters / "letter.pdf")
    exporter.choose_recipient = lambda _p, _t, suggested: Recipient(suggested)
    letter, agreement = _documents(demo)
    assert Path(exporter.suggested_path(letter)).parent == neutral_folder()
    assert exporter.export(None, demo.session, letter) is not None
    assert Path(exporter.suggested_path(letter)).parent == letters
    assert Path(exporter.suggested_path(agreement)).parent == neutral_folder()  # another kind
    settings = QSettings()
    assert not any("Ørsted" in str(settings.value(key)) for key in settings.allKeys())
    exporter.forget()
    assert Path(exporter.suggested_path(letter)).parent == neutral_folder()
