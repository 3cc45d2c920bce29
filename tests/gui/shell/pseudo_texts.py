"""A translator that brackets every text it is asked for, and a scan of a window for texts shown
without it: what bypasses Qt's translation shows up unbracketed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


class BracketingTranslator(QTranslator):
    """Returns ⟦text⟧ for every text, so that a text shown without translation stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        return "⟦" + source.replace("%n", str(n)) + "⟧" if n >= 0 else "⟦" + source + "⟧"


@contextmanager
def bracketing() -> Iterator[None]:
    """Everything built inside the block is built with every text bracketed."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = BracketingTranslator()
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the words a person sees or hears in ``root``: texts, placeholders,
    tooltips, accessible names, items, headers, menus."""
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if widget.isWindow():
            yield f"{kind} title", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield kind, _TAGS.sub("", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield f"{kind} item", widget.itemText(row)
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(widget.horizontalHeader().count()):
                yield f"{kind} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} accessible name", widget.accessibleName()
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                yield "menu", action.text()


def untranslated(root: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """The texts in ``root`` (built under :func:`bracketing`) that did not pass through translation,
    other than the ``allowed`` ones (data, names) and texts without words (numbers, keys)."""
    allowed = set(allowed)
    found = []
    for where, text in shown_texts(root):
        words = text.strip()
        if not words or "⟦" in words or words in allowed or not re.search(r"[A-Za-z]{2}", words):
            continue
        found.append(f"{where}: {words!r}")
    return sorted(set(found))
