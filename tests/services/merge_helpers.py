"""Two copies of one vault from a common origin, and what to compare after merging them."""

from __future__ import annotations

import shutil
from pathlib import Path

from coachdesk.services.merge import MergeSummary
from coachdesk.services.merge_copies import merge_copy
from coachdesk.vault import Vault, history
from tests.conftest import FAST_KDF, PASSPHRASE

__all__ = ["FAST_KDF", "content", "copy_of", "merge"]


def copy_of(vault: Vault, target: Path) -> Vault:
    """Save ``vault`` and open a copy of its file at ``target`` (as a sync tool would deliver it)."""
    vault.save()
    shutil.copyfile(vault.real_path, target)
    return Vault.open(target, PASSPHRASE)


def merge(vault: Vault, other: Vault) -> MergeSummary:
    """Merge ``other`` into ``vault`` as it is in memory (through a saved copy of it, read-only)."""
    image_path = other.real_path.with_name(other.real_path.stem + " (merge source).coachdesk")
    image_path.unlink(missing_ok=True)
    other.save_copy(image_path)
    with Vault.open(image_path, PASSPHRASE, read_only=True) as source:
        return merge_copy(vault, source)


def content(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every practice record, sorted, with the merge conflicts kept for review."""
    connection = vault.connection
    tables = {}
    for table in history.practice_tables(connection):
        rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
        tables[table] = sorted(rows, key=repr)
    conflicts = connection.execute(
        "SELECT id, table_name, row_id, field, kept_value, other_value, kept_at, other_at FROM merge_conflict"
    ).fetchall()
    tables["merge_conflict"] = sorted(conflicts, key=repr)
    return tables
