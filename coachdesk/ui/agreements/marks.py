"""Marks words for translation where they are listed, typed as text (Qt's own marker is typed object)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, as it stands: marked for translation in ``context``, translated where it is shown."""
    del context  # read by lupdate, not at run time
    return text
