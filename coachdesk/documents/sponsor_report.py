"""The sponsor report: what a three-way engagement's sponsor may see, and what it never holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, Letterhead, long_date, text
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD

TITLE = "Sponsor report"
WIDTH = A4[0] - 2 * MARGIN - 12
INK = colors.HexColor("#1f2933")
TINT = colors.HexColor("#f4f6f8")
GRID = colors.HexColor("#c8ccd0")

_TITLE = ParagraphStyle(
    "report-title", fontName=SERIF_BOLD, fontSize=16, leading=20, textColor=INK, spaceAfter=4
)
_SUB = ParagraphStyle("report-sub", fontName=SANS, fontSize=9, leading=13, textColor=MUTED, spaceAfter=10)
_HEADING = ParagraphStyle(
    "report-heading",
    fontName=SERIF_BOLD,
    fontSize=11.5,
    leading=15,
    textColor=INK,
    spaceBefore=10,
    spaceAfter=4,
)
_BODY = ParagraphStyle(
    "report-body", fontName=SERIF, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=6
)
_REVIEW = ParagraphStyle(
    "report-review", fontName=SERIF, fontSize=10.5, leading=14.5, textColor=INK, spaceBefore=8, spaceAfter=8
)
_CELL = ParagraphStyle("report-cell", fontName=SANS, fontSize=9, leading=12, textColor=INK)
_CELL_HEAD = ParagraphStyle("report-cell-head", fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=INK)
_NOTE = ParagraphStyle("report-note", fontName=SANS, fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=3)


@dataclass(frozen=True)
class AttendanceLine:
    """One session as the sponsor may see it: its date and whether it took place."""

    day: date
    outcome: str  # "Held", "Cancelled", "Did not attend": only what has happened


@dataclass(frozen=True)
class SponsorGoal:
    """A goal the client agreed to, with progress as the client agreed the sponsor may read it."""

    statement: str
    origin: str  # "Organisational", "Shared", "Client's own"
    status: str
    progress: str  # the client's agreed words, a percentage the client agreed to share, or "Not reported"


@dataclass(frozen=True)
class SponsorReportData:
    """Everything the report prints. Built only from what the terms and the client's consent allow."""

    letterhead: Letterhead
    document_id: str
    report_date: date
    client_name: str
    sponsor_name: str
    sponsor_contact: str
    engagement_title: str
    period_start: date | None
    period_end: date | None
    consent_granted_on: date
    consent_expires_on: date | None
    attendance: tuple[AttendanceLine, ...] | None  # None: not part of the agreed terms
    sessions_agreed: int | None
    goals: tuple[SponsorGoal, ...] | None
    progress_summary: str | None
    sessions_remaining: int | None = None  # of those agreed: not yet held nor missed
    next_review_on: date | None = None  # the next three-way review, if one is planned
    withheld: tuple[str, ...] = ()  # what the terms allow but this report leaves out, and why
    coach_qualifications: str = ""


