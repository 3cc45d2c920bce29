"""No export command can write over the vault, its lock or its backups (regression: an .ics replaced it)."""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from coachdesk.cli import main
from coachdesk.domain import Client, Engagement
from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "practice.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today()).close()
    return path


def _ids(path: Path) -> tuple[str, str]:
    with Vault.open(path, PASSPHRASE, read_only=True) as vault, vault.session() as db:
        return str(db.exec(select(Engagement.id)).first()), str(db.exec(select(Client.id)).first())


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["export", "calendar", "{vault}", "-o", "{target}"],
        ["export", "hours-log", "{vault}", "-o", "{target}"],
        ["export", "agreement", "{vault}", "{engagement}", "-o", "{target}"],
        ["export", "client", "{vault}", "{client}", "-o", "{target}"],
    ],
    ids=["calendar", "hours-log", "agreement", "client"],
)
@pytest.mark.parametrize("target", ["vault", "link", "backups", "lock"])
def test_an_export_never_lands_on_the_vault(
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    target: str,
) -> None:
    engagement, client = _ids(vault_path)
    backups = vault_path.parent / "practice.coachdesk-backups"
    backups.mkdir(exist_ok=True)
    link = vault_path.parent / "calendar.ics"
    link.symlink_to(vault_path)
    place = {
        "vault": vault_path,
        "link": link,
        "backups": backups / "sneaky.pdf",
        "lock": vault_path.parent / "practice.coachdesk.lock",
    }[target]
    before = hashlib.sha256(vault_path.read_bytes()).hexdigest()
    argv = [
        part.format(vault=vault_path, target=place, engagement=engagement, client=client) for part in command
    ]
    code, err = _run(monkeypatch, capsys, *argv)
    assert code == 1, err
    assert err.startswith("coachdesk: ")
    assert "vault" in err or "backups" in err or "ends in" in err
    assert hashlib.sha256(vault_path.read_bytes()).hexdigest() == before
    assert link.is_symlink()
    assert not (backups / "sneaky.pdf").exists()


def test_the_wrong_ending_is_named(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, err = _run(
        monkeypatch, capsys, "export", "calendar", str(vault_path), "-o", str(tmp_path / "cal.txt")
    )
    assert code == 1
    assert err.strip() == "coachdesk: A calendar file ends in .ics: choose a name like cal.ics."
