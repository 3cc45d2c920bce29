"""What the translation tests share: a language undone after the test, tiny catalogs, the texts a
window shows told apart from the data it shows, and a translator that brackets every text it is asked
for (the area tests' check that their words go through translation)."""

from __future__ import annotations

import csv
import html
import re
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from babel.numbers import list_currencies
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from coachdesk.ui.kit.translation import stop_language
from tests.translation_catalogs import qt_tool

MAX_ROWS = 30  # cells read per view: enough to meet every kind of row of the demo practice


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[QApplication]:
    """The application; after the test, its translators removed and the default locale as it was."""
    before = QLocale()
    yield qapp
    stop_language(qapp)
    QLocale.setDefault(before)


def compile_catalog(qm: Path, language: str, entries: dict[tuple[str, str], str | tuple[str, ...]]) -> Path:
    """A .qm at ``qm`` translating (context, source) to a text, or to plural forms (a tuple)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), text in entries.items():
        if isinstance(text, tuple):
            forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in text)
            message = f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}'
        else:
            message = f"<message><source>{escape(source)}</source><translation>{escape(text)}"
        contexts.setdefault(context, []).append(message + "</translation></message>")
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>" for name, items in contexts.items()
    )
    ts = qm.with_suffix(".ts")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
        f"{body}</TS>",
        encoding="utf-8",
    )
    command = [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, timeout=60)
    return qm


# ----- the texts a window shows -------------------------------------------------------------------


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} action", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where} action tooltip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} menu", menu.title()
            yield from _action_texts(menu.actions(), where)


def _view_texts(view: QAbstractItemView, cells: bool) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    shown = header() if callable(header) else None
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps its one column private
        columns = 1
    for column in range(columns):
        if isinstance(shown, QHeaderView) and shown.isSectionHidden(column):
            continue
        yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), MAX_ROWS) if cells else 0):
            value = model.data(model.index(row, column, root))
            if isinstance(value, str):
                yield "cell", value


def _widget_texts(widget: QWidget, cells: bool = True) -> Iterator[tuple[str, str]]:
    kind = type(widget).__name__
    if widget.isWindow():
        yield f"{kind} title", widget.windowTitle()
    yield f"{kind} tooltip", widget.toolTip()
    yield f"{kind} accessible name", widget.accessibleName()
    yield f"{kind} accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield kind, widget.text()
    if isinstance(widget, QAbstractButton):
        yield kind, widget.text()
        menu = getattr(widget, "menu", lambda: None)()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu.actions(), kind)
    if isinstance(widget, QGroupBox):
        yield f"{kind} title", widget.title()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{kind} special value", widget.specialValueText()
    if isinstance(widget, QSpinBox):
        yield f"{kind} suffix", widget.suffix()
        yield f"{kind} prefix", widget.prefix()
    if isinstance(widget, QComboBox):
        yield f"{kind} placeholder", widget.placeholderText()
        for index in range(widget.count()):
            yield f"{kind} item", widget.itemText(index)
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget, cells)
    if isinstance(widget, QMainWindow):
        yield from _action_texts(widget.menuBar().actions(), "menu bar")
    if not isinstance(widget, QToolButton | QMenu):
        yield from _action_texts(widget.actions(), kind)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text ``root`` shows: titles, labels, buttons, menus and actions,
    placeholders, tooltips, accessible names, tabs, headers and cells of views."""
    return shown_texts(root, visible_only=True, cells=True)


def shown_texts(
    root: QWidget, *, visible_only: bool = False, cells: bool = False, skip: Iterable[QWidget] = ()
) -> list[tuple[str, str]]:
    """(what, text) for the words a person sees or hears in ``root`` and its children (those not
    hidden, with ``visible_only``): titles, labels, buttons, menus and actions, placeholders, tooltips,
    accessible names, tabs and column headers (and the cells of views, with ``cells``), less the texts
    of the ``skip`` widgets and their children (widgets showing the coach's data)."""
    skipped = {id(w) for widget in skip for w in [widget, *widget.findChildren(QWidget)]}
    widgets = [root, *root.findChildren(QWidget)]
    if visible_only:
        widgets = [w for w in widgets if w is root or w.isVisible()]
    found = [text for w in widgets if id(w) not in skipped for text in _widget_texts(w, cells)]
    return [(what, text) for what, text in found if text and text.strip()]


# ----- a translator that brackets every text: what is shown without brackets bypassed translation --

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
_TAGS = re.compile(r"<[^<>]+>")
_LETTER = re.compile(r"[^\W\d_]")


class BracketingTranslator(QTranslator):
    """Answers every lookup with the source text in ⟦ ⟧ (keeping %n: Qt puts the number in after)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def bracketing() -> Iterator[BracketingTranslator]:
    """Every text looked up while this is open (widgets built inside) comes back bracketed."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = BracketingTranslator()
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


