"""Reading vault files safely: the single-writer lock, bounded reads that refuse garbage early, restores."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import filelock

from coachdesk.vault.diskio import real_path
from coachdesk.vault.errors import VaultError, VaultExists, VaultInUse, VaultNotWritable
from coachdesk.vault.format import CHECKSUM_LENGTH, MAX_SLOTS, PREFIX_LENGTH, SLOT_LENGTH, parse_header
from coachdesk.vault.storage import create_exclusively, forget_cached, read_failed, save_failed

_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)
MAX_HEAD = PREFIX_LENGTH + MAX_SLOTS * SLOT_LENGTH + CHECKSUM_LENGTH


def lock_vault(path: Path) -> filelock.BaseFileLock:
    """Take the vault's single-writer lock (``<name>.lock`` beside it) or raise ``VaultInUse``.

    ``path`` must already be the real path (symlinks followed), so every way to the same file
    takes the same lock.
    """
    lock = filelock.FileLock(f"{path}.lock", timeout=0, mode=0o600)  # readable by the coach alone
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse(
            f"{path.name} is open in another CoachDesk window. Switch to that window, "
            "or close it there and open the vault again."
        ) from None
    except OSError as error:
        kind = VaultNotWritable if error.errno in _NOT_WRITABLE else VaultError
        raise kind(
            f"CoachDesk cannot lock {path.name} for writing ({error.strerror}). "
            "Check that its folder is writable."
        ) from None
    return lock


def read_vault_file(path: Path, *, header_only: bool = False) -> bytes:
    """The whole file (or just its header), after the header proved sound and sizes plausible."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(MAX_HEAD)
            parse_header(head, size)  # refuses garbage and absurd sizes without reading the rest
            if header_only:
                return head
            f.seek(0)
            contents = f.read()
            forget_cached(f.fileno())
            return contents
    except OSError as error:
        raise read_failed(error, path) from None


def restore_backup(backup: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy a backup (checked to be a sound vault file) to the new file ``target``; returns it.

    The copy is written and read back like a save and never overwrites: an existing ``target``
    raises ``VaultExists``. It opens with the passphrase the backup was made with.
    """
    source = real_path(Path(backup))
    contents = read_vault_file(source)
    parse_header(contents, len(contents))
    path = Path(target).absolute()
    if os.path.lexists(path):
        raise VaultExists(f"{path.name} already exists; choose a new file name.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise save_failed(error, path) from None
    if not create_exclusively(path, (contents,)):
        raise VaultExists(f"{path.name} already exists; choose a new file name.")
    return path
