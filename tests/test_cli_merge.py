"""``coachdesk vault merge``: conflicted copies as sync tools name them, merged; the other never changed."""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
import uuid
from pathlib import Path

import pytest

from coachdesk.cli import main
from coachdesk.services import clients
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

CONFLICTED_NAMES = [
    "practice.sync-conflict-20261205-123456-ABCDEFG.coachdesk",  # Syncthing
    "practice (conflicted copy 2026-12-05 123456).coachdesk",  # Nextcloud
    "practice (Jane's conflicted copy 2026-12-05).coachdesk",  # Dropbox
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _client_names(path: Path) -> set[str]:
    with Vault.open(path, PASSPHRASE, read_only=True) as vault:
        return {row[0] for row in vault.connection.execute("SELECT name FROM client")}


def _two_copies(tmp_path: Path, conflicted_name: str) -> tuple[Path, Path, uuid.UUID]:
    """A practice with Zoë; the sync tool's copy renamed her and added Björn, this one added Łukasz."""
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        vault.save()
    assert zoe is not None
    copy = tmp_path / conflicted_name
    shutil.copyfile(path, copy)
    with Vault.open(copy, PASSPHRASE) as other:
        with other.session() as db:
            clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Ørsted-Berg"))
            clients.create_client(db, clients.ClientDetails(name="Björn Berg"))
        other.save()
    with Vault.open(path, PASSPHRASE) as vault:
        with vault.session() as db:
            clients.create_client(db, clients.ClientDetails(name="Łukasz Nowak"))
        vault.save()
        assert vault.conflicted_copies() == [copy]
    return path, copy, zoe


@pytest.mark.parametrize("conflicted_name", CONFLICTED_NAMES)
def test_a_conflicted_copy_merges_and_is_never_changed(
    tmp_path: Path, conflicted_name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, copy, _zoe = _two_copies(tmp_path, conflicted_name)
    before = _digest(copy)
    code, out, err = _run(monkeypatch, capsys, "vault", "merge", str(path), str(copy))
    assert (code, err) == (0, "")
    assert "Added: 1" in out and "Updated: 1" in out and "Conflicts to review: 0" in out
    assert _client_names(path) == {"Zoë Ørsted-Berg", "Björn Berg", "Łukasz Nowak"}
    assert _digest(copy) == before
    code, out, _err = _run(monkeypatch, capsys, "vault", "merge", str(path), str(copy))
    assert code == 0 and "Added: 0" in out and "Updated: 0" in out


def test_a_dry_run_says_what_would_change_and_saves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, copy, _zoe = _two_copies(tmp_path, CONFLICTED_NAMES[0])
    before = (_digest(path), _digest(copy))
    code, out, _err = _run(monkeypatch, capsys, "vault", "merge", str(path), str(copy), "--dry-run")
    assert code == 0 and "nothing was saved" in out and "Added: 1" in out
    assert (_digest(path), _digest(copy)) == before


def test_another_practice_is_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _copy, _zoe = _two_copies(tmp_path, CONFLICTED_NAMES[1])
    stranger = tmp_path / "someone else.coachdesk"
    Vault.create(stranger, PASSPHRASE, kdf=FAST_KDF).close()
    before = _digest(path)
    code, _out, err = _run(monkeypatch, capsys, "vault", "merge", str(path), str(stranger))
    assert code == 1 and "different practice" in err
    assert _digest(path) == before


def test_a_client_erased_from_the_command_line_never_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, copy, zoe = _two_copies(tmp_path, CONFLICTED_NAMES[2])
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert main(["erase", "client", str(path), str(zoe), "--yes"]) == 0
    capsys.readouterr()
    code, _out, _err = _run(monkeypatch, capsys, "vault", "merge", str(path), str(copy))
    assert code == 0
    assert _client_names(path) == {"Björn Berg", "Łukasz Nowak"}


def test_two_copies_that_issued_the_same_number_are_refused_even_in_a_dry_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from coachdesk.services.invoice_issue import issue_invoice
    from coachdesk.services.invoices import LineDetails, new_draft
    from tests.services.invoice_practice import practice

    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            engagement = practice(db, sessions=1).engagement
        vault.save()
    copy = tmp_path / "practice.sync-conflict-20261205-123456-ABCDEFG.coachdesk"
    shutil.copyfile(path, copy)
    for each, price in ((path, "100"), (copy, "120")):
        with Vault.open(each, PASSPHRASE) as vault:
            with vault.session() as db:
                draft = new_draft(db, engagement, [LineDetails("Workshop", price)]).created
                assert draft is not None
                issue_invoice(db, draft)
            vault.save()
    before = (_digest(path), _digest(copy))
    for extra in (["--dry-run"], []):
        code, out, err = _run(monkeypatch, capsys, "vault", "merge", str(path), str(copy), *extra)
        assert code == 1 and out == ""
        assert "-0001" in err and "Nothing was merged" in err and "{computer}" in err
    assert (_digest(path), _digest(copy)) == before
