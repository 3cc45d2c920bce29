"""Opening, creating and restoring vaults: the one place the app opens or makes a vault file.

The unlock window only collects a passphrase, a location and a profile; the app controller
calls these functions (key derivation is slow, so it runs the opening ones off the GUI thread)
and hands the outcome back to the window. Every failure is a ``VaultError`` whose message a
coach can act on; a corrupted vault raises ``VaultCorrupted``, whose backups ``backups_of`` lists.
The database and crypto libraries load on first use, so the unlock window shows without them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.domain.phrases import phrase
from coachdesk.vault import VaultError, VaultExists, VaultNotWritable

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
        raise VaultError(
            phrase("services", "The vault could not be read or written ({reason}).").format(
                reason=error.strerror
            )
        ) from None


_LOADING = threading.Lock()


def load_libraries() -> None:
    """Load what opening a vault needs and the unlock window does not (SQLAlchemy, SQLModel, the
    practice's tables, the vault itself): half a second, best spent while the coach types.

    Run it on a worker thread. Every function here that needs them calls it first, and so waits for
    a load under way: two threads importing SQLAlchemy at once can each meet a module of it that
    the other has only half made. A failure is left to the caller, which meets it again and says so.
    """
    with _LOADING:
        try:
            import coachdesk.domain.tables
            import coachdesk.vault.vault  # noqa: F401
        except Exception:  # noqa: S110 (met again, and reported, by the caller that needs them)
            pass


def open_vault(path: Path, secret: str, *, is_recovery_key: bool = False) -> Vault:
    """Open the vault at ``path`` with its passphrase, or with its recovery key. Slow: key derivation.

    A vault CoachDesk may not write (a write-protected stick, a mounted backup) opens read-only.
    """
    load_libraries()
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
    load_libraries()
    from coachdesk.vault import Vault

    with _readable_errors():
        return Vault.create(path, passphrase)


def save_first_profile(vault: Vault, details: ProfileDetails) -> None:
    """Store the coach profile of a new vault and save the vault (``ValidationError`` on bad input)."""
    load_libraries()
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
    """Copy ``backup`` to the new file ``target`` like a save (0600, flushed, renamed into place),
    never over an existing file; the backup is checked to be a vault file first. Returns ``target``."""
    from coachdesk.vault import restore_backup as restore_vault_file

    try:
        with _readable_errors():
            return restore_vault_file(backup, target)
    except VaultExists:
        raise BackupNotRestored(
            phrase("services", "{name} already exists; choose a new file name.").format(name=target.name)
        ) from None
    except VaultError as error:
        raise BackupNotRestored(
            phrase("services", "The backup could not be copied. {reason}").format(reason=error)
        ) from None


def set_aside_damaged(path: Path, today: date) -> Path:
    """Rename the damaged vault at ``path`` to say so (``practice (damaged 2026-12-05).coachdesk``),
    never over an existing file, so it is not opened again by mistake. Returns its new path."""
    from coachdesk.vault.diskio import fsync_folder

    number = 1
    while True:
        extra = f" {number}" if number > 1 else ""
        target = path.with_name(f"{path.stem} (damaged {today.isoformat()}{extra}){path.suffix}")
        try:
            os.link(path, target)  # fails rather than overwrite
        except FileExistsError:
            number += 1
            continue
        except OSError as error:
            raise VaultError(
                phrase("services", "{name} could not be renamed ({reason}).").format(
                    name=path.name, reason=error.strerror
                )
            ) from None
        break
    try:
        path.unlink()
    except OSError as error:
        target.unlink(missing_ok=True)
        raise VaultError(
            phrase("services", "{name} could not be renamed ({reason}).").format(
                name=path.name, reason=error.strerror
            )
        ) from None
    fsync_folder(path.parent, strict=False)
    return target


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for choosing one to restore: counts only, never a client's details."""

    path: Path
    saved_at: datetime
    size: int  # bytes
    label: str = ""
    opened: bool = False  # False: it did not open with the secret given, so nothing is known of it
    clients: int = 0
    sessions: int = 0
    last_change: datetime | None = None  # the newest change to a client or session in it

    @property
    def empty(self) -> bool:
        """Opened, and holds no clients: made before any data was entered."""
        return self.opened and self.clients == 0


def describe_backups(path: Path, secret: str, *, is_recovery_key: bool = False) -> list[BackupSummary]:
    """The backups of the vault at ``path``, newest first, each opened read-only with ``secret``
    to count what it holds. Slow: key derivation once per backup; run it off the GUI thread."""
    load_libraries()
    return [_describe(backup, secret, is_recovery_key) for backup in backups_of(path)]


def _describe(backup: Backup, secret: str, is_recovery_key: bool) -> BackupSummary:
    from sqlalchemy import func
    from sqlalchemy.exc import SQLAlchemyError
    from sqlmodel import select

    from coachdesk.domain import Client, CoachingSession
    from coachdesk.vault import Vault

    summary = BackupSummary(backup.path, backup.saved_at, backup.size, backup.label)
    try:
        opener = Vault.open_with_recovery_key if is_recovery_key else Vault.open
        with opener(backup.path, secret, read_only=True) as vault, vault.session() as db:
            clients = db.exec(select(func.count()).select_from(Client)).one()
            sessions = db.exec(select(func.count()).select_from(CoachingSession)).one()
            changes = [
                db.exec(select(func.max(Client.updated_at))).one(),
                db.exec(select(func.max(CoachingSession.updated_at))).one(),
            ]
    except (VaultError, OSError, SQLAlchemyError):
        return summary
    last = max((when for when in changes if when is not None), default=None)
    return BackupSummary(
        backup.path, backup.saved_at, backup.size, backup.label, True, clients, sessions, last
    )
