"""The verification letter: an organisation's contact confirms the coaching hours logged under aliases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, text
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.wording import ENGLISH, words_for

TITLE = "Verification of coaching hours"
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt of padding each side
INK = colors.HexColor("#1f2933")
TINT = colors.HexColor("#f4f6f8")
COACH_ROLES = {"external": "an external coach", "internal": "an internal coach"}
KINDS = {"Individual": "Individual", "Group": "Group"}  # an alias line's kind, as the hours log names it

_BODY = ParagraphStyle("verify-body", fontName=SERIF, fontSize=10, leading=14, textColor=INK, spaceAfter=7)
_SUBJECT = ParagraphStyle(
    "verify-subject", fontName=SERIF_BOLD, fontSize=12, leading=16, textColor=INK, spaceAfter=10
)
_LABEL = ParagraphStyle("verify-label", fontName=SANS, fontSize=8, leading=11, textColor=MUTED)
_CELL = ParagraphStyle("verify-cell", fontName=SANS, fontSize=8.5, leading=11, textColor=INK)
_CELL_HEAD = ParagraphStyle("verify-head", parent=_CELL, fontName=SANS_BOLD)
_SIGN = ParagraphStyle("verify-sign", fontName=SANS, fontSize=9, leading=12, textColor=INK)


def _hours(value: Decimal, locale: str = "en_GB") -> str:
    """Hours with two decimals as the locale writes them: "12.50", "12,50"."""
    return format_decimal(value, "0.00", locale=locale)


@dataclass(frozen=True)
class AliasLine:
    """One alias the letter covers: its kind, participants, dates and hours."""

    alias: str
    kind: str  # "Individual" or "Group"
    clients: int  # 1, or the number in the group counted
    first_date: date
    last_date: date
    hours: Decimal


@dataclass(frozen=True)
class VerificationLetterData:
    """Everything the letter prints; it names no client."""

    made_on: date
    coach_name: str
    coach_credential: str
    coach_role: str  # "external" or "internal"
    organisation: str
    contact_name: str
    contact_role: str
    contact_email: str
    aliases: tuple[AliasLine, ...]
    paid_hours: Decimal
    pro_bono_hours: Decimal
    letterhead: Letterhead
    document_id: str = ""
    language: str = ENGLISH  # "en", "de" or "fr": the language of the clients it covers

    @property
    def clients(self) -> int:
        return sum(line.clients for line in self.aliases)

    @property
    def hours(self) -> Decimal:
        return self.paid_hours + self.pro_bono_hours

    @property
    def first_date(self) -> date:
        return min(line.first_date for line in self.aliases)

    @property
    def last_date(self) -> date:
        return max(line.last_date for line in self.aliases)


def _blank(value: str) -> str:
    return text(value) if value else "_" * 34


class VerificationLetterRenderer(DocumentRenderer):
    """Renders :class:`VerificationLetterData` as a one-page letter for the organisation's contact to sign."""

    def __init__(self, data: VerificationLetterData) -> None:
        if not data.aliases:
            raise ValueError("A verification letter covers at least one alias.")
        if data.coach_role not in COACH_ROLES:
            raise ValueError(f"The coach's role is external or internal, not {data.coach_role!r}.")
        w = words_for(data.language)
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.made_on,
            title=w(TITLE),
            subject=w("Coaching hours at {organisation}").format(organisation=data.organisation),
            keywords=[w("ICF credential"), w("coaching log"), w("organisation verification")],
            language=data.language,
        )
        self.data = data

    def story(self) -> list[Any]:
        d, w = self.data, self.w
        credential = f" ({text(d.coach_credential)})" if d.coach_credential else ""
        # The values are escaped and marked up here; the sentence around them is escaped first.
        confirm = text(
            w.n(
                "I, {contact}, {role} at {organisation}, confirm that {coach}{credential} provided coaching "
                "to %n client of {organisation_plain} as {coach_role}, from {first} to {last}, for a total "
                "of {hours} ({paid} paid, {pro_bono} pro bono).",
                "I, {contact}, {role} at {organisation}, confirm that {coach}{credential} provided coaching "
                "to %n clients of {organisation_plain} as {coach_role}, from {first} to {last}, for a total "
                "of {hours} ({paid} paid, {pro_bono} pro bono).",
                d.clients,
            )
        ).format(
            contact=f"<b>{_blank(d.contact_name)}</b>",
            role=_blank(d.contact_role),
            organisation=f"<b>{text(d.organisation)}</b>",
            coach=f"<b>{text(d.coach_name)}</b>",
            credential=credential,
            organisation_plain=text(d.organisation),
            coach_role=text(w(COACH_ROLES[d.coach_role])),
            first=self.date(d.first_date),
            last=self.date(d.last_date),
            hours="<b>" + text(w("{hours} hours").format(hours=self._hours(d.hours))) + "</b>",
            paid=self._hours(d.paid_hours),
            pro_bono=self._hours(d.pro_bono_hours),
        )
        policy = w(
            "{organisation} has a confidentiality policy that prevents the release of the names of the "
            "clients coached. The coach’s log therefore lists them under the aliases below, with my e-mail "
            "address as their contact, and I verify the hours for each:"
        ).format(organisation=d.organisation)
        return [
            Paragraph(text(w("To the International Coaching Federation (ICF), Credentialing")), _BODY),
            Paragraph(text(w(TITLE)), _SUBJECT),
            Paragraph(confirm, _BODY),
            Paragraph(text(policy), _BODY),
            self._aliases(),
            Spacer(1, 6 * mm),
            Paragraph(
                text(w("I may be contacted at the e-mail address below to confirm this letter.")), _BODY
            ),
            KeepTogether(self._signature()),
        ]

    def _hours(self, value: Decimal) -> str:
        return _hours(value, self.locale)

    def _aliases(self) -> Table:
        d, w = self.data, self.w
        header = ["Alias", "Individual/Group", "Clients", "Start date", "End date", "Hours"]
        rows: list[list[Any]] = [[Paragraph(text(w(h)), _CELL_HEAD) for h in header]]
        for line in d.aliases:
            rows.append(
                [
                    Paragraph(text(line.alias), _CELL),
                    w(KINDS.get(line.kind, line.kind)),
                    str(line.clients),
                    line.first_date.isoformat(),
                    line.last_date.isoformat(),
                    self._hours(line.hours),
                ]
            )
        rows.append(
            [w("Total"), "", str(d.clients), d.first_date.isoformat(), d.last_date.isoformat(),
             self._hours(d.hours)]
        )  # fmt: skip
        # Each column at least as wide as its header in the letter's language ("Klienten", "Stunden");
        # the alias column takes what is left.
        bases = (34 * mm, 16 * mm, 24 * mm, 24 * mm, 16 * mm)
        widths = [
            max(base, stringWidth(w(h), SANS_BOLD, _CELL_HEAD.fontSize) + 13)
            for base, h in zip(bases, header[1:], strict=True)
        ]
        widths.insert(0, WIDTH - sum(widths))
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                    ("ALIGN", (5, 0), (5, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d5d9de")),
                    ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8.5),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def _signature(self) -> list[Any]:
        d, w = self.data, self.w
        fields = [
            ("Signature", ""),
            ("Name", d.contact_name),
            ("Role", d.contact_role),
            ("Organisation", d.organisation),
            ("E-mail", d.contact_email),
            ("Date", ""),
        ]
        rows = [
            [Paragraph(text(w(label)), _LABEL), Paragraph(text(value) or " ", _SIGN)]
            for label, value in fields
        ]
        table = Table(rows, colWidths=[32 * mm, 95 * mm], hAlign="LEFT", rowHeights=[12 * mm] + [8 * mm] * 5)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [Spacer(1, 4 * mm), table]
