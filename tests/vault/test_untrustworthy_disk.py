"""A disk that lies or leaks: bytes read back differ, a stray byte, descriptors, the temp file's fsync."""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

from coachdesk.vault import Vault, VaultSaveFailed, storage
from tests.conftest import PASSPHRASE


def _note(vault: Vault, body: str) -> None:
    vault.connection.execute("CREATE TABLE IF NOT EXISTS notes (body TEXT)")
    vault.connection.execute("INSERT INTO notes VALUES (?)", (body,))
    vault.connection.commit()


def _strays(path: Path) -> list[str]:
    return [n for n in os.listdir(path.parent) if n.endswith(".tmp")]


def _temp_fd(fd: int) -> bool:
    return os.readlink(f"/proc/self/fd/{fd}").endswith(".tmp")


def test_a_disk_that_gives_back_different_bytes_fails_the_save(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk accepts every byte and reports success, but one bit comes back flipped."""
    _note(vault, "kept")
    vault.save()
    before = vault_path.read_bytes()
    _note(vault, "unsaved")
    real_write = os.write

    def flipping_write(fd: int, data: bytes) -> int:
        if _temp_fd(fd) and len(data) > 100:
            damaged = bytearray(data)
            damaged[100] ^= 0x01
            return real_write(fd, bytes(damaged))
        return real_write(fd, data)

    with monkeypatch.context() as m:
        m.setattr(os, "write", flipping_write)
        with pytest.raises(VaultSaveFailed) as caught:
            vault.save()
    assert str(caught.value) == (
        f"Could not save {vault_path.name}: the disk gave back different bytes than were written. "
        "Nothing was lost: your changes are kept in memory and the file on disk is unchanged. "
        "Check the disk, or save a copy elsewhere."
    )
    assert vault_path.read_bytes() == before
    assert _strays(vault_path) == []
    assert vault.has_unsaved_changes
    vault.save()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert [r[0] for r in reopened.connection.execute("SELECT body FROM notes")] == ["kept", "unsaved"]


def test_a_disk_that_gives_back_a_stray_byte_at_the_end_fails_the_save(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _note(vault, "kept")
    vault.save()
    before = vault_path.read_bytes()
    _note(vault, "unsaved")
    real_fsync = os.fsync

    def fsync_after_a_stray_byte(fd: int) -> None:
        if _temp_fd(fd):
            os.write(fd, b"\0")
        real_fsync(fd)

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", fsync_after_a_stray_byte)
        with pytest.raises(VaultSaveFailed, match=r"the written file is longer than intended"):
            vault.save()
    assert vault_path.read_bytes() == before
    assert _strays(vault_path) == []


def test_a_disk_that_gives_back_too_few_bytes_fails_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "file.coachdesk"
    path.write_bytes(b"old")
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:-1])) and len(data))
    with pytest.raises(VaultSaveFailed, match="different bytes"):
        storage.replace_atomically(path, (b"new contents",), keep_backup=False)
    assert path.read_bytes() == b"old"


def test_the_temp_file_is_synced_before_it_takes_the_vaults_place(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync temp" if _temp_fd(fd) else "fsync other")
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        events.append("replace")
        real_replace(src, dst)  # type: ignore[arg-type]

    _note(vault, "x")
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    vault.save()
    assert "fsync temp" in events
    assert events.index("fsync temp") < events.index("replace")


def _open_descriptors() -> int:
    return psutil.Process().num_fds()


def test_many_saves_leave_no_descriptor_open(vault: Vault) -> None:
    vault.save()
    before = _open_descriptors()
    for i in range(30):
        _note(vault, f"save {i}")
        vault.save()
    assert _open_descriptors() - before <= 1  # one may be the sqlite or lock library's own


def test_failed_saves_leave_no_descriptor_open(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.save()
    before = _open_descriptors()
    real_fsync = os.fsync

    def failing(fd: int) -> None:
        if _temp_fd(fd):
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing)
    for i in range(20):
        _note(vault, f"attempt {i}")
        with pytest.raises(VaultSaveFailed):
            vault.save()
    assert _open_descriptors() - before <= 1


def test_creating_a_vault_on_a_disk_that_gives_back_different_bytes_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write

    def flipping_write(fd: int, data: bytes) -> int:
        if _temp_fd(fd) and len(data) > 100:
            damaged = bytearray(data)
            damaged[100] ^= 0x01
            return real_write(fd, bytes(damaged))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", flipping_write)
    path = tmp_path / "practice.coachdesk"
    with pytest.raises(VaultSaveFailed, match="the disk gave back different bytes"):
        storage.create_exclusively(path, (b"x" * 1000,))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "no-hard-links"])
def test_create_exclusively_never_replaces_a_file_that_appeared_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    """Another program may create the file after the vault checked the name was free."""
    path = tmp_path / "practice.coachdesk"
    path.write_bytes(b"the other program's file")
    if not hard_links:
        monkeypatch.setattr(
            os, "link", lambda *_: (_ for _ in ()).throw(OSError(1, "Operation not permitted"))
        )
    assert storage.create_exclusively(path, (b"a new vault",)) is False
    assert path.read_bytes() == b"the other program's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_conflicted_copy_is_a_vault_file_of_the_same_name(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    names = [
        "practice.coachdesk",
        "practice (conflicted copy 2026-01-02).coachdesk",
        "practice.sync-conflict-20260102-101010-ABCDEFG.coachdesk",
        "practice (conflicted copy 2026-01-02).pdf",  # a conflicted copy of something else
        "other (conflicted copy 2026-01-02).coachdesk",
        "training (conflicted copy 2026-01-02).coachdesk",  # another vault, its name as long as ours
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in storage.conflicted_copies(path)] == [names[1], names[2]]
