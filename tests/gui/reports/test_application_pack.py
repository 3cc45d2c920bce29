"""Reports ▸ Credentials ▸ Application pack…: where and for whom, then the pack written and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import OutboundEntry
from coachdesk.services.demo import create_demo_vault
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.ui.reports.credentials_view import CredentialsView
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 12, 5)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    yield vault
    vault.close()


def _view(qtbot: QtBot, vault: Vault, folder: Path) -> tuple[CredentialsView, list[tuple[str, str]]]:
    view = CredentialsView()
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.zone = lambda: UTC
    view.attach(vault.session)
    shown: list[tuple[str, str]] = []
    view.pack.choose_folder = lambda _parent, _caption: str(folder)
    view.pack.ask_recipient = lambda _parent, _title, _suggested: Recipient("ICF Credentialing")
    view.pack.show_result = lambda _parent, title, message: shown.append((title, message))
    view.pack.report_error = lambda _parent, title, message: shown.append((title, message))
    return view, shown


def test_the_pack_goes_into_a_new_folder_beside_the_coachs_files_and_is_recorded(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    chosen = tmp_path / "ICF application"
    chosen.mkdir()
    (chosen / "cv.pdf").write_bytes(b"%PDF- the coach's own")
    view, shown = _view(qtbot, demo, chosen)
    with qtbot.waitSignal(view.changed) as emitted:
        view.pack_button.click()
    assert emitted.args[0].touches("outbound_entry")  # the vault saves the ledger entries
    folder = chosen / "credential-application-2026-12-05"
    assert sorted(p.name for p in chosen.iterdir()) == ["credential-application-2026-12-05", "cv.pdf"]
    assert (folder / "credential-application.pdf").is_file() and (folder / "coaching-log.csv").is_file()
    ((title, message),) = shown
    assert title == "Application pack saved"
    assert (
        f"Saved in {folder}:" in message and "  coaching-log.csv" in message and "certificates/01-" in message
    )
    with demo.session() as db:
        recipients = [e.recipient for e in db.exec(select(OutboundEntry)).all()]
    assert recipients.count("ICF Credentialing") == 3


def test_cancelling_the_recipient_writes_nothing(qtbot: QtBot, demo: Vault, tmp_path: Path) -> None:
    view, shown = _view(qtbot, demo, tmp_path / "pack")
    view.pack.ask_recipient = lambda *_args: None
    assert view.export_pack() is None
    assert not (tmp_path / "pack").exists() and shown == []


def test_a_file_chosen_as_the_folder_is_refused_saying_so(qtbot: QtBot, demo: Vault, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    view, shown = _view(qtbot, demo, not_a_folder)
    assert view.export_pack() is None
    ((title, message),) = shown
    assert title == "The application pack was not saved"
    assert "is a file: name a folder for the export" in message
    assert not_a_folder.read_text() == "mine"
