"""The command line: --version, --help, and vault create/check/passwd with passphrases on stdin."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from coachdesk import __version__
from coachdesk.cli import main
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachdesk.vault.vault.calibrate", lambda: FAST_KDF)


def _run(monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(argv))


def test_version_and_help_from_the_installed_command() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"CoachDesk {__version__}"
    helptext = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("vault create PATH", "vault check PATH", "vault passwd PATH"):
        assert command in helptext


def test_create_prints_recovery_key_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_path: Path
) -> None:
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "vault", "create", str(vault_path)) == 0
    out = capsys.readouterr().out
    key = re.search(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){9}", out)
    assert key is not None
    Vault.open_with_recovery_key(vault_path, key.group()).close()


def test_create_refuses_existing_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_path: Path
) -> None:
    vault_path.write_bytes(b"something precious")
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "vault", "create", str(vault_path)) == 1
    assert "already exists" in capsys.readouterr().err
    assert vault_path.read_bytes() == b"something precious"


def test_check_describes_a_sound_vault(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Vault, vault_path: Path
) -> None:
    with vault.session() as s:
        s.exec(text("CREATE TABLE scratch (name TEXT)"))
        s.exec(text("INSERT INTO scratch VALUES ('Zoë'), ('Łukasz')"))
        s.commit()
    vault.save()
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "vault", "check", str(vault_path)) == 0
    out = capsys.readouterr().out
    assert re.search(r"format version\s+1", out)
    assert "Argon2id (memory 1 MiB, iterations 1, lanes 1)" in out
    assert f"{vault_path.stat().st_size:,} bytes" in out
    assert re.search(r"integrity\s+ok", out)
    assert re.search(r"scratch\s+2", out)


def test_check_works_while_the_vault_is_open_elsewhere(
    monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_path: Path
) -> None:
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "vault", "check", str(vault_path)) == 0


def test_check_fails_with_one_line_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Vault, vault_path: Path
) -> None:
    vault.close()
    damaged = bytearray(vault_path.read_bytes())
    damaged[-3] ^= 0xFF
    vault_path.write_bytes(bytes(damaged))
    assert _run(monkeypatch, f"{PASSPHRASE}\n", "vault", "check", str(vault_path)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged" in err[0]


def test_check_wrong_passphrase(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Vault, vault_path: Path
) -> None:
    assert _run(monkeypatch, "not the passphrase\n", "vault", "check", str(vault_path)) == 1
    assert "passphrase is wrong" in capsys.readouterr().err


def test_check_with_recovery_key(monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_path: Path) -> None:
    key = str(vault.recovery_key)
    assert _run(monkeypatch, f"{key}\n", "vault", "check", "--recovery-key", str(vault_path)) == 0


def test_passwd(monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_path: Path) -> None:
    vault.close()
    stdin = f"{PASSPHRASE}\nanother good passphrase\n"
    assert _run(monkeypatch, stdin, "vault", "passwd", str(vault_path)) == 0
    Vault.open(vault_path, "another good passphrase").close()


def test_passwd_with_new_recovery_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Vault, vault_path: Path
) -> None:
    old_key = str(vault.recovery_key)
    vault.close()
    stdin = f"{PASSPHRASE}\nanother good passphrase\n"
    assert _run(monkeypatch, stdin, "vault", "passwd", "--new-recovery-key", str(vault_path)) == 0
    key = re.search(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){9}", capsys.readouterr().out)
    assert key is not None and key.group() != old_key
    Vault.open_with_recovery_key(vault_path, key.group()).close()


def test_passwd_wrong_old_passphrase_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_path: Path
) -> None:
    vault.close()
    before = vault_path.read_bytes()
    assert (
        _run(monkeypatch, "wrong one here\nanother good passphrase\n", "vault", "passwd", str(vault_path))
        == 1
    )
    assert vault_path.read_bytes() == before


def test_missing_passphrase_on_stdin(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> None:
    with pytest.raises(SystemExit, match="expected new passphrase"):
        _run(monkeypatch, "", "vault", "create", str(vault_path))
