"""Markdown the coach wrote (a shared summary, notes) as reportlab paragraphs: emphasis, lists, headings."""

from __future__ import annotations

from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from coachdesk.documents.fonts import MONO

# CommonMark without raw HTML (a note's "<b>" prints as typed) and without links turned into anything
# but their text: a document never carries a clickable address the coach did not see as such.
_PARSER = MarkdownIt("commonmark", {"html": False}).disable(["image", "html_inline", "html_block"])

_INLINE_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "s_open": "<strike>",
    "s_close": "</strike>",
}


def _inline(token: Token) -> str:
    """One inline token's children as reportlab paragraph markup, every piece of text escaped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type == "text":
            parts.append(escape(child.content, quote=False))
        elif child.type == "code_inline":
            parts.append(f'<font face="{MONO}">{escape(child.content, quote=False)}</font>')
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("<br/>")  # the coach's own line breaks are kept, as in every document
        elif child.type in _INLINE_TAGS:
            parts.append(_INLINE_TAGS[child.type])  # no italic face is shipped: <i> prints upright
        # link_open/link_close print nothing: the link's text is printed as text
    return "".join(parts)


def markdown_paragraphs(source: str, body: ParagraphStyle, item: ParagraphStyle) -> list[Any]:
    """``source`` as paragraphs in ``body``, list items in ``item`` with a bullet or their number, and
    headings as bold paragraphs; nothing the coach wrote is lost or read as markup."""
    story: list[Any] = []
    lists: list[list[int | None]] = []  # per open list: [next number] or [None] for bullets
    bullet: str | None = None
    heading = False
    for token in _PARSER.parse(source):
        if token.type == "bullet_list_open":
            lists.append([None])
        elif token.type == "ordered_list_open":
            lists.append([int(token.attrs.get("start", 1) or 1)])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open" and lists:
            number = lists[-1][0]
            bullet = "•" if number is None else f"{number}."
            if number is not None:
                lists[-1][0] = number + 1
        elif token.type == "heading_open":
            heading = True
        elif token.type == "inline":
            markup = _inline(token)
            if heading:
                markup, heading = f"<b>{markup}</b>", False
            if bullet is not None:
                indent = item.leftIndent + 12 * (len(lists) - 1)
                style = ParagraphStyle(
                    f"{item.name}-{len(lists)}", parent=item, leftIndent=indent, bulletFontName=item.fontName
                )
                style.bulletIndent = indent - item.leftIndent + item.bulletIndent
                story.append(Paragraph(markup, style, bulletText=bullet))
                bullet = None
            else:
                story.append(Paragraph(markup, item if lists else body))
        elif token.type in ("code_block", "fence"):
            story.append(
                Paragraph(escape(token.content.rstrip("\n"), quote=False).replace("\n", "<br/>"), body)
            )
    return story
