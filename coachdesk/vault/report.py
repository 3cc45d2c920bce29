"""A plain-text description of an open vault, for ``coachdesk vault check``."""

from __future__ import annotations

import os

from coachdesk.vault.database import integrity_problems, table_row_counts
from coachdesk.vault.storage import read_failed
from coachdesk.vault.vault import Vault


def describe_vault(vault: Vault) -> tuple[str, list[str]]:
    """The report's lines, and SQLite's integrity problems (empty when sound)."""
    try:
        size = os.path.getsize(vault.real_path)
    except OSError as error:
        raise read_failed(error, vault.path) from None
    problems = integrity_problems(vault.connection)
    counts = table_row_counts(vault.connection)
    lines = [
        f"vault            {vault.path}",
        f"format version   {vault.format_version}",
        f"key derivation   {vault.kdf.describe()}",
        f"recovery key     {'set' if vault.has_recovery_key else 'none'}",
        f"file size        {size:,} bytes ({size / 1_048_576:.1f} MiB)",
        f"backups          {len(vault.backups())}",
        f"integrity        {'ok' if not problems else problems[0]}",
        f"tables           {len(counts)}" + ("" if counts else " (empty vault)"),
    ]
    width = max((len(name) for name in counts), default=0)
    lines += [f"  {name:<{width}}  {rows:>9,}" for name, rows in counts.items()]
    copies = vault.conflicted_copies()
    if copies:
        lines.append(
            f"sync conflicts   {len(copies)} conflicted cop{'y' if len(copies) == 1 else 'ies'} beside it:"
        )
        lines += [f"  {copy.name}" for copy in copies]
    return "\n".join(lines), problems
