"""Going on with a copy of the vault, and keeping this version over a file changed on disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultChangedOnDisk, VaultSaveFailed, storage
from tests.conftest import FAST_KDF, PASSPHRASE


def _write(vault: Vault, text: str) -> None:
    vault.connection.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    vault.connection.execute("INSERT INTO scratch VALUES (?)", (text,))
    vault.connection.commit()


def _rows(path: Path) -> list[tuple[str]]:
    with Vault.open(path, PASSPHRASE, read_only=True) as opened:
        return opened.connection.execute("SELECT x FROM scratch").fetchall()


def test_save_as_goes_on_with_the_copy(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    _write(vault, "first")
    before = vault_path.read_bytes()
    copy = vault.save_as(tmp_path / "elsewhere" / "copy.coachdesk")
    assert vault.path == copy and not vault.has_unsaved_changes
    assert vault_path.read_bytes() == before  # the old file is left as it was
    with Vault.open(vault_path, PASSPHRASE):  # and unlocked
        pass
    _write(vault, "second")
    vault.save()  # later saves go to the copy
    assert _rows(copy) == [("first",), ("second",)]


def test_a_read_only_vault_becomes_writable_by_save_as(vault_path: Path, tmp_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    with Vault.open(vault_path, PASSPHRASE, read_only=True) as vault:
        assert vault.read_only
        _write(vault, "on the stick")
        copy = vault.save_as(tmp_path / "copy.coachdesk")
        assert not vault.read_only
        _write(vault, "later")
        vault.save()
    assert _rows(copy) == [("on the stick",), ("later",)]


def test_changed_on_disk_names_size_and_time_then_keep_this_version(vault: Vault, vault_path: Path) -> None:
    _write(vault, "mine")
    vault.save()
    older = vault_path.read_bytes()
    _write(vault, "newer in this window")
    other = vault_path.with_name("other.coachdesk")
    other.write_bytes(older[:-1] + bytes([older[-1] ^ 1]))  # another program's file
    os.replace(other, vault_path)
    replaced = vault_path.read_bytes()
    with pytest.raises(VaultChangedOnDisk) as caught:
        vault.save()
    assert caught.value.size == len(replaced) and caught.value.modified is not None
    assert "holds" not in str(caught.value)
    vault.keep_this_version()
    assert _rows(vault_path) == [("mine",), ("newer in this window",)]
    kept = [b.path.read_bytes() for b in vault.backups()]
    assert replaced in kept  # the file that was on disk went to the backups first
    _write(vault, "after")
    vault.save()  # and saving goes on normally


def test_a_full_disk_carries_its_errno(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, chunks: storage.Chunks) -> Path:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage, "write_temp", full)
    _write(vault, "x")
    with pytest.raises(VaultSaveFailed) as caught:
        vault.save()
    assert caught.value.errno == errno.ENOSPC
