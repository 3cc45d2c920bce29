"""Opening, creating and restoring vaults: the one place the app opens or makes a vault file.

The unlock window only collects a passphrase, a location and a profile; the app controller
calls these functions (key derivation is slow, so it runs the opening ones off the GUI thread)
and hands the outcome back to the window. Every failure is a ``VaultError`` whose message a
coach can act on; a corrupted vault raises ``VaultCorrupted``, whose backups ``backups_of`` lists.
The database and crypto libraries load on first use, so the unlock window shows without them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.vault import VaultError, VaultNotWritable

if TYPE_CHECKING:
    from coachdesk.services.profile import ProfileDetails
    from coachdesk.vault import Backup, Vault


class BackupNotRestored(VaultError):
    """A backup could not be restored: the chosen file exists, or the copy failed."""


@contextmanager
def _readable_errors() -> Iterator[None]:
    """An operating-system error reaching the file says so plainly, as a VaultError."""
    try:
        yield
    except OSError as error:
        raise VaultError(f"The vault could not be read or written ({error.strerror}).") from None


def open_vault(path: Path, secret: str, *, is_recovery_key: bool = False) -> Vault:
    """Open the vault at ``path`` with its passphrase, or with its recovery key. Slow: key derivation.

    A vault CoachDesk may not write (a write-protected stick, a mounted backup) opens read-only.
    """
    from coachdesk.vault import Vault

    opener: Callable[..., Vault] = Vault.open_with_recovery_key if is_recovery_key else Vault.open
    with _readable_errors():
        try:
            return opener(path, secret, read_only=not is_writable(path))
        except VaultNotWritable:  # the folder refused the lock file: a read-only medium after all
            return opener(path, secret, read_only=True)


def is_writable(path: Path) -> bool:
    """Whether the vault file and its folder can be written (saves replace the file in its folder)."""
    real = path.resolve()
    return os.access(real, os.W_OK) and os.access(real.parent, os.W_OK)


def create_vault(path: Path, passphrase: str) -> Vault:
    """A new vault at ``path``; its recovery key is in ``recovery_key``, once. Slow: key derivation."""
    from coachdesk.vault import Vault

    with _readable_errors():
        return Vault.create(path, passphrase)


def save_first_profile(vault: Vault, details: ProfileDetails) -> None:
    """Store the coach profile of a new vault and save the vault (``ValidationError`` on bad input)."""
    from coachdesk.services.profile import save_profile

    with vault.session() as db:
        save_profile(db, details)
    with _readable_errors():
        vault.save()


def backups_of(path: Path) -> list[Backup]:
    """The backups kept beside the vault at ``path``, newest first."""
    from coachdesk.vault.storage import list_backups

    return list_backups(path)


def restore_backup(backup: Path, target: Path) -> Path:
    """Copy ``backup`` to the new file ``target``; never over an existing file. Returns ``target``."""
    exists = BackupNotRestored(f"{target.name} already exists; choose a new file name.")
    if target.exists():
        raise exists
    try:
        with backup.open("rb") as source, target.open("xb") as copy:
            try:
                shutil.copyfileobj(source, copy)
            except OSError:
                target.unlink(missing_ok=True)  # no half-written copy left behind
                raise
    except FileExistsError:
        raise exists from None
    except OSError as error:
        raise BackupNotRestored(f"The backup could not be copied: {error.strerror}.") from None
    return target
