"""The recovery sheet: one printed A4 page with a vault's recovery key and how to use and keep it."""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk.documents import formatting
from coachdesk.documents.fonts import MONO, SANS, SANS_BOLD, register_fonts
from coachdesk.documents.formatting import DEFAULT_LOCALE

TITLE = "CoachDesk recovery sheet"
_MARGIN = 20 * mm
_KEY_PADDING = 14
_FOOTER_SPACE = 10 * mm
_KEY_SIZES = (20.0, 10.0)  # largest and smallest point size for the key
_INK = colors.HexColor("#1F2933")
_MUTED = colors.HexColor("#52606D")
_TINT = colors.HexColor("#F2F4F7")

_TITLE = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=22, leading=27, textColor=_INK)
_LEAD = ParagraphStyle("lead", fontName=SANS, fontSize=10.5, leading=15, textColor=_MUTED, spaceBefore=4)
_LABEL = ParagraphStyle("label", fontName=SANS, fontSize=9, leading=13, textColor=_MUTED)
_VALUE = ParagraphStyle("value", fontName=SANS_BOLD, fontSize=11, leading=14, textColor=_INK)
_HEADING = ParagraphStyle(
    "heading", fontName=SANS_BOLD, fontSize=12, leading=15, textColor=_INK, spaceBefore=16, spaceAfter=4
)
_BODY = ParagraphStyle(
    "body", fontName=SANS, fontSize=10.5, leading=15, textColor=_INK, leftIndent=12, bulletFontName=SANS
)
_CHECK_COMMAND = f'<font name="{MONO}">coachdesk vault check --recovery-key FILE</font>'


def long_date(day: date) -> str:
    """``27 November 2025``: unambiguous, and in English (the sheet's language) whatever the system locale."""
    return formatting.long_date(day, DEFAULT_LOCALE)


def _key_lines(key: str, width: float) -> tuple[list[str], float]:
    """The key at the largest size that fits ``width``; split after a dash or space only if it must."""
    largest, smallest = _KEY_SIZES
    size = math.floor(10 * width / max(stringWidth(key, MONO, 1), 1e-3)) / 10
    size = max(smallest, min(largest, size))
    if stringWidth(key, MONO, size) <= width:
        return [key], size
    lines: list[str] = []
    for piece in filter(None, re.split(r"(?<=-)|\s+", key)):
        joined = lines[-1] + ("" if lines[-1].endswith("-") else " ") + piece if lines else piece
        if lines and stringWidth(joined, MONO, size) <= width:
            lines[-1] = joined
        else:
            lines.append(piece)
    return lines, size


@dataclass(frozen=True)
class RecoverySheetData:
    """What the sheet printed when a vault is created or its recovery key is replaced shows."""

    vault_file_name: str
    recovery_key: str
    created_on: date
    practice_name: str = ""

    def __post_init__(self) -> None:
        if not self.recovery_key.strip():
            raise ValueError("A recovery sheet needs the recovery key to print.")


