"""What every document prints around its content (page numbers, the draft mark, the PDF's language)
is in the document's language."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import getSampleStyleSheet  # type: ignore[import-untyped]
from reportlab.platypus import PageBreak, Paragraph  # type: ignore[import-untyped]

from coachdesk.documents.base import DocumentRenderer
from coachdesk.documents.letterhead import Letterhead


class _TwoPages(DocumentRenderer):
    def story(self) -> list[Any]:
        style = getSampleStyleSheet()["Normal"]
        return [Paragraph("1", style), PageBreak(), Paragraph("2", style)]


def _render(language: str) -> PdfReader:
    renderer = _TwoPages(
        letterhead=Letterhead("Alex Moreau"),
        document_id="X-1",
        created_on=date(2026, 12, 5),
        title="T",
        draft=True,
        language=language,
    )
    return PdfReader(io.BytesIO(renderer.render()))


@pytest.mark.parametrize(
    ("language", "page", "draft", "lang"),
    [
        ("en", "Page 2 of 2", "DRAFT", "en-GB"),
        ("de", "Seite 2 von 2", "ENTWURF", "de-DE"),
        ("fr", "Page 2 sur 2", "BROUILLON", "fr-FR"),
    ],
)
def test_page_numbers_draft_mark_and_pdf_language(language: str, page: str, draft: str, lang: str) -> None:
    pdf = _render(language)
    second = pdf.pages[1].extract_text()
    assert page in second and draft in second
    assert pdf.trailer["/Root"]["/Lang"] == lang


def test_dates_and_money_follow_the_language() -> None:
    german = _TwoPages(letterhead=Letterhead("A"), document_id="", created_on=date(2026, 12, 5), title="")
    assert german.date(date(2026, 12, 5)) == "5 December 2026"
    german = _TwoPages(
        letterhead=Letterhead("A"), document_id="", created_on=date(2026, 12, 5), title="", language="de"
    )
    assert german.date(date(2026, 12, 5)) == "5. Dezember 2026"
    assert german.money(250000, "NOK") == "2.500,00\u00a0NOK"
