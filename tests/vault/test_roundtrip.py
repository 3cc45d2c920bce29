"""Create, write, save, close, open: the data is there, under the passphrase and the recovery key."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from coachdesk.vault import (
    InvalidRecoveryKey,
    KdfAlgorithm,
    KdfParams,
    Vault,
    VaultBusy,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from coachdesk.vault.backups import KEEP_RECENT
from coachdesk.vault.kdf import calibrate
from tests.conftest import FAST_KDF, PASSPHRASE

NAMES = ["Zoë Ørsted", "Łukasz Nowak", "Дмитрий Иванов"]


def _write_clients(vault: Vault, names: list[str] = NAMES) -> None:
    with vault.session() as s:
        s.exec(text("CREATE TABLE IF NOT EXISTS scratch (name TEXT)"))
        for name in names:
            s.exec(text("INSERT INTO scratch VALUES (:n)"), params={"n": name})
        s.commit()


def _clients(vault: Vault) -> list[str]:
    with vault.session() as s:
        return [row[0] for row in s.exec(text("SELECT name FROM scratch ORDER BY rowid"))]


def test_round_trip(vault: Vault, vault_path: Path) -> None:
    _write_clients(vault)
    vault.save()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert _clients(reopened) == NAMES


def test_unsaved_changes_are_tracked(vault: Vault) -> None:
    assert not vault.has_unsaved_changes
    _write_clients(vault)
    assert vault.has_unsaved_changes
    vault.save()
    assert not vault.has_unsaved_changes


def test_close_without_save_discards(vault: Vault, vault_path: Path) -> None:
    _write_clients(vault)
    vault.save()
    _write_clients(vault, ["Unsaved Person"])
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert _clients(reopened) == NAMES


def test_recovery_key_opens_the_vault(vault: Vault, vault_path: Path) -> None:
    key = vault.recovery_key
    assert key is not None
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){9}", key)  # 200 bits of text, 160 of them secret
    _write_clients(vault)
    vault.save()
    vault.close()
    typed = key.lower().replace("-", " ")
    with Vault.open_with_recovery_key(vault_path, typed) as reopened:
        assert _clients(reopened) == NAMES


def test_recovery_key_is_not_known_after_open(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert reopened.recovery_key is None


def test_recovery_key_typo_is_named(vault: Vault, vault_path: Path) -> None:
    key = str(vault.recovery_key)
    vault.close()
    typo = ("B" if key[0] != "B" else "C") + key[1:]
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        Vault.open_with_recovery_key(vault_path, typo)
    with pytest.raises(InvalidRecoveryKey, match="40 letters"):
        Vault.open_with_recovery_key(vault_path, key[:-5])


def test_recovery_key_of_another_vault_is_wrong(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    vault.close()
    other = Vault.create(tmp_path / "other.coachdesk", PASSPHRASE, kdf=FAST_KDF)
    other_key = str(other.recovery_key)
    other.close()
    with pytest.raises(WrongPassphrase, match="does not belong"):
        Vault.open_with_recovery_key(vault_path, other_key)


def test_change_passphrase(vault: Vault, vault_path: Path) -> None:
    key = str(vault.recovery_key)
    _write_clients(vault)
    vault.save()
    vault.change_passphrase("a brand new passphrase", kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "a brand new passphrase") as reopened:
        assert _clients(reopened) == NAMES
    with Vault.open_with_recovery_key(vault_path, key) as reopened:
        assert _clients(reopened) == NAMES


def test_change_passphrase_reprotects_backups(vault: Vault, vault_path: Path) -> None:
    for _ in range(3):
        _write_clients(vault)
        vault.save()
    vault.change_passphrase("a brand new passphrase", kdf=FAST_KDF)
    backups = vault.backups()
    vault.close()
    assert len(backups) >= 3
    for backup in backups:
        with pytest.raises(WrongPassphrase):
            Vault.open(backup.path, PASSPHRASE, read_only=True)
        Vault.open(backup.path, "a brand new passphrase", read_only=True).close()


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed, decomposed = "Zo\u00eb's garden gate", "Zoe\u0308's garden gate"
    Vault.create(tmp_path / "v.coachdesk", composed, kdf=FAST_KDF).close()
    Vault.open(tmp_path / "v.coachdesk", decomposed).close()


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase, match="at least 8"):
        Vault.create(tmp_path / "v.coachdesk", "short", kdf=FAST_KDF)
    assert not (tmp_path / "v.coachdesk").exists()


def test_create_never_overwrites(vault: Vault, vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    assert vault_path.read_bytes() == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="There is no vault"):
        Vault.open(tmp_path / "nothing.coachdesk", PASSPHRASE)


def test_file_is_private_and_backups_rotate(vault: Vault, vault_path: Path) -> None:
    assert stat.S_IMODE(os.stat(vault_path).st_mode) == 0o600
    for i in range(KEEP_RECENT + 3):
        _write_clients(vault, [f"person {i}"])
        vault.save()
    backups = vault.backups()
    assert len(backups) == KEEP_RECENT  # every save of the last hour, up to the cap
    assert [b.sequence for b in backups] == list(range(KEEP_RECENT + 3, 3, -1))
    assert all(stat.S_IMODE(os.stat(b.path).st_mode) == 0o600 for b in backups)
    # The newest backup is the version before the last save.
    with Vault.open(backups[0].path, PASSPHRASE, read_only=True) as previous:
        assert _clients(previous)[-1] == f"person {KEEP_RECENT + 1}"


def test_save_refused_mid_transaction(vault: Vault) -> None:
    with vault.session() as s:
        s.exec(text("CREATE TABLE t (x)"))
        s.commit()
        s.exec(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(VaultBusy, match="still being made"):
            vault.save()
        s.commit()
    vault.save()


def test_closed_vault_refuses_use(vault: Vault) -> None:
    vault.close()
    vault.close()  # idempotent
    with pytest.raises(VaultBusy, match="closed"):
        vault.session()


def test_older_snapshot_never_overwrites_newer(vault: Vault, vault_path: Path) -> None:
    _write_clients(vault, ["first"])
    old = vault.snapshot()
    _write_clients(vault, ["second"])
    vault.save()
    vault.write(old)  # arrives late from a worker thread: ignored
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert _clients(reopened) == ["first", "second"]


def test_calibration_stays_within_bounds() -> None:
    params = calibrate(target_seconds=0.05)
    params.check_bounds()
    assert params.algorithm in (KdfAlgorithm.ARGON2ID, KdfAlgorithm.SCRYPT)


def test_scrypt_vaults_open(tmp_path: Path) -> None:
    """The fallback where OpenSSL lacks Argon2 must make vaults that open."""
    scrypt = KdfParams(KdfAlgorithm.SCRYPT, 10, 8, 1)
    Vault.create(tmp_path / "s.coachdesk", PASSPHRASE, kdf=scrypt).close()
    with Vault.open(tmp_path / "s.coachdesk", PASSPHRASE) as reopened:
        assert reopened.kdf == scrypt


def test_without_argon2_new_vaults_use_scrypt_and_argon2_vaults_say_why(
    monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """Where OpenSSL lacks Argon2: calibration falls back, and an Argon2 vault gets a typed error."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.kdf import argon2

    from coachdesk.vault import UnsupportedVaultVersion

    def missing(*_args: object, **_kwargs: object) -> None:
        raise UnsupportedAlgorithm("argon2 is not supported by this version of OpenSSL.")

    vault.close()
    monkeypatch.setattr(argon2, "Argon2id", missing)
    assert calibrate(target_seconds=0.05).algorithm is KdfAlgorithm.SCRYPT
    with pytest.raises(UnsupportedVaultVersion, match="Argon2id"):
        Vault.open(vault_path, PASSPHRASE)


