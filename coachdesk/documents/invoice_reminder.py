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
from coachdesk.documents.wording import Words, words_for

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
    w = words_for(data.invoice.language)
    due = long_date(data.invoice.due_date, data.invoice.locale)
    if data.days_overdue == 0:
        return w("It is due on {date}.").format(date=due)
    ago = w.n("It was due on {date}, %n day ago.", "It was due on {date}, %n days ago.", data.days_overdue)
    return ago.format(date=due)


def greeting(bill: InvoiceData) -> str:
    """A person is greeted by name; an organisation's contact is named in the address instead."""
    w = words_for(bill.language)
    return w("Hello,") if bill.buyer.attention else w("Hello {name},").format(name=bill.buyer.name)


def _title(w: Words, bill: InvoiceData) -> str:
    return w("Payment reminder: invoice {number}").format(number=bill.number)


def _opening(w: Words, data: PaymentReminderData, number: str, amount: str) -> str:
    bill = data.invoice
    issued = long_date(bill.issue_date, bill.locale)
    friendly = w(
        "This is a friendly reminder that invoice {number} of {date} is still open, with {amount} to pay."
    )
    overlooked = w("It may simply have been overlooked.")
    return f"{friendly.format(number=number, date=issued, amount=amount)} {when_due(data)} {overlooked}"


def _transfer(w: Words, bill: InvoiceData, number: str, escape: bool) -> str:
    assert bill.bank is not None
    bank = bill.bank
    holder = text(bank.account_holder) if escape else bank.account_holder
    bic = (text(bank.bic) if escape else bank.bic) if bank.bic else ""
    iban = f"{grouped_iban(bank.iban)}, BIC {bic}" if bic else grouped_iban(bank.iban)
    please = w("Please transfer the amount to {holder}, IBAN {iban}, quoting {number} as the reference.")
    return please.format(holder=holder, iban=iban, number=number)


def reminder_mail(data: PaymentReminderData) -> tuple[str, str]:
    """The reminder as an e-mail's subject and plain-text body (for a ``mailto:`` draft the coach sends)."""
    bill = data.invoice
    w = words_for(bill.language)
    amount = money(bill.balance_minor, bill.currency, bill.locale)
    lines = [greeting(bill), "", _opening(w, data, bill.number, amount)]
    if bill.bank is not None:
        lines += ["", _transfer(w, bill, bill.number, escape=False)]
    lines += [
        "",
        w("If you have paid in the meantime, thank you, and please disregard this reminder."),
        "",
        w("Kind regards,"),
        bill.letterhead.coach_name,
    ]
    return _title(w, bill), "\n".join(lines)


class PaymentReminderRenderer(DocumentRenderer):
    """Renders :class:`PaymentReminderData` as a short, friendly letter on the practice's letterhead."""

    def __init__(self, data: PaymentReminderData) -> None:
        bill = data.invoice
        if bill.draft or bill.is_credit_note:
            raise ValueError("A reminder is for an issued invoice, not a draft or a credit note.")
        if bill.balance_minor <= 0:
            raise ValueError(f"Invoice {bill.number} is paid: there is nothing to remind of.")
        w = words_for(bill.language)
        super().__init__(
            letterhead=bill.letterhead,
            document_id=data.document_id or data.reminder_date.isoformat(),
            created_on=data.reminder_date,
            title=_title(w, bill),
            # no client name in the file's metadata
            subject=w("{title} from {seller}").format(title=w(TITLE), seller=bill.seller.name),
            keywords=[w(TITLE).lower(), w("Invoice").lower()],
            language=bill.language,
        )
        self.data = data

    def story(self) -> list[Any]:
        d, w = self.data, self.w
        bill = d.invoice
        amount = self.money(bill.balance_minor, bill.currency)
        number = f"<b>{text(bill.number)}</b>"
        lines = address_lines(bill.buyer, bill.locale, bill.seller.country_code)
        address = "<br/>".join(text(line) for line in lines)
        story: list[Any] = [
            Paragraph(address, _ADDRESS),
            Spacer(0, 10 * mm),
            Paragraph(self.date(d.reminder_date), _BODY),
            Paragraph(text(self.title), _TITLE),
            Paragraph(text(greeting(bill)), _BODY),
            Paragraph(_opening(w, d, number, f"<b>{amount}</b>"), _BODY),
            self._facts(amount, self.date(bill.due_date)),
            Spacer(0, 4 * mm),
        ]
        if bill.bank is not None:
            story.append(Paragraph(_transfer(w, bill, number, escape=True), _BODY))
        paid = w("If you have paid in the meantime, thank you, and please disregard this reminder.")
        unclear = w("If something about the invoice is unclear, just let me know.")
        story += [
            Paragraph(f"{paid} {unclear}", _BODY),
            Spacer(0, 3 * mm),
            Paragraph(w("Kind regards,"), _BODY),
            Paragraph(text(bill.letterhead.coach_name), _BODY),
        ]
        return story

    def _facts(self, amount: str, due: str) -> Table:
        d = self.data
        bill = d.invoice
        rows = [
            ("Invoice", bill.number),
            ("Invoice date", self.date(bill.issue_date)),
            ("Invoice total", self.money(bill.gross_minor, bill.currency)),
        ]
        if bill.paid_minor:
            rows.append(("Paid so far", self.money(bill.paid_minor, bill.currency)))
        rows += [("Amount due", amount), ("Due date", due), ("Days overdue", str(d.days_overdue))]
        table = Table(
            [[Paragraph(self.w(label), _LABEL), Paragraph(text(value), _VALUE)] for label, value in rows],
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
