"""Operating-system errors never escape the vault: each becomes a VaultError a coach can act on."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from coachdesk.vault import (
    Vault,
    VaultError,
    VaultNotFound,
    VaultSaveFailed,
    reading,
    restore_backup,
)
from coachdesk.vault.backups import backup_folder
from coachdesk.vault.report import describe_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.test_hostile_files import assert_plain_sentence


def _raiser(code: int) -> Any:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


def _change(vault: Vault) -> None:
    with vault.session() as db:
        db.execute(text("CREATE TABLE IF NOT EXISTS t (x)"))
        db.execute(text("INSERT INTO t VALUES (1)"))
        db.commit()


def test_an_input_output_error_while_opening(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    monkeypatch.setattr(reading, "open", _raiser(errno.EIO), raising=False)
    with pytest.raises(VaultError, match="input/output error") as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert_plain_sentence(caught.value, PASSPHRASE)


def test_a_folder_that_may_not_be_searched(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()

    def denied(_self: Path) -> bool:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "is_file", denied)
    with pytest.raises(VaultError, match="permissions") as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert not isinstance(caught.value, VaultNotFound)
    assert_plain_sentence(caught.value, PASSPHRASE)


def test_check_of_a_vault_whose_file_vanished(vault: Vault, vault_path: Path) -> None:
    vault_path.unlink()
    with pytest.raises(VaultNotFound):
        describe_vault(vault)


def test_a_file_where_the_backups_folder_belongs(vault: Vault, vault_path: Path) -> None:
    backup_folder(vault_path).write_text("not a folder")
    before = vault_path.read_bytes()
    _change(vault)
    with pytest.raises(VaultSaveFailed, match="Rename or move that file") as caught:
        vault.save()
    assert_plain_sentence(caught.value)
    assert vault_path.read_bytes() == before and vault.has_unsaved_changes


@pytest.mark.parametrize(
    ("code", "advice"),
    [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "permissions")],
)
def test_restore_onto_a_disk_that_refuses(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, advice: str
) -> None:
    vault.save()
    (backup,) = vault.backups()
    target = vault_path.with_name("restored.coachdesk")
    monkeypatch.setattr(os, "open", _raiser(code))
    with pytest.raises(VaultSaveFailed, match=advice) as caught:
        restore_backup(backup.path, target)
    assert_plain_sentence(caught.value)
    assert not target.exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_change_passphrase_on_a_disk_that_refuses(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    before = vault_path.read_bytes()
    monkeypatch.setattr(os, "open", _raiser(code))
    with pytest.raises(VaultSaveFailed) as caught:
        vault.change_passphrase("another good passphrase", kdf=FAST_KDF)
    assert_plain_sentence(caught.value)
    monkeypatch.undo()
    assert vault_path.read_bytes() == before
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()  # the old passphrase still opens it
