"""The coaching-hours log as CSV (the ICF log's columns) and as a PDF with the coach's details and totals."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import LongTable, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, text
from coachdesk.documents.csv_cells import safe_row
from coachdesk.documents.fonts import SANS, SANS_BOLD
from coachdesk.documents.letterhead import Letterhead, long_date

TITLE = "Coaching hours log"
CSV_COLUMNS = (
    "No.",
    "Client Name",
    "Individual/Group",
    "No. in Group",
    "Contact Info",
    "Start Date",
    "End Date",
    "Paid Hours",
    "Pro-bono Hours",
)

_INK = colors.HexColor("#1F2933")
_TINT = colors.HexColor("#F4F5F7")
_HEAD = colors.HexColor("#E4E7EB")
_GOOD = colors.HexColor("#1E7B34")
_WIDTH = A4[0] - 2 * MARGIN
_PADDING = 2.5  # points either side of a cell's text in the tables
_TITLE = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=20, leading=25, textColor=_INK)
_SUBTITLE = ParagraphStyle("subtitle", fontName=SANS, fontSize=10, leading=14, textColor=MUTED, spaceAfter=10)
_HEADING = ParagraphStyle(
    "heading", fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=_INK, spaceBefore=12, spaceAfter=5,
    keepWithNext=1,
)  # fmt: skip
_BODY = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12.5, textColor=_INK)
_NOTE = ParagraphStyle("note", fontName=SANS, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=6)
_LABEL = ParagraphStyle("label", fontName=SANS, fontSize=8, leading=11, textColor=MUTED)
_CELL = ParagraphStyle("cell", fontName=SANS, fontSize=7, leading=9, textColor=_INK)
_CELL_HEAD = ParagraphStyle("cell_head", parent=_CELL, fontName=SANS_BOLD, fontSize=6.5, leading=8.5)
_APART = ParagraphStyle("apart", fontName=SANS, fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=5)
_FIGURE = ParagraphStyle("figure", fontName=SANS_BOLD, fontSize=15, leading=18, textColor=_INK)


def _hours(value: Decimal) -> str:
    return f"{value:.2f}"


@dataclass(frozen=True)
class CoachDetails:
    """The coach as the credentialing body needs to identify them."""

    name: str
    credentials: str = ""
    practice_name: str = ""
    email: str = ""
    phone: str = ""
    professional_body: str = ""


@dataclass(frozen=True)
class LogLine:
    """One claimable line of the log as printed: a client's, a group's or an alias's sessions, or a line
    the coach entered for earlier hours (``entered``: the PDF marks it; the CSV keeps its columns)."""

    number: int | None
    client_name: str
    kind: str  # "Individual" or "Group"
    number_in_group: int | None
    contact: str
    first_date: date
    last_date: date
    paid_hours: Decimal
    pro_bono_hours: Decimal
    entered: bool = False
    alias: bool = False


@dataclass(frozen=True)
class NotClaimableLine:
    """Hours shown apart because ICF cannot accept them: how many clients, how many hours, and why."""

    reason: str
    clients: int
    hours: Decimal


@dataclass(frozen=True)
class Totals:
    """The log's totals: hours (all, paid, pro bono, recent) and clients."""

    hours: Decimal
    paid_hours: Decimal
    pro_bono_hours: Decimal
    recent_hours: Decimal
    clients: int


@dataclass(frozen=True)
class Threshold:
    """One requirement of a credential: what is asked and what the log holds (hours or clients)."""

    required: int
    achieved: Decimal
    met: bool


@dataclass(frozen=True)
class CredentialLine:
    """A credential and how far the log goes towards it; ``recent_hours`` is None when not asked."""

    name: str
    title: str
    met: bool
    coaching_hours: Threshold
    paid_hours: Threshold
    clients: Threshold
    recent_hours: Threshold | None


@dataclass(frozen=True)
class HoursLogData:
    """Everything the hours log prints; the CSV uses the lines only."""

    made_on: date
    start: date | None
    end: date | None
    recent_since: date
    recent_months: int  # the window of the recent-hours requirement
    group_cap: int  # participants a group counts for, at most
    lines: tuple[LogLine, ...]
    not_claimable: tuple[NotClaimableLine, ...]
    totals: Totals
    credentials: tuple[CredentialLine, ...]
    letterhead: Letterhead = field(default_factory=lambda: Letterhead("Your coach"))
    coach: CoachDetails | None = None
    document_id: str = ""