def untranslated(
    root: QWidget,
    allowed: Iterable[str] = (),
    *,
    skip: Iterable[QWidget] = (),
    visible_only: bool = False,
    data: DataWords | None = None,
) -> set[str]:
    """The texts of ``root`` (built under :func:`bracketing`) that did not go through translation:
    no ⟦ in them, a letter in them (numbers and keys aside), not among the ``allowed`` texts (names;
    a label's text also counts as allowed without its markup), not all ``data``, not in a ``skip``
    widget."""
    allowed = set(allowed)
    found: set[str] = set()
    for _what, text in shown_texts(root, visible_only=visible_only, skip=skip):
        words = text.strip()
        if OPEN in words or not _LETTER.search(words):
            continue
        if words in allowed or _TAGS.sub("", words).strip() in allowed:
            continue
        if data is not None and not data.leftover(words):
            continue
        found.add(words)
    return found


# ----- data, as opposed to the app's words -------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_INLINE_MARKUP = re.compile(r"</?(?:b|i|u|em|strong|span|a|font)\b[^<>]*>", re.IGNORECASE)
_MARKUP = re.compile(r"<[^<>]*>")
_ADDRESS = re.compile(r"\S+@\S+|\b\w+://\S+")
_CURRENCIES = frozenset(list_currencies())  # ISO 4217 codes: data ("NOK"), the same in every language


def _plain(text: str) -> str:
    """``text`` as read: inline markup dropped (a highlighted name stays one word), other tags a line
    break, entities decoded."""
    return html.unescape(_MARKUP.sub("\n", _INLINE_MARKUP.sub("", text)))


# Shown as they are, in every language: the proper names of the coaching models the shipped note
# templates follow.
MODEL_NAMES = ("GROW", "CLEAR", "OSKAR")


class DataWords:
    """The words that may show untranslated because they are data: every text value of the vault
    (names, titles, notes, currencies), the locale's month and day names, file names, ISO currency
    codes, the coaching models' names, and the ``extra`` texts a test names as data.

    ``by_word`` (the whole-app scan): a word of any short stored text is data wherever it shows. Without
    it (an area's test), only stored texts shown whole, or whole within a sentence, are data: "The
    client" is not data because a note says "the client" somewhere.
    """

    def __init__(self, values: Iterable[str], extra: Iterable[str] = (), *, by_word: bool = True) -> None:
        self.values = [v for v in values if v.strip()]
        self.by_word = by_word
        # longest first, so that a long note is taken out of a text whole, before its words
        whole = sorted({v.strip() for v in self.values if by_word is False or len(v.split()) > 1}, key=len)
        alternatives = "|".join(re.escape(v) for v in reversed(whole))
        self._whole = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if whole else None
        short = [v for v in self.values if len(v.split()) <= 8] if by_word else []
        locale = QLocale()
        names = [locale.monthName(m, f) for m in range(1, 13) for f in QLocale.FormatType]
        names += [locale.standaloneMonthName(m, f) for m in range(1, 13) for f in QLocale.FormatType]
        names += [locale.dayName(d, f) for d in range(1, 8) for f in QLocale.FormatType]
        names += [locale.amText(), locale.pmText()]
        self.words = {w for text in [*short, *names, *MODEL_NAMES, *extra] for w in _WORD.findall(text)}

    def leftover(self, text: str) -> str:
        """What of ``text`` is neither data nor a number ("" when nothing is): stored texts shown whole
        or within a sentence (a note after a translated label) count as data, and with ``by_word`` a
        text within a stored one, and the words of short stored texts."""
        plain = _plain(text).strip()
        if not plain or plain in _CURRENCIES:
            return ""
        if self.by_word and any(plain in value for value in self.values):
            return ""
        if QKeySequence(plain, QKeySequence.SequenceFormat.PortableText).toString() == plain:
            return ""  # a shortcut, "Ctrl+S"
        if self._whole is not None:
            plain = self._whole.sub(" ", plain)
        plain = _ADDRESS.sub(" ", plain)
        return " ".join(w for w in _WORD.findall(plain) if w not in self.words)


def files_data(folder: Path) -> list[str]:
    """What files under ``folder`` bring to the screen as data: their names (a backup's name in the
    erasure dialog) and the cells of CSV files (the rows an import shows)."""
    found: list[str] = []
    for path in folder.rglob("*"):
        found.append(path.name)
        if path.suffix == ".csv" and path.is_file():
            with path.open(encoding="utf-8", newline="") as file:
                found += [cell for row in csv.reader(file) for cell in row]
    return found


def vault_text_values(connection: object) -> list[str]:
    """Every text value stored in the vault's tables (``connection`` is its sqlite3 connection)."""
    cursor = connection.execute  # type: ignore[attr-defined]
    tables = [row[0] for row in cursor("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found: list[str] = []
    for table in tables:
        for row in cursor(f'SELECT * FROM "{table}"'):  # names from sqlite_master
            found += [value for value in row if isinstance(value, str)]
    return found
