"""The coaching agreement: two-party (coach, client) or three-way (with a sponsor), as a PDF to sign.

The wording lives in ``resources/clauses/agreement.txt`` (see :mod:`coachdesk.documents.clauses`);
this module supplies its placeholders from :class:`AgreementData` and lays it out: numbered
sections, a parties table, a terms table and signature blocks that stay together on one page.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk.documents.agreement_data import AgreementData
from coachdesk.documents.agreement_wording import agreement_flags
from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, text
from coachdesk.documents.clauses import (
    Block,
    agreement_sections,
    conflict_bullets,
    money,
    placeholder_values,
    sentence,
)
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from coachdesk.documents.letterhead import long_date
from coachdesk.documents.wording import words_for

TITLE = "Coaching agreement"
FORMAT_LABELS = {"in_person": "In person", "video": "Video call", "phone": "Phone"}
# The sentences below are English source text; ``self.w`` prints them in the agreement's language.

_INK = colors.HexColor("#1F2933")
_TINT = colors.HexColor("#F4F5F7")
_WIDTH = A4[0] - 2 * MARGIN
_BODY = ParagraphStyle(
    "body", fontName=SERIF, fontSize=10, leading=14.2, textColor=_INK, spaceAfter=5.5, allowWidows=0
)
_BULLET = ParagraphStyle(
    "bullet", parent=_BODY, leftIndent=14, bulletIndent=3, bulletFontName=SERIF, spaceAfter=3
)
_TITLE = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=20, leading=25, textColor=_INK)
_SUBTITLE = ParagraphStyle(
    "subtitle", fontName=SANS, fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=14
)
_HEADING = ParagraphStyle(
    "heading", fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=_INK, spaceBefore=10, spaceAfter=4,
    keepWithNext=1,
)  # fmt: skip
_LABEL = ParagraphStyle("label", fontName=SANS, fontSize=8.5, leading=12, textColor=MUTED)
_CELL = ParagraphStyle("cell", fontName=SERIF, fontSize=9.5, leading=13.5, textColor=_INK)
_CELL_BOLD = ParagraphStyle("cell_bold", parent=_CELL, fontName=SERIF_BOLD)
_SIGN_LABEL = ParagraphStyle("sign_label", parent=_LABEL, fontSize=8)


def _markup(value: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text(value))


def unbroken(value: str) -> str:
    """``value`` escaped, its spaces made non-breaking: it moves to the next line as a whole."""
    return text(value).replace(" ", "&nbsp;")


def subtitle(parts: list[str]) -> str:
    """The title's parts joined by dots; each part after the first stays whole, never split by a wrap."""
    return " · ".join([keep_last_words(parts[0]), *map(unbroken, parts[1:])])


def keep_last_words(value: str) -> str:
    """``value`` escaped, its last two words bound together: a wrapped line never ends with one word alone.

    A short word before them ("&", "of", "Ní") goes along too when two words still stay before it; a
    tail too long to move as one (over 20 characters) binds fewer words rather than split a word.
    """
    words = value.split()
    if len(words) < 2:
        return text(value)
    start = len(words) - 2
    if start > 2 and len(words[start]) <= 3:  # only while two words stay for the line before
        start -= 1
    while start < len(words) - 1 and len(" ".join(words[start:])) > 20:
        start += 1
    if start == len(words) - 1:
        return text(value)
    head = " ".join(text(word) for word in words[:start])
    return head + (" " if head else "") + "&nbsp;".join(text(word) for word in words[start:])


