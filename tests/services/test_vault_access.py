"""Opening, creating and restoring vaults for the app, headless: what the unlock window asks for."""

from __future__ import annotations

import errno
import os
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from coachdesk.domain import Client, CoachingSession, CoachProfile
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


def _mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


def test_a_restored_backup_a_copy_and_the_lock_file_are_readable_by_the_coach_alone(
    vault_path: Path, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
            assert _mode(Path(f"{vault_path}.lock")) == 0o600
            vault.connection.execute("CREATE TABLE scratch (x)")
            vault.connection.commit()
            vault.save()
            copy = vault.save_copy(tmp_path / "elsewhere" / "copy.coachdesk")
        (backup,) = vault_access.backups_of(vault_path)
        restored = vault_access.restore_backup(backup.path, tmp_path / "restored.coachdesk")
    finally:
        os.umask(old)
    for path in (vault_path, backup.path, copy, restored):
        assert _mode(path) == 0o600, path.name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restored")]  # no temp file left


def test_a_damaged_vault_is_set_aside_under_a_name_that_says_so_never_over_a_file(vault_path: Path) -> None:
    vault_path.write_bytes(b"damaged")
    today = date(2026, 12, 5)
    taken = vault_path.with_name("practice (damaged 2026-12-05).coachdesk")
    taken.write_bytes(b"set aside earlier")
    moved = vault_access.set_aside_damaged(vault_path, today)
    assert moved.name == "practice (damaged 2026-12-05 2).coachdesk"
    assert moved.read_bytes() == b"damaged"
    assert taken.read_bytes() == b"set aside earlier"
    assert not vault_path.exists()


def test_backups_are_described_by_what_they_hold(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.save()  # the empty vault becomes the oldest backup
        with vault.session() as db:
            client = Client(name="Zoë Ørsted")
            db.add(client)
            db.add(Client(name="Łukasz Nowak"))
            db.commit()
            db.add(CoachingSession(client_id=client.id, starts_at=datetime(2026, 11, 3, 9, tzinfo=UTC)))
            db.commit()
        vault.save()
        vault.save()  # the backup with the clients
    newest, oldest = vault_access.describe_backups(vault_path, PASSPHRASE)[:2]
    assert (newest.opened, newest.clients, newest.sessions, newest.empty) == (True, 2, 1, False)
    assert newest.last_change is not None and newest.size > 0
    assert oldest.empty and oldest.opened and oldest.last_change is None
    (wrong, *_) = vault_access.describe_backups(vault_path, "not the passphrase at all")
    assert not wrong.opened and not wrong.empty


def test_the_current_passphrase_or_recovery_key_is_checked_without_reopening(vault: Vault) -> None:
    vault.check_secret(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        vault.check_secret("a different passphrase")
    key = vault.recovery_key
    assert key is not None
    vault.check_secret(key, is_recovery_key=True)
    with pytest.raises(VaultError):
        vault.check_secret("AAAA-" * 9 + "AAAA", is_recovery_key=True)


def test_opening_waits_for_the_libraries_loading_behind_the_window(vault_path: Path) -> None:
    """Two threads importing SQLAlchemy at once can each meet a module of it the other has only
    half made: the opening waits for a load under way instead of importing beside it."""
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    opened: list[Vault] = []
    vault_access._LOADING.acquire()  # a load under way on another thread
    try:
        opening = threading.Thread(
            target=lambda: opened.append(vault_access.open_vault(vault_path, PASSPHRASE))
        )
        opening.start()
        opening.join(0.5)
        assert opening.is_alive() and not opened  # waiting, not opening beside the load
    finally:
        vault_access._LOADING.release()
    opening.join(60)
    assert len(opened) == 1
    opened[0].close()
