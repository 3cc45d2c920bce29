"""Reading vault files safely: the single-writer lock and bounded reads that refuse garbage early."""

from __future__ import annotations

import os
from pathlib import Path

import filelock

from coachdesk.vault.errors import VaultError, VaultInUse, VaultNotFound
from coachdesk.vault.format import CHECKSUM_LENGTH, MAX_SLOTS, PREFIX_LENGTH, SLOT_LENGTH, parse_header
from coachdesk.vault.storage import forget_cached

MAX_HEAD = PREFIX_LENGTH + MAX_SLOTS * SLOT_LENGTH + CHECKSUM_LENGTH


def lock_vault(path: Path) -> filelock.BaseFileLock:
    """Take the vault's single-writer lock (``<name>.lock`` beside it) or raise ``VaultInUse``."""
    lock = filelock.FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse(
            f"{path.name} is open in another CoachDesk window. Switch to that window, "
            "or close it there and open the vault again."
        ) from None
    except OSError as error:
        raise VaultError(
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
    except FileNotFoundError:
        raise VaultNotFound(f"There is no vault at {path}.") from None
    except IsADirectoryError:
        raise VaultNotFound(f"{path} is a folder, not a vault file.") from None
    except PermissionError:
        raise VaultError(f"CoachDesk may not read {path.name}; check the file's permissions.") from None
