"""``vault passwd``: the new recovery key is shown before it is used; Ctrl-C at any point loses nothing."""

from __future__ import annotations

import io
import os
import re
import signal
import sys
from pathlib import Path

import pytest

from coachdesk.cli import main
from coachdesk.vault import Vault, WrongPassphrase
from coachdesk.vault import vault as vault_module
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "another good passphrase"
KEY = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){9}")


@pytest.fixture
def closed(vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    old_key = str(vault.recovery_key)
    vault.close()
    monkeypatch.setattr(vault_module, "calibrate", lambda: FAST_KDF)  # the real tuning takes seconds
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n{NEW}\n"))
    return vault_path, old_key


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Vault.open(path, passphrase, read_only=True).close()
    except WrongPassphrase:
        return False
    return True


def test_the_key_is_printed_before_the_vault_is_written(
    closed: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, old_key = closed

    def stopped(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C just as the vault would be written

    monkeypatch.setattr(Vault, "_commit", stopped)
    assert main(["vault", "passwd", "--new-recovery-key", str(path)]) == 130
    out, err = capsys.readouterr()
    assert KEY.search(out) is not None  # shown, though never used
    assert "nothing was changed" in err and "never used" in err
    assert _opens(path, PASSPHRASE)
    Vault.open_with_recovery_key(path, old_key).close()


def test_ctrl_c_during_the_write_waits_until_the_file_is_whole(
    closed: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _old_key = closed
    commit = Vault._commit

    def interrupted_midway(self: Vault, *args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # arrives while the file is being replaced
        commit(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Vault, "_commit", interrupted_midway)
    assert main(["vault", "passwd", "--new-recovery-key", str(path)]) == 130
    out, err = capsys.readouterr()
    key = KEY.search(out)
    assert key is not None
    assert "interrupted while re-protecting the backups" in err
    assert _opens(path, NEW) and not _opens(path, PASSPHRASE)
    Vault.open_with_recovery_key(path, key.group()).close()  # the key the coach saw opens it


def test_a_plain_change_says_what_it_does_not_do(
    closed: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old_key = closed
    assert main(["vault", "passwd", str(path)]) == 0
    out = capsys.readouterr().out
    assert "still opens with the old passphrase" in out and "--new-recovery-key" in out
    assert KEY.search(out) is None
    Vault.open_with_recovery_key(path, old_key).close()  # the recovery key stays valid
    assert _opens(path, NEW)