ENTERED_MARK = "\u2020"  # † after the name of a line entered for earlier hours (the PDF only)


def not_claimable_text(line: NotClaimableLine) -> str:
    """``Not claimable: 5 clients, 12.50 hours — no consent to be named``."""
    clients = f"{line.clients} client{'' if line.clients == 1 else 's'}"
    return f"Not claimable: {clients}, {_hours(line.hours)} hours \u2014 {line.reason}"


def csv_rows(log: HoursLogData) -> list[list[str]]:
    """The log's claimable lines under CSV_COLUMNS (dates as YYYY-MM-DD); nothing outside the columns."""
    lines = log.lines
    return [
        [
            "" if line.number is None else str(line.number),
            line.client_name,
            line.kind,
            "" if line.number_in_group is None else str(line.number_in_group),
            line.contact,
            line.first_date.isoformat(),
            line.last_date.isoformat(),
            _hours(line.paid_hours),
            _hours(line.pro_bono_hours),
        ]
        for line in lines
    ]


def hours_log_csv(log: HoursLogData) -> bytes:
    """The log as CSV in UTF-8 (with a byte-order mark, so spreadsheet programs read names like Zoë right)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(safe_row(row) for row in csv_rows(log))
    return buffer.getvalue().encode("utf-8-sig")


def _period(log: HoursLogData) -> str:
    if log.start is None and log.end is None:
        return f"All completed sessions up to {long_date(log.made_on)}"
    first = long_date(log.start) if log.start else "the first session"
    last = long_date(log.end) if log.end else long_date(log.made_on)
    return f"Completed sessions from {first} to {last}"


def _cell(value: str, width: float) -> Any:
    """Plain text when every line fits the column (fast to lay out), else a Paragraph that wraps."""
    room = width - 2 * _PADDING
    if all(stringWidth(line, SANS, _CELL.fontSize) <= room for line in value.split("\n")):
        return value
    return Paragraph(text(value), _CELL)


def _check(threshold: Threshold) -> str:
    return "✓" if threshold.met else ""


class HoursLogRenderer(DocumentRenderer):
    """Renders an :class:`HoursLogData` for a credential application: coach, totals, thresholds, the log."""

    def __init__(self, data: HoursLogData) -> None:
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.made_on,
            title=TITLE,
            subject=_period(data),
            keywords=["coaching hours log", "ICF credential"],
        )
        self._log = data
        self.coach = data.coach

    def story(self) -> list[Any]:
        log = self._log
        return [
            Paragraph(TITLE, _TITLE),
            Paragraph(f"{_period(log)} · made on {long_date(log.made_on)}", _SUBTITLE),
            self._coach_table(),
            *self.log_sections(),
        ]

    def log_sections(self) -> list[Any]:
        """The log after the coach's details: totals, progress, the lines and what their marks mean."""
        log = self._log
        return [
            Paragraph("Claimable totals", _HEADING),
            self._totals(),
            *self._not_claimable(),
            Paragraph("Towards the ICF credentials", _HEADING),
            self._thresholds(),
            Paragraph("The log", _HEADING),
            self._table(),
            Paragraph(
                "Hours are session minutes divided by 60, to two decimals. Only completed sessions count. "
                "A group session counts once however many clients attended; each participant counts as "
                f"a client, up to {log.group_cap} per group. Only claimable coaching is listed and counted: "
                "clients who have not consented to be named are left off, and shown apart with their hours.",
                _NOTE,
            ),
            *self._marks(),
        ]

    def _not_claimable(self) -> list[Any]:
        return [Paragraph(text(not_claimable_text(line)), _APART) for line in self._log.not_claimable]

    def _marks(self) -> list[Any]:
        """What the log's marks mean, for the marks it holds."""
        notes = []
        if any(line.alias for line in self._log.lines):
            notes.append(
                "“Confidential Client” lines are clients of an organisation whose confidentiality policy "
                "prevents the release of client names; the organisation contact whose e-mail is given "
                "verifies the hours."
            )
        if any(line.entered for line in self._log.lines):
            notes.append(
                f"{ENTERED_MARK} Entered by the coach from an earlier log (hours before CoachDesk), not "
                "from sessions recorded in CoachDesk."
            )
        return [Paragraph(text(note), _NOTE) for note in notes]

    def _coach_table(self) -> Table:
        coach = self.coach or CoachDetails(self.letterhead.coach_name)
        rows = [
            ("Coach", coach.name),
            ("Credential held", coach.credentials),
            ("Practice", coach.practice_name),
            ("E-mail", coach.email),
            ("Phone", coach.phone),
            ("Professional body", coach.professional_body),
        ]
        cells = [[Paragraph(label, _LABEL), Paragraph(text(value), _BODY)] for label, value in rows if value]
        table = Table(cells, colWidths=[36 * mm, _WIDTH - 36 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),  # else empty cells set Helvetica, never embedded
                    ("BACKGROUND", (0, 0), (-1, -1), _TINT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, 0), 7),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ]
            )
        )
        return table

    def _totals(self) -> Table:
        t = self._log.totals
        since = long_date(self._log.recent_since)
        figures = [
            (_hours(t.hours), "coaching hours"),
            (_hours(t.paid_hours), "paid hours"),
            (_hours(t.pro_bono_hours), "pro bono hours"),
            (str(t.clients), "clients"),
            (_hours(t.recent_hours), f"hours since {since}"),
        ]
        cells = [[[Paragraph(value, _FIGURE), Paragraph(label, _LABEL)] for value, label in figures]]
        table = Table(cells, colWidths=[_WIDTH / len(figures)] * len(figures), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BACKGROUND", (0, 0), (-1, -1), _TINT),
                    ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return table

    def _thresholds(self) -> Table:
        recent = f"Last {self._log.recent_months} months"
        header = ["Credential", "Coaching hours", "Paid hours", "Clients", recent, ""]
        rows: list[list[Any]] = [[Paragraph(h, _CELL_HEAD) for h in header]]
        style: list[tuple[Any, ...]] = []
        for index, credential in enumerate(self._log.credentials, start=1):
            line: list[Any] = [Paragraph(f"<b>{credential.name}</b> {credential.title}", _CELL)]
            thresholds = (
                (credential.coaching_hours, False),
                (credential.paid_hours, False),
                (credential.clients, True),
                (credential.recent_hours, False),
            )
            for threshold, whole in thresholds:
                if threshold is None:
                    line.append(Paragraph("not required", _CELL))
                    continue
                achieved = str(int(threshold.achieved)) if whole else _hours(threshold.achieved)
                line.append(Paragraph(f"{achieved} of {threshold.required:,} {_check(threshold)}", _CELL))
                if threshold.met:
                    style.append(("TEXTCOLOR", (len(line) - 1, index), (len(line) - 1, index), _GOOD))
            line.append(Paragraph("<b>Met</b>" if credential.met else "Not yet", _CELL))
            rows.append(line)
        widths = [50 * mm, 28 * mm, 26 * mm, 18 * mm, 28 * mm]
        widths.append(_WIDTH - sum(widths))
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(TableStyle([*_grid_style(), *style]))
        return table

    def _table(self) -> Table:
        log = self._log
        header = [Paragraph(h, _CELL_HEAD) for h in CSV_COLUMNS]
        # Each column fits its longest word (dates, "Individual", "Pro-bono") at 7 pt; contact takes the rest.
        widths = [6.5 * mm, 30 * mm, 15.5 * mm, 10.5 * mm, 0, 16.5 * mm, 16.5 * mm, 12.8 * mm, 14 * mm]
        widths[4] = _WIDTH - sum(widths)
        rows: list[list[Any]] = [header]
        for line, cells in zip(log.lines, csv_rows(log), strict=True):
            number, name, kind, size, contact, first, last, paid, pro_bono = cells
            name = f"{name} {ENTERED_MARK}" if line.entered else name
            rows.append(
                [number, _cell(name, widths[1]), kind, size, _cell("\n".join(contact.split("; ")), widths[4]),
                 first, last, paid, pro_bono]
            )  # fmt: skip
        t = log.totals
        rows.append(["", "Total", "", "", "", "", "", _hours(t.paid_hours), _hours(t.pro_bono_hours)])
        table = LongTable(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)  # splits in linear time
        style = [
            *_grid_style(),
            ("FONT", (0, 1), (-1, -1), SANS, 7, _CELL.leading),
            ("ALIGN", (7, 0), (8, -1), "RIGHT"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 7, _CELL.leading),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, _INK),
        ]
        table.setStyle(TableStyle(style))
        return table


def _grid_style() -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), SANS, 7.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#D5D9DE")),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
