"""The coaching-hours log as CSV (the ICF log's columns) and as a PDF with the coach's details and totals."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import LongTable, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, Letterhead, long_date, text
from coachdesk.documents.csv_cells import safe_row
from coachdesk.documents.fonts import SANS, SANS_BOLD
from coachdesk.services.credentials import RECENT_MONTHS, Requirement
from coachdesk.services.hours_log import GROUP_CAP, UNNAMED_LABEL, HoursLog

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
_FIGURE = ParagraphStyle("figure", fontName=SANS_BOLD, fontSize=15, leading=18, textColor=_INK)


def _hours(value: Decimal) -> str:
    return f"{value:.2f}"


def csv_rows(log: HoursLog) -> list[list[str]]:
    """The log's lines under CSV_COLUMNS, the line of clients not named last (dates as YYYY-MM-DD)."""
    rows = [
        [
            str(row.number),
            row.client_name,
            row.kind,
            "" if row.number_in_group is None else str(row.number_in_group),
            row.contact,
            row.first_date.isoformat(),
            row.last_date.isoformat(),
            _hours(row.paid_hours),
            _hours(row.pro_bono_hours),
        ]
        for row in log.rows
    ]
    if log.unnamed is not None:
        u = log.unnamed
        rows.append(
            [
                "",
                f"{UNNAMED_LABEL}: {u.clients}",
                u.kind,
                "",
                "",
                u.first_date.isoformat(),
                u.last_date.isoformat(),
                _hours(u.paid_hours),
                _hours(u.pro_bono_hours),
            ]
        )
    return rows


def hours_log_csv(log: HoursLog) -> bytes:
    """The log as CSV in UTF-8 (with a byte-order mark, so spreadsheet programs read names like Zoë right)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(safe_row(row) for row in csv_rows(log))
    return buffer.getvalue().encode("utf-8-sig")


@dataclass(frozen=True)
class CoachDetails:
    """The coach as the credentialing body needs to identify them."""

    name: str
    credentials: str = ""
    practice_name: str = ""
    email: str = ""
    phone: str = ""
    professional_body: str = ""


def _period(log: HoursLog) -> str:
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


def _check(requirement: Requirement) -> str:
    return "✓" if requirement.met else ""


@dataclass
class HoursLogRenderer(DocumentRenderer):
    """Renders an :class:`HoursLog` for a credential application: coach, totals, thresholds, the log."""

    log: HoursLog | None = None
    coach: CoachDetails | None = None

    @classmethod
    def of(
        cls, log: HoursLog, letterhead: Letterhead, coach: CoachDetails, document_id: str
    ) -> HoursLogRenderer:
        return cls(
            letterhead=letterhead,
            document_id=document_id,
            created_on=log.made_on,
            title=TITLE,
            subject=_period(log),
            keywords=["coaching hours log", "ICF credential"],
            log=log,
            coach=coach,
        )

    @property
    def _log(self) -> HoursLog:
        if self.log is None:
            raise ValueError("An hours-log renderer needs its HoursLog; use HoursLogRenderer.of(...).")
        return self.log

    def story(self) -> list[Any]:
        log = self._log
        return [
            Paragraph(TITLE, _TITLE),
            Paragraph(f"{_period(log)} · made on {long_date(log.made_on)}", _SUBTITLE),
            self._coach_table(),
            Paragraph("Totals", _HEADING),
            self._totals(),
            Paragraph("Towards the ICF credentials", _HEADING),
            self._thresholds(),
            Paragraph("The log", _HEADING),
            self._table(),
            Paragraph(
                "Hours are session minutes divided by 60, to two decimals. Only completed sessions count. "
                "A group session counts once however many clients attended; each participant counts as "
                f"a client, up to {GROUP_CAP} per group. Clients who have not consented to be named are "
                "left off and counted, with their hours, in one line.",
                _NOTE,
            ),
        ]

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
        recent = f"Last {RECENT_MONTHS} months"
        header = ["Credential", "Coaching hours", "Paid hours", "Clients", recent, ""]
        rows: list[list[Any]] = [[Paragraph(h, _CELL_HEAD) for h in header]]
        style: list[tuple[Any, ...]] = []
        for index, progress in enumerate(self._log.progress, start=1):
            by_label = {r.label.split(" in the last")[0]: r for r in progress.requirements}
            line: list[Any] = [
                Paragraph(f"<b>{progress.credential.name}</b> {progress.credential.title}", _CELL)
            ]
            for key in ("Coaching hours", "Paid hours", "Clients", "Hours"):
                requirement = by_label.get(key)
                if requirement is None:
                    line.append(Paragraph("not required", _CELL))
                    continue
                achieved = (
                    str(int(requirement.achieved)) if key == "Clients" else _hours(requirement.achieved)
                )
                line.append(Paragraph(f"{achieved} of {requirement.required:,} {_check(requirement)}", _CELL))
                if requirement.met:
                    style.append(("TEXTCOLOR", (len(line) - 1, index), (len(line) - 1, index), _GOOD))
            line.append(Paragraph("<b>Met</b>" if progress.met else "Not yet", _CELL))
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
        for line in csv_rows(log):
            number, name, kind, size, contact, first, last, paid, pro_bono = line
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
        if log.unnamed is not None:
            style.append(("BACKGROUND", (0, -2), (-1, -2), _TINT))
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


def render_hours_log(log: HoursLog, letterhead: Letterhead, coach: CoachDetails, document_id: str) -> bytes:
    """The log as PDF bytes."""
    return HoursLogRenderer.of(log, letterhead, coach, document_id).render()
