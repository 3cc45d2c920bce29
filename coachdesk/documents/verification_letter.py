"""The verification letter: an organisation's contact confirms the coaching hours logged under aliases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, Letterhead, long_date, text
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD

TITLE = "Verification of coaching hours"
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt of padding each side
INK = colors.HexColor("#1f2933")
TINT = colors.HexColor("#f4f6f8")
COACH_ROLES = {"external": "an external coach", "internal": "an internal coach"}

_BODY = ParagraphStyle("verify-body", fontName=SERIF, fontSize=10, leading=14, textColor=INK, spaceAfter=7)
_SUBJECT = ParagraphStyle(
    "verify-subject", fontName=SERIF_BOLD, fontSize=12, leading=16, textColor=INK, spaceAfter=10
)
_LABEL = ParagraphStyle("verify-label", fontName=SANS, fontSize=8, leading=11, textColor=MUTED)
_CELL = ParagraphStyle("verify-cell", fontName=SANS, fontSize=8.5, leading=11, textColor=INK)
_CELL_HEAD = ParagraphStyle("verify-head", parent=_CELL, fontName=SANS_BOLD)
_SIGN = ParagraphStyle("verify-sign", fontName=SANS, fontSize=9, leading=12, textColor=INK)


def _hours(value: Decimal) -> str:
    return f"{value:.2f}"


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
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.made_on,
            title=TITLE,
            subject=f"Coaching hours at {data.organisation}",
            keywords=["ICF credential", "coaching log", "organisation verification"],
        )
        self.data = data

    def story(self) -> list[Any]:
        d = self.data
        credential = f" ({text(d.coach_credential)})" if d.coach_credential else ""
        clients = f"{d.clients} client{'' if d.clients == 1 else 's'}"
        contact = _blank(d.contact_name)
        role = _blank(d.contact_role)
        return [
            Paragraph("To the International Coaching Federation (ICF), Credentialing", _BODY),
            Paragraph(TITLE, _SUBJECT),
            Paragraph(
                f"I, <b>{contact}</b>, {role} at <b>{text(d.organisation)}</b>, confirm that "
                f"<b>{text(d.coach_name)}</b>{credential} provided coaching to {clients} of "
                f"{text(d.organisation)} as {COACH_ROLES[d.coach_role]}, from {long_date(d.first_date)} to "
                f"{long_date(d.last_date)}, for a total of <b>{_hours(d.hours)} hours</b> "
                f"({_hours(d.paid_hours)} paid, {_hours(d.pro_bono_hours)} pro bono).",
                _BODY,
            ),
            Paragraph(
                f"{text(d.organisation)} has a confidentiality policy that prevents the release of the names "
                "of the clients coached. The coach’s log therefore lists them under the aliases below, with "
                "my e-mail address as their contact, and I verify the hours for each:",
                _BODY,
            ),
            self._aliases(),
            Spacer(1, 6 * mm),
            Paragraph(
                "I may be contacted at the e-mail address below to confirm this letter.",
                _BODY,
            ),
            KeepTogether(self._signature()),
        ]

    def _aliases(self) -> Table:
        d = self.data
        header = ["Alias", "Individual/Group", "Clients", "Start date", "End date", "Hours"]
        rows: list[list[Any]] = [[Paragraph(h, _CELL_HEAD) for h in header]]
        for line in d.aliases:
            rows.append(
                [
                    Paragraph(text(line.alias), _CELL),
                    line.kind,
                    str(line.clients),
                    line.first_date.isoformat(),
                    line.last_date.isoformat(),
                    _hours(line.hours),
                ]
            )
        rows.append(
            ["Total", "", str(d.clients), d.first_date.isoformat(), d.last_date.isoformat(), _hours(d.hours)]
        )
        widths = [44 * mm, 34 * mm, 16 * mm, 24 * mm, 24 * mm]
        widths.append(WIDTH - sum(widths))
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
        d = self.data
        fields = [
            ("Signature", ""),
            ("Name", d.contact_name),
            ("Role", d.contact_role),
            ("Organisation", d.organisation),
            ("E-mail", d.contact_email),
            ("Date", ""),
        ]
        rows = [[Paragraph(label, _LABEL), Paragraph(text(value) or " ", _SIGN)] for label, value in fields]
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
