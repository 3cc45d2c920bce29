"""The encrypted vault: one file holding the practice's SQLite database, safe on disk and never lost."""

from coachdesk.vault.errors import (
    InvalidRecoveryKey,
    UnsupportedVaultVersion,
    VaultBusy,
    VaultChangedOnDisk,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultParametersOutOfBounds,
    VaultSaveFailed,
    WeakPassphrase,
    WrongPassphrase,
)
from coachdesk.vault.kdf import KdfAlgorithm, KdfParams
from coachdesk.vault.storage import Backup
from coachdesk.vault.vault import MIN_PASSPHRASE_LENGTH, PendingSave, Vault

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "Backup",
    "InvalidRecoveryKey",
    "KdfAlgorithm",
    "KdfParams",
    "PendingSave",
    "UnsupportedVaultVersion",
    "Vault",
    "VaultBusy",
    "VaultChangedOnDisk",
    "VaultCorrupted",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultParametersOutOfBounds",
    "VaultSaveFailed",
    "WeakPassphrase",
    "WrongPassphrase",
]
