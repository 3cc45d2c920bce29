"""The command line: launch the app, or work on a vault file from a terminal or a script."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from coachdesk import __version__
from coachdesk.cli_language import add_language_option
from coachdesk.cli_secrets import SecretReader

_APP_EPILOG = """\
commands:
  coachdesk vault create PATH   create a new vault (prints its recovery key once)
  coachdesk vault check PATH    verify a vault end to end and describe it
  coachdesk vault passwd PATH   change a vault's passphrase (--new-recovery-key: and its keys)
  coachdesk vault merge VAULT OTHER [--dry-run]
                                take another copy's changes (a sync conflict) into VAULT;
                                OTHER is never changed
  coachdesk list clients|engagements|sessions|referrals VAULT
  coachdesk list mentoring|supervision|cce|invoices VAULT
                                print tab-separated rows with a header line
  coachdesk invoice draft VAULT ENGAGEMENT_ID [--until DATE]
                                a draft of an engagement's unbilled sessions; prints its id
  coachdesk invoice issue VAULT INVOICE_ID
                                issue a draft; prints the number it takes
  coachdesk invoice credit VAULT INVOICE_ID [--amount X]
                                a credit note for an invoice (X before VAT); prints its number
  coachdesk invoice pay VAULT INVOICE_ID AMOUNT [--on DATE]
                                record a payment received
  coachdesk invoice refund VAULT CREDIT_NOTE_ID AMOUNT [--on DATE] [--method M] [--reference R]
                                record money paid back against a credit note
  coachdesk demo PATH           create a vault holding a fictional practice to try things on
  coachdesk export agreement VAULT ENGAGEMENT_ID -o FILE.pdf [--language de|fr|en]
  coachdesk export referral VAULT REFERRAL_ID -o FILE.pdf [--language de|fr|en]
  coachdesk export sponsor-report VAULT ENGAGEMENT_ID -o FILE.pdf [--language de|fr|en]
                                print a coaching agreement, a referral letter or a
                                three-way engagement's sponsor report to PDF, in the
                                client's document language unless --language says
  coachdesk export invoice VAULT INVOICE_ID -o FILE.pdf [--facturx] [--recipient R]
                                [--language de|fr|en]
  coachdesk export reminder VAULT INVOICE_ID -o FILE.pdf [--language de|fr|en]
                                an invoice or credit note (Factur-X embedded with
                                --facturx), or a payment reminder, for its payer
  coachdesk export invoices VAULT -o FILE.csv [--from DATE] [--to DATE] [--payments]
                                the accountant's CSV of a period's invoices (or payments
                                and refunds)
  coachdesk export hours-log VAULT -o FILE.csv|FILE.pdf [--from DATE] [--to DATE]
                                the coaching-hours log (ICF format) with totals
  coachdesk export calendar VAULT -o FILE.ics [--names] [--reminder MINUTES]
                                upcoming sessions for a calendar (initials unless --names)
  coachdesk export credentials VAULT -o FOLDER
                                a credential application pack: PDF, log CSV, certificates
  coachdesk export client VAULT CLIENT_ID -o FOLDER
                                everything held about a client, for a subject-access request
  coachdesk import clients VAULT FILE
                                clients from a CSV or vCard file; bad rows are reported
  coachdesk erase client VAULT CLIENT_ID --yes [--redact-mentions | --keep-mentions]
                                erase a client; mentions in other records are listed first

