"""Cells of the CSV and tab-separated files CoachDesk writes, made safe to open in a spreadsheet.

A spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and may after a leading
tab or carriage return), so a client named ``=HYPERLINK("http://…","Click")`` or a phone number
``+cmd|' /C calc'!A0`` would become a live formula. As OWASP recommends, such a cell is written with a
single quote in front, which a spreadsheet shows as text. One exception keeps numbers readable: a sign
followed only by digits, spaces, dots and parentheses (``+44 20 7946 0000``, ``-12.50``) is left as
it is, because without letters or operators it can name no function, cell or program.
Control characters are replaced too (see ``plain_text.one_line``). The vault's data is never changed:
this is applied on the way out only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coachdesk.documents.plain_text import one_line

_FORMULA = ("=", "+", "-", "@")
_BREAKS = ("\t", "\r", "\n")
_SIGNED_NUMBER = re.compile(r"[+-]\d[\d .()]*")


def safe_cell(value: str) -> str:
    """``value`` as a cell no spreadsheet will evaluate, on one line."""
    cleaned = one_line(value)
    head = cleaned.lstrip()  # some spreadsheets trim spaces before deciding
    formula = head.startswith(_FORMULA) and not _SIGNED_NUMBER.fullmatch(head)
    return "'" + cleaned if formula or value.startswith(_BREAKS) else cleaned


def safe_row(cells: Iterable[str]) -> list[str]:
    """Each cell of a row through ``safe_cell``."""
    return [safe_cell(cell) for cell in cells]
