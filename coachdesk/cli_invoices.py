"""``coachdesk invoice draft|issue|credit|pay|refund|computer-tag``: invoicing from a terminal or a script."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.cli_secrets import SecretReader

if TYPE_CHECKING:
    from coachdesk.services.db import Db


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk invoice",
        description=(
            "Make, issue, credit and record payments and refunds on invoices; the vault is saved after each."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    draft = commands.add_parser(
        "draft", help="a draft billing an engagement's unbilled sessions (or its package)"
    )
    draft.add_argument("vault", type=Path)
    draft.add_argument("record_id", metavar="ENGAGEMENT_ID", help="from 'coachdesk list engagements'")
    draft.add_argument("--until", type=_day, help="bill sessions up to this date (YYYY-MM-DD) only")
    draft.add_argument(
        "--block-of",
        type=int,
        metavar="N",
        help="bill the package's next block of N equal parts (the last takes the rounding remainder)",
    )
    issue = commands.add_parser("issue", help="issue a draft: it takes its number, printed")
    issue.add_argument("vault", type=Path)
    issue.add_argument("record_id", metavar="INVOICE_ID", help="from 'coachdesk list invoices'")
    issue.add_argument("--on", type=_day, help="the issue date (default: today)")
    credit = commands.add_parser("credit", help="issue a credit note for an invoice; prints its number")
    credit.add_argument("vault", type=Path)
    credit.add_argument("record_id", metavar="INVOICE_ID")
    credit.add_argument("--amount", help="credit this amount before VAT instead of the whole invoice")
    credit.add_argument("--reason", default="", help="printed on the credit note")
    credit.add_argument("--on", type=_day, help="the credit note's date (default: today)")
    pay = commands.add_parser("pay", help="record a payment received for an invoice")
    pay.add_argument("vault", type=Path)
    pay.add_argument("record_id", metavar="INVOICE_ID")
    pay.add_argument("amount", metavar="AMOUNT", help="e.g. 150.00")
    pay.add_argument("--on", type=_day, help="the day it was paid (default: today)")
    pay.add_argument("--method", default="bank_transfer", help="bank_transfer, card, cash, online or other")
    pay.add_argument("--reference", default="", help="the payment's reference")
    refund = commands.add_parser(
        "refund", help="record money paid back against a credit note that credited money already paid"
    )
    refund.add_argument("vault", type=Path)
    refund.add_argument("record_id", metavar="CREDIT_NOTE_ID", help="from 'coachdesk list invoices'")
    refund.add_argument("amount", metavar="AMOUNT", help="e.g. 150.00")
    refund.add_argument("--on", type=_day, help="the day it was paid back (default: today)")
    refund.add_argument(
        "--method", default="bank_transfer", help="bank_transfer, card, cash, online or other"
    )
    refund.add_argument("--reference", default="", help="the refund's reference")
    tag = commands.add_parser(
        "computer-tag",
        help="give this computer its tag for a number series per computer ({computer} in the pattern)",
    )
    tag.add_argument("vault", type=Path)
    tag.add_argument("tag", metavar="TAG", help="1 to 3 letters or digits, e.g. L for the laptop")
    return parser


def invoice_command(arguments: Sequence[str]) -> int:
    """``coachdesk invoice COMMAND VAULT ID ...``; the passphrase is read from standard input."""
    args = _parser().parse_args(list(arguments))
    from coachdesk.services.errors import ValidationError
    from coachdesk.vault import Vault, VaultError

    if args.command == "computer-tag":
        return _computer_tag(args)
    try:
        record_id = uuid.UUID(args.record_id)
    except ValueError:
        what = {"draft": "an engagement", "refund": "a credit note"}.get(args.command, "an invoice")
        print(f"coachdesk: {args.record_id!r} is not {what} id", file=sys.stderr)
        return 1
    try:
        passphrase = SecretReader(sys.stdin).read("Passphrase: ")
        with Vault.open(args.vault, passphrase) as vault, vault.session() as db:
            printed = _run(db, record_id, args)
            vault.save()
    except (VaultError, ValidationError) as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    print(printed)
    return 0


def _run(db: Db, record_id: uuid.UUID, args: argparse.Namespace) -> str:
    """Do the command; what it prints (an id, a number, a balance)."""
    from coachdesk.domain import Invoice
    from coachdesk.services import invoice_issue, invoice_payments, invoices
    from coachdesk.services.invoice_status import plain_amount

    if args.command == "draft" and args.block_of is not None:
        from coachdesk.services.package_blocks import draft_package_block

        return str(draft_package_block(db, record_id, args.block_of).created)
    if args.command == "draft":
        return str(invoices.draft_from_engagement(db, record_id, until=args.until).created)
    if args.command == "issue":
        invoice_issue.issue_invoice(db, record_id, on=args.on)
        issued = db.get(Invoice, record_id)
        assert issued is not None
        return str(issued.number)
    if args.command == "credit":
        changes = invoice_issue.credit_invoice(
            db, record_id, amount=args.amount, reason=args.reason, on=args.on
        )
        note = db.get(Invoice, changes.created)
        assert note is not None
        return str(note.number)
    if args.command == "refund":
        return _refund(db, record_id, args)
    invoice_payments.record_payment(
        db, record_id, args.amount, on=args.on, method=args.method, reference=args.reference
    )
    owed = invoice_payments.balance(db, record_id).due_minor
    invoice = db.get(Invoice, record_id)
    assert invoice is not None
    return f"Recorded; {plain_amount(owed)} {invoice.currency} still owed on {invoice.number}."


def _refund(db: Db, record_id: uuid.UUID, args: argparse.Namespace) -> str:
    """Record the refund; say what is still to be refunded on the credit note."""
    from coachdesk.domain import Invoice
    from coachdesk.services.invoice_refunds import record_refund, refund_due_on
    from coachdesk.services.invoice_status import plain_amount

    record_refund(db, record_id, args.amount, on=args.on, method=args.method, reference=args.reference)
    note = db.get(Invoice, record_id)
    assert note is not None
    left = refund_due_on(db, note)
    return f"Recorded; {plain_amount(left)} {note.currency} still to refund on {note.number}."


def _computer_tag(args: argparse.Namespace) -> int:
    """Give this computer its tag in the vault and save it; print the tag."""
    from coachdesk.services.computer_tags import set_computer_tag, this_computer_tag
    from coachdesk.services.errors import ValidationError
    from coachdesk.vault import Vault, VaultError

    try:
        passphrase = SecretReader(sys.stdin).read("Passphrase: ")
        with Vault.open(args.vault, passphrase) as vault, vault.session() as db:
            set_computer_tag(db, args.tag)
            tag = this_computer_tag(db)
            vault.save()
    except (VaultError, ValidationError) as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return 1
    print(f"This computer's invoice numbers carry the tag {tag}.")
    return 0
