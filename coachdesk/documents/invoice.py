"""The invoice and credit note PDF: letterhead, address and details, lines, totals, VAT note, payment."""

from __future__ import annotations

from typing import Any

from babel import Locale
from babel.numbers import format_decimal
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, text
from coachdesk.documents.fonts import SANS, SANS_BOLD
from coachdesk.documents.formatting import locale_name
from coachdesk.documents.invoice_data import InvoiceData, InvoiceKind, Party
from coachdesk.documents.wording import words_for

WIDTH = A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt of padding each side
INK = colors.HexColor("#1f2933")
TINT = colors.HexColor("#f4f6f8")
LINE = colors.HexColor("#d5d9de")
TITLES = {InvoiceKind.INVOICE: "Invoice", InvoiceKind.CREDIT_NOTE: "Credit note"}
# The labels of the details block, per kind (whole phrases: languages order and inflect them apart).
_NUMBER_LABELS = {InvoiceKind.INVOICE: "Invoice no.", InvoiceKind.CREDIT_NOTE: "Credit note no."}
_DATE_LABELS = {InvoiceKind.INVOICE: "Invoice date", InvoiceKind.CREDIT_NOTE: "Credit note date"}

_SMALL = ParagraphStyle("invoice-small", fontName=SANS, fontSize=7, leading=9, textColor=MUTED)
_ADDRESS = ParagraphStyle("invoice-address", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
_LABEL = ParagraphStyle("invoice-label", fontName=SANS, fontSize=8.5, leading=12, textColor=MUTED)
_VALUE = ParagraphStyle(
    "invoice-value", fontName=SANS, fontSize=8.5, leading=12, textColor=INK, alignment=TA_RIGHT
)
_TITLE = ParagraphStyle(
    "invoice-title", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=INK, spaceAfter=3
)
_BODY = ParagraphStyle("invoice-body", fontName=SANS, fontSize=9, leading=12.5, textColor=INK, spaceAfter=5)
_CELL = ParagraphStyle("invoice-cell", fontName=SANS, fontSize=9, leading=12, textColor=INK)
_CELL_RIGHT = ParagraphStyle("invoice-cell-right", parent=_CELL, alignment=TA_RIGHT)
_HEAD = ParagraphStyle("invoice-head", parent=_CELL, fontName=SANS_BOLD, fontSize=8.5)
_HEAD_RIGHT = ParagraphStyle("invoice-head-right", parent=_HEAD, alignment=TA_RIGHT)
_NOTE = ParagraphStyle(
    "invoice-note", fontName=SANS_BOLD, fontSize=9, leading=12.5, textColor=INK, spaceBefore=4, spaceAfter=5
)
_HEADING = ParagraphStyle("invoice-heading", fontName=SANS_BOLD, fontSize=9, leading=12.5, textColor=INK)


def country_name(code: str, locale: str) -> str:
    """The country's name in the document's language ("Germany", "Allemagne"), or the code if unknown."""
    return str(Locale.parse(locale_name(locale)).territories.get(code.upper(), code)) if code else ""


def address_lines(party: Party, locale: str, home: str = "") -> list[str]:
    """The party's postal address as printed, one line each (name first); a letter within the sender's
    own country (``home``) leaves the country out, as the post asks."""
    lines = [party.name]
    if party.attention:
        lines.append(party.attention)
    lines += [line for line in party.address_lines if line.strip()]
    town = " ".join(part for part in (party.postcode, party.city) if part)
    if town:
        lines.append(town)
    if party.country_code and party.country_code.upper() != home.upper():
        lines.append(country_name(party.country_code, locale))
    return lines


def quantity_text(value: Any, locale: str) -> str:
    """A quantity as the locale writes it, without needless decimals ("8", "1.5", "1,5")."""
    return str(format_decimal(value.normalize(), locale=locale_name(locale)))


def rate_text(value: Any, locale: str) -> str:
    return f"{quantity_text(value, locale)}\u00a0%"


class InvoiceRenderer(DocumentRenderer):
    """Renders :class:`InvoiceData` (an invoice or a credit note) on the practice's letterhead."""

    def __init__(self, data: InvoiceData) -> None:
        w = words_for(data.language)
        title = w(TITLES[data.kind])
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id or data.issue_date.isoformat(),
            created_on=data.issue_date,
            title=f"{title} {data.number}" if data.number else w("{title} (draft)").format(title=title),
            # no client name in the file's metadata
            subject=w("{title} from {seller}").format(title=title, seller=data.seller.name),
            keywords=[title.lower(), data.currency],
            draft=data.draft,
            language=data.language,
        )
        self.data = data

    def _money(self, minor: int) -> str:
        return self.money(minor, self.data.currency)

    def _date(self, day: Any) -> str:
        return self.date(day)

    def story(self) -> list[Any]:
        d = self.data
        story: list[Any] = [
            self._address_and_details(),
            Spacer(0, 9 * mm),
            Paragraph(text(self.title), _TITLE),
        ]
        w = self.w
        if d.is_credit_note:
            number = text(d.credited_number)
            if d.credited_date is not None:
                corrects = w("This credit note corrects invoice {number} of {date}.")
                story.append(
                    Paragraph(corrects.format(number=number, date=self._date(d.credited_date)), _BODY)
                )
            else:
                story.append(
                    Paragraph(w("This credit note corrects invoice {number}.").format(number=number), _BODY)
                )
        if d.draft:
            story.append(
                Paragraph(w("Draft: not yet issued, not a valid invoice, and not to be paid."), _BODY)
            )
        if d.remark.strip():
            story.append(Paragraph(text(d.remark), _BODY))
        story += [Spacer(0, 3 * mm), self._lines(), Spacer(0, 2 * mm), self._totals(), Spacer(0, 4 * mm)]
        if d.wording:  # the standard sentences are translated; a country's legal wording prints as it is
            story.append(Paragraph(text(self.w(d.wording)), _NOTE))
        story += self._payment()
        story += [Spacer(0, 8 * mm), self._identifiers()]
        return story

    # ----- the blocks, top to bottom ---------------------------------------------------------

    def _address_and_details(self) -> Table:
        d = self.data
        sender = [d.seller.name, *d.seller.address_lines]
        town = " ".join(part for part in (d.seller.postcode, d.seller.city) if part)
        return_line = " · ".join(text(part) for part in [*sender, town] if part)
        block = [
            Paragraph(return_line, _SMALL),
            Spacer(0, 2 * mm),
            Paragraph(
                "<br/>".join(text(line) for line in address_lines(d.buyer, d.locale, d.seller.country_code)),
                _ADDRESS,
            ),
        ]
        details = Table(
            [[Paragraph(label, _LABEL), Paragraph(value, _VALUE)] for label, value in self._details()],
            colWidths=[34 * mm, 38 * mm],
            hAlign="RIGHT",
        )
        details.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            )
        )
        table = Table([[block, details]], colWidths=[WIDTH - 74 * mm, 74 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _details(self) -> list[tuple[str, str]]:
        d = self.data
        w = self.w
        rows = [
            (w(_NUMBER_LABELS[d.kind]), text(d.number) if d.number else w("draft")),
            (w(_DATE_LABELS[d.kind]), self._date(d.issue_date)),
        ]
        if d.period_start is not None and d.period_end is not None:
            rows.append(
                (w("Service period"), f"{self._date(d.period_start)} –<br/>{self._date(d.period_end)}")
            )
        if not d.is_credit_note:
            rows.append((w("Due date"), self._date(d.due_date)))
        if d.credited_number:
            rows.append((w("Credits invoice"), text(d.credited_number)))
        if d.buyer_reference:
            rows.append((w("Your reference"), text(d.buyer_reference)))
        if d.buyer.vat_id:
            rows.append((w("Your VAT no."), text(d.buyer.vat_id)))
        return rows

    def _lines(self) -> Table:
        d = self.data
        with_vat = d.vat_charged
        head = [
            self.w(h) for h in ("Description", "Qty", "Unit price", *(["VAT"] if with_vat else []), "Amount")
        ]
        rows: list[list[Any]] = [[Paragraph(h, _HEAD if i == 0 else _HEAD_RIGHT) for i, h in enumerate(head)]]
        for line in d.lines:
            cells = [
                Paragraph(text(line.description), _CELL),  # the line's text, and nothing else about it
                Paragraph(quantity_text(line.quantity, d.locale), _CELL_RIGHT),
                Paragraph(self._money(line.unit_price_minor), _CELL_RIGHT),
                *([Paragraph(rate_text(line.vat_rate, d.locale), _CELL_RIGHT)] if with_vat else []),
                Paragraph(self._money(line.net_minor), _CELL_RIGHT),
            ]
            rows.append(cells)
        numbers = [16 * mm, 28 * mm, *([16 * mm] if with_vat else []), 28 * mm]
        table = Table(rows, colWidths=[WIDTH - sum(numbers), *numbers], hAlign="LEFT", repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _totals(self) -> KeepTogether:
        d = self.data
        w = self.w
        rows: list[tuple[str, str, bool]] = [(w("Net total"), self._money(d.net_minor), False)]
        if d.vat_charged:
            for entry in d.breakdown:
                rate = rate_text(entry.rate, d.locale)
                label = w("VAT {rate} on {amount}").format(rate=rate, amount=self._money(entry.net_minor))
                rows.append((label, self._money(entry.vat_minor), False))
        else:
            rows.append((w("VAT"), self._money(0), False))
        settled = d.paid_minor or d.credited_minor
        total = "Total credited" if d.is_credit_note else "Total" if settled else "Total due"
        rows.append((w(total), self._money(d.gross_minor), True))
        if d.credited_minor:
            rows.append((w("Credited"), f"−{self._money(d.credited_minor)}", False))
        if d.paid_minor:
            rows.append((w("Paid"), f"−{self._money(d.paid_minor)}", False))
        if d.refunded_minor and not d.is_credit_note:
            rows.append((w("Refunded to you"), self._money(d.refunded_minor), False))
        if settled:
            balance = w("Refund due to you") if d.balance_minor < 0 else w("Balance due")
            rows.append((balance, self._money(abs(d.balance_minor)), True))
        cells = [
            [
                Paragraph(f"<b>{label}</b>" if strong else label, _CELL),
                Paragraph(f"<b>{value}</b>" if strong else value, _CELL_RIGHT),
            ]
            for label, value, strong in rows
        ]
        table = Table(cells, colWidths=[62 * mm, 32 * mm], hAlign="RIGHT")
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), SANS),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        for index, (_label, _value, strong) in enumerate(rows):
            if strong:
                style += [
                    ("LINEABOVE", (0, index), (-1, index), 0.8, INK),
                    ("BACKGROUND", (0, index), (-1, index), TINT),
                ]
        table.setStyle(TableStyle(style))
        return KeepTogether([table])

    def _payment(self) -> list[Any]:
        d, w = self.data, self.w
        if d.is_credit_note:
            return self._refunds()
        if d.draft:
            return []
        out: list[Any] = []
        if d.balance_minor <= 0:
            return [Paragraph(self._settled(), _BODY)]
        if d.payment_terms:
            out.append(Paragraph(text(d.payment_terms), _BODY))
        amount, due, number = self._money(d.balance_minor), self._date(d.due_date), text(d.number)
        if d.bank is None:
            please = w("Please pay {amount} by {date}, quoting invoice {number}.")
            out.append(Paragraph(please.format(amount=amount, date=due, number=number), _BODY))
            return out
        please = w("Please pay {amount} by {date} to the account below, quoting {number} as the reference.")
        out.append(Paragraph(please.format(amount=amount, date=due, number=f"<b>{number}</b>"), _BODY))
        bank = d.bank
        rows = [(w("Account holder"), bank.account_holder), ("IBAN", grouped_iban(bank.iban))]
        rows += [(label, value) for label, value in (("BIC", bank.bic), (w("Bank"), bank.bank_name)) if value]
        table = Table(
            [[Paragraph(label, _LABEL), Paragraph(text(value), _CELL)] for label, value in rows],
            colWidths=[30 * mm, 90 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            )
        )
        out.append(KeepTogether([table]))
        return out

    def _settled(self) -> str:
        """What an invoice with nothing owed says: a refund due, credited, or paid."""
        d, w = self.data, self.w
        if d.balance_minor < 0:
            due = w("{amount} is to be refunded to you, as the credit notes for it say.")
            return due.format(amount=self._money(-d.balance_minor))
        if d.paid_minor == d.refunded_minor:  # credited in full: a credit note cancelled what was due
            return w("Nothing is owed on this invoice: it has been credited.")
        return w("Paid in full. Thank you.")

    def _refunds(self) -> list[Any]:
        """A credit note's refunds made (date, method, reference, amount) and what is still to refund."""
        d, w = self.data, self.w
        if not d.refunds and not d.refund_due_minor:
            return [Paragraph(w("The amount credited is set against the invoice or refunded to you."), _BODY)]
        out: list[Any] = []
        if d.refunds:
            out.append(Paragraph(w("Refunded to you"), _HEADING))
            rows: list[list[Any]] = [
                [
                    Paragraph(self._date(r.refunded_on), _CELL),
                    Paragraph(text(" · ".join(part for part in (w(r.method), r.reference) if part)), _CELL),
                    Paragraph(self._money(r.amount_minor), _CELL_RIGHT),
                ]
                for r in d.refunds
            ]
            table = Table(rows, colWidths=[40 * mm, WIDTH - 72 * mm, 32 * mm], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), SANS),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            out += [KeepTogether([table]), Spacer(0, 2 * mm)]
        if d.refund_due_minor:
            due = (
                w("{amount} is still to be refunded to you.")
                if d.refunds
                else w("{amount} is to be refunded to you.")
            )
            out.append(Paragraph(due.format(amount=f"<b>{self._money(d.refund_due_minor)}</b>"), _BODY))
        else:
            out.append(Paragraph(w("Nothing more is to be refunded."), _BODY))
        return out

    def _identifiers(self) -> Table:
        """The seller's legal details in small print across the page, as European invoices end."""
        seller = self.data.seller
        columns = [
            [seller.name, *address_lines(seller, self.data.locale)[1:]],
            [
                line
                for line in (
                    self.w("VAT no. {id}").format(id=seller.vat_id) if seller.vat_id else "",
                    self.w("Tax no. {id}").format(id=seller.tax_number) if seller.tax_number else "",
                    self.w("Company no. {id}").format(id=seller.company_id) if seller.company_id else "",
                    seller.email,
                )
                if line
            ],
            list(self.letterhead.contact_lines),
        ]
        cells = [Paragraph("<br/>".join(text(line) for line in column), _SMALL) for column in columns]
        table = Table([cells], colWidths=[WIDTH / 3] * 3, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.4, LINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return KeepTogether([table])


def grouped_iban(iban: str) -> str:
    """An IBAN in groups of four, as it is printed: DE89 3704 0044 0532 0130 00."""
    bare = "".join(iban.split()).upper()
    return " ".join(bare[i : i + 4] for i in range(0, len(bare), 4))
