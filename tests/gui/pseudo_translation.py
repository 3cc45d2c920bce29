"""A translator that brackets every text it is asked for, and a scan for texts shown without it:
what a test of an area uses to show its words reach the coach through Qt's translation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTabWidget, QWidget

OPEN, CLOSE = "\u27e6", "\u27e7"


class BracketingTranslator(QTranslator):
    """Answers every lookup with the source text in ⟦ ⟧ (keeping %n, so plurals still count)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}"


@contextmanager
def bracketing() -> Iterator[BracketingTranslator]:
    """Every text looked up while this is open comes back bracketed."""
    translator = BracketingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def shown_texts(root: QWidget) -> list[str]:
    """The words a coach reads in ``root``'s widgets that are not hidden: labels, buttons, tabs, combo
    items, placeholders, tooltips and accessible names (empty ones and plain numbers left out)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in texts if t.strip() and not t.strip().replace(".", "").isdigit()]


def untranslated(root: QWidget) -> set[str]:
    """The texts of ``root`` that did not go through the translator (no ⟦ in them)."""
    return {text for text in shown_texts(root) if OPEN not in text}
