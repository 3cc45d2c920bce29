"""A translator that marks every text it is asked for, to find the words on a screen that bypass it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

MARK = "⟦"


class MarkingTranslator(QTranslator):
    """Answers every lookup with the source text in ⟦ ⟧."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        return f"{MARK}{source}⟧"

    def isEmpty(self) -> bool:
        return False


@contextmanager
def marking() -> Iterator[None]:
    """Every text looked up while inside comes back marked."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = MarkingTranslator()
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def unmarked(root: QWidget, data: Iterable[QWidget] = ()) -> set[str]:
    """The words of buttons, tabs, column headers, placeholders and tooltips under ``root`` that did not go
    through translation; ``data`` are widgets (with their children) that show the coach's data."""
    skipped = {id(w) for d in data for w in [d, *d.findChildren(QWidget)]}
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if id(widget) in skipped:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            menu = getattr(widget, "menu", lambda: None)()
            texts += [action.text() for action in menu.actions()] if menu is not None else []
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
    return {text for text in texts if any(c.isalpha() for c in text) and MARK not in text}
