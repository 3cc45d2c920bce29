"""``coachdesk export invoice|reminder|invoices``: an invoice's PDF (Factur-X too), a payment reminder, and
the accountant's CSVs, each through the consent filter and recorded in the vault's outbound ledger."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from coachdesk.cli_language import add_language_option
from coachdesk.cli_secrets import SecretReader

EXPORTS = ("invoice", "reminder", "invoices")
_RECIPIENT = "who receives it, for the record of what left the vault"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _parser(what: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"coachdesk export {what}")
    parser.add_argument("vault", type=Path)
    if what == "invoices":
        parser.description = (
            "Write the accountant's CSV: the issued invoices and credit notes of a period (number, date, "
            "payer, net and VAT per rate, gross, paid; credit notes negative), or with --payments the "
            "payments received in it."
        )
        parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv")
        parser.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)")
        parser.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (YYYY-MM-DD)")
        parser.add_argument("--payments", action="store_true", help="the payments received instead")
        parser.add_argument("--recipient", help=f"{_RECIPIENT} (default: yourself; or your accountant)")
        return parser
    parser.add_argument("record_id", metavar="INVOICE_ID", help="from 'coachdesk list invoices'")
    parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf")
    parser.add_argument("--recipient", help=f"{_RECIPIENT} (default: the payer, client or sponsor)")
    add_language_option(parser)
    if what == "invoice":
        parser.description = (
            "Write an invoice or credit note as a PDF for the one who pays it; a draft is marked DRAFT. "
            "With --facturx the PDF carries its Factur-X (EN 16931) XML (issued invoices only)."
        )
        parser.add_argument("--facturx", action="store_true", help="embed the Factur-X / ZUGFeRD XML")
    else:
        parser.description = "Write a payment reminder for an issued invoice with money still owed, as a PDF."
    return parser


def invoice_export_command(arguments: Sequence[str]) -> int:
    """``coachdesk export invoice|reminder|invoices VAULT ...``; the passphrase from standard input."""
    what = arguments[0]
    args = _parser(what).parse_args(list(arguments[1:]))
    from coachdesk.services.errors import ValidationError
    from coachdesk.services.invoice_books import export_books
    from coachdesk.services.invoice_export import export_invoice, export_reminder
    from coachdesk.vault import Vault, VaultError

    today = date.today()
    try:
        passphrase = SecretReader(sys.stdin).read("Passphrase: ")
        with Vault.open(args.vault, passphrase) as vault, vault.session() as db:
            vaults, recipient = [args.vault], args.recipient
            if what == "invoices":
                export_books(
                    db,
                    args.output,
                    today,
                    start=args.start,
                    end=args.end,
                    payments=args.payments,
                    vaults=vaults,
                    recipient=recipient,
                )
            elif what == "invoice":
                export_invoice(
                    db,
                    args.output,
                    args.record_id,
                    today,
                    facturx=args.facturx,
                    vaults=vaults,
                    recipient=recipient,
                    language=args.language,
                )
            else:
                export_reminder(
                    db,
                    args.output,
                    args.record_id,
                    today,
                    vaults=vaults,
                    recipient=recipient,
                    language=args.language,
                )
            vault.save()  # the export is recorded in the vault
    except (VaultError, ValidationError) as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"coachdesk: could not write {args.output}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"Wrote {args.output}")
    return 0
