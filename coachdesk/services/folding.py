"""Text folded for matching and sorting: case- and accent-insensitive, so "zoe" finds Zoë and
"orsted" finds Ørsted, and names sort the way a reader expects."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry no separable accent, so Unicode decomposition leaves them as they are.
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "þ": "th", "æ": "ae", "œ": "oe"}
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``text`` without case or accents ("Zoë" → "zoe", "Łukasz" → "lukasz", "Straße" → "strasse")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)