class SponsorReportRenderer(DocumentRenderer):
    """A short report for the sponsoring organisation, on the practice's letterhead."""

    def __init__(self, data: SponsorReportData) -> None:
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.report_date,
            title=TITLE,
            subject=f"Coaching report for {data.sponsor_name}",
            keywords=["sponsor report", "confidential"],
        )
        self.report = data

    def story(self) -> list[Any]:
        d = self.report
        period = ""
        if d.period_start is not None:
            end = long_date(d.period_end) if d.period_end is not None else "ongoing"
            period = f" · {long_date(d.period_start)} to {end}"
        story: list[Any] = [
            Paragraph(f"Coaching report: {text(d.client_name)}", _TITLE),
            Paragraph(
                f"{text(d.engagement_title)}{period}<br/>For {text(d.sponsor_name)}"
                + (f", attention {text(d.sponsor_contact)}" if d.sponsor_contact else "")
                + f" · {long_date(d.report_date)}",
                _SUB,
            ),
            Paragraph(
                "This report contains only what was agreed in the three-way coaching agreement and what "
                f"{text(d.client_name)} has consented to share. The content of coaching conversations "
                "and the coach's notes stay confidential between coach and client.",
                _BODY,
            ),
        ]
        if d.attendance is not None:
            story += self._attendance()
        if d.goals is not None:
            story += self._goals()
        if d.progress_summary is not None:
            story += [
                Paragraph("Progress summary", _HEADING),
                Paragraph(text(d.progress_summary), _BODY),
                Paragraph(f"{text(d.client_name)} has read and agreed to this summary.", _NOTE),
            ]
        story += self._next_review()
        story.append(self._consent_box())
        return story

    def _attendance(self) -> list[Any]:
        d = self.report
        lines = d.attendance or ()
        held = sum(1 for line in lines if line.outcome == "Held")
        missed = sum(1 for line in lines if line.outcome == "Did not attend")
        count = f"{held} session{'s' if held != 1 else ''} held"
        if missed:
            count += f" and {missed} not attended"
        if d.sessions_agreed:
            count += f" of {d.sessions_agreed} agreed"
        if d.sessions_remaining is not None:
            count += f"; {d.sessions_remaining} remaining"
        parts: list[Any] = [Paragraph("Attendance", _HEADING), Paragraph(f"{count}.", _BODY)]
        if lines:
            rows = [[Paragraph("Date", _CELL_HEAD), Paragraph("Session", _CELL_HEAD)]]
            rows += [
                [Paragraph(long_date(line.day), _CELL), Paragraph(line.outcome, _CELL)] for line in lines
            ]
            parts.append(self._table(rows, [WIDTH * 0.4, WIDTH * 0.6]))
        return parts

    def _goals(self) -> list[Any]:
        goals = self.report.goals or ()
        client = text(self.report.client_name)
        parts: list[Any] = [Paragraph("Goals", _HEADING)]
        if not goals:
            parts.append(Paragraph("No goals to report yet.", _BODY))
        else:
            rows = [
                [Paragraph(h, _CELL_HEAD) for h in ("Goal", "Whose goal", "Status", "Progress")],
                *(
                    [
                        Paragraph(text(goal.statement), _CELL),
                        Paragraph(goal.origin, _CELL),
                        Paragraph(goal.status, _CELL),
                        Paragraph(text(goal.progress), _CELL),
                    ]
                    for goal in goals
                ),
            ]
            parts.append(self._table(rows, [WIDTH * 0.38, WIDTH * 0.19, WIDTH * 0.14, WIDTH * 0.29]))
        parts.append(
            Paragraph(
                f"Only goals {client} has agreed to are listed. Progress is given in words {client} "
                f"agreed to, or as a percentage where {client} agreed to share one; it is not the "
                "coach's assessment.",
                _NOTE,
            )
        )
        return parts

    def _next_review(self) -> list[Any]:
        d = self.report
        if d.next_review_on is not None and d.next_review_on >= d.report_date:
            when = f"planned for {long_date(d.next_review_on)}"
        else:
            when = "still to be arranged"
        return [
            Paragraph(
                f'<font name="{SERIF_BOLD}">Next three-way review</font> with {text(d.client_name)}, '
                f"{text(d.sponsor_name)} and the coach: {when}.",
                _REVIEW,
            )
        ]

    @staticmethod
    def _table(rows: list[list[Any]], widths: list[float]) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _consent_box(self) -> KeepTogether:
        d = self.report
        until = (
            f"It is valid until {long_date(d.consent_expires_on)}"
            if d.consent_expires_on is not None
            else "It has no expiry date"
        )
        lines = [
            Paragraph("WHAT THIS REPORT IS BASED ON", _CELL_HEAD),
            Paragraph(
                f"{text(d.client_name)} consented on {long_date(d.consent_granted_on)} to information being "
                f"shared with {text(d.sponsor_name)} as set out in the coaching agreement. {until}, and "
                f"{text(d.client_name)} may withdraw it at any time.",
                _NOTE,
            ),
            *(Paragraph(text(line), _NOTE) for line in d.withheld),
            Paragraph(
                "Never included: session notes, what was discussed in sessions, and anything the client "
                "has not agreed to share.",
                _NOTE,
            ),
        ]
        if d.coach_qualifications:
            lines.append(
                Paragraph(f"Coach: {text(d.letterhead.coach_name)}, {text(d.coach_qualifications)}", _NOTE)
            )
        box = Table([[line] for line in lines], colWidths=[WIDTH], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BOX", (0, 0), (-1, -1), 0.8, GRID),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("TOPPADDING", (0, 1), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                ]
            )
        )
        return KeepTogether([box])
