"""Which copy a merge takes in, opened how: never the vault itself, never into a read-only vault."""

from __future__ import annotations

import hashlib
import shutil
from functools import partial
from pathlib import Path

import pytest

from coachdesk.services import clients
from coachdesk.services.errors import ValidationError
from coachdesk.services.merge_copies import (
    merge_copy,
    merge_file,
    merge_on_disk,
    merge_sibling,
    open_other_copy,
    set_aside_merged_copy,
)
from coachdesk.vault import UnsupportedVaultVersion, Vault, VaultNotFound, WrongPassphrase
from coachdesk.vault.backups import backup_folder
from tests.conftest import PASSPHRASE

GOLDEN_SCHEMA_0001 = Path(__file__).parent.parent / "data" / "golden-v1-schema-0001.coachdesk"
SCHEMA_0001_PASSPHRASE = "golden schema passphrase"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(vault: Vault) -> set[str]:
    return {str(row[0]) for row in vault.connection.execute("SELECT name FROM client")}


def _other_computer_adds(vault: Vault, target: Path, name: str) -> Path:
    """A copy of the saved vault at ``target`` in which the other computer added a client."""
    vault.save()
    shutil.copyfile(vault.real_path, target)
    with Vault.open(target, PASSPHRASE) as other:
        with other.session() as db:
            clients.create_client(db, clients.ClientDetails(name=name))
        other.save()
    return target


def test_a_copy_saved_by_an_older_version_is_brought_up_to_date_in_memory_only(tmp_path: Path) -> None:
    mine, older = tmp_path / "practice.coachdesk", tmp_path / "practice (old laptop).coachdesk"
    shutil.copyfile(GOLDEN_SCHEMA_0001, mine)
    shutil.copyfile(GOLDEN_SCHEMA_0001, older)
    before = _digest(older)
    with Vault.open(mine, SCHEMA_0001_PASSPHRASE) as vault:  # this one was opened in this version
        with vault.session() as db:
            clients.create_client(db, clients.ClientDetails(name="Łukasz Nowak"))
        vault.save()
        summary = merge_file(vault, older, SCHEMA_0001_PASSPHRASE)
        assert not summary.changed_anything and "Łukasz Nowak" in _names(vault)
    assert _digest(older) == before


def test_the_other_copy_opens_with_the_recovery_key_when_asked_to(vault: Vault, tmp_path: Path) -> None:
    assert vault.recovery_key is not None
    copy = _other_computer_adds(vault, tmp_path / "laptop.coachdesk", "Björn Berg")
    with pytest.raises(WrongPassphrase):
        merge_file(vault, copy, PASSPHRASE, is_recovery_key=True)
    with pytest.raises(WrongPassphrase):
        merge_file(vault, copy, vault.recovery_key)  # a recovery key is not the passphrase
    assert merge_file(vault, copy, vault.recovery_key, is_recovery_key=True).added == 1
    assert "Björn Berg" in _names(vault)
    with open_other_copy(copy, PASSPHRASE) as other:  # the passphrase unless told otherwise
        assert other.read_only


def test_the_vault_itself_is_refused_as_the_other_copy(vault: Vault) -> None:
    vault.save()
    with pytest.raises(ValidationError, match="the vault itself") as refused:
        merge_file(vault, vault.real_path, PASSPHRASE)
    assert refused.value.field == "other"
    with pytest.raises(ValidationError, match="the vault itself"):  # said before any key derivation
        merge_file(vault, vault.real_path, "not the passphrase")
    with (
        Vault.open(vault.real_path, PASSPHRASE, read_only=True) as same,
        pytest.raises(ValidationError, match="the vault itself"),
    ):
        merge_copy(vault, same)


def test_a_read_only_vault_takes_in_no_copy(vault: Vault, tmp_path: Path) -> None:
    copy = _other_computer_adds(vault, tmp_path / "laptop.coachdesk", "Björn Berg")
    with Vault.open(vault.real_path, PASSPHRASE, read_only=True) as looking:
        for path in (copy, looking.real_path):  # another copy, and the file itself
            with pytest.raises(ValidationError, match="read-only") as refused:
                merge_sibling(looking, path)
            assert refused.value.field == "vault"
            assert "Björn Berg" not in _names(looking)


def test_a_sibling_copy_merges_with_the_vaults_own_key_and_a_dry_run_changes_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    copy = _other_computer_adds(vault, tmp_path / "practice.sync-conflict.coachdesk", "Björn Berg")
    before = _digest(copy)
    assert merge_sibling(vault, copy, dry_run=True).added == 1
    assert "Björn Berg" not in _names(vault)
    assert merge_sibling(vault, copy).added == 1
    assert "Björn Berg" in _names(vault) and _digest(copy) == before


