"""``coachdesk erase client``: reports, refuses while other records name the client, redacts on request."""

from __future__ import annotations

import io
import sys
import uuid
from pathlib import Path

import pytest

from coachdesk.cli import main
from coachdesk.domain import Conflict
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def practice(tmp_path: Path) -> tuple[Path, uuid.UUID, uuid.UUID]:
    """Zoë, and Björn whose conflict record names her."""
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            zoe = create_client(db, ClientDetails(name="Zoë Ørsted")).created
            bjorn = create_client(db, ClientDetails(name="Björn Berg")).created
            conflict = create_conflict(
                db, ConflictDetails("professional_relationship", "Björn reports to Zoë, also a client", bjorn)
            ).created
        vault.save()
    assert zoe is not None and conflict is not None
    return path, zoe, conflict


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _state(path: Path, zoe: uuid.UUID, conflict: uuid.UUID) -> tuple[bool, str]:
    from coachdesk.domain import Client

    with Vault.open(path, PASSPHRASE, read_only=True) as vault, vault.session() as db:
        found = db.get(Conflict, conflict)
        assert found is not None
        return db.get(Client, zoe) is not None, found.description


def test_without_yes_it_only_reports(
    practice: tuple[Path, uuid.UUID, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, zoe, conflict = practice
    code, out, err = _run(monkeypatch, capsys, "erase", "client", str(path), str(zoe))
    assert code == 1
    assert "Conflict record · Björn Berg (description): …Björn reports to [Zoë], also a client…" in out
    assert "Nothing was erased" in err
    assert _state(path, zoe, conflict) == (True, "Björn reports to Zoë, also a client")


def test_mentions_refuse_the_erasure_until_the_coach_chooses(
    practice: tuple[Path, uuid.UUID, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, zoe, conflict = practice
    code, _out, err = _run(monkeypatch, capsys, "erase", "client", str(path), str(zoe), "--yes")
    assert code == 1
    assert "--redact-mentions" in err
    assert _state(path, zoe, conflict)[0]


def test_redact_mentions_erases_and_redacts_in_one_step(
    practice: tuple[Path, uuid.UUID, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, zoe, conflict = practice
    code, out, _err = _run(
        monkeypatch, capsys, "erase", "client", str(path), str(zoe), "--yes", "--redact-mentions"
    )
    assert code == 0
    assert "Erased Zoë Ørsted and saved practice.coachdesk; 1 mention(s) redacted." in out
    assert _state(path, zoe, conflict) == (False, "Björn reports to [name removed], also a client")


def test_keep_mentions_erases_and_leaves_them(
    practice: tuple[Path, uuid.UUID, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, zoe, conflict = practice
    code, _out, _err = _run(
        monkeypatch, capsys, "erase", "client", str(path), str(zoe), "--yes", "--keep-mentions"
    )
    assert code == 0
    assert _state(path, zoe, conflict) == (False, "Björn reports to Zoë, also a client")


def test_a_bad_id_or_a_gone_client_is_named(
    practice: tuple[Path, uuid.UUID, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _zoe, _conflict = practice
    code, _out, err = _run(monkeypatch, capsys, "erase", "client", str(path), "zoe", "--yes")
    assert (code, err.strip()) == (1, "coachdesk: 'zoe' is not a client id (see 'coachdesk list clients')")
    code, _out, err = _run(monkeypatch, capsys, "erase", "client", str(path), str(uuid.uuid4()), "--yes")
    assert code == 1 and "no longer exists" in err
