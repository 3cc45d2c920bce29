"""The command line's practice-records commands: the hours log, the calendar, a client's records, imports."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from coachdesk.cli_secrets import SecretReader
from coachdesk.vault import Vault

if TYPE_CHECKING:
    from coachdesk.services.client_import import ImportRow

EXPORTS = ("hours-log", "calendar", "client", "credentials")


def _export_parser(what: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"coachdesk export {what}")
    parser.add_argument("vault", type=Path)
    if what == "hours-log":
        parser.description = (
            "Write the coaching-hours log (ICF format) as CSV or PDF, by the file's suffix: completed "
            "sessions, clients without consent to be named counted in one line, totals and progress "
            "towards ACC, PCC and MCC."
        )
        parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv or FILE.pdf")
        parser.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
        parser.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
        parser.add_argument(
            "--recipient", help="who receives it, for the record of what left the vault (default: yourself)"
        )
    elif what == "calendar":
        parser.description = (
            "Write upcoming sessions as an iCalendar file. Titles show the client's initials unless "
            "--names is given; importing a newer file updates the events instead of adding copies."
        )
        parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.ics")
        parser.add_argument("--names", action="store_true", help="show clients' names in the titles")
        parser.add_argument(
            "--reminder",
            type=int,
            metavar="MINUTES",
            help="a reminder this many minutes before each session (default: none)",
        )
    elif what == "credentials":
        parser.description = (
            "Write a credential application pack to a new or empty folder: one PDF (readiness, the "
            "coaching log, mentor coaching, continuing coach education with its certificates listed, "
            "supervision), the coaching log as CSV in ICF's columns, and the CCE certificates."
        )
        parser.add_argument("-o", "--output", type=Path, required=True, help="a new or empty folder")
        parser.add_argument(
            "--recipient", help="who receives it, for the record of what left the vault (default: yourself)"
        )
    else:
        parser.description = (
            "Write everything held about a client to a folder (client.json and their agreements and "
            "referral letters as PDFs), for a subject-access or portability request."
        )
        parser.add_argument(
            "client_id", metavar="CLIENT_ID", help="the client's id (from 'coachdesk list clients')"
        )
        parser.add_argument("-o", "--output", type=Path, required=True, help="a new or empty folder")
        parser.add_argument(
            "--recipient",
            help="who receives it, for the record of what left the vault (default: the client; "
            '"Coach\'s own use" for yourself)',
        )
    return parser


def _import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk import",
        description="Import clients from a CSV file (as spreadsheets and address books write it) or a "
        "vCard file. Rows that cannot be imported are named with their line and the reason; the others "
        "go in together. Rows that look like clients already in the practice are skipped unless "
        "--include-duplicates is given.",
    )
    parser.add_argument("what", choices=["clients"])
    parser.add_argument("vault", type=Path)
    parser.add_argument("file", type=Path, help="a .csv or .vcf file")
    parser.add_argument("--include-duplicates", action="store_true", help="import likely duplicates too")
    parser.add_argument("--dry-run", action="store_true", help="check the file and report; import nothing")
    return parser


def _error(message: str) -> int:
    print(f"coachdesk: {message}", file=sys.stderr)
    return 1


@contextmanager
def _opened(path: Path) -> Iterator[tuple[Vault, Session]]:
    passphrase = SecretReader(sys.stdin).read("Passphrase: ")
    with Vault.open(path, passphrase) as vault, vault.session() as db:
        yield vault, db


def _run(action: Callable[[], int], output: Path | None = None) -> int:
    """Run ``action``, turning the errors a coach can act on into one line and exit status 1."""
    from coachdesk.services.errors import ValidationError
    from coachdesk.vault import VaultError

    try:
        return action()
    except (VaultError, ValidationError) as error:
        return _error(str(error))
    except OSError as error:
        where = output if output is not None else error.filename
        return _error(f"could not write {where}: {error.strerror}")


def records_command(arguments: Sequence[str]) -> int:
    """``coachdesk export hours-log|calendar|client …`` or ``coachdesk import clients …``."""
    if arguments[0] == "import":
        return _run(lambda: _import(_import_parser().parse_args(arguments[1:])))
    return _export(arguments[1:])


def _export(arguments: Sequence[str]) -> int:
    what = arguments[0]
    args = _export_parser(what).parse_args(arguments[1:])
    commands = {
        "hours-log": _hours_log,
        "calendar": _calendar,
        "client": _client,
        "credentials": _credentials,
    }
    return _run(lambda: commands[what](args), args.output)


def _hours_log(args: argparse.Namespace) -> int:
    from coachdesk.services.hours_log import hours_log
    from coachdesk.services.hours_log_export import export_hours_log

    with _opened(args.vault) as (vault, session):
        log = hours_log(session, date.today(), start=args.start, end=args.end)
        export_hours_log(
            session, args.output, date.today(), log=log, vaults=[args.vault], recipient=args.recipient
        )
        vault.save()  # the export is recorded in the vault
    t = log.totals
    print(
        f"Wrote {args.output}: {len(log.rows)} rows, {t.hours} coaching hours ({t.paid_hours} paid, "
        f"{t.pro_bono_hours} pro bono), {t.clients} clients"
    )
    for apart in log.not_claimable:
        print(f"  Not claimable: {apart.clients} clients, {apart.hours} hours \u2014 {apart.reason}")
    for progress in log.progress:
        state = "met" if progress.met else "not yet"
        print(f"  {progress.credential.name}: {state}")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from coachdesk.services.calendar_export import export_calendar

    with _opened(args.vault) as (vault, session):
        count = export_calendar(
            session, args.output, names=args.names, vaults=[args.vault], reminder_minutes=args.reminder
        )
        vault.save()  # the export is recorded in the vault
    shown = "names" if args.names else "initials only"
    print(f"Wrote {args.output}: {count} upcoming sessions (titles show {shown})")
    return 0


def _client(args: argparse.Namespace) -> int:
    from coachdesk.services.client_records import export_client

    with _opened(args.vault) as (vault, session):
        result = export_client(
            session, args.client_id, args.output, date.today(), vaults=[args.vault], recipient=args.recipient
        )
        vault.save()  # the export is audited
    print(f"Wrote {len(result.files)} files to {result.folder}:")
    for path in result.files:
        print(f"  {path.name}")
    for reason in result.not_printed:
        print(f"  not printed: {reason}")
    return 0


def _credentials(args: argparse.Namespace) -> int:
    from coachdesk.services.application_pack import export_application_pack

    with _opened(args.vault) as (vault, session):
        result = export_application_pack(
            session, args.output, date.today(), vaults=[args.vault], recipient=args.recipient
        )
        vault.save()  # the files are recorded in the outbound ledger
    print(f"Wrote {len(result.files)} files to {result.folder}:")
    for path in result.files:
        print(f"  {path.relative_to(result.folder)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Report bad rows and likely duplicates, import the rest in one transaction."""
    from coachdesk.services.client_import import import_clients, preview_file

    with _opened(args.vault) as (vault, session):
        try:
            preview = preview_file(session, args.file)
        except OSError as error:
            return _error(f"could not read {args.file}: {error.strerror}")
        for row in preview.bad:
            print(f"coachdesk: line {row.line}: not imported: {row.reason}", file=sys.stderr)
        chosen = preview.good if args.include_duplicates else preview.new_clients
        if not args.include_duplicates:
            for row in preview.good:
                if row.likely_duplicate:
                    print(f"coachdesk: line {row.line}: skipped: {_duplicate(row)}", file=sys.stderr)
        if preview.ignored_columns:
            print(f"Columns not imported: {', '.join(preview.ignored_columns)}")
        if args.dry_run:
            print(f"Would import {len(chosen)} of {len(preview.rows)} {preview.kind} records (dry run).")
            return 0
        if chosen:
            import_clients(session, chosen)
            vault.save()
    organisations = len({row.organisation.casefold() for row in chosen if row.new_organisation})
    added = (
        f" and {organisations} new organisation{'s' if organisations > 1 else ''}" if organisations else ""
    )
    print(f"Imported {len(chosen)} of {len(preview.rows)} {preview.kind} records as clients{added}.")
    return 0


def _duplicate(row: ImportRow) -> str:
    if row.duplicates:
        first = row.duplicates[0]
        return f"likely already a client, {first.name} ({first.reason}); --include-duplicates imports it"
    return f"the same person as line {row.same_as_line}; --include-duplicates imports it"
