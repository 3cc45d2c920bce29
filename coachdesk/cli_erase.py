"""``coachdesk erase client``: erasure from the command line, mentions in other records included."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.cli_secrets import SecretReader

if TYPE_CHECKING:
    from coachdesk.services.db import Db
    from coachdesk.vault import Vault


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk erase client",
        description=(
            "Erase a client and everything linked to them, then save the vault. Other records that "
            "name the client (another client's conflict record, a referral, notes) are listed first: "
            "redact those mentions with --redact-mentions, or leave them with --keep-mentions. "
            "Without --yes nothing is erased; the command only says what would go."
        ),
    )
    parser.add_argument("vault", type=Path)
    parser.add_argument(
        "client_id", metavar="CLIENT_ID", help="the client's id (from 'coachdesk list clients')"
    )
    parser.add_argument("--yes", action="store_true", help="erase (without it, only report)")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--redact-mentions",
        action="store_true",
        help='replace each mention of the client in other records with "[name removed]"',
    )
    choice.add_argument(
        "--keep-mentions",
        action="store_true",
        help="erase, leaving the mentions in other records as they are",
    )
    return parser


def erase_command(arguments: Sequence[str]) -> int:
    """``coachdesk erase client VAULT CLIENT_ID [--yes] [--redact-mentions | --keep-mentions]``."""
    if list(arguments[:1]) != ["client"]:
        print(
            "coachdesk: usage: coachdesk erase client VAULT CLIENT_ID --yes [--redact-mentions]",
            file=sys.stderr,
        )
        return 2
    args = _parser().parse_args(list(arguments[1:]))
    from coachdesk.services.errors import ValidationError
    from coachdesk.vault import Vault, VaultError

    try:
        client_id = uuid.UUID(args.client_id)
    except ValueError:
        print(
            f"coachdesk: {args.client_id!r} is not a client id (see 'coachdesk list clients')",
            file=sys.stderr,
        )
        return 1
    try:
        passphrase = SecretReader(sys.stdin).read("Passphrase: ")
        with Vault.open(args.vault, passphrase) as vault, vault.session() as db:
            return _erase(vault, db, client_id, args)
    except (VaultError, ValidationError) as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1


def _erase(vault: Vault, db: Db, client_id: uuid.UUID, args: argparse.Namespace) -> int:
    from coachdesk.documents.plain_text import one_line
    from coachdesk.services.client_records import erase_client, erasure_plan
    from coachdesk.services.mentions import find_mentions

    plan = erasure_plan(db, client_id, vault.path)
    mentions = find_mentions(db, client_id)
    name = one_line(plan.client_name)
    print(f"Erasing {name} removes: " + (", ".join(plan.lines()) or "the client record alone") + ".")
    if mentions:
        print(f"{len(mentions)} mention(s) of {name} in other records:")
        for mention in mentions:
            excerpt = one_line(f"…{mention.before}[{mention.matched}]{mention.after}…")
            print(f"  {one_line(mention.where)} ({mention.field.replace('_', ' ')}): {excerpt}")
    if not args.yes:
        print("Nothing was erased: run again with --yes to erase.", file=sys.stderr)
        return 1
    if mentions and not (args.redact_mentions or args.keep_mentions):
        print(
            "coachdesk: nothing was erased: other records mention the client. Add --redact-mentions to "
            "replace those mentions with “[name removed]”, or --keep-mentions to leave them.",
            file=sys.stderr,
        )
        return 1
    erase_client(db, client_id, redact=mentions if args.redact_mentions else ())
    vault.save()
    redacted = f"; {len(mentions)} mention(s) redacted" if args.redact_mentions and mentions else ""
    print(f"Erased {name} and saved {vault.path.name}{redacted}.")
    if plan.backups:
        print(
            f"{len(plan.backups)} backup(s) in {plan.backups[0].parent} still hold the client until they "
            "leave the rotation; delete them to remove the client from them now."
        )
    return 0
