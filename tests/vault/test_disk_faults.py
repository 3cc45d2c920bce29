"""Disk faults during a save: a clear VaultSaveFailed, the old file untouched, the changes kept in memory."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultChangedOnDisk, VaultSaveFailed
from tests.conftest import FAST_KDF, PASSPHRASE

# What a coach must read for each fault (lower-cased substrings of the message).
FAULTS = {
    errno.ENOSPC: "disk is full",
    errno.EIO: "input/output error",
}
FAULT_IDS = {errno.ENOSPC: "ENOSPC", errno.EIO: "EIO"}


def _temp_files(path: Path) -> list[str]:
    return sorted(n for n in os.listdir(path.parent) if n.startswith(f".{path.name}.") and n.endswith(".tmp"))


def _bodies(vault: Vault) -> list[str]:
    return [row[0] for row in vault.connection.execute("SELECT body FROM notes ORDER BY id")]


def _prepare(vault: Vault) -> None:
    """A saved vault with a few rows (saved twice, so the backup folder exists too)."""
    vault.connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    vault.connection.executemany("INSERT INTO notes (body) VALUES (?)", [("saved one",), ("saved two",)])
    vault.connection.commit()
    vault.save()
    vault.connection.execute("INSERT INTO notes (body) VALUES ('saved three')")
    vault.connection.commit()
    vault.save()
    assert not vault.has_unsaved_changes


def _add_unsaved_rows(vault: Vault) -> list[str]:
    new = [f"unsaved note {i}" for i in range(3)]
    vault.connection.executemany("INSERT INTO notes (body) VALUES (?)", [(b,) for b in new])
    vault.connection.commit()
    assert vault.has_unsaved_changes
    return new


def _fault(real: Callable[..., object], code: int, should_fail: Callable[..., bool], calls: list[tuple]):
    def fake(*args: object) -> object:
        calls.append(args)
        if should_fail(*args):
            raise OSError(code, os.strerror(code))
        return real(*args)

    return fake


def _assert_failed_cleanly(
    vault: Vault, path: Path, before: bytes, listing: list[str], error: VaultSaveFailed, code: int
) -> None:
    message = str(error).lower()
    assert FAULTS[code] in message, message
    assert "nothing was lost" in message, message
    assert path.name.lower() in message, message
    assert path.read_bytes() == before, "a failed save changed the vault file"
    assert _temp_files(path) == []
    assert sorted(os.listdir(path.parent)) == listing
    assert vault.has_unsaved_changes


def _assert_recovers(vault: Vault, path: Path, expected: list[str]) -> None:
    """With the fault gone, the same vault saves, and a reopen shows every row."""
    assert _bodies(vault) == expected
    vault.save()
    assert not vault.has_unsaved_changes
    assert _temp_files(path) == []
    vault.close()
    with Vault.open(path, PASSPHRASE) as reopened:
        assert _bodies(reopened) == expected


@pytest.mark.parametrize("code", list(FAULTS), ids=FAULT_IDS.get)
@pytest.mark.parametrize("short_write_first", [False, True], ids=["at-once", "after-a-short-write"])
def test_write_fault(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, short_write_first: bool
) -> None:
    _prepare(vault)
    new = _add_unsaved_rows(vault)
    expected = [*_bodies(vault)]
    assert expected[-3:] == new
    before = vault_path.read_bytes()
    listing = sorted(os.listdir(vault_path.parent))

    real_write = os.write
    calls: list[tuple] = []

    def fake_write(fd: int, data: bytes) -> int:
        calls.append((fd, len(data)))
        if short_write_first and len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))  # a short write, then the disk fills
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as m:
        m.setattr(os, "write", fake_write)
        with pytest.raises(VaultSaveFailed) as caught:
            vault.save()
    assert len(calls) == (2 if short_write_first else 1), "the fault was never reached"
    _assert_failed_cleanly(vault, vault_path, before, listing, caught.value, code)
    assert _bodies(vault) == expected
    _assert_recovers(vault, vault_path, expected)


@pytest.mark.parametrize("code", list(FAULTS), ids=FAULT_IDS.get)
def test_fsync_fault_on_the_new_file(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    _prepare(vault)
    _add_unsaved_rows(vault)
    expected = _bodies(vault)
    before = vault_path.read_bytes()
    listing = sorted(os.listdir(vault_path.parent))

    calls: list[tuple] = []
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _fault(os.fsync, code, lambda fd: True, calls))
        with pytest.raises(VaultSaveFailed) as caught:
            vault.save()
    assert calls, "the fault was never reached"
    _assert_failed_cleanly(vault, vault_path, before, listing, caught.value, code)
    _assert_recovers(vault, vault_path, expected)


@pytest.mark.parametrize("code", list(FAULTS), ids=FAULT_IDS.get)
@pytest.mark.parametrize(
    ("folder", "save_fails"),
    [("backup-folder", True), ("vault-folder", False)],
    ids=["backup-folder", "vault-folder"],
)
def test_fsync_fault_on_a_folder(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, folder: str, save_fails: bool
) -> None:
    """Syncing the backups' folder happens before the new file is in place, the vault's after.

    So a fault on the backups' folder fails the save cleanly (the file on disk as it was), and a
    fault on the vault's folder comes when the new file is already in place: the save counts as
    saved. Above all the vault must not afterwards take its own file for another program's
    (VaultChangedOnDisk on every later save).
    """
    _prepare(vault)
    _add_unsaved_rows(vault)
    expected = _bodies(vault)
    before = vault_path.read_bytes()
    listing = sorted(os.listdir(vault_path.parent))
    target = (
        vault_path.parent if folder == "vault-folder" else vault_path.parent / f"{vault_path.name}-backups"
    )
    assert target.is_dir()
    target_inode = target.stat().st_ino
    hits: list[int] = []

    def is_target(fd: int) -> bool:
        if os.fstat(fd).st_ino == target_inode:
            hits.append(fd)
            return True
        return False

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _fault(os.fsync, code, is_target, []))
        if save_fails:
            with pytest.raises(VaultSaveFailed) as caught:
                vault.save()
        else:
            vault.save()
    assert hits, f"the {folder} was never synced, so the fault was never reached"
    assert _temp_files(vault_path) == []
    if save_fails:
        _assert_failed_cleanly(vault, vault_path, before, listing, caught.value, code)
    else:
        assert vault_path.read_bytes() != before
        assert not vault.has_unsaved_changes
    # A further change saves normally, and everything is there after a reopen.
    vault.connection.execute("INSERT INTO notes (body) VALUES ('after the fault')")
    vault.connection.commit()
    _assert_recovers(vault, vault_path, [*expected, "after the fault"])


# ----- the folder disappears ------------------------------------------------------------------------


@pytest.fixture
def synced(tmp_path: Path):
    """A vault in its own folder (as inside a sync folder or on a removable drive)."""
    path = tmp_path / "Sync" / "practice.coachdesk"
    v = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


def _assert_refused_clearly(error: Exception, path: Path) -> None:
    message = str(error)
    assert path.name in message, message
    lowered = message.lower()
    assert any(
        phrase in lowered for phrase in ("moved or deleted", "no longer exists", "folder", "deleted")
    ), message
    assert "nothing was" in lowered, message


def test_folder_removed_before_save(synced: Vault) -> None:
    path = synced.path
    _prepare(synced)
    _add_unsaved_rows(synced)
    expected = _bodies(synced)
    shutil.rmtree(path.parent)

    with pytest.raises((VaultSaveFailed, VaultChangedOnDisk)) as caught:
        synced.save()
    _assert_refused_clearly(caught.value, path)
    assert not path.parent.exists(), "a failed save recreated the folder"
    assert synced.has_unsaved_changes
    assert _bodies(synced) == expected
    with pytest.raises((VaultSaveFailed, VaultChangedOnDisk)):
        synced.save()  # still refused, still nothing lost
    assert _bodies(synced) == expected


def test_folder_renamed_away_before_save(synced: Vault) -> None:
    path = synced.path
    _prepare(synced)
    saved = path.read_bytes()
    _add_unsaved_rows(synced)
    expected = _bodies(synced)
    elsewhere = path.parent.with_name("Sync (moved)")
    path.parent.rename(elsewhere)

    with pytest.raises((VaultSaveFailed, VaultChangedOnDisk)) as caught:
        synced.save()
    _assert_refused_clearly(caught.value, path)
    assert not path.parent.exists(), "a failed save recreated the folder"
    assert (elsewhere / path.name).read_bytes() == saved, "the moved vault was written to"
    assert _temp_files(elsewhere / path.name) == []
    assert synced.has_unsaved_changes
    assert _bodies(synced) == expected

    # The drive comes back: the same vault saves where it was.
    elsewhere.rename(path.parent)
    _assert_recovers(synced, path, expected)


@pytest.mark.parametrize("code", list(FAULTS), ids=FAULT_IDS.get)
def test_fsync_fault_on_the_folder_after_creating_a_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """A new vault is in place before its folder is synced: a fault there does not fail the creation."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    path = folder / "practice.coachdesk"
    folder_inode = folder.stat().st_ino
    hits: list[int] = []

    def is_folder(fd: int) -> bool:
        if os.fstat(fd).st_ino == folder_inode:
            hits.append(fd)
            return True
        return False

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _fault(os.fsync, code, is_folder, []))
        vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    assert hits, "the vault's folder was never synced, so the fault was never reached"
    try:
        assert path.is_file()
        assert _temp_files(path) == []
        _prepare(vault)  # and it saves normally afterwards
    finally:
        vault.close()
    with Vault.open(path, PASSPHRASE) as reopened:
        assert _bodies(reopened) == ["saved one", "saved two", "saved three"]
