"""Global search: a query box that searches clients, notes, goals and action items as the coach types."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.search import SearchHit, snippet_parts
from coachdesk.ui.kit.icons import icon
from coachdesk.ui.kit.row_table import OBJECT_ROLE, local_date_text
from coachdesk.ui.kit.screen_fit import resize_within_screen

if TYPE_CHECKING:
    pass

Index = QModelIndex | QPersistentModelIndex

DEBOUNCE_MS = 100  # search once typing pauses this long
MAX_RESULTS = 50
KIND_WORDS = {
    "client": str(QT_TRANSLATE_NOOP("SearchDialog", "Client")),
    "session": str(QT_TRANSLATE_NOOP("SearchDialog", "Session notes")),
    "amendment": str(QT_TRANSLATE_NOOP("SearchDialog", "Note amendment")),
    "goal": str(QT_TRANSLATE_NOOP("SearchDialog", "Goal")),
    "action_item": str(QT_TRANSLATE_NOOP("SearchDialog", "Action item")),
}
HINT = str(QT_TRANSLATE_NOOP("SearchDialog", "Type a name, or a few words from a note, goal or action item."))
_MARKDOWN = re.compile(r"(?m)^\s*#{1,6}\s|(?<=\s)#{1,6}\s|\*\*|__")
NO_RESULTS_HINT = str(
    QT_TRANSLATE_NOOP("SearchDialog", "Every word has to match: try fewer words, or the start of a word.")
)
KEYS_HINT = str(QT_TRANSLATE_NOOP("SearchDialog", "↑ ↓ to move · Enter to open · Esc to close"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchDialog", text)


def _english_plural(found: str, n: int) -> str:
    """An untranslated English plural written out ("1 result", "3 results")."""
    return found.replace("(s)", "s" if n != 1 else "")


def kind_word(kind: str) -> str:
    """What a hit of ``kind`` is, in the coach's language."""
    return _tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def without_markdown(snippet: str) -> str:
    """The snippet on one line, without the Markdown marks of headings and emphasis."""
    return " ".join(_MARKDOWN.sub("", snippet).split())


def hit_text(hit: SearchHit) -> str:
    """A result as one line of plain text (for screen readers and tooltips)."""
    snippet = "".join(text for text, _ in snippet_parts(without_markdown(hit.snippet)))
    who = f", {hit.client_name}" if hit.client_name and hit.kind != "client" else ""
    return f"{kind_word(hit.kind)}: {hit.title}{who}. {snippet}"


