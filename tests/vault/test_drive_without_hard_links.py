"""Drives without hard links (exFAT sticks, SMB shares): create, save and back up all still work."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultExists
from coachdesk.vault.backups import list_backups
from tests.conftest import FAST_KDF, PASSPHRASE


def _no_links(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.EPERM, os.strerror(errno.EPERM))


@pytest.fixture(autouse=True)
def _drive_without_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "link", _no_links)


def _values(vault: Vault) -> list[int]:
    return [r[0] for r in vault.connection.execute("SELECT value FROM counter")]


def test_create_save_reopen_and_backups(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert path.is_file()
        assert [n for n in os.listdir(tmp_path) if n.endswith(".tmp")] == []
        vault.connection.execute("CREATE TABLE counter (value INT)")
        for value in range(3):
            vault.connection.execute("INSERT INTO counter VALUES (?)", (value,))
            vault.connection.commit()
            vault.save()
    with Vault.open(path, PASSPHRASE) as reopened:
        assert _values(reopened) == [0, 1, 2]
    backups = list_backups(path)
    assert len(backups) == 3  # the created file and the first two saves, copied instead of linked
    assert all(b.path.stat().st_mode & 0o777 == 0o600 for b in backups)
    with Vault.open(backups[0].path, PASSPHRASE, read_only=True) as newest_backup:
        assert _values(newest_backup) == [0, 1]


def test_create_still_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    path.write_bytes(b"a coach's own file")
    with pytest.raises(VaultExists):
        Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    assert path.read_bytes() == b"a coach's own file"
    assert [n for n in os.listdir(tmp_path) if n.endswith(".tmp")] == []
