"""Typed vault errors, each carrying a message a coach can act on."""

from __future__ import annotations

from datetime import datetime


class VaultError(Exception):
    """Something went wrong with a vault file; ``str(error)`` says what to do."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery key) does not unlock this vault."""


class InvalidRecoveryKey(WrongPassphrase):
    """The text given is not a well-formed recovery key (a typo, most likely)."""


class PossiblyTampered(WrongPassphrase):
    """The passphrase did not unlock a slot whose key settings CoachDesk never writes."""


class VaultCorrupted(VaultError):
    """The file is damaged, truncated, or not a CoachDesk vault at all."""


class VaultParametersOutOfBounds(VaultCorrupted):
    """The header asks for key-derivation work or sizes CoachDesk refuses to run."""


class UnsupportedVaultVersion(VaultError):
    """The vault was written by a newer CoachDesk using a format this one cannot read."""


class VaultInUse(VaultError):
    """Another CoachDesk window or process has this vault open."""


class VaultChangedOnDisk(VaultError):
    """The file was changed by another program since it was opened or last saved.

    ``size`` and ``modified`` (aware, UTC) describe the file now on disk; both are None when
    the file is gone.
    """

    def __init__(self, message: str, *, size: int | None = None, modified: datetime | None = None) -> None:
        super().__init__(message)
        self.size = size
        self.modified = modified


class VaultSaveFailed(VaultError):
    """Writing the vault failed (disk full, I/O error, folder gone); the data is still in memory.

    ``errno`` is the operating system's error number when there was one (``errno.ENOSPC``: full).
    """

    def __init__(self, message: str, *, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


class VaultNotWritable(VaultError):
    """The vault's folder cannot be written (a read-only medium, no permission): open it read-only."""


class VaultExists(VaultError):
    """A new vault would overwrite an existing file."""


MIN_PASSPHRASE_LENGTH = 8


class WeakPassphrase(VaultError):
    """The passphrase offered for a new vault or a passphrase change is too short."""


class VaultNotFound(VaultError):
    """There is no file at the path given."""


class VaultBusy(VaultError):
    """A save was asked for while a change was still being written, or on a read-only vault."""
