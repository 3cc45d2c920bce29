"""Another program changes the vault file: the vault refuses to overwrite it and points out sync conflicts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultChangedOnDisk
from tests.conftest import FAST_KDF, PASSPHRASE


def _temp_files(path: Path) -> list[str]:
    return sorted(n for n in os.listdir(path.parent) if n.startswith(f".{path.name}.") and n.endswith(".tmp"))


def _add_note(vault: Vault, body: str) -> None:
    vault.connection.execute("CREATE TABLE IF NOT EXISTS notes (body TEXT)")
    vault.connection.execute("INSERT INTO notes VALUES (?)", (body,))
    vault.connection.commit()


def _notes(vault: Vault) -> list[str]:
    return [r[0] for r in vault.connection.execute("SELECT body FROM notes ORDER BY rowid")]


def _replace_as_other_program(path: Path, contents: bytes) -> None:
    """What sync tools do: write a file beside the target, then rename it over the target."""
    incoming = path.with_name(f"{path.name}.syncing")
    incoming.write_bytes(contents)
    os.replace(incoming, path)


def _assert_refused(vault: Vault, path: Path, on_disk: bytes, expected_notes: list[str]) -> None:
    with pytest.raises(VaultChangedOnDisk) as caught:
        vault.save()
    message = str(caught.value)
    assert path.name in message, message
    assert "another program" in message, message
    assert "Nothing was" in message, message
    assert path.read_bytes() == on_disk, "the other program's file was overwritten"
    assert _temp_files(path) == []
    assert vault.has_unsaved_changes
    assert _notes(vault) == expected_notes
    # Asking again changes nothing either.
    with pytest.raises(VaultChangedOnDisk):
        vault.save()
    assert path.read_bytes() == on_disk


def test_older_version_put_back_by_another_program(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "one")
    vault.save()
    older = vault_path.read_bytes()
    _add_note(vault, "two")
    vault.save()

    _replace_as_other_program(vault_path, older)  # e.g. a sync tool restoring the other machine's copy
    _add_note(vault, "three")
    _assert_refused(vault, vault_path, older, ["one", "two", "three"])


def test_older_version_copied_with_its_timestamps(vault: Vault, vault_path: Path) -> None:
    """A copy that keeps the old file's mtime (cp -p, rsync -t) is still noticed."""
    _add_note(vault, "one")
    vault.save()
    older_copy = vault_path.with_name("older-copy.coachdesk")
    shutil.copy2(vault_path, older_copy)
    _add_note(vault, "two")
    vault.save()

    shutil.copy2(older_copy, vault_path)  # in place: same inode, older contents, older mtime
    older = older_copy.read_bytes()
    _add_note(vault, "three")
    _assert_refused(vault, vault_path, older, ["one", "two", "three"])