class AgreementRenderer(DocumentRenderer):
    """Renders an :class:`AgreementData` as the agreement the parties sign."""

    def __init__(self, data: AgreementData) -> None:
        w = words_for(data.language)
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.created_on,
            draft=data.draft,
            title=w(TITLE),
            subject=data.terms.title,
            keywords=[w("coaching agreement"), w("three-way") if data.three_way else w("two-party")],
            language=data.language,
        )
        self.data = data

    def _date(self, day: date) -> str:
        return long_date(day, self.w.locale)

    def story(self) -> list[Any]:
        data, w = self.data, self.w
        kind = w("three-way") if data.three_way else w("between coach and client")
        parts = [data.terms.title, kind, self._date(data.created_on)]
        parts += [w("draft for discussion")] if data.draft else []
        story: list[Any] = [
            Paragraph(text(w(TITLE)), _TITLE),
            Paragraph(subtitle(parts), _SUBTITLE),
        ]
        if data.signed_on:
            signed = w("Agreed and signed on {date}").format(date=self._date(data.signed_on))
            if data.copy_printed_on:
                signed += w("; copy printed on {date}").format(date=self._date(data.copy_printed_on))
            story.insert(2, Paragraph(text(signed) + ".", _BODY))
        sections = agreement_sections(
            placeholder_values(data),
            sponsor=data.three_way,
            flags=agreement_flags(data),
            switched_off=data.clauses_off,
            source=data.clause_text or None,
            language=data.language,
        )
        numbered: list[list[Any]] = []
        for number, section in enumerate(sections, start=1):
            heading = Paragraph(f"{number}.&nbsp;&nbsp;{text(section.heading)}", _HEADING)
            numbered.append([heading, *self._flowables(section.blocks)])
        # The signatures never stand alone on a page: the section before them goes along.
        closing = [*numbered[-2], Spacer(0, 4), *numbered[-1]] if len(numbered) > 1 else numbered[-1]
        for part in numbered[:-2]:
            story += [CondPageBreak(40 * mm), *part]
        story += [CondPageBreak(40 * mm), KeepTogether(closing)]
        if data.copy_printed_on:
            story += self._since_signing()
        return story

    def _since_signing(self) -> list[Any]:
        """On a reprint: the amendments agreed in writing, and conflicts declared, after signing."""
        data, w = self.data, self.w
        out: list[Any] = [Paragraph(text(w("Since signing")), _HEADING)]
        if data.amendments:
            out.append(Paragraph(text(w("The parties have agreed these amendments in writing:")), _BODY))
            out += [
                Paragraph(f"<b>{self._date(a.agreed_on)}.</b> {text(sentence(a.what_changed))}", _BULLET,
                          bulletText="•")
                for a in sorted(data.amendments, key=lambda a: a.agreed_on)
            ]  # fmt: skip
        else:
            out.append(Paragraph(text(w("No amendments have been agreed in writing since signing.")), _BODY))
        if data.conflicts_since_signing:
            out.append(Paragraph(text(w("Conflicts of interest declared since signing:")), _BODY))
            for line in conflict_bullets(data.conflicts_since_signing, data.language).splitlines():
                out.append(Paragraph(_markup(line.removeprefix("- ")), _BULLET, bulletText="•"))
        return [CondPageBreak(40 * mm), KeepTogether(out)]  # on one page, unless longer than a page

    def _flowables(self, blocks: tuple[Block, ...]) -> list[Any]:
        out: list[Any] = []
        for index, block in enumerate(blocks):
            if block.kind == "paragraph" and index and blocks[index - 1].kind == "bullet":
                out.append(Spacer(0, 4))  # a little air between a list and the paragraph after it
            if block.kind == "paragraph":
                out.append(Paragraph(_markup(block.text), _BODY))
            elif block.kind == "bullet":
                out.append(Paragraph(_markup(block.text), _BULLET, bulletText="•"))
            else:
                out += [Spacer(0, 3), self._insert(block.text), Spacer(0, 8)]
        return out

    def _insert(self, name: str) -> Any:
        inserts = {"parties": self._parties, "terms": self._terms, "signatures": self._signatures}
        if name not in inserts:
            raise ValueError(f"The agreement template asks for [[{name}]], which is not a known table.")
        return inserts[name]()

    def _table(self, rows: list[tuple[str, list[str]]], *, bold_first: bool = True) -> Table:
        def value(index: int, line: str) -> Paragraph:
            return Paragraph(text(line), _CELL_BOLD if index == 0 and bold_first else _CELL)

        cells = [
            [Paragraph(text(label), _LABEL), [value(i, line) for i, line in enumerate(lines)]]
            for label, lines in rows
        ]
        # The label column fits the longest label unbroken ("Accompagnement", "Coaching-Auftrag").
        label = max([32 * mm, *(stringWidth(label, SANS, _LABEL.fontSize) + 17 for label, _ in rows)])
        table = Table(cells, colWidths=[label, _WIDTH - label], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),  # else empty cells set Helvetica, never embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), _TINT),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (0, -1), 7.5),  # the smaller label on the value's baseline
                ]
            )
        )
        return table

    def _parties(self) -> Table:
        data, head, w = self.data, self.letterhead, self.w
        coach = head.coach_name + (f", {head.credentials}" if head.credentials else "")
        rows = [
            (w("The coach"), [coach, *data.coach_details]),
            (w("The client"), [data.client.name, *data.client.details]),
        ]
        if data.sponsor:
            s = data.sponsor
            signer = ", ".join(v for v in (s.contact_name, s.contact_role) if v)
            represented = [w("Represented by {signer}").format(signer=signer)] if signer else []
            lines = [s.name, *represented, s.contact_email]
            rows.append((w("The sponsor"), [line for line in lines if line]))
        return self._table(rows)

    def _terms(self) -> Table:
        data, w = self.data, self.w
        t = data.terms
        if t.start_date and t.end_date:
            dates = w("{start} to {end}").format(start=self._date(t.start_date), end=self._date(t.end_date))
        elif t.start_date:
            dates = w("{start} to the last agreed session").format(start=self._date(t.start_date))
        elif t.end_date:
            dates = w("From the first session to {end}").format(end=self._date(t.end_date))
        else:
            dates = w("To be agreed")
        if t.session_count:
            sessions = w.n(
                "%n session of {minutes} minutes", "%n sessions of {minutes} minutes", t.session_count
            )
        else:
            sessions = w("As agreed, of {minutes} minutes")
        basis = w("{fee} for the engagement") if t.fee_basis == "per_engagement" else w("{fee} per session")
        fee = (
            w("No fee (pro bono)")
            if t.fee_minor == 0
            else basis.format(fee=money(t.fee_minor, t.currency, data.language))
        )
        payer = (
            w("{name} (the sponsor)").format(name=data.sponsor.name)
            if data.sponsor and t.payer == "sponsor"
            else w("{name} (the client)").format(name=data.client.name)
        )
        session_format = w(FORMAT_LABELS[t.format]) if t.format in FORMAT_LABELS else t.format
        return self._table(
            [
                (w("Engagement"), [t.title]),
                (w("Dates"), [dates]),
                (w("Sessions"), [sessions.format(minutes=t.session_minutes)]),
                (w("Format"), [session_format]),
                (w("Fee"), [fee]),
                (w("Paid by"), [payer]),
            ],
            bold_first=False,
        )

    def _signatures(self) -> Table:
        data, w = self.data, self.w
        parties = [(w("The coach"), self.letterhead.coach_name, self.letterhead.sender
                    if self.letterhead.practice_name else "")]  # fmt: skip
        parties.append((w("The client"), data.client.name, ""))
        if data.sponsor:
            s = data.sponsor
            signer = s.contact_name or w("Authorised signatory")
            parties.append(
                (w("For the sponsor"), signer, ", ".join(v for v in (s.contact_role, s.name) if v))
            )
        gap = 8 * mm
        column = (_WIDTH - gap * (len(parties) - 1)) / len(parties)
        rows: list[list[Any]] = [[] for _ in range(6)]
        widths: list[float] = []
        for index, (role, name, under) in enumerate(parties):
            if index:
                for row in rows:
                    row.append("")
                widths.append(gap)
            rows[0].append(Paragraph(role.upper(), _SIGN_LABEL))
            rows[1].append(
                [Paragraph(keep_last_words(name), _CELL_BOLD)]
                + ([Paragraph(keep_last_words(under), _CELL)] if under else [])
            )
            rows[2].append("")
            rows[3].append(Paragraph(text(w("Signature")), _SIGN_LABEL))
            rows[4].append(self._date_line(column))
            rows[5].append(self._date_label(column))
            widths.append(column)
        table = Table(
            rows, colWidths=widths, rowHeights=[None, None, 14 * mm, None, 10 * mm, None], hAlign="LEFT"
        )
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), SANS),  # else empty cells set Helvetica, never embedded
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
        ]
        for col in range(0, len(widths), 2):
            style += [
                ("LINEABOVE", (col, 0), (col, 0), 1, _INK),
                ("LINEBELOW", (col, 2), (col, 2), 0.75, _INK),
            ]
            if not self.data.signature_place:
                style.append(("LINEBELOW", (col, 4), (col, 4), 0.75, _INK))
        table.setStyle(TableStyle(style))
        return table

    def _split(self, column: float) -> list[float]:
        """The widths of "Place" and "Date" side by side under one signature."""
        gap = 4 * mm
        place = (column - gap) * 0.58
        return [place, gap, column - gap - place]

    def _date_line(self, column: float) -> Any:
        """The empty line to write on: one for the date, or one for the place and one for the date."""
        if not self.data.signature_place:
            return ""
        line = Table([["", "", ""]], colWidths=self._split(column), rowHeights=[10 * mm - 4])
        line.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("LINEBELOW", (0, 0), (0, 0), 0.75, _INK),
                    ("LINEBELOW", (2, 0), (2, 0), 0.75, _INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return line

    def _date_label(self, column: float) -> Any:
        if not self.data.signature_place:
            return Paragraph(text(self.w("Date")), _SIGN_LABEL)
        labels = Table(
            [
                [
                    Paragraph(text(self.w("Place")), _SIGN_LABEL),
                    "",
                    Paragraph(text(self.w("Date")), _SIGN_LABEL),
                ]
            ],
            colWidths=self._split(column),
        )
        labels.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return labels
