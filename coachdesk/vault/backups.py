"""Backups beside a vault: numbered by a save counter, listed for restoring, thinned out by age."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coachdesk.vault.diskio import discard, fsync_folder, real_path
from coachdesk.vault.errors import VaultSaveFailed

# Retention (docs/vault-format.md, section 8, "Backups"): a backup is kept while any rule keeps it.
KEEP_RECENT = 20  # every save of the last hour, up to this many
RECENT = timedelta(hours=1)
HOURLY_FOR = timedelta(days=1)  # then the newest backup of each hour
DAILY_FOR = timedelta(days=30)  # then the newest of each day
MONTHLY_FOR = timedelta(days=365)  # then the newest of each month; older ones are deleted
KEEP_BACKUPS = KEEP_RECENT  # the most backups kept from one busy hour (name kept for callers)

_STAMP = "%Y-%m-%dT%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d)\.(?P<us>\d{6})Z"
    r"(?:-s(?P<sequence>\d+))?"
    r"(?:-(?P<label>[a-z]+(?:-[a-z]+)*))?(?P<ext>\.[^.]*)?$"
)


@dataclass(frozen=True)
class Backup:
    """An earlier version of a vault, itself a complete vault file."""

    path: Path
    saved_at: datetime  # when the version kept here was saved (UTC, from the file's clock)
    label: str = ""  # e.g. "before-upgrade": kept out of the rotation
    sequence: int = 0  # the save counter, which orders backups; 0 for names from earlier builds
    size: int = 0  # bytes

    @property
    def order(self) -> tuple[int, datetime, str]:
        """Sort key: by sequence, which no clock can reorder; older unnumbered names by their time."""
        return self.sequence, self.saved_at, self.path.name


BackupInfo = Backup


def backup_folder(path: Path) -> Path:
    return path.parent / f"{path.name}-backups"


def list_backups(vault_path: Path) -> list[Backup]:
    """Backups of the vault at ``vault_path`` (a symlink is followed), newest first."""
    path = real_path(vault_path)
    folder = backup_folder(path)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None or match["stem"] != path.stem or (match["ext"] or "") != path.suffix:
            continue
        try:
            size = os.stat(folder / name).st_size
        except OSError:
            continue  # vanished meanwhile, or unreadable: not offered for restoring
        saved_at = datetime.strptime(match["stamp"], _STAMP).replace(microsecond=int(match["us"]), tzinfo=UTC)
        sequence = int(match["sequence"] or 0)
        found.append(Backup(folder / name, saved_at, match["label"] or "", sequence, size))
    return sorted(found, key=lambda b: b.order, reverse=True)


def make_backup(path: Path, label: str = "") -> Path:
    """Keep the file at ``path`` as the newest backup (a hard link where possible), numbered by
    the next save counter. A labelled backup (such as the one taken before a schema upgrade) is
    never rotated away. If the newest backup with this label already is this very file, it is
    reused."""
    folder = backup_folder(path)
    if os.path.lexists(folder) and not folder.is_dir():
        raise VaultSaveFailed(
            f"Could not save {path.name}: a file named {folder.name} stands beside it, where "
            "CoachDesk keeps the vault's backups. Nothing was lost: your changes are kept in memory "
            "and the file on disk is unchanged. Rename or move that file, then save again."
        )
    folder.mkdir(mode=0o700, exist_ok=True)
    existing = list_backups(path)
    st = path.stat()
    newest = next((b for b in existing if b.label == label), None)
    if newest is not None and _is_file(newest.path, st):
        return newest.path
    sequence = max((b.sequence for b in existing), default=0) + 1
    saved = datetime.fromtimestamp(st.st_mtime_ns // 1_000_000_000, UTC)
    micro = (st.st_mtime_ns // 1000) % 1_000_000
    tail = f"-{label}{path.suffix}" if label else path.suffix
    while True:
        target = folder / f"{path.stem}-{saved.strftime(_STAMP)}.{micro:06d}Z-s{sequence:06d}{tail}"
        if not os.path.lexists(target):
            break
        sequence += 1  # only if something else took the name: never overwrite a backup
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
        os.chmod(target, 0o600)
    fsync_folder(folder)
    return target


def _is_file(candidate: Path, st: os.stat_result) -> bool:
    try:
        other = os.stat(candidate)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino)


def backups_to_keep(backups: Sequence[Backup], now: datetime) -> set[Path]:
    """The backups the retention rules keep, given all of them (any order) and the time now.

    Labelled backups are always kept. The rotated ones are ordered by sequence. A backup's age
    is the time that went forward from it to the next newer one, and so on up to ``now``: a
    step where the clock went back counts as no time. So a clock that was once ahead, or that
    jumps back a year, neither deletes a run of recent saves nor makes old ones look new. Each
    backup's hour, day and month are those of its own time stamp.
    """
    keep = {b.path for b in backups if b.label}
    rotated = sorted((b for b in backups if not b.label), key=lambda b: b.order, reverse=True)
    if not rotated:
        return keep
    keep.add(rotated[0].path)  # the version just before the current one, however old
    tiers: list[tuple[timedelta, Callable[[datetime], str]]] = [
        (HOURLY_FOR, lambda t: t.strftime("%Y-%m-%dT%H")),
        (DAILY_FOR, lambda t: t.strftime("%Y-%m-%d")),
        (MONTHLY_FOR, lambda t: t.strftime("%Y-%m")),
    ]
    claimed: set[tuple[int, str]] = set()
    recent = 0
    age = max(now - rotated[0].saved_at, timedelta(0))
    newer = rotated[0].saved_at
    for backup in rotated:  # newest first
        age += max(newer - backup.saved_at, timedelta(0))
        newer = backup.saved_at
        if age < RECENT and recent < KEEP_RECENT:
            keep.add(backup.path)
            recent += 1
        for index, (within, bucket) in enumerate(tiers):
            key = (index, bucket(backup.saved_at))
            if key not in claimed:
                claimed.add(key)  # the newest backup of its hour, day or month
                if age < within:
                    keep.add(backup.path)
    return keep


def prune_backups(path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the rotated backups the retention rules no longer keep; returns them.

    A failure here never fails the save: a backup that cannot be deleted simply stays.
    """
    backups = list_backups(path)
    keep = backups_to_keep(backups, now or datetime.now(UTC))
    gone = [b.path for b in backups if b.path not in keep]
    for old in gone:
        discard(old)
    return gone