def test_another_vault_written_over_it(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    _add_note(vault, "ours")
    vault.save()
    other_path = tmp_path / "elsewhere" / "practice.coachdesk"
    with Vault.create(other_path, PASSPHRASE, kdf=FAST_KDF) as other:
        _add_note(other, "theirs")
        other.save()
    theirs = other_path.read_bytes()
    assert theirs != vault_path.read_bytes()

    _replace_as_other_program(vault_path, theirs)
    _add_note(vault, "ours, later")
    _assert_refused(vault, vault_path, theirs, ["ours", "ours, later"])


def test_changed_before_the_first_save(vault_path: Path, tmp_path: Path) -> None:
    """The fingerprint taken at open counts too, not only the one from the last save."""
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as v:
        _add_note(v, "one")
        v.save()
    older = vault_path.read_bytes()
    with Vault.open(vault_path, PASSPHRASE) as v:
        _add_note(v, "two")
        v.save()
    newer = vault_path.read_bytes()

    _replace_as_other_program(vault_path, older)
    with Vault.open(vault_path, PASSPHRASE) as v:
        _replace_as_other_program(vault_path, newer)
        _add_note(v, "three")
        _assert_refused(v, vault_path, newer, ["one", "three"])


def test_touching_the_mtime_only_is_not_a_change(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "one")
    vault.save()
    contents = vault_path.read_bytes()
    st = vault_path.stat()
    os.utime(vault_path, ns=(st.st_atime_ns, st.st_mtime_ns + 3_600_000_000_000))
    assert vault_path.stat().st_mtime_ns != st.st_mtime_ns
    assert vault_path.read_bytes() == contents

    _add_note(vault, "two")
    vault.save()
    assert vault_path.read_bytes() != contents
    # And once more, backwards in time, after a save.
    os.utime(vault_path, ns=(st.st_atime_ns, 1_000_000_000))
    _add_note(vault, "three")
    vault.save()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert _notes(reopened) == ["one", "two", "three"]


def test_identical_copy_put_back_is_not_a_change(vault: Vault, vault_path: Path) -> None:
    """A sync tool re-downloading the very same bytes (a new inode, a new mtime) is harmless."""
    _add_note(vault, "one")
    vault.save()
    same = vault_path.read_bytes()
    inode = vault_path.stat().st_ino
    _replace_as_other_program(vault_path, same)
    assert vault_path.stat().st_ino != inode

    _add_note(vault, "two")
    vault.save()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert _notes(reopened) == ["one", "two"]


def test_deleted_after_open(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "one")
    vault.save()
    vault_path.unlink()
    _add_note(vault, "two")

    with pytest.raises(VaultChangedOnDisk) as caught:
        vault.save()
    message = str(caught.value)
    assert vault_path.name in message, message
    assert "deleted" in message, message
    assert not vault_path.exists(), "a refused save wrote the vault anyway"
    assert _temp_files(vault_path) == []
    assert vault.has_unsaved_changes
    assert _notes(vault) == ["one", "two"]


# ----- conflicted copies made by sync tools ---------------------------------------------------------

SYNCTHING = "practice.sync-conflict-20261127-101010-ABCDEFG.coachdesk"
DROPBOX = "practice (Zoë's conflicted copy 2026-11-27).coachdesk"
UNRELATED = (
    "notes.txt",
    "other.coachdesk",
    "practice-2025.coachdesk",
    "other.sync-conflict-20261127-101010-ABCDEFG.coachdesk",
    "other (Zoë's conflicted copy 2026-11-27).coachdesk",
)


def test_conflicted_copies_are_pointed_out(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "one")
    vault.save()
    vault.save()  # the backup folder and the lock file exist too
    assert vault.conflicted_copies() == []

    folder = vault_path.parent
    for name in (SYNCTHING, DROPBOX, *UNRELATED):
        (folder / name).write_bytes(b"a copy")
    (folder / f".{vault_path.name}.0123456789ab.tmp").write_bytes(b"stray")

    found = vault.conflicted_copies()
    assert sorted(p.name for p in found) == sorted([SYNCTHING, DROPBOX])
    assert all(p.parent == folder for p in found)
    assert vault_path not in found


def test_no_conflicted_copies_when_the_folder_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "Sync" / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as v:
        (path.parent / SYNCTHING).write_bytes(b"a copy")
        assert [p.name for p in v.conflicted_copies()] == [SYNCTHING]
        shutil.rmtree(path.parent)
        assert v.conflicted_copies() == []


def test_conflicted_copies_of_a_vault_with_a_longer_name_are_not_ours(vault: Vault, vault_path: Path) -> None:
    """'practice-2025' is another vault: its conflicted copies, and notes about conflicts, are not ours."""
    folder = vault_path.parent
    others = (
        "practice-2025.sync-conflict-20261127-101010-ABCDEFG.coachdesk",
        "practice-2025 (Zoë's conflicted copy 2026-11-27).coachdesk",
        "practice conflict notes.txt",
    )
    for name in (SYNCTHING, *others):
        (folder / name).write_bytes(b"a copy")
    assert [p.name for p in vault.conflicted_copies()] == [SYNCTHING]


def test_conflicted_copies_of_a_vault_whose_name_adds_a_word_are_not_ours(
    vault: Vault, vault_path: Path
) -> None:
    folder = vault_path.parent
    for name in (
        DROPBOX,
        "practice 2025 (Zoë's conflicted copy 2026-11-27).coachdesk",
        "practice 2025.sync-conflict-20261127-101010-ABCDEFG.coachdesk",
    ):
        (folder / name).write_bytes(b"a copy")
    assert [p.name for p in vault.conflicted_copies()] == [DROPBOX]


def test_a_file_that_is_gone_matches_no_fingerprint(tmp_path: Path) -> None:
    """A vault file moved away is never taken for the one CoachDesk saved."""
    from coachdesk.vault import storage

    path = tmp_path / "practice.coachdesk"
    path.write_bytes(bytes(range(100)))
    known = storage.Fingerprint.of(path, 10, 16)
    assert known is not None and known.matches(storage.Fingerprint.of(path, 10, 16))
    path.unlink()
    assert storage.Fingerprint.of(path, 10, 16) is None
    assert not known.matches(None)
