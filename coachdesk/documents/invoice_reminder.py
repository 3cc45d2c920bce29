"""A friendly payment reminder for an invoice still open: its number, the amount due, the due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MUTED, DocumentRenderer, text
from coachdesk.documents.fonts import SANS, SANS_BOLD
from coachdesk.documents.formatting import long_date, money
from coachdesk.documents.invoice import INK, TINT, WIDTH, address_lines, grouped_iban
from coachdesk.documents.invoice_data import InvoiceData

TITLE = "Payment reminder"

_ADDRESS = ParagraphStyle("reminder-address", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
_TITLE = ParagraphStyle(
    "reminder-title", fontName=SANS_BOLD, fontSize=14, leading=18, textColor=INK, spaceAfter=6
)
_BODY = ParagraphStyle("reminder-body", fontName=SANS, fontSize=10, leading=14, textColor=INK, spaceAfter=7)
_LABEL = ParagraphStyle("reminder-label", fontName=SANS, fontSize=9, leading=12, textColor=MUTED)
_VALUE = ParagraphStyle("reminder-value", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK)


@dataclass(frozen=True)
class PaymentReminderData:
    """The reminder of one issued invoice, as of ``reminder_date``."""

    invoice: InvoiceData
    reminder_date: date
    document_id: str = ""

    @property
    def days_overdue(self) -> int:
        """Days since the due date (0 on the due date or before it)."""
        return max(0, (self.reminder_date - self.invoice.due_date).days)


def when_due(data: PaymentReminderData) -> str:
    """ "It is due on 15 December 2026." or "It was due on 15 December 2026, 14 days ago." """
    due = long_date(data.invoice.due_date, data.invoice.locale)
    if data.days_overdue == 0:
        return f"It is due on {due}."
    return f"It was due on {due}, {data.days_overdue} day{'' if data.days_overdue == 1 else 's'} ago."


def greeting(bill: InvoiceData) -> str:
    """A person is greeted by name; an organisation's contact is named in the address instead."""
    return "Hello," if bill.buyer.attention else f"Hello {bill.buyer.name},"


def reminder_mail(data: PaymentReminderData) -> tuple[str, str]:
    """The reminder as an e-mail's subject and plain-text body (for a ``mailto:`` draft the coach sends)."""
    bill = data.invoice
    amount = money(bill.balance_minor, bill.currency, bill.locale)
    issued = long_date(bill.issue_date, bill.locale)
    lines = [
        greeting(bill),
        "",
        f"This is a friendly reminder that invoice {bill.number} of {issued} is still open, with {amount} "
        f"to pay. {when_due(data)} It may simply have been overlooked.",
    ]
    if bill.bank is not None:
        bic = f", BIC {bill.bank.bic}" if bill.bank.bic else ""
        lines += [
            "",
            f"Please transfer the amount to {bill.bank.account_holder}, IBAN {grouped_iban(bill.bank.iban)}"
            f"{bic}, quoting {bill.number} as the reference.",
        ]
    lines += [
        "",
        "If you have paid in the meantime, thank you, and please disregard this reminder.",
        "",
        "Kind regards,",
        bill.letterhead.coach_name,
    ]
    return f"{TITLE}: invoice {bill.number}", "\n".join(lines)


class PaymentReminderRenderer(DocumentRenderer):
    """Renders :class:`PaymentReminderData` as a short, friendly letter on the practice's letterhead."""

    def __init__(self, data: PaymentReminderData) -> None:
        bill = data.invoice
        if bill.draft or bill.is_credit_note:
            raise ValueError("A reminder is for an issued invoice, not a draft or a credit note.")
        if bill.balance_minor <= 0:
            raise ValueError(f"Invoice {bill.number} is paid: there is nothing to remind of.")
        super().__init__(
            letterhead=bill.letterhead,
            document_id=data.document_id or data.reminder_date.isoformat(),
            created_on=data.reminder_date,
            title=f"{TITLE}: invoice {bill.number}",
            subject=f"{TITLE} from {bill.seller.name}",  # no client name in the file's metadata
            keywords=["payment reminder", "invoice"],
        )
        self.data = data

    def story(self) -> list[Any]:
        d = self.data
        bill = d.invoice
        amount = money(bill.balance_minor, bill.currency, bill.locale)
        due = long_date(bill.due_date, bill.locale)
        issued = long_date(bill.issue_date, bill.locale)
        lines = address_lines(bill.buyer, bill.locale, bill.seller.country_code)
        address = "<br/>".join(text(line) for line in lines)
        story: list[Any] = [
            Paragraph(address, _ADDRESS),
            Spacer(0, 10 * mm),
            Paragraph(long_date(d.reminder_date, bill.locale), _BODY),
            Paragraph(f"{TITLE}: invoice {text(bill.number)}", _TITLE),
            Paragraph(text(greeting(bill)), _BODY),
            Paragraph(
                f"This is a friendly reminder that invoice <b>{text(bill.number)}</b> of {issued} is still "
                f"open, with <b>{amount}</b> to pay. {when_due(d)} It may simply have been overlooked.",
                _BODY,
            ),
            self._facts(amount, due),
            Spacer(0, 4 * mm),
        ]
        if bill.bank is not None:
            bank = bill.bank
            story.append(
                Paragraph(
                    f"Please transfer the amount to {text(bank.account_holder)}, IBAN "
                    f"{grouped_iban(bank.iban)}{f', BIC {text(bank.bic)}' if bank.bic else ''}, "
                    f"quoting <b>{text(bill.number)}</b> as the reference.",
                    _BODY,
                )
            )
        story += [
            Paragraph(
                "If you have paid in the meantime, thank you, and please disregard this reminder. If "
                "something about the invoice is unclear, just let me know.",
                _BODY,
            ),
            Spacer(0, 3 * mm),
            Paragraph("Kind regards,", _BODY),
            Paragraph(text(bill.letterhead.coach_name), _BODY),
        ]
        return story

    def _facts(self, amount: str, due: str) -> Table:
        d = self.data
        bill = d.invoice
        rows = [
            ("Invoice", bill.number),
            ("Invoice date", long_date(bill.issue_date, bill.locale)),
            ("Invoice total", money(bill.gross_minor, bill.currency, bill.locale)),
        ]
        if bill.paid_minor:
            rows.append(("Paid so far", money(bill.paid_minor, bill.currency, bill.locale)))
        rows += [("Amount due", amount), ("Due date", due), ("Days overdue", str(d.days_overdue))]
        table = Table(
            [[Paragraph(label, _LABEL), Paragraph(text(value), _VALUE)] for label, value in rows],
            colWidths=[40 * mm, WIDTH - 40 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table
