"""``coachdesk export credentials VAULT -o FOLDER``: the application pack from the command line."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from coachdesk.cli import main
from coachdesk.domain import DocumentKind, OutboundEntry
from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today()).close()
    return path


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_credentials_writes_the_pack_and_records_it(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pack"
    code, out, err = _run(
        monkeypatch, capsys, "export", "credentials", str(demo_path), "-o", str(folder), "--recipient", "ICF"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Wrote 3 files to {folder}:"
    assert lines[1:3] == ["  credential-application.pdf", "  coaching-log.csv"]
    assert lines[3].startswith("  certificates/01-") and lines[3].endswith("-Ethics-in-everyday-coaching.pdf")
    assert (folder / "credential-application.pdf").read_bytes().startswith(b"%PDF-")
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as db:
        recorded = db.exec(select(OutboundEntry).where(OutboundEntry.recipient == "ICF")).all()
    assert sorted(e.kind for e in recorded) == sorted(
        [DocumentKind.APPLICATION_PACK, DocumentKind.APPLICATION_PACK, DocumentKind.CERTIFICATE]
    )


def test_export_credentials_into_a_folder_in_use_says_why_and_writes_nothing(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "cv.pdf").write_bytes(b"%PDF- the coach's own")
    code, out, err = _run(monkeypatch, capsys, "export", "credentials", str(demo_path), "-o", str(folder))
    assert (code, out) == (1, "")
    assert err == "coachdesk: Choose an empty folder (or a new one) for the application pack.\n"
    assert [p.name for p in folder.iterdir()] == ["cv.pdf"]