Passphrases are prompted for on a terminal, or read one per line from standard
input when it is not a terminal (for scripts).
"""


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk",
        description="CoachDesk: an offline, encrypted practice desk for coaches and mentors.",
        epilog=_APP_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument(
        "vault", nargs="?", type=Path, help="the vault file to open (default: your practice vault)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a fresh demo vault with a fictional practice, in a temporary folder",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works, without a display: make a practice in a temporary "
        "folder, save, reopen, print an agreement and a referral letter, unlock it through the window "
        "offscreen; one line per step, exit status 0 when all pass; leaves no files behind",
    )
    return parser


def _vault_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coachdesk vault", description="Work on a vault file.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    create = commands.add_parser("create", help="create a new vault and print its recovery key once")
    create.add_argument("path", type=Path)
    check = commands.add_parser("check", help="verify a vault end to end and describe it")
    check.add_argument("path", type=Path)
    check.add_argument("--recovery-key", action="store_true", help="unlock with the recovery key instead")
    passwd = commands.add_parser("passwd", help="change the passphrase (old, then new)")
    passwd.add_argument("path", type=Path)
    passwd.add_argument(
        "--new-recovery-key",
        action="store_true",
        help="also replace the encryption key and the recovery key (prints the new one once); "
        "use it when the old passphrase or recovery key may be known to someone",
    )
    from coachdesk.cli_merge import add_merge_parser

    add_merge_parser(commands)
    return parser


def _list_parser() -> argparse.ArgumentParser:
    from coachdesk.services.listing import LISTS

    parser = argparse.ArgumentParser(
        prog="coachdesk list", description="Print tab-separated rows with a header line, for scripts."
    )
    parser.add_argument("what", choices=sorted(LISTS))
    parser.add_argument("vault", type=Path)
    return parser


def _demo_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk demo", description="Create a vault holding a fictional practice to try things on."
    )
    parser.add_argument("path", type=Path)
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk export",
        description="Print a document to PDF. The vault's passphrase is read first; with --protect, "
        "a password for the PDF is read next (at least 8 characters). The practice's records have "
        "their own: coachdesk export hours-log|calendar|client|credentials --help.",
    )
    parser.add_argument("what", choices=["agreement", "referral", "sponsor-report"])
    parser.add_argument("vault", type=Path)
    parser.add_argument(
        "record_id", metavar="ID", help="the engagement's or referral's id (from 'coachdesk list')"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    parser.add_argument("--protect", action="store_true", help="encrypt the PDF with a password (AES-256)")
    add_language_option(parser)
    parser.add_argument(
        "--recipient",
        help="who receives it, for the record of what left the vault (default: the client, the "
        'professional or the sponsor; "Coach\'s own use" for yourself)',
    )
    report = parser.add_argument_group("sponsor report")
    report.add_argument(
        "--summary-file", type=Path, help="a text file with the progress summary the client agreed to"
    )
    report.add_argument(
        "--client-agreed-summary",
        action="store_true",
        help="confirm that the client has read and agreed to the summary (required with --summary-file)",
    )
    report.add_argument(
        "--client-goal",
        action="append",
        default=[],
        metavar="GOAL_ID",
        help="include this goal of the client's own (the client agreed to share it); repeat for more",
    )
    return parser


def _vault_command(args: argparse.Namespace) -> int:
    from coachdesk.vault import Vault, VaultError
    from coachdesk.vault.report import describe_vault

    secrets = SecretReader(sys.stdin)
    try:
        if args.command == "create":
            vault = Vault.create(args.path, secrets.read("New passphrase: ", confirm=True))
            with vault:
                print(f"Created {vault.path}")
                print(f"Key derivation: {vault.kdf.describe()}")
                print()
                print("Recovery key (shown only now; print it or write it down and keep it safe):")
                print(f"    {vault.recovery_key}")
                print("It opens the vault if the passphrase is ever lost. Nothing else can.")
        elif args.command == "check":
            if args.recovery_key:
                vault = Vault.open_with_recovery_key(
                    args.path, secrets.read("Recovery key: "), read_only=True
                )
            else:
                vault = Vault.open(args.path, secrets.read("Passphrase: "), read_only=True)
            with vault:
                report, problems = describe_vault(vault)
                print(report)
            if problems:
                print(f"coachdesk: {args.path.name} is damaged: {problems[0]}", file=sys.stderr)
                return 1
        elif args.command == "merge":
            from coachdesk.cli_merge import merge_command

            return merge_command(args, secrets)
        else:
            vault = Vault.open(args.path, secrets.read("Current passphrase: "))
            with vault:
                from coachdesk.cli_passwd import change_passphrase

                return change_passphrase(vault, secrets, args.new_recovery_key)
    except VaultError as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    return 0


def _list_command(args: argparse.Namespace) -> int:
    from coachdesk.services.listing import LISTS, as_tsv
    from coachdesk.vault import Vault, VaultError, migrations

    try:
        with Vault.open(args.vault, SecretReader(sys.stdin).read("Passphrase: "), read_only=True) as vault:
            if migrations.needs_upgrade(vault.connection):
                print(
                    f"coachdesk: {args.vault.name} was made by an older CoachDesk; open it in the app "
                    "once (or run 'coachdesk vault check') to bring it up to date.",
                    file=sys.stderr,
                )
                return 1
            with vault.session() as db:
                sys.stdout.write(as_tsv(LISTS[args.what](db)))
    except VaultError as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    return 0


def _demo_command(args: argparse.Namespace) -> int:
    from coachdesk.services.demo import create_demo_vault
    from coachdesk.vault import VaultError

    passphrase = SecretReader(sys.stdin).read("New passphrase: ", confirm=True)
    try:
        with create_demo_vault(args.path, passphrase) as vault:
            print(f"Created the demo practice in {vault.path}")
            print(f"Recovery key (shown only now): {vault.recovery_key}")
    except VaultError as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    return 0


def _export_command(args: argparse.Namespace) -> int:
    from datetime import date

    from coachdesk.documents.files import protect_with_password
    from coachdesk.services.document_export import (
        agreement_document,
        export_document,
        referral_letter_document,
        sponsor_report_document,
    )
    from coachdesk.services.errors import ValidationError
    from coachdesk.vault import Vault, VaultError

    summary = ""
    if args.summary_file is not None:
        try:
            summary = args.summary_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"coachdesk: could not read the summary in {args.summary_file}: {error}", file=sys.stderr)
            return 1
    secrets = SecretReader(sys.stdin)
    passphrase = secrets.read("Passphrase: ")
    password = secrets.read("PDF password: ", confirm=True) if args.protect else ""
    try:
        with Vault.open(args.vault, passphrase) as vault, vault.session() as db:
            if args.what == "agreement":
                source = agreement_document(args.record_id, date.today(), args.language)
            elif args.what == "referral":
                source = referral_letter_document(args.record_id, date.today(), args.language)
            else:
                source = sponsor_report_document(
                    args.record_id,
                    date.today(),
                    progress_summary=summary,
                    summary_agreed=args.client_agreed_summary,
                    client_goal_ids=args.client_goal,
                    language=args.language,
                )
            pdf = source.render(db)
            if password:
                pdf = protect_with_password(pdf, password)
            export_document(db, args.output, pdf, source, vaults=[args.vault], recipient=args.recipient)
            vault.save()  # the export is recorded in the vault
    except (VaultError, ValidationError, ValueError) as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"coachdesk: could not write {args.output}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"Wrote {args.output}")
    return 0


def _export_or_import(arguments: list[str]) -> int:
    """``export`` of a document or of the practice's records (cli_records), or ``import`` of clients."""
    if arguments[:1] == ["import"] or arguments[1:2] in (
        ["hours-log"],
        ["calendar"],
        ["client"],
        ["credentials"],
    ):
        from coachdesk.cli_records import records_command

        return records_command(arguments)
    if arguments[1:2] in (["invoice"], ["reminder"], ["invoices"]):
        from coachdesk.cli_invoice_export import invoice_export_command

        return invoice_export_command(arguments[1:])
    return _export_command(_export_parser().parse_args(arguments[1:]))


def _erase_command(arguments: list[str]) -> int:
    from coachdesk.cli_erase import erase_command

    return erase_command(arguments[1:])


def _invoice_command(arguments: list[str]) -> int:
    from coachdesk.cli_invoices import invoice_command

    return invoice_command(arguments[1:])


_SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {
    "vault": lambda a: _vault_command(_vault_parser().parse_args(a[1:])),
    "list": lambda a: _list_command(_list_parser().parse_args(a[1:])),
    "export": _export_or_import,
    "import": _export_or_import,
    "erase": _erase_command,
    "invoice": _invoice_command,
    "demo": lambda a: _demo_command(_demo_parser().parse_args(a[1:])),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``coachdesk`` command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in _SUBCOMMANDS:
        return _SUBCOMMANDS[arguments[0]](arguments)
    args = _app_parser().parse_args(arguments)
    if args.self_test:
        from coachdesk.self_test import run_self_test

        return run_self_test()
    from coachdesk.app import run_app

    return run_app(args.vault, demo=args.demo)


def command() -> int:
    """The ``coachdesk`` command and ``python -m coachdesk``: the process made safe, then ``main``."""
    from coachdesk.process_safety import harden_process

    harden_process()
    return main()
