"""A session's recap for the client: the shared summary and the action items, nothing else."""

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

TITLE = "Session recap"
INK = colors.HexColor("#1f2933")

_TITLE = ParagraphStyle(
    "recap-title", fontName=SERIF_BOLD, fontSize=15, leading=19, textColor=INK, spaceAfter=2
)
_SUB = ParagraphStyle("recap-sub", fontName=SANS, fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=10)
_HEADING = ParagraphStyle(
    "recap-heading",
    fontName=SANS_BOLD,
    fontSize=10.5,
    leading=14,
    textColor=INK,
    spaceBefore=10,
    spaceAfter=4,
)
_BODY = ParagraphStyle("recap-body", fontName=SERIF, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=6)
_ITEM = ParagraphStyle("recap-item", parent=_BODY, leftIndent=12, bulletIndent=0, spaceAfter=2)
_SIGN_OFF = ParagraphStyle("recap-sign-off", parent=_BODY, spaceBefore=14)


@dataclass(frozen=True)
class RecapAction:
    """An action item agreed in the session, worded for the client."""

    text: str


@dataclass(frozen=True)
class RecapData:
    """Everything the recap holds: built from the shared summary and the session's action items only."""

    letterhead: Letterhead
    document_id: str
    written_on: date
    client_name: str  # as the client likes to be called
    session_day: str  # "2 March 2026"
    summary: str
    actions: tuple[RecapAction, ...] = ()
    language: str = ENGLISH  # the client's document language: "en", "de" or "fr"

    @property
    def subject(self) -> str:
        """The recap's heading, also the subject of its mail: "Recap of our session on 2 March 2026"."""
        return words_for(self.language)("Recap of our session on {day}").format(day=self.session_day)

    def plain_text(self) -> str:
        """The recap as the body of a mail (the same words as the PDF)."""
        w = words_for(self.language)
        lines = [
            w("Dear {name},").format(name=self.client_name),
            "",
            w("Here is a recap of our session on {day}.").format(day=self.session_day),
            "",
        ]
        if self.summary.strip():
            lines += [w("Summary"), "", self.summary.strip(), ""]
        if self.actions:
            lines += [w("What we agreed"), "", *(f"- {a.text}" for a in self.actions), ""]
        lines += [w("Best wishes,"), self.letterhead.coach_name]
        return "\n".join(lines)


class RecapRenderer(DocumentRenderer):
    """The recap on the practice's letterhead."""

    def __init__(self, data: RecapData) -> None:
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.written_on,
            title=words_for(data.language)(TITLE),
            subject=words_for(data.language)("Recap of a coaching session"),
            language=data.language,
        )
        self.data = data

    def story(self) -> list[Any]:
        d, w = self.data, self.w
        story: list[Any] = [
            Paragraph(text(d.subject), _TITLE),
            Paragraph(text(w("For {name}").format(name=d.client_name)), _SUB),
        ]
        if d.summary.strip():
            story += [Paragraph(text(w("Summary")), _HEADING), *markdown_paragraphs(d.summary, _BODY, _ITEM)]
        if d.actions:
            story.append(Paragraph(text(w("What we agreed")), _HEADING))
            story += [Paragraph(text(a.text), _ITEM, bulletText="•") for a in d.actions]
        sign_off = f"{text(w('Best wishes,'))}<br/>{text(d.letterhead.coach_name)}"
        story.append(Paragraph(sign_off, _SIGN_OFF))
        return story