def test_lone_surrogate_passphrase_is_just_wrong(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "abc\ud800def and more")


def test_failed_open_keeps_stray_temp_files(vault: Vault, vault_path: Path) -> None:
    """A temp file left by a crash may be the only good copy when the vault is damaged."""
    vault.close()
    stray = vault_path.parent / f".{vault_path.name}.0123456789ab.tmp"
    stray.write_bytes(vault_path.read_bytes())
    vault_path.write_bytes(vault_path.read_bytes()[:-1])
    with pytest.raises(VaultCorrupted):
        Vault.open(vault_path, PASSPHRASE)
    assert stray.exists()


def test_change_passphrase_with_new_recovery_key_replaces_the_data_key(
    vault: Vault, vault_path: Path
) -> None:
    old_key = str(vault.recovery_key)
    _write_clients(vault)
    vault.save()
    _write_clients(vault, ["second save"])
    vault.save()
    old_data_key = vault._data_key
    new_key = vault.change_passphrase("a brand new passphrase", new_recovery_key=True, kdf=FAST_KDF)
    assert new_key is not None and new_key != old_key
    assert vault._data_key not in (None, old_data_key)
    backups = vault.backups()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(vault_path, old_key)
    with Vault.open_with_recovery_key(vault_path, new_key) as reopened:
        assert _clients(reopened) == [*NAMES, "second save"]
    for backup in backups:
        with pytest.raises(WrongPassphrase):
            Vault.open(backup.path, PASSPHRASE, read_only=True)
        Vault.open(backup.path, "a brand new passphrase", read_only=True).close()


def test_save_copy_writes_an_openable_copy_and_leaves_the_vault_alone(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    _write_clients(vault)
    before = vault_path.read_bytes()
    copy = vault.save_copy(tmp_path / "elsewhere" / "copy.coachdesk")
    assert vault_path.read_bytes() == before and vault.has_unsaved_changes
    with pytest.raises(VaultExists):
        vault.save_copy(copy)
    vault.save()  # the vault's own file is still its own: no change-on-disk complaint
    with Vault.open(copy, PASSPHRASE) as opened:
        assert _clients(opened) == NAMES
