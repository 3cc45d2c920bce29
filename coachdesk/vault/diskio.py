"""Small file-system helpers shared by saving and backups: folder fsync, cache release, quiet delete."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_folder(folder: Path, *, strict: bool = True) -> None:
    """Make a new name in ``folder`` durable, where the platform allows opening folders.

    ``strict=False`` after the vault was replaced: the new file is in place by then, so a
    failure must not be reported as a failed save.
    """
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict:
            raise
    finally:
        os.close(fd)


def forget_cached(fd: int) -> None:
    """Let the OS drop a file's cached pages once it is safely on disk and checked.

    Each save writes the whole vault anew; without this the cache fills with old versions and
    new writes get several times slower (seen on virtual machines), for no benefit.
    """
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def discard(path: Path) -> None:
    """Delete ``path`` if it is there; a failure is ignored."""
    with contextlib.suppress(OSError):
        path.unlink()


def real_path(path: Path) -> Path:
    """Where ``path`` really leads: absolute, with every symlink along it followed."""
    return Path(os.path.realpath(path))
