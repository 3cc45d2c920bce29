"""Characters no exported line may carry: control characters, line separators and bidi overrides."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL (tab, line feed and carriage return included: callers that allow them say so).
_CONTROLS = "\x00-\x1f\x7f-\x9f"
# Unicode's line and paragraph separators, which many programs treat as line breaks.
_SEPARATORS = "\u2028\u2029"
# Bidi embeddings, overrides and isolates: they reorder what follows, so a name can hide or fake text.
_BIDI = "\u202a-\u202e\u2066-\u2069"

SINGLE_LINE_FORBIDDEN = re.compile(f"[{_CONTROLS}{_SEPARATORS}{_BIDI}]")
MULTI_LINE_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # tab, LF and CR allowed
_RUNS = re.compile(f"[{_CONTROLS}{_SEPARATORS}{_BIDI}]+")


def one_line(value: str) -> str:
    """``value`` on one line for an export: every run of control characters, line separators and bidi
    controls becomes one space, and the ends are trimmed (``"Zoë\\x1b[31m"`` → ``"Zoë [31m"``)."""
    return _RUNS.sub(" ", value).strip() if _RUNS.search(value) else value


def describe(char: str) -> str:
    """A forbidden character as a person can find it: ``U+001B``."""
    return f"U+{ord(char):04X}"
