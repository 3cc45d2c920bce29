"""English plurals for texts that run untranslated: "%n client(s)" reads "1 client", "2 clients"."""

from __future__ import annotations


def english_plural(text: str, count: int) -> str:
    """``text`` (already translated, with its count filled in) with an English "(s)" resolved.

    The catalogs give German and French their own plural forms; without one (English) the source
    text is shown, and its "(s)" becomes "s" or nothing by ``count``.
    """
    return text.replace("(s)", "" if count == 1 else "s")
