"""A shared summary written in Markdown prints as the coach saw it in the app's preview."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from coachdesk.documents.client_recap import RecapData, RecapRenderer
from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.markdown_text import markdown_paragraphs
from coachdesk.documents.session_prep import SessionPrepData, SessionPrepRenderer

SUMMARY = """We looked at **delegation** & *trust*.
Next time: the <b>team</b> meeting.

- ask Ana for the plan
- block two mornings
  1. Monday
  2. Thursday
"""


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_recap_prints_emphasis_and_lists_not_their_markup() -> None:
    data = RecapData(
        letterhead=Letterhead(coach_name="Camille Laurent"),
        document_id="RC-1",
        written_on=date(2026, 3, 9),
        client_name="Zoë",
        session_day="9 March 2026",
        summary=SUMMARY,
    )
    text = _text(RecapRenderer(data).render())
    assert "We looked at delegation & trust." in text
    assert "**" not in text and "*trust*" not in text
    assert "• ask Ana for the plan" in text and "• block two mornings" in text
    assert "1. Monday" in text and "2. Thursday" in text
    assert "the <b>team</b> meeting" in text  # typed markup prints as typed, never read as markup


def test_markdown_keeps_every_word_and_line_the_coach_wrote() -> None:
    from reportlab.lib.styles import ParagraphStyle

    paragraphs = markdown_paragraphs(SUMMARY, ParagraphStyle("b"), ParagraphStyle("i", leftIndent=10))
    assert [p.bulletText for p in paragraphs] == [None, "•", "•", "1.", "2."]
    assert "<br/>Next time" in paragraphs[0].text
    assert paragraphs[3].style.leftIndent > paragraphs[1].style.leftIndent  # the sub-list is indented


def test_the_prep_sheet_prints_the_last_summary_as_markdown_too() -> None:
    data = SessionPrepData(
        letterhead=Letterhead(coach_name="Camille Laurent"),
        document_id="SP-1",
        prepared_on=date(2026, 3, 9),
        client_name="Zoë Ørsted",
        session_when="Monday 9 March 2026, 10:00",
        session_number="3 of 6",
        agreement="",
        last_session="23 February 2026",
        last_summary=SUMMARY,
    )
    text = _text(SessionPrepRenderer(data).render())
    assert "We looked at delegation & trust." in text and "**" not in text
    assert "• ask Ana for the plan" in text