class RecoverySheetRenderer:
    """Renders a :class:`RecoverySheetData` as the one-page sheet a coach prints and keeps."""

    def __init__(self, data: RecoverySheetData) -> None:
        self.data = data

    def render(self) -> bytes:
        """The sheet as a one-page PDF; the key appears on the page only, never in the metadata."""
        register_fonts()
        buffer = io.BytesIO()
        width, height = A4[0] - 2 * _MARGIN, A4[1] - 2 * _MARGIN - _FOOTER_SPACE
        frame = Frame(_MARGIN, _MARGIN + _FOOTER_SPACE, width, height, 0, 0, 0, 0, id="sheet")
        document = BaseDocTemplate(
            buffer,
            pagesize=A4,
            pageTemplates=[PageTemplate("sheet", [frame], onPage=self._footer)],
            title=TITLE,
            author="CoachDesk",
            subject=f"Recovery sheet for the vault {self.data.vault_file_name}",
            creator="CoachDesk",
            lang="en",
            initialFontName=SANS,
            displayDocTitle=True,
        )
        document.build([KeepInFrame(width, height, self._story(width), mode="shrink")])
        return buffer.getvalue()

    def _story(self, width: float) -> list[Any]:
        story: list[Any] = [
            Paragraph(TITLE, _TITLE),
            Paragraph(
                "Print this page and keep it safe. If the passphrase is ever lost, this key is the "
                "only way into the vault: nobody, not even CoachDesk's makers, can open it otherwise.",
                _LEAD,
            ),
            Spacer(0, 10),
            self._facts(width),
            Spacer(0, 12),
            self._key_box(width),
        ]
        for heading, items in _INSTRUCTIONS:
            story.append(Paragraph(heading, _HEADING))
            story.extend(Paragraph(item, _BODY, bulletText="•") for item in items)
        story += [Spacer(0, 24), self._notes_lines(width)]
        return story

    def _facts(self, width: float) -> Table:
        rows = [("Practice", self.data.practice_name)] if self.data.practice_name else []
        rows += [("Vault file", self.data.vault_file_name), ("Created on", long_date(self.data.created_on))]
        table = Table(
            [[Paragraph(label, _LABEL), Paragraph(escape(value), _VALUE)] for label, value in rows],
            colWidths=[30 * mm, width - 30 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),  # else empty cells set Helvetica, never embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (0, -1), 5),  # the smaller label sits on the value's baseline
                ]
            )
        )
        return table

    def _key_box(self, width: float) -> Table:
        lines, size = _key_lines(self.data.recovery_key, width - 2 * _KEY_PADDING)
        key_style = ParagraphStyle("key", fontName=MONO, fontSize=size, leading=size * 1.35, textColor=_INK)
        cells = [
            [Paragraph("RECOVERY KEY", _LABEL)],
            [Preformatted("\n".join(lines), key_style)],  # every character exactly as given
            [
                Paragraph(
                    "When you type it, dashes, spaces and capital or small letters do not matter.", _LABEL
                )
            ],
        ]
        box = Table(cells, colWidths=[width], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BOX", (0, 0), (-1, -1), 1.5, _INK),
                    ("BACKGROUND", (0, 0), (-1, -1), _TINT),
                    ("ROUNDEDCORNERS", [6, 6, 6, 6]),
                    ("LEFTPADDING", (0, 0), (-1, -1), _KEY_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _KEY_PADDING),
                    ("TOPPADDING", (0, 0), (-1, 0), _KEY_PADDING - 4),
                    ("TOPPADDING", (0, 1), (-1, 1), 6),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), _KEY_PADDING - 2),
                ]
            )
        )
        return box

    def _notes_lines(self, width: float) -> Table:
        label = Paragraph("<b>Where I keep this sheet:</b>", _VALUE)
        table = Table(
            [[label, ""], ["", ""]], colWidths=[58 * mm, width - 58 * mm], rowHeights=[24, 28], hAlign="LEFT"
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (1, 0), (1, 0), 0.75, _MUTED),
                    ("LINEBELOW", (0, 1), (1, 1), 0.75, _MUTED),
                ]
            )
        )
        return table

    def _footer(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(_MARGIN, _MARGIN, f"{TITLE} · created {long_date(self.data.created_on)}")
        canvas.drawRightString(A4[0] - _MARGIN, _MARGIN, "Page 1 of 1")
        canvas.restoreState()


_INSTRUCTIONS = (
    (
        "What this is",
        (
            "This recovery key opens the vault file named above if its passphrase is ever lost or forgotten.",
            "Anyone who holds this key and a copy of the vault file can open the vault and read everything "
            "in it: clients' records, session notes, agreements. Guard it as you would the passphrase.",
        ),
    ),
    (
        "How to use it",
        (
            "In CoachDesk: on the Unlock window, choose <b>“Use recovery key instead of the passphrase”</b>, "
            "type the key and choose Unlock. Then set a new passphrase (File → Change passphrase…).",
            "From a terminal, to check that the key opens the vault without changing anything: "
            + _CHECK_COMMAND
            + " where FILE is the vault file. It asks for the key.",
        ),
    ),
    (
        "How to keep it",
        (
            "On paper, in a locked drawer or a safe, away from the computer and from the vault's backups.",
            "Do not photograph, scan or e-mail it, and do not keep a copy on a computer, phone or "
            "cloud storage.",
            "If someone else may have seen it, make a new key: File → Change passphrase…, then "
            "“Also replace the recovery key”. This sheet then stops working; print the new one.",
        ),
    ),
)
