"""The pseudo-locale: every translated text lengthened and accented, to find what bypasses translation."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

# What must come through unchanged for the app to keep working: HTML tags and entities, format
# placeholders ({name}, {0:,}), Qt's %n, %1 and %L1, printf's %s, %d and %(name)s, an escaped && or %%.
_KEEP = re.compile(r"<[^<>]*>|&[A-Za-z]+;|&#\d+;|\{[^{}]*\}|%L?\d+|%n|%\([^()]*\)[sd]|%[sd%]|&&")
_ACCENTS = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåßÇçÐđÉéĜĝĤĥÍíĴĵĶķĹĺÑñÖöŔŕŠšŢţÜüŴŵÝýŽž",
)
OPEN, CLOSE, PAD = "[", "]", "~"
GROWTH = 0.4  # German runs 30-40% longer than English
# Qt's names of keys ("Ctrl", "Del"): a shortcut written in them must still read as one.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})


def _accented(plain: str) -> str:
    """Accent the letters of ``plain``, leaving the one after an ``&`` (the accelerator) as it is."""
    parts = plain.split("&")
    return parts[0].translate(_ACCENTS) + "".join(
        "&" + part[:1] + part[1:].translate(_ACCENTS) for part in parts[1:]
    )


def pseudo_text(text: str) -> str:
    """``text`` accented and about 40% longer, in brackets: "Save" becomes "[Šåvé ~]".

    Placeholders, HTML tags and accelerators stay as they are, so the app still works; the brackets
    go inside the outermost tags so that rich text still starts with a tag.
    """
    if not text.strip():
        return text
    pieces: list[str] = []
    last = 0
    for kept in _KEEP.finditer(text):
        pieces.append(_accented(text[last : kept.start()]))
        pieces.append(kept.group())
        last = kept.end()
    pieces.append(_accented(text[last:]))
    body = "".join(pieces)
    padding = PAD * max(1, math.ceil(len(text) * GROWTH) - 3)
    lead = re.match(r"^(\s*(?:<[^<>]*>\s*)*)", body)
    trail = re.search(r"((?:\s*<[^<>]*>)*\s*)$", body)
    start = lead.end() if lead else 0
    end = trail.start() if trail and trail.start() >= start else len(body)
    return f"{body[:start]}{OPEN}{body[start:end]} {padding}{CLOSE}{body[end:]}"


def is_pseudo(text: str) -> bool:
    """Whether ``text`` carries a pseudo-translated part (its padding and closing bracket)."""
    return PAD + CLOSE in text


class PseudoTranslator(QTranslator):
    """A translator that answers every text with its pseudo-translation (see ``pseudo_text``)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # None: not translated here (an empty string would be a translation)
        if context in _UNTOUCHED_CONTEXTS or not source_text:
            return None
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False
