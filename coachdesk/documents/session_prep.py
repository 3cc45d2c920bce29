"""The session prep sheet: one page for the coach before a session (never given to anyone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from coachdesk.documents.base import MUTED, DocumentRenderer, text
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.markdown_text import markdown_paragraphs
from coachdesk.documents.wording import ENGLISH, words_for

TITLE = "Session prep"
INK = colors.HexColor("#1f2933")

_TITLE = ParagraphStyle(
    "prep-title", fontName=SERIF_BOLD, fontSize=15, leading=19, textColor=INK, spaceAfter=2
)
_SUB = ParagraphStyle("prep-sub", fontName=SANS, fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=6)
_HEADING = ParagraphStyle(
    "prep-heading", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=INK, spaceBefore=8, spaceAfter=3
)
_BODY = ParagraphStyle("prep-body", fontName=SERIF, fontSize=10, leading=13.5, textColor=INK, spaceAfter=3)
_ITEM = ParagraphStyle("prep-item", parent=_BODY, leftIndent=10, bulletIndent=0, spaceAfter=1)
_NOTE = ParagraphStyle("prep-note", fontName=SANS, fontSize=8, leading=11, textColor=MUTED, spaceBefore=10)


@dataclass(frozen=True)
class PrepItem:
    """One line of a list: an open action item or a goal, already worded."""

    text: str


@dataclass(frozen=True)
class SessionPrepData:
    """What the coach reads before the session: plain values, worded by the service."""

    letterhead: Letterhead
    document_id: str
    prepared_on: date
    client_name: str
    session_when: str  # "Monday 2 March 2026, 10:00" in the coach's time
    session_number: str  # "3 of 6", or "3"
    agreement: str  # "Leading the new team: 2 of 6 sessions held, 4 left; ends 30 June 2026", or ""
    last_session: str  # "23 February 2026", or "" before the first
    last_summary: str  # what the client received after the last session
    open_actions: tuple[PrepItem, ...] = ()
    goals: tuple[PrepItem, ...] = ()
    language: str = ENGLISH  # the client's document language: "en", "de" or "fr"


class SessionPrepRenderer(DocumentRenderer):
    """The prep sheet, on the practice's letterhead, marked for the coach's own use."""

    def __init__(self, data: SessionPrepData) -> None:
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.prepared_on,
            title=words_for(data.language)(TITLE),
            subject=words_for(data.language)("Preparation for a coaching session (coach's own use)"),
            language=data.language,
        )
        self.data = data

    def story(self) -> list[Any]:
        d, w = self.data, self.w
        heading = w("Session {number} · {when}").format(number=d.session_number, when=d.session_when)
        story: list[Any] = [
            Paragraph(text(w("Session prep: {name}").format(name=d.client_name)), _TITLE),
            Paragraph(text(heading), _SUB),
        ]
        if d.agreement:
            story += [Paragraph(text(w("The agreement")), _HEADING), Paragraph(text(d.agreement), _BODY)]
        story.append(Paragraph(text(w("Last session")), _HEADING))
        if d.last_session:
            story.append(Paragraph(f"<b>{text(d.last_session)}</b>", _BODY))
            if d.last_summary.strip():
                story += markdown_paragraphs(d.last_summary, _BODY, _ITEM)
            else:
                story.append(Paragraph(f"<i>{text(w('No shared summary was written.'))}</i>", _BODY))
        else:
            story.append(Paragraph(f"<i>{text(w('This is the first session.'))}</i>", _BODY))
        story += self._items(w("Open action items"), d.open_actions, w("None open."))
        story += self._items(w("Goals"), d.goals, w("No goals recorded yet."))
        note = w("Prepared on {date} for the coach's own use. Not to be shared.").format(
            date=self.date(d.prepared_on)
        )
        story.append(Paragraph(text(note), _NOTE))
        return story

    def _items(self, heading: str, items: tuple[PrepItem, ...], empty: str) -> list[Any]:
        parts: list[Any] = [Paragraph(text(heading), _HEADING)]
        if not items:
            return [*parts, Paragraph(f"<i>{text(empty)}</i>", _BODY)]
        return parts + [Paragraph(text(item.text), _ITEM, bulletText="•") for item in items]
