"""The renderer every practice document shares: letterhead, page templates, "Page x of y", metadata."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # type: ignore[import-untyped]

from coachdesk.documents import formatting
from coachdesk.documents.fonts import SANS, SANS_BOLD, register_fonts
from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.wording import ENGLISH, Words, words_for

MARGIN = 22 * mm
HEADER_FIRST = 30 * mm  # room the letterhead takes on the first page
HEADER_LATER = 14 * mm
FOOTER = 14 * mm
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c8ccd0")


def text(value: str) -> str:
    """User text made safe for a reportlab Paragraph (markup escaped, line breaks kept)."""
    return escape(value).replace("\n", "<br/>")


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end, so each footer can say "Page x of y"."""

    def __init__(self, *args: Any, words: Words | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._words = words or words_for(ENGLISH)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(SANS, 7.5)
            self.setFillColor(MUTED)
            page = self._words("Page {page} of {pages}").format(page=self._pageNumber, pages=total)
            self.drawRightString(A4[0] - MARGIN, FOOTER - 6 * mm, page)
            super().showPage()
        super().save()


class DocumentRenderer:
    """Base of every PDF renderer: ``XRenderer(data).render()`` gives the PDF bytes of ``data``.

    A subclass takes its document's data, passes the metadata here, and gives the story. The
    document prints in ``language`` ("en", "de", "fr"): ``self.w("Invoice")`` gives a phrase in it,
    ``self.date(day)`` and ``self.money(minor, currency)`` write dates and amounts as it does.
    """

    def __init__(
        self,
        *,
        letterhead: Letterhead,
        document_id: str,
        created_on: date,
        title: str,
        subject: str = "",
        keywords: Sequence[str] = (),
        draft: bool = False,
        language: str = ENGLISH,
    ) -> None:
        self.w = words_for(language)
        self.language = self.w.language
        self.letterhead = letterhead
        self.document_id = document_id
        self.created_on = created_on
        self.title = title
        self.subject = subject
        self.keywords = list(keywords)
        self.draft = draft

    def story(self) -> list[Any]:
        raise NotImplementedError

    @property
    def locale(self) -> str:
        """The Babel locale of the document's language ("de_DE")."""
        return self.w.locale

    def date(self, day: date) -> str:
        """A date as the document's language writes it: "5. Dezember 2026"."""
        return formatting.long_date(day, self.locale)

    def money(self, minor: int, currency: str) -> str:
        """An amount in minor units as the document's language writes it: "2.500,00 NOK"."""
        return formatting.money(minor, currency, self.locale)

    def render(self) -> bytes:
        register_fonts()
        buffer = io.BytesIO()
        width, height = A4
        first = Frame(
            MARGIN, FOOTER + 4 * mm, width - 2 * MARGIN, height - HEADER_FIRST - FOOTER - 8 * mm, id="first"
        )
        later = Frame(
            MARGIN, FOOTER + 4 * mm, width - 2 * MARGIN, height - HEADER_LATER - FOOTER - 8 * mm, id="later"
        )
        document = BaseDocTemplate(
            buffer,
            pagesize=A4,
            title=self.title,
            author=self.letterhead.coach_name,
            subject=self.subject,
            creator="CoachDesk",
            initialFontName=SANS,  # otherwise every page names an unembedded Helvetica
            keywords=self.keywords,
            lang=self.w.locale.replace("_", "-"),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
        )
        document.addPageTemplates(
            [
                PageTemplate(
                    id="First",
                    frames=[first],
                    onPage=self._first_page,
                    onPageEnd=self._draft_mark,
                    autoNextPageTemplate="Later",
                ),
                PageTemplate(id="Later", frames=[later], onPage=self._later_page, onPageEnd=self._draft_mark),
            ]
        )
        document.build(self.story(), canvasmaker=partial(_NumberedCanvas, words=self.w))
        return buffer.getvalue()

    # ----- page decoration -------------------------------------------------------------------

    def _first_page(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        width, height = A4
        head = self.letterhead
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 13)
        canvas.drawString(MARGIN, height - 16 * mm, head.sender)
        canvas.setFont(SANS, 8.5)
        canvas.setFillColor(MUTED)
        coach = head.coach_name + (f", {head.credentials}" if head.credentials else "")
        if head.practice_name:
            canvas.drawString(MARGIN, height - 21 * mm, coach)
        for row, line in enumerate(head.contact_lines[:3]):
            canvas.drawRightString(width - MARGIN, height - (14 + 4.5 * row) * mm, line)
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, height - HEADER_FIRST + 2 * mm, width - MARGIN, height - HEADER_FIRST + 2 * mm)
        canvas.restoreState()
        self._footer(canvas)

    def _later_page(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, height - 11 * mm, f"{self.letterhead.sender} · {self.title}")
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, height - HEADER_LATER + 1 * mm, width - MARGIN, height - HEADER_LATER + 1 * mm)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, FOOTER, A4[0] - MARGIN, FOOTER)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN, FOOTER - 6 * mm, f"{self.letterhead.sender} · {self.title} · {self.document_id}"
        )
        canvas.restoreState()

    def _draft_mark(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        """A draft's mark, drawn after the page's content so that no table shading hides it."""
        if not self.draft:
            return
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 96)
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.12))
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, self.w("DRAFT"))
        canvas.restoreState()
