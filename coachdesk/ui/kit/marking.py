"""Marking a text for the translators where it is defined, to be translated where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: lupdate files it under ``context``; translate it when it is displayed.

    Qt's own (PySide6.QtCore) is typed as returning ``object``; this one keeps tables typed ``str``.
    """
    del context
    return text
