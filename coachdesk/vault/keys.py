"""Changing a vault's keys: a new passphrase, a new data and recovery key, and checking a secret.

These work on an open ``Vault`` (``vault.py``), whose methods of the same names call them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from coachdesk.vault import storage
from coachdesk.vault.errors import (
    MIN_PASSPHRASE_LENGTH,
    VaultBusy,
    VaultError,
    WeakPassphrase,
    WrongPassphrase,
)
from coachdesk.vault.format import Header, KeySlot, SlotKind, open_payload, parse_header, seal
from coachdesk.vault.interrupts import interrupts_deferred
from coachdesk.vault.kdf import KEY_LENGTH, RECOVERY_KDF, KdfParams, calibrate, normalise_passphrase
from coachdesk.vault.reading import read_vault_file
from coachdesk.vault.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key

if TYPE_CHECKING:
    import threading

    from coachdesk.vault.storage import Backup


class KeyedVault(Protocol):
    """What changing keys needs of an open ``coachdesk.vault.vault.Vault``."""

    path: Path
    recovery_key: str | None
    stale_backups: list[Path]
    _header: Header
    _data_key: bytearray | None
    _write_lock: threading.Lock

    @property
    def read_only(self) -> bool: ...

    def backups(self) -> list[Backup]: ...

    def snapshot(self) -> Any: ...

    def _commit(self, pending: Any, data_key: bytearray) -> None: ...

    def _check_open(self) -> None: ...


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect confidential notes."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"A vault passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; "
            "a few unrelated words are strong and easy to remember."
        )


def wipe(key: bytearray) -> None:
    """Overwrite a key in place, so the one mutable copy the vault held is gone from memory."""
    key[:] = bytes(len(key))


def new_header(data_key: bytearray, kdf: KdfParams, passphrase: str, recovery_secret: bytes) -> Header:
    slots = (
        KeySlot.wrap(SlotKind.PASSPHRASE, kdf, normalise_passphrase(passphrase), data_key),
        KeySlot.wrap(SlotKind.RECOVERY_KEY, RECOVERY_KDF, recovery_secret, data_key),
    )
    return Header(payload_length=0, nonce=b"", slots=slots)


def change_passphrase(
    vault: KeyedVault,
    new_passphrase: str,
    *,
    new_recovery_key: bool = False,
    kdf: KdfParams | None = None,
    announce: Callable[[str], None] | None = None,
    on_saved: Callable[[], None] | None = None,
) -> str | None:
    """Protect the vault and its backups with a new passphrase, and save.

    With ``new_recovery_key`` the data key is replaced as well and a new recovery key is
    returned (and set as ``recovery_key``): use it when the old passphrase or recovery key
    may be known to someone, since an old copy of the file would otherwise still open with
    them. Without it the data key is re-wrapped and the recovery key stays valid.

    ``announce`` receives the new recovery key *before* the vault is written with it, so the
    coach has it even if the process is stopped right after; ``on_saved`` is called once the
    vault file holds the new keys (before the backups are re-protected, the slow part). An
    interrupt (Ctrl-C) during the write itself waits until the file is whole.
    """
    vault._check_open()
    check_new_passphrase(new_passphrase)
    if vault.read_only:
        raise VaultBusy(f"{vault.path.name} was opened read-only; its passphrase cannot be changed.")
    old_key = vault._data_key
    assert old_key is not None
    params = kdf or calibrate()
    if new_recovery_key:
        data_key, recovery_secret = bytearray(os.urandom(KEY_LENGTH)), new_recovery_secret()
        header = new_header(data_key, params, new_passphrase, recovery_secret)
    else:
        data_key, recovery_secret = old_key, None
        secret = normalise_passphrase(new_passphrase)
        header = vault._header.with_slot(KeySlot.wrap(SlotKind.PASSPHRASE, params, secret, data_key))
    if announce is not None and recovery_secret is not None:
        announce(format_recovery_key(recovery_secret))
    pending = vault.snapshot()
    with interrupts_deferred():
        try:
            with vault._write_lock:
                vault._commit(pending.with_header(header), data_key)
                vault._header, vault._data_key = header, data_key
        except BaseException:
            if data_key is not old_key:
                wipe(data_key)
            raise
        if recovery_secret is not None:
            vault.recovery_key = format_recovery_key(recovery_secret)  # before anything else can fail
        if on_saved is not None:
            on_saved()
    vault.stale_backups = reprotect_backups(vault, old_key, data_key, header)
    if data_key is not old_key:
        wipe(old_key)
    return vault.recovery_key if recovery_secret is not None else None


def reprotect_backups(
    vault: KeyedVault, old_key: bytearray, data_key: bytearray, header: Header
) -> list[Path]:
    """Re-encrypt backups, which would otherwise still open with the old passphrase (or key).

    Returns the backups that could not be re-protected (damaged or unreadable): they are
    left as they are, never deleted, and the caller tells the coach about them.
    """
    stale = []
    for backup in vault.backups():
        try:
            old = read_vault_file(backup.path)
            image = open_payload(old_key, parse_header(old, len(old)), old)
            del old
            sealed = seal(data_key, header, image)
            del image
            storage.replace_atomically(backup.path, sealed, keep_backup=False)
        except (VaultError, OSError):
            stale.append(backup.path)
    return stale


def check_secret(vault: KeyedVault, secret: str, *, is_recovery_key: bool = False) -> None:
    """Raise ``WrongPassphrase`` (or ``InvalidRecoveryKey``) unless ``secret`` unlocks this vault
    as it is open now; nothing is read or changed. Slow: key derivation."""
    vault._check_open()
    kind = SlotKind.RECOVERY_KEY if is_recovery_key else SlotKind.PASSPHRASE
    raw = parse_recovery_key(secret) if is_recovery_key else normalise_passphrase(secret)
    slot = vault._header.slot(kind)
    if slot is None:
        raise WrongPassphrase("This vault has no recovery key; give its passphrase instead.")
    key = bytearray(slot.unwrap(raw))
    wipe(key)