def test_the_file_another_program_changed_on_disk_merges_into_the_open_vault(
    vault: Vault, tmp_path: Path
) -> None:
    changed = _other_computer_adds(vault, tmp_path / "synced.coachdesk", "Björn Berg")
    with vault.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Łukasz Nowak"))  # not saved yet
    shutil.copyfile(changed, vault.real_path)  # a sync tool puts the other computer's file in place
    assert merge_sibling(vault, vault.real_path, dry_run=True).added == 1
    assert _names(vault) == {"Łukasz Nowak"}
    assert merge_on_disk(vault).added == 1  # as the "changed on disk" dialog asks for it
    assert _names(vault) == {"Łukasz Nowak", "Björn Berg"}


def test_a_merged_copy_is_set_aside_in_the_backups_never_over_a_file(vault: Vault, tmp_path: Path) -> None:
    folder = backup_folder(vault.real_path)
    assert not folder.exists()  # a new vault has no backups yet
    kept = []
    for content in (b"first", b"second", b"third"):
        copy = vault.real_path.with_name("practice (conflicted copy).coachdesk")
        copy.write_bytes(content)
        kept.append(set_aside_merged_copy(vault, copy))
        assert not copy.exists()
    assert folder.stat().st_mode & 0o777 == 0o700  # the coach's own eyes only
    assert [path.name for path in kept] == [
        "merged practice (conflicted copy).coachdesk",
        "merged 2 practice (conflicted copy).coachdesk",
        "merged 3 practice (conflicted copy).coachdesk",
    ]
    assert all(path.parent == folder for path in kept)
    assert [path.read_bytes() for path in kept] == [b"first", b"second", b"third"]


def test_a_copy_that_is_not_there_is_said_to_be_missing(vault: Vault, tmp_path: Path) -> None:
    vault.save()
    with pytest.raises(VaultNotFound):
        merge_file(vault, tmp_path / "gone.coachdesk", PASSPHRASE)


def test_a_copy_that_cannot_be_brought_up_to_date_is_closed_and_the_merge_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.vault import migrations

    mine, older = tmp_path / "practice.coachdesk", tmp_path / "practice (old laptop).coachdesk"
    shutil.copyfile(GOLDEN_SCHEMA_0001, mine)
    shutil.copyfile(GOLDEN_SCHEMA_0001, older)
    with Vault.open(mine, SCHEMA_0001_PASSPHRASE) as vault:
        closed: list[Path] = []
        close = Vault.close

        def closing(self: Vault) -> None:
            closed.append(self.real_path)
            close(self)

        def failing_upgrade(engine: object) -> None:
            raise OSError("No space left for the older copy's upgrade")

        monkeypatch.setattr(Vault, "close", closing)
        monkeypatch.setattr(migrations, "upgrade", failing_upgrade)
        with pytest.raises(OSError, match="No space left"):
            merge_file(vault, older, SCHEMA_0001_PASSPHRASE)
        with pytest.raises(OSError, match="No space left"):
            merge_sibling(vault, older)
        assert closed == [older.resolve(), older.resolve()]


def test_a_copy_a_newer_version_saved_is_refused_and_left_as_it_is(vault: Vault, tmp_path: Path) -> None:
    newer = _other_computer_adds(vault, tmp_path / "laptop.coachdesk", "Björn Berg")
    with Vault.open(newer, PASSPHRASE) as other:  # as a later CoachDesk would leave it
        other.connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
        other.connection.commit()
        other.save()
    before = _digest(newer)
    with pytest.raises(UnsupportedVaultVersion, match="newer CoachDesk"):
        merge_file(vault, newer, PASSPHRASE)
    for merging in (merge_sibling, partial(merge_sibling, dry_run=True)):  # with the vault's own key
        with pytest.raises(ValidationError, match="newer version of CoachDesk") as refused:
            merging(vault, newer)
        assert "Update CoachDesk on this computer, then merge again" in refused.value.message
    assert _digest(newer) == before and "Björn Berg" not in _names(vault)


def test_the_file_a_newer_version_put_in_place_on_disk_is_refused_with_update_this_computer_first(
    vault: Vault, tmp_path: Path
) -> None:
    newer = _other_computer_adds(vault, tmp_path / "laptop.coachdesk", "Björn Berg")
    with Vault.open(newer, PASSPHRASE) as other:  # the other computer runs a later CoachDesk
        other.connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
        other.connection.commit()
        other.save()
    shutil.copyfile(newer, vault.real_path)  # and the sync tool delivers its file here
    with pytest.raises(ValidationError) as refused:
        merge_on_disk(vault)  # as the "changed on disk" dialog asks for it
    assert refused.value.message.startswith(
        "The other copy was saved by a newer version of CoachDesk (schema f00dcafe9999; "
    )
    assert "Update CoachDesk on this computer" in refused.value.message
    assert "open it" not in refused.value.message  # it cannot be opened here: this version is older
    assert "Björn Berg" not in _names(vault)
