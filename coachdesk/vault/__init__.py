"""The encrypted vault: one file holding the practice's SQLite database, safe on disk and never lost.

The errors are imported at once; ``Vault`` and the key settings load on first use, so that
showing the unlock window does not wait for the database and crypto libraries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from coachdesk.vault.errors import (
    MIN_PASSPHRASE_LENGTH,
    InvalidRecoveryKey,
    PossiblyTampered,
    UnsupportedVaultVersion,
    VaultBusy,
    VaultChangedOnDisk,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultNotWritable,
    VaultParametersOutOfBounds,
    VaultSaveFailed,
    WeakPassphrase,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from coachdesk.vault.backups import Backup, BackupInfo, list_backups
    from coachdesk.vault.kdf import KdfAlgorithm, KdfParams
    from coachdesk.vault.reading import restore_backup
    from coachdesk.vault.vault import PendingSave, Vault

_LAZY = {
    "KdfAlgorithm": "coachdesk.vault.kdf",
    "KdfParams": "coachdesk.vault.kdf",
    "Backup": "coachdesk.vault.backups",
    "BackupInfo": "coachdesk.vault.backups",
    "list_backups": "coachdesk.vault.backups",
    "restore_backup": "coachdesk.vault.reading",
    "PendingSave": "coachdesk.vault.vault",
    "Vault": "coachdesk.vault.vault",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'coachdesk.vault' has no attribute {name!r}")


__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "Backup",
    "BackupInfo",
    "InvalidRecoveryKey",
    "KdfAlgorithm",
    "KdfParams",
    "PendingSave",
    "PossiblyTampered",
    "UnsupportedVaultVersion",
    "Vault",
    "VaultBusy",
    "VaultChangedOnDisk",
    "VaultCorrupted",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultNotWritable",
    "VaultParametersOutOfBounds",
    "VaultSaveFailed",
    "WeakPassphrase",
    "WrongPassphrase",
    "list_backups",
    "restore_backup",
]
