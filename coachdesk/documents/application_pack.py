"""The credential application pack as one PDF: readiness, the log, mentor coaching, CCE, supervision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    LongTable,
    Paragraph,
    TableStyle,
)

from coachdesk.documents.base import MARGIN, MUTED, text
from coachdesk.documents.fonts import SANS, SANS_BOLD
from coachdesk.documents.hours_log import HoursLogData, HoursLogRenderer
from coachdesk.documents.letterhead import long_date

TITLE = "Credential application pack"
_INK = colors.HexColor("#1F2933")
_GOOD = colors.HexColor("#1E7B34")
_SHORT = colors.HexColor("#A3471B")
_HEAD = colors.HexColor("#E4E7EB")
_WIDTH = A4[0] - 2 * MARGIN
_TITLE = ParagraphStyle("pack_title", fontName=SANS_BOLD, fontSize=20, leading=25, textColor=_INK)
_SUBTITLE = ParagraphStyle(
    "pack_subtitle", fontName=SANS, fontSize=10, leading=14, textColor=MUTED, spaceAfter=10
)
_PART = ParagraphStyle(
    "pack_part", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=_INK, spaceBefore=16, spaceAfter=4
)
_HEADING = ParagraphStyle(
    "pack_heading", fontName=SANS_BOLD, fontSize=11, leading=14, textColor=_INK, spaceBefore=10, spaceAfter=4
)
_LINE = ParagraphStyle("pack_line", fontName=SANS, fontSize=9, leading=12.5, textColor=_INK, leftIndent=12,
                       firstLineIndent=-12)  # fmt: skip
_NOTE = ParagraphStyle("pack_note", fontName=SANS, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=4)
_CELL = ParagraphStyle("pack_cell", fontName=SANS, fontSize=7.5, leading=9.5, textColor=_INK)
_CELL_HEAD = ParagraphStyle("pack_cell_head", parent=_CELL, fontName=SANS_BOLD, fontSize=7, leading=9)


@dataclass(frozen=True)
class ReadinessBlock:
    """A renewal or an application: its title, each requirement (its words, met or not), notes."""

    title: str
    lines: tuple[tuple[str, bool], ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MentoringLine:
    held_on: date
    mentor: str
    credential: str
    group_size: int  # 1: one-to-one
    hours: Decimal


@dataclass(frozen=True)
class EducationLine:
    completed_on: date
    title: str
    provider: str
    category: str
    units: Decimal
    certificate: str  # the certificate's file name in the pack's folder; '' when none is kept


@dataclass(frozen=True)
class SupervisionLine:
    held_on: date
    supervisor: str
    in_group: bool
    hours: Decimal


@dataclass(frozen=True)
class ApplicationPackData:
    """Everything the pack prints; the log's part is the coaching-hours log's own data."""

    log: HoursLogData
    readiness: tuple[ReadinessBlock, ...]
    mentoring: tuple[MentoringLine, ...]
    education: tuple[EducationLine, ...]
    supervision: tuple[SupervisionLine, ...]


def _number(value: Decimal) -> str:
    """``1.50`` → ``1.5``, ``2.00`` → ``2``: hours and units as a person writes them."""
    return f"{value.normalize():f}" if value else "0"


def _grid(widths: list[float], rows: list[list[Any]], right: tuple[int, ...]) -> LongTable:
    table = LongTable(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 7.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#D5D9DE")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONT", (0, -1), (-1, -1), SANS_BOLD, 7.5),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, _INK),
    ]
    style += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right]
    table.setStyle(TableStyle(style))
    return table


def _cells(values: list[str]) -> list[Any]:
    return [Paragraph(text(value), _CELL) for value in values]


class ApplicationPackRenderer(HoursLogRenderer):
    """Renders an :class:`ApplicationPackData`: the evidence an ICF application or renewal asks for."""

    def __init__(self, data: ApplicationPackData) -> None:
        super().__init__(data.log)
        self.title = TITLE
        self.subject = f"Prepared on {long_date(data.log.made_on)}"
        self.keywords = ["credential application", "coaching hours log", "mentor coaching", "CCE"]
        self._pack = data

    def story(self) -> list[Any]:
        pack = self._pack
        return [
            Paragraph(TITLE, _TITLE),
            Paragraph(
                f"Prepared on {long_date(pack.log.made_on)}: readiness, the coaching log, mentor coaching, "
                "continuing coach education and supervision",
                _SUBTITLE,
            ),
            self._coach_table(),
            *self._readiness(),
            CondPageBreak(60 * mm),
            Paragraph("Coaching log", _PART),
            *self.log_sections(),
            CondPageBreak(50 * mm),
            Paragraph("Mentor coaching received", _PART),
            *self._mentoring(),
            CondPageBreak(50 * mm),
            Paragraph("Continuing coach education", _PART),
            *self._education(),
            CondPageBreak(40 * mm),
            Paragraph("Supervision received", _PART),
            *self._supervision(),
        ]

    def _readiness(self) -> list[Any]:
        if not self._pack.readiness:
            return []
        story: list[Any] = [Paragraph("Readiness", _PART)]
        for block in self._pack.readiness:
            lines = [Paragraph(block.title, _HEADING)]
            for words, met in block.lines:
                mark, colour = ("\u2713", _GOOD) if met else ("\u2717", _SHORT)
                lines.append(Paragraph(f'<font color="{colour.hexval()}">{mark}</font> {text(words)}', _LINE))
            lines += [Paragraph(text(note), _NOTE) for note in block.notes]
            story.append(KeepTogether(lines))
        return story

    def _mentoring(self) -> list[Any]:
        lines = self._pack.mentoring
        if not lines:
            return [Paragraph("No mentor coaching recorded.", _NOTE)]
        header = ("Date", "Mentor", "Mentor's credential", "Format", "Hours")
        rows: list[list[Any]] = [[Paragraph(h, _CELL_HEAD) for h in header]]
        for line in lines:
            form = "One-to-one" if line.group_size <= 1 else f"Group of {line.group_size}"
            rows.append(
                _cells([line.held_on.isoformat(), line.mentor, line.credential, form, _number(line.hours)])
            )
        one_to_one = sum((line.hours for line in lines if line.group_size <= 1), Decimal(0))
        total = sum((line.hours for line in lines), Decimal(0))
        rows.append(["", "Total", "", f"one-to-one: {_number(one_to_one)}", _number(total)])
        widths = [22 * mm, 0, 30 * mm, 34 * mm, 16 * mm]
        widths[1] = _WIDTH - sum(widths)
        return [_grid(widths, rows, right=(4,))]

    def _education(self) -> list[Any]:
        lines = self._pack.education
        if not lines:
            return [Paragraph("No continuing coach education recorded.", _NOTE)]
        header = ["Date", "Course or event", "Provider", "Category", "Units", "Certificate in the pack"]
        rows: list[list[Any]] = [[Paragraph(h, _CELL_HEAD) for h in header]]
        for line in lines:
            rows.append(
                _cells([line.completed_on.isoformat(), line.title, line.provider, line.category,
                        _number(line.units), line.certificate or "\u2014"])
            )  # fmt: skip
        total = sum((line.units for line in lines), Decimal(0))
        rows.append(["", "Total", "", "", _number(total), ""])
        widths = [20 * mm, 0, 32 * mm, 32 * mm, 12 * mm, 38 * mm]
        widths[1] = _WIDTH - sum(widths)
        by_category: dict[str, Decimal] = {}
        for line in lines:
            by_category[line.category] = by_category.get(line.category, Decimal(0)) + line.units
        summary = "; ".join(f"{category}: {_number(units)}" for category, units in by_category.items())
        return [_grid(widths, rows, right=(4,)), Paragraph(text(f"Units by category — {summary}."), _NOTE)]

    def _supervision(self) -> list[Any]:
        lines = self._pack.supervision
        if not lines:
            return [Paragraph("No supervision recorded.", _NOTE)]
        rows: list[list[Any]] = [
            [Paragraph(h, _CELL_HEAD) for h in ("Date", "Supervisor", "Format", "Hours")]
        ]
        for line in lines:
            form = "Group" if line.in_group else "Individual"
            rows.append(_cells([line.held_on.isoformat(), line.supervisor, form, _number(line.hours)]))
        rows.append(["", "Total", "", _number(sum((line.hours for line in lines), Decimal(0)))])
        widths = [22 * mm, 0, 30 * mm, 16 * mm]
        widths[1] = _WIDTH - sum(widths)
        return [_grid(widths, rows, right=(3,))]