class SearchResultsModel(QAbstractListModel):
    """The hits of the current query, best first; each hit under OBJECT_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, index: Index) -> SearchHit | None:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        return self._hits[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index)
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_text(hit)
        if role == OBJECT_ROLE:
            return hit
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per hit: kind, title and client; then the snippet with the matched words in bold."""

    PADDING = 6
    KIND_WIDTH = 120

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        spacing = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 2 * spacing + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(OBJECT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        if not isinstance(hit, SearchHit):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = opt.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING)
        font: QFont = opt.font
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(font).lineSpacing()
        painter.save()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.setFont(font)
        painter.setPen(muted)
        kind_rect = QRect(top.left(), top.top(), self.KIND_WIDTH, line)
        painter.drawText(
            kind_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _kind_label(hit)
        )
        text_left = top.left() + self.KIND_WIDTH
        right_text = "" if hit.kind == "client" else hit.client_name
        right_width = (
            min(QFontMetrics(font).horizontalAdvance(right_text) + 2, top.width() // 3) if right_text else 0
        )
        if right_text:
            painter.drawText(
                QRect(top.right() - right_width, top.top(), right_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(font).elidedText(right_text, Qt.TextElideMode.ElideRight, right_width),
            )
        title_width = top.right() - right_width - 16 - text_left
        painter.setFont(bold)
        painter.setPen(ink)
        title = QFontMetrics(bold).elidedText(hit.title, Qt.TextElideMode.ElideRight, max(title_width, 0))
        painter.drawText(
            QRect(text_left, top.top(), max(title_width, 0), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        snippet_top = top.top() + line + self.PADDING
        _draw_snippet(
            painter, hit.snippet, QRect(text_left, snippet_top, rect.right() - text_left, line), font, ink
        )
        painter.restore()


def _kind_label(hit: SearchHit) -> str:
    word = kind_word(hit.kind)
    if hit.when is not None and hit.kind in ("session", "amendment"):
        return local_date_text(hit.when.astimezone().date())
    return word


def _draw_snippet(painter: QPainter, snippet: str, rect: QRect, font: QFont, ink: Any) -> None:
    """The snippet on one line, matches in bold, cut with an ellipsis where it does not fit."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    x, right = float(rect.left()), float(rect.right())
    painter.setPen(ink)
    for text, matched in snippet_parts(without_markdown(snippet)):
        face = bold if matched else font
        metrics = QFontMetricsF(face)
        width = metrics.horizontalAdvance(text)
        painter.setFont(face)
        room = QRectF(x, rect.top(), right - x, rect.height())
        if x + width > right:
            cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - x)
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter, cut)
            return
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter, text)
        x += width


class SearchDialog(QDialog):
    """Search as you type; Up/Down move through the results, Enter opens one, Esc closes.

    ``open_record(kind, record_id, client_id)`` is emitted for the chosen result, then the dialog
    closes. ``kind`` is 'client', 'session' (an amendment opens its session), 'goal' or 'action_item'.
    """

    open_record = Signal(str, object, object)

    def __init__(self, open_db: DbFactory | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.setWindowTitle(self.tr("Search"))
        self.setAccessibleName(self.tr("Search"))
        resize_within_screen(self, 760, 520)
        self.query_box = QLineEdit(placeholderText=self.tr("Search clients, notes, goals and action items"))
        self.query_box.setAccessibleName(self.tr("Search for"))
        self.query_box.setClearButtonEnabled(True)
        self.query_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        query_font = self.query_box.font()
        query_font.setPointSizeF(query_font.pointSizeF() * 1.25)
        self.query_box.setFont(query_font)
        self.query_box.installEventFilter(self)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._open)
        self.message = QLabel(_tr(HINT))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.results)
        self.status = QLabel(_tr(KEYS_HINT))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.query_box)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.query_box)
        self.setTabOrder(self.query_box, self.results)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_box.textChanged.connect(lambda _text: self._timer.start())
        self._shown_query = ""

    def attach(self, open_db: DbFactory) -> None:
        """Search the vault that ``session_factory`` opens sessions on."""
        self._open_db = open_db

    def clear(self) -> None:
        """Forget the query and the results (on lock) and close."""
        self._timer.stop()
        self.query_box.blockSignals(True)
        self.query_box.clear()
        self.query_box.blockSignals(False)
        self._show([], "")
        self.reject()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.query_box.setFocus(Qt.FocusReason.PopupFocusReason)
        self.query_box.selectAll()

    def run_search(self) -> None:
        """Search for what the box holds now and show the results (the debounce timer calls this)."""
        self._timer.stop()
        query = self.query_box.text()
        if not query.strip() or self._open_db is None:
            self._show([], "")
            return
        from coachdesk.services.search import search

        with self._open_db() as db:
            hits = search(db, query, limit=MAX_RESULTS)
        self._show(hits, query)

    def _show(self, hits: list[SearchHit], query: str) -> None:
        self.model.set_hits(hits)
        self._shown_query = query
        if hits:
            self.pages.setCurrentWidget(self.results)
            self.results.setCurrentIndex(self.model.index(0, 0))
            found = len(hits)
            count = _english_plural(self.tr("%n result(s)", "", found), found)
            if found >= MAX_RESULTS:
                count = self.tr("The best %n results", "", MAX_RESULTS)
            self.status.setText(f"{count} \u00b7 {_tr(KEYS_HINT)}")
            return
        self.pages.setCurrentWidget(self.message)
        self.status.setText(_tr(KEYS_HINT))
        if query.strip():
            no_results = self.tr("No results for “{query}”.").format(query=query.strip())
            self.message.setText(f"{no_results}\n{_tr(NO_RESULTS_HINT)}")
        else:
            self.message.setText(_tr(HINT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _key(self, key: Qt.Key | int) -> bool:
        """Keys typed in the query box that act on the results; True when handled."""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self._shown_query != self.query_box.text():
                self.run_search()
            current = self.results.currentIndex()
            self._open(current if current.isValid() else self.model.index(0, 0))
            return True
        steps: dict[int, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 5,
            Qt.Key.Key_PageUp: -5,
        }
        if key in steps and self.model.rowCount():
            row = self.results.currentIndex().row() if self.results.currentIndex().isValid() else -1
            row = max(0, min(self.model.rowCount() - 1, row + steps[key]))
            self.results.setCurrentIndex(self.model.index(row, 0))
            return True
        return False

    def _open(self, index: Index) -> None:
        hit = self.model.hit(index)
        if hit is None:
            return
        kind, record_id = hit.kind, hit.record_id
        if kind == "amendment":
            kind, record_id = "session", self._session_of_amendment(record_id)
        self.open_record.emit(kind, record_id, hit.client_id)
        self.accept()

    def _session_of_amendment(self, amendment_id: uuid.UUID) -> uuid.UUID:
        from coachdesk.services.sessions import session_of_amendment

        assert self._open_db is not None
        with self._open_db() as db:
            return session_of_amendment(db, amendment_id)
