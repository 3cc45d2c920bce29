"""``coachdesk vault merge VAULT OTHER [--dry-run]``: take another copy's changes into a vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coachdesk.cli_secrets import SecretReader


def add_merge_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``merge`` subcommand of ``coachdesk vault``."""
    merge = commands.add_parser(
        "merge",
        help="merge another copy of the vault (a sync tool's conflicted copy) into it; "
        "passphrases one per line: the vault's, then the other copy's",
    )
    merge.add_argument("path", metavar="VAULT", type=Path)
    merge.add_argument("other", metavar="OTHER", type=Path, help="the other copy; never changed")
    merge.add_argument("--dry-run", action="store_true", help="say what would change; save nothing")


def merge_command(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Merge ``args.other`` into ``args.path`` and save it (unless ``--dry-run``); print the summary."""
    from coachdesk.services.errors import ValidationError
    from coachdesk.services.merge import describe_summary
    from coachdesk.services.merge_copies import merge_file
    from coachdesk.vault import Vault, VaultError

    try:
        passphrase = secrets.read("Passphrase: ")
        other_passphrase = secrets.read("The other copy's passphrase: ")
        with Vault.open(args.path, passphrase) as vault:
            summary = merge_file(vault, args.other, other_passphrase, dry_run=args.dry_run)
            if not args.dry_run and vault.has_unsaved_changes:
                vault.save()
    except (VaultError, ValidationError) as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Dry run: nothing was saved. The merge would make these changes:")
    for line in describe_summary(summary):
        print(line)
    return 0
