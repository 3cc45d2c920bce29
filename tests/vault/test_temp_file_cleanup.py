"""Opening a vault sweeps the temp files a crashed save left, and nothing else in the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.vault import Vault, WrongPassphrase
from coachdesk.vault.backups import backup_folder
from coachdesk.vault.storage import clean_temp_files
from tests.conftest import FAST_KDF, PASSPHRASE


def test_only_the_vaults_own_stray_temp_files_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.save()
        vault.save()  # the second save keeps a backup, so the backups' folder exists
    backups = backup_folder(path)
    assert backups.is_dir()
    strays = [
        tmp_path / ".practice.coachdesk.1a2b3c4d5e6f.tmp",  # a save killed before its rename
        backups / ".practice-2026-01-01T00-00-00.000000Z-s000001.coachdesk.abcdef.tmp",  # a re-encryption's
    ]
    coachs_own = [
        tmp_path / "notes.tmp",  # the coach's own temp file
        tmp_path / "practice.coachdesk.tmp",  # no leading dot: not a name CoachDesk writes
        tmp_path / ".other.coachdesk.1a2b3c4d5e6f.tmp",  # another vault's save, maybe under way
        tmp_path / ".practice.coachdesk.notes",  # a dotfile named like the vault, not a temp file
        tmp_path / ".hidden",
        backups / ".DS_Store",  # a dotfile the desktop leaves in the backups' folder
        backups / "readme.tmp",
    ]
    for file in strays + coachs_own:
        file.write_bytes(b"contents")
    with Vault.open(path, PASSPHRASE):
        pass
    assert [f.name for f in strays if f.exists()] == []
    assert [f.name for f in coachs_own if not f.exists()] == []
    assert all(f.read_bytes() == b"contents" for f in coachs_own)


def test_a_vault_that_fails_to_open_leaves_its_folder_alone(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    stray = tmp_path / ".practice.coachdesk.1a2b3c4d5e6f.tmp"
    stray.write_bytes(b"contents")
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not the passphrase")
    assert stray.exists()


def test_creating_a_vault_leaves_only_the_vault_in_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "practice.coachdesk.lock") == [path.name]


def test_a_new_passphrase_reprotects_backups_in_place_without_backing_up_the_backups(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.save()
        vault.save()
        before = sorted(p.name for p in backup_folder(path).iterdir())
        vault.change_passphrase("a new and longer passphrase", kdf=FAST_KDF)
    after = sorted(p.name for p in backup_folder(path).iterdir())
    assert len(before) >= 2
    assert len(after) == len(before) + 1  # the save with the new passphrase kept the old file
    assert all(p.is_file() for p in backup_folder(path).iterdir())  # no backups of backups
    for name in before:
        with Vault.open(backup_folder(path) / name, "a new and longer passphrase", read_only=True):
            pass


def test_the_cleanup_counts_what_it_removed(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    path.write_bytes(b"a vault")
    assert clean_temp_files(path) == 0  # no backups' folder yet: nothing to list there
    for name in (".practice.coachdesk.aaaaaaaaaaaa.tmp", ".practice.coachdesk.bbbbbbbbbbbb.tmp"):
        (tmp_path / name).write_bytes(b"partial")
    assert clean_temp_files(path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
