"""Opening, creating and restoring vaults for the app, headless: what the unlock window asks for."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from sqlmodel import select

from coachdesk.domain import CoachProfile
from coachdesk.services import vault_access
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import ProfileDetails
from coachdesk.vault import Vault, VaultCorrupted, VaultError, WeakPassphrase, WrongPassphrase
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coachdesk.vault.vault.calibrate", lambda: FAST_KDF)


def test_create_then_open_with_the_passphrase_or_the_recovery_key(vault_path: Path) -> None:
    with vault_access.create_vault(vault_path, PASSPHRASE) as created:
        key = created.recovery_key
    assert key
    vault_access.open_vault(vault_path, PASSPHRASE).close()
    vault_access.open_vault(vault_path, key.lower(), is_recovery_key=True).close()
    with pytest.raises(WrongPassphrase):
        vault_access.open_vault(vault_path, PASSPHRASE + "!")


def test_a_weak_passphrase_creates_nothing(vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase, match="at least 8 characters"):
        vault_access.create_vault(vault_path, "short")
    assert not vault_path.exists()


def test_an_unreadable_file_is_a_vault_error_with_a_plain_message(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()

    def refused(*_args: object, **_kwargs: object) -> Vault:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Vault, "open", refused)
    with pytest.raises(VaultError, match=r"could not be read or written \(Permission denied\)"):
        vault_access.open_vault(vault_path, PASSPHRASE)


def test_the_first_profile_is_validated_then_saved_to_disk(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with pytest.raises(ValidationError) as refused:
            vault_access.save_first_profile(vault, ProfileDetails(name="Alex", email="not an address"))
        assert refused.value.field == "email"
        vault_access.save_first_profile(vault, ProfileDetails(name="Alex Moreau"))
        assert not vault.has_unsaved_changes
    with Vault.open(vault_path, PASSPHRASE) as reopened, reopened.session() as db:
        assert db.exec(select(CoachProfile.name)).one() == "Alex Moreau"


def test_a_damaged_vault_lists_its_backups_and_one_restores_to_a_new_file_only(
    vault_path: Path, tmp_path: Path
) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.connection.execute("CREATE TABLE scratch (x)")
        vault.connection.commit()
        vault.save()
    vault_path.write_bytes(vault_path.read_bytes()[:-10])
    with pytest.raises(VaultCorrupted):
        vault_access.open_vault(vault_path, PASSPHRASE)
    (backup,) = vault_access.backups_of(vault_path)
    taken = tmp_path / "taken.coachdesk"
    taken.write_bytes(b"keep me")
    with pytest.raises(vault_access.BackupNotRestored, match=r"taken\.coachdesk already exists"):
        vault_access.restore_backup(backup.path, taken)
    assert taken.read_bytes() == b"keep me"
    with pytest.raises(vault_access.BackupNotRestored, match="could not be copied"):
        vault_access.restore_backup(tmp_path / "gone.coachdesk", tmp_path / "new.coachdesk")
    assert not (tmp_path / "new.coachdesk").exists()
    restored = vault_access.restore_backup(backup.path, tmp_path / "restored.coachdesk")
    vault_access.open_vault(restored, PASSPHRASE).close()
