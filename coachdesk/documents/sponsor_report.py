"""The sponsor report: what a three-way engagement's sponsor may see, and what it never holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from babel.numbers import format_percent
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, text
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.wording import ENGLISH, words_for

TITLE = "Sponsor report"
_PERCENT = re.compile(r"(\d{1,3})\s?%")  # a goal's progress the client agreed to share as a percentage
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
    outcome: str  # "Held", "Cancelled", "Did not attend": only what has happened (printed translated)


@dataclass(frozen=True)
class SponsorGoal:
    """A goal the client agreed to, with progress as the client agreed the sponsor may read it."""

    statement: str
    origin: str  # "Organisational", "Shared", "Client's own" (printed translated)
    status: str  # "In progress", "Achieved", "Set aside" (printed translated)
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
    language: str = ENGLISH  # what it prints in: the client's document language


class SponsorReportRenderer(DocumentRenderer):
    """A short report for the sponsoring organisation, on the practice's letterhead."""

    def __init__(self, data: SponsorReportData) -> None:
        w = words_for(data.language)
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.report_date,
            title=w(TITLE),
            subject=w("Coaching report for {sponsor}").format(sponsor=data.sponsor_name),
            keywords=[w(TITLE).lower(), w("confidential")],
            language=data.language,
        )
        self.report = data

    def story(self) -> list[Any]:
        d, w = self.report, self.w
        period = ""
        if d.period_start is not None:
            end = self.date(d.period_end) if d.period_end is not None else w("ongoing")
            period = " · " + w("{start} to {end}").format(start=self.date(d.period_start), end=end)
        client, sponsor = text(d.client_name), text(d.sponsor_name)
        if d.sponsor_contact:
            recipient = w("For {sponsor}, attention {contact}").format(
                sponsor=sponsor, contact=text(d.sponsor_contact)
            )
        else:
            recipient = w("For {sponsor}").format(sponsor=sponsor)
        story: list[Any] = [
            Paragraph(w("Coaching report: {client}").format(client=client), _TITLE),
            Paragraph(
                f"{text(d.engagement_title)}{period}<br/>{recipient} · {self.date(d.report_date)}",
                _SUB,
            ),
            Paragraph(
                w(
                    "This report contains only what was agreed in the three-way coaching agreement and "
                    "what {client} has consented to share. The content of coaching conversations and the "
                    "coach's notes stay confidential between coach and client."
                ).format(client=client),
                _BODY,
            ),
        ]
        if d.attendance is not None:
            story += self._attendance()
        if d.goals is not None:
            story += self._goals()
        if d.progress_summary is not None:
            story += [
                Paragraph(w("Progress summary"), _HEADING),
                Paragraph(text(d.progress_summary), _BODY),
                Paragraph(w("{client} has read and agreed to this summary.").format(client=client), _NOTE),
            ]
        story += self._next_review()
        story.append(self._consent_box())
        return story

    def _attendance(self) -> list[Any]:
        d, w = self.report, self.w
        lines = d.attendance or ()
        held = sum(1 for line in lines if line.outcome == "Held")
        missed = sum(1 for line in lines if line.outcome == "Did not attend")
        count = w.n("%n session held", "%n sessions held", held)
        if missed:
            count += w.n(" and %n not attended", " and %n not attended", missed)
        if d.sessions_agreed:
            count += w.n(" of %n agreed", " of %n agreed", d.sessions_agreed)
        if d.sessions_remaining is not None:
            count += w.n("; %n remaining", "; %n remaining", d.sessions_remaining)
        parts: list[Any] = [Paragraph(w("Attendance"), _HEADING), Paragraph(f"{count}.", _BODY)]
        if lines:
            rows = [[Paragraph(w("Date"), _CELL_HEAD), Paragraph(w("Session"), _CELL_HEAD)]]
            rows += [
                [Paragraph(self.date(line.day), _CELL), Paragraph(w(line.outcome), _CELL)] for line in lines
            ]
            parts.append(self._table(rows, [WIDTH * 0.4, WIDTH * 0.6]))
        return parts

    def _goals(self) -> list[Any]:
        goals = self.report.goals or ()
        client = text(self.report.client_name)
        w = self.w
        parts: list[Any] = [Paragraph(w("Goals"), _HEADING)]
        if not goals:
            parts.append(Paragraph(w("No goals to report yet."), _BODY))
        else:
            rows = [
                [Paragraph(w(h), _CELL_HEAD) for h in ("Goal", "Whose goal", "Status", "Progress")],
                *(
                    [
                        Paragraph(text(goal.statement), _CELL),
                        Paragraph(w(goal.origin), _CELL),
                        Paragraph(w(goal.status), _CELL),
                        Paragraph(text(self._progress(goal.progress)), _CELL),
                    ]
                    for goal in goals
                ),
            ]
            parts.append(self._table(rows, [WIDTH * 0.38, WIDTH * 0.19, WIDTH * 0.14, WIDTH * 0.29]))
        parts.append(
            Paragraph(
                w(
                    "Only goals {client} has agreed to are listed. Progress is given in words {client} "
                    "agreed to, or as a percentage where {client} agreed to share one; it is not the "
                    "coach's assessment."
                ).format(client=client),
                _NOTE,
            )
        )
        return parts

    def _progress(self, progress: str) -> str:
        """A shared percentage as the language writes it ("25 %" in German and French), else the words."""
        share = _PERCENT.fullmatch(progress.strip())
        if share is None:
            return self.w(progress)
        return str(format_percent(int(share.group(1)) / 100, locale=self.locale))

    def _next_review(self) -> list[Any]:
        d, w = self.report, self.w
        if d.next_review_on is not None and d.next_review_on >= d.report_date:
            when = w("planned for {date}").format(date=self.date(d.next_review_on))
        else:
            when = w("still to be arranged")
        review = w("{review} with {client}, {sponsor} and the coach: {when}.").format(
            review=f'<font name="{SERIF_BOLD}">{w("Next three-way review")}</font>',
            client=text(d.client_name),
            sponsor=text(d.sponsor_name),
            when=when,
        )
        return [Paragraph(review, _REVIEW)]

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
        d, w = self.report, self.w
        client, sponsor = text(d.client_name), text(d.sponsor_name)
        consented = w(
            "{client} consented on {date} to information being shared with {sponsor} as set out in the "
            "coaching agreement."
        ).format(client=client, date=self.date(d.consent_granted_on), sponsor=sponsor)
        if d.consent_expires_on is not None:
            until = w("It is valid until {date}, and {client} may withdraw it at any time.").format(
                date=self.date(d.consent_expires_on), client=client
            )
        else:
            until = w("It has no expiry date, and {client} may withdraw it at any time.").format(
                client=client
            )
        lines = [
            Paragraph(w("WHAT THIS REPORT IS BASED ON"), _CELL_HEAD),
            Paragraph(f"{consented} {until}", _NOTE),
            *(Paragraph(text(w(line)), _NOTE) for line in d.withheld),
            Paragraph(
                w(
                    "Never included: session notes, what was discussed in sessions, and anything the "
                    "client has not agreed to share."
                ),
                _NOTE,
            ),
        ]
        if d.coach_qualifications:
            coach = w("Coach: {name}, {qualifications}").format(
                name=text(d.letterhead.coach_name), qualifications=text(d.coach_qualifications)
            )
            lines.append(Paragraph(coach, _NOTE))
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
