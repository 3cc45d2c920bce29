"""Vault files on disk: atomic save with read-back, rotated backups, fingerprints, stray temp files."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk.vault.backups import (
    KEEP_BACKUPS,
    Backup,
    backup_folder,
    list_backups,
    make_backup,
    prune_backups,
)
from coachdesk.vault.diskio import discard as _discard
from coachdesk.vault.diskio import forget_cached, fsync_folder
from coachdesk.vault.errors import VaultError, VaultNotFound, VaultSaveFailed

__all__ = [  # backups and small disk helpers live in their own modules; named here for callers
    "KEEP_BACKUPS",
    "Backup",
    "Chunks",
    "Fingerprint",
    "backup_folder",
    "clean_temp_files",
    "conflicted_copies",
    "create_exclusively",
    "forget_cached",
    "fsync_folder",
    "list_backups",
    "make_backup",
    "prune_backups",
    "read_failed",
    "replace_atomically",
    "save_failed",
    "temp_files",
    "write_temp",
]

_TEMP_SUFFIX = ".tmp"

_ERRNO_ADVICE = {
    errno.ENOSPC: ("the disk is full", "free some space"),
    errno.EDQUOT: ("your disk quota is used up", "free some space"),
    errno.EIO: ("the disk reported an input/output error", "check the disk or save a copy elsewhere"),
    errno.EROFS: ("the disk is read-only", "save a copy elsewhere"),
    errno.EACCES: ("CoachDesk may not write in that folder", "check the folder's permissions"),
    errno.EPERM: ("CoachDesk may not write in that folder", "check the folder's permissions"),
    errno.ENOENT: ("the vault's folder no longer exists", "reconnect the drive or save a copy elsewhere"),
}


def save_failed(error: OSError, path: Path) -> VaultSaveFailed:
    """A save failure naming the cause and the fix; never includes file contents."""
    reason, fix = _ERRNO_ADVICE.get(
        error.errno or 0, (error.strerror or "the system refused the write", "try again")
    )
    return VaultSaveFailed(
        f"Could not save {path.name}: {reason}. Nothing was lost: your changes are kept "
        f"in memory and the file on disk is unchanged. {fix.capitalize()}, then save again.",
        errno=error.errno,
    )


_READ_ADVICE = {
    errno.EACCES: "CoachDesk may not read it; check the file's and its folder's permissions",
    errno.EPERM: "CoachDesk may not read it; check the file's and its folder's permissions",
    errno.EIO: "the disk reported an input/output error; check the disk, or open one of its backups",
    errno.ELOOP: "it is a shortcut (symlink) that leads round in a circle; point it at the vault file",
    errno.ENAMETOOLONG: "its name or folder path is too long; move it to a shorter path",
}


def read_failed(error: OSError, path: Path) -> VaultError:
    """A failure to read or reach a vault, naming the cause and the fix; never includes contents."""
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOTDIR:
        return VaultNotFound(f"There is no vault at {path}.")
    if isinstance(error, IsADirectoryError):
        return VaultNotFound(f"{path} is a folder, not a vault file.")
    reason = _READ_ADVICE.get(error.errno or 0, f"{error.strerror or 'the system refused'}; try again")
    return VaultError(f"CoachDesk could not read {path.name}: {reason}.")


@dataclass(frozen=True)
class Fingerprint:
    """What identifies the exact file this vault last read or wrote."""

    size: int
    mtime_ns: int
    inode: int
    head: bytes  # header and checksum: they hold the nonce, fresh on every save
    tail: bytes  # the payload's authentication tag

    @classmethod
    def of(cls, path: Path, head_length: int, tail_length: int) -> Fingerprint | None:
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                head = f.read(head_length)
                f.seek(max(st.st_size - tail_length, 0))
                tail = f.read(tail_length)
        except FileNotFoundError:
            return None
        return cls(st.st_size, st.st_mtime_ns, st.st_ino, head, tail)

    def matches(self, other: Fingerprint | None) -> bool:
        """Same file contents: a cheap stat comparison first, the bytes only when it differs."""
        if other is None:
            return False
        if (self.size, self.mtime_ns, self.inode) == (other.size, other.mtime_ns, other.inode):
            return True
        return (self.size, self.head, self.tail) == (other.size, other.head, other.tail)


def _temp_files_in(folder: Path, prefix: str) -> list[Path]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / n for n in names if n.startswith(prefix) and n.endswith(_TEMP_SUFFIX)]


def temp_files(path: Path) -> list[Path]:
    """Temp files a save of ``path`` (or a re-encryption of its backups) left behind on a crash."""
    return _temp_files_in(path.parent, f".{path.name}.") + _temp_files_in(backup_folder(path), ".")


def clean_temp_files(path: Path) -> int:
    """Remove stray temp files of ``path`` (call only while holding the vault's lock)."""
    removed = 0
    for stray in temp_files(path):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed += 1
    return removed


# What a file is written from, in order. Read twice (written, then compared with what the disk
# gives back): a collection, or an object whose every pass gives the same bytes (SealedFile).
Chunks = Iterable[bytes | memoryview]
_READ_BACK_BLOCK = 4 * 1024 * 1024
_WRITE_BLOCK = 1024 * 1024


def _write_all(fd: int, chunks: Chunks) -> None:
    """Write in blocks of 1 MiB: one giant write() is several times slower on Linux."""
    for chunk in chunks:
        view = memoryview(chunk)
        while view:
            written = os.write(fd, view[:_WRITE_BLOCK])
            view = view[written:]


def write_temp(path: Path, chunks: Chunks) -> Path:
    """Write ``chunks`` to a new 0600 temp file beside ``path``, flushed to disk; returns its path."""
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}{_TEMP_SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        _write_all(fd, chunks)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _discard(temp)
        raise
    os.close(fd)
    return temp


def _read_back(temp: Path, chunks: Chunks, path: Path) -> None:
    """Refuse to go on unless the file holds exactly the bytes meant for it (read in blocks)."""
    with open(temp, "rb") as f:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                block = f.read(min(len(view), _READ_BACK_BLOCK))
                if not block or view[: len(block)].tobytes() != block:  # memcmp, not per item
                    raise VaultSaveFailed(
                        f"Could not save {path.name}: the disk gave back different bytes than were "
                        "written. Nothing was lost: your changes are kept in memory and the file on "
                        "disk is unchanged. Check the disk, or save a copy elsewhere."
                    )
                view = view[len(block) :]
        if f.read(1):
            raise VaultSaveFailed(f"Could not save {path.name}: the written file is longer than intended.")
        forget_cached(f.fileno())


def replace_atomically(
    path: Path, chunks: Chunks, *, keep_backup: bool = True, now: datetime | None = None
) -> None:
    """Replace ``path`` by ``chunks`` so that a crash at any moment leaves the old or the new file.

    The temp file is flushed, read back and compared before it takes ``path``'s place; the
    previous file becomes the newest rotated backup. Any failure before the replace raises
    ``VaultSaveFailed`` with ``path`` untouched; nothing after the replace can fail the save.
    """
    try:
        temp = write_temp(path, chunks)
        try:
            _read_back(temp, chunks, path)
            if keep_backup and path.exists():
                make_backup(path)
            os.replace(temp, path)
        except BaseException:
            _discard(temp)
            raise
    except OSError as error:
        raise save_failed(error, path) from None
    fsync_folder(path.parent, strict=False)
    if keep_backup:
        prune_backups(path, now=now)


def create_exclusively(path: Path, chunks: Chunks) -> bool:
    """Write a new file at ``path`` atomically; False if something already exists there."""
    try:
        temp = write_temp(path, chunks)
        try:
            _read_back(temp, chunks, path)
            try:
                os.link(temp, path)  # fails rather than overwrite
            except FileExistsError:
                return False
            except OSError:
                if path.exists():
                    return False
                os.replace(temp, path)
        finally:
            _discard(temp)
    except OSError as error:
        raise save_failed(error, path) from None
    fsync_folder(path.parent, strict=False)
    return True


def conflicted_copies(path: Path) -> list[Path]:
    """Copies of the vault that sync tools made when two machines changed it at once.

    Syncthing writes ``practice.sync-conflict-….coachdesk``; Dropbox, Nextcloud and others
    ``practice (… conflicted copy …).coachdesk``: the vault's stem followed directly by one
    of those markers, and the vault's suffix.
    """
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    stem, suffix = path.stem.lower(), path.suffix.lower()
    found = []
    for name in names:
        lower = name.lower()
        if name == path.name or not lower.startswith(stem) or not lower.endswith(suffix):
            continue
        rest = lower[len(stem) : len(lower) - len(suffix)]
        if rest.startswith(".sync-conflict") or (rest.startswith(" (") and "conflict" in rest):
            found.append(path.parent / name)
    return sorted(found)
