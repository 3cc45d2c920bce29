"""Merging another copy of the vault (a conflicted copy, the file as another computer saved it)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.domain.phrases import phrase
from coachdesk.services.errors import ValidationError
from coachdesk.services.merge import MergeSummary, merge_databases

if TYPE_CHECKING:
    from coachdesk.vault import Vault


def open_other_copy(path: Path, secret: str, *, is_recovery_key: bool = False) -> Vault:
    """Open another copy read-only (never changed, never saved); an older one is brought up to date
    in memory only. Slow: key derivation."""
    from coachdesk.vault import Vault

    opener = Vault.open_with_recovery_key if is_recovery_key else Vault.open
    other = opener(path, secret, read_only=True)
    try:
        _bring_up_to_date(other)
    except BaseException:
        other.close()
        raise
    return other


def _bring_up_to_date(other: Vault) -> None:
    """Migrate an older copy's schema in memory (it is never saved)."""
    from coachdesk.vault import migrations

    if migrations.needs_upgrade(other.connection) and not migrations.is_newer_than_this_version(
        other.connection
    ):
        migrations.upgrade(other.engine)


def open_sibling_copy(vault: Vault, path: Path) -> Vault:
    """Open another copy of ``vault`` read-only with the vault's own key (no passphrase asked); an
    older one is brought up to date in memory only. ``WrongPassphrase`` when keyed differently."""
    other = vault.open_copy(path)
    try:
        _bring_up_to_date(other)
    except BaseException:
        other.close()
        raise
    return other


def merge_sibling(vault: Vault, path: Path, *, dry_run: bool = False) -> MergeSummary:
    """Merge the copy at ``path`` (keyed like ``vault``: a conflicted copy, the file on disk) into it."""
    if _same_file(vault.real_path, path) and not vault.read_only:
        return merge_on_disk(vault, dry_run=dry_run)
    with open_sibling_copy(vault, path) as other:
        return merge_copy(vault, other, dry_run=dry_run)


def merge_on_disk(vault: Vault, *, dry_run: bool = False) -> MergeSummary:
    """After "changed on disk": merge the vault's own file, as another program left it, into memory.

    The caller then saves with ``keep_this_version`` (the file on disk goes to the backups first)."""
    with open_sibling_copy(vault, vault.real_path) as other:
        return merge_databases(vault.connection, other.connection.serialize(), dry_run=dry_run)


def merge_copy(vault: Vault, other: Vault, *, dry_run: bool = False) -> MergeSummary:
    """Merge the open copy ``other`` into ``vault`` (not saved: the caller saves). ``other`` is only read."""
    if vault.read_only:
        raise ValidationError(
            "vault", phrase("services", "This vault was opened read-only; it cannot take in another copy.")
        )
    if _same_file(vault.real_path, other.real_path):
        raise ValidationError("other", phrase("services", "That is the vault itself; choose the other copy."))
    return merge_databases(vault.connection, other.connection.serialize(), dry_run=dry_run)


def merge_file(
    vault: Vault, path: Path, secret: str, *, dry_run: bool = False, is_recovery_key: bool = False
) -> MergeSummary:
    """Open the copy at ``path`` with ``secret`` and merge it into ``vault`` (see ``merge_copy``)."""
    if _same_file(vault.real_path, path):
        raise ValidationError("other", phrase("services", "That is the vault itself; choose the other copy."))
    with open_other_copy(path, secret, is_recovery_key=is_recovery_key) as other:
        return merge_copy(vault, other, dry_run=dry_run)


def set_aside_merged_copy(vault: Vault, copy: Path) -> Path:
    """Move a merged conflicted copy into the vault's backups folder (never over a file there)."""
    from coachdesk.vault.storage import backup_folder, fsync_folder

    folder = backup_folder(vault.real_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"merged {copy.name}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"merged {number} {copy.name}"
    os.replace(copy, target)
    fsync_folder(folder, strict=False)
    return target


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False
