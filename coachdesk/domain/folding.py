"""Text folded for matching and sorting: case- and accent-insensitive, so "zoe" finds Zoë and
"orsted" finds Ørsted, and names sort the way a reader expects."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry no separable accent, so Unicode decomposition leaves them as they are.
PLAIN_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "þ": "th", "æ": "ae", "œ": "oe"}
_PLAIN_LETTERS = str.maketrans(PLAIN_LETTERS)


def fold_uncached(text: str) -> str:
    """``fold`` without its cache, for long texts (session notes) that must not stay in memory."""
    if text.isascii():  # the common case: nothing to decompose, casefold is lower()
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``text`` without case or accents ("Zoë" → "zoe", "Łukasz" → "lukasz", "Straße" → "strasse")."""
    return fold_uncached(text)
