"""The dashboard's lists: one model per card, the delegate that draws an item, and the list view."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.services.dashboard import DashboardItem
from coachdesk.ui.kit.row_table import OBJECT_ROLE, local_date_text

Index = QModelIndex | QPersistentModelIndex
MAX_VISIBLE_ROWS = 6  # a longer section scrolls inside its card


def _day_text(day: date, today: date, locale: QLocale) -> str:
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("DashboardItems", "today")
    if days == 1:
        return QCoreApplication.translate("DashboardItems", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("DashboardItems", "yesterday")
    return local_date_text(day, locale)


def _noop(text: object) -> str:
    return str(text)


# How each kind words its date: (when on time, when overdue); {day} is "today" or a date.
_DATE_PHRASES = {
    "engagement": (
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Sent {day}")),
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Sent {day}")),
    ),
    "action_item": (
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Due {day}")),
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Overdue, due {day}")),
    ),
    "consent": (
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Expires {day}")),
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Expires {day}")),
    ),
    "conflict": (
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Raised {day}")),
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Raised {day}")),
    ),
    "referral": (
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Follow up {day}")),
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Follow-up was due {day}")),
    ),
    "client": (
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Review since {day}")),
        _noop(QT_TRANSLATE_NOOP("DashboardItems", "Review since {day}")),
    ),
}


def item_texts(item: DashboardItem, today: date, zone: tzinfo, locale: QLocale) -> tuple[str, str, str, str]:
    """What a line shows: (who, what, detail, when) — the client, the item, a muted detail, the date."""
    who = item.client_name or QCoreApplication.translate("DashboardItems", "No client named")
    if item.kind == "session" and item.when is not None:
        start = item.when.astimezone(zone)
        when = locale.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat)
        if start.date() == today + timedelta(days=1):
            when = QCoreApplication.translate("DashboardItems", "Tomorrow, {time}").format(time=when)
        elif start.date() != today:
            weekday = locale.dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
            when = QCoreApplication.translate("DashboardItems", "{weekday} {date}, {time}").format(
                weekday=weekday, date=local_date_text(start.date(), locale), time=when
            )
    elif item.kind == "engagement" and item.status == "draft":
        when = QCoreApplication.translate("DashboardItems", "Draft, not sent yet")
    elif item.on is None:
        when = QCoreApplication.translate("DashboardItems", "Sent") if item.kind == "engagement" else ""
    else:
        on_time, late = _DATE_PHRASES.get(item.kind, ("{day}", "{day}"))
        phrase = QCoreApplication.translate("DashboardItems", late if item.overdue else on_time)
        when = phrase.format(day=_day_text(item.on, today, locale))
    return who, item.text, item.note, when


class DashboardItemsModel(QAbstractListModel):
    """The items of one dashboard section; each item under OBJECT_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[DashboardItem] = []
        self._today = date.today()
        self._zone: tzinfo = ZoneInfo("UTC")
        self._locale = QLocale()

    def set_items(self, items: Sequence[DashboardItem], today: date, zone: tzinfo) -> None:
        self.beginResetModel()
        self._items, self._today, self._zone, self._locale = list(items), today, zone, QLocale()
        self.endResetModel()

    def item(self, index: Index) -> DashboardItem | None:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]

    def texts(self, index: Index) -> tuple[str, str, str, str] | None:
        found = self.item(index)
        return None if found is None else item_texts(found, self._today, self._zone, self._locale)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        texts = self.texts(index)
        if texts is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            who, what, detail, when = texts
            return ", ".join(part for part in (who, what, detail, when) if part)
        if role == OBJECT_ROLE:
            return self.item(index)
        return None


def attention_colour(palette: QPalette) -> QColor:
    """A red that reads on the palette's base, light or dark."""
    return (
        QColor("#ff8a80") if palette.color(QPalette.ColorRole.Base).lightness() < 128 else QColor("#b3261e")
    )


class DashboardItemDelegate(QStyledItemDelegate):
    """Two lines per item: the client and the date on the first, the item and a muted detail below."""

    PADDING = 5

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 2 * QFontMetrics(option.font).lineSpacing() + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        model = index.model()
        texts = model.texts(index) if isinstance(model, DashboardItemsModel) else None
        item = index.data(OBJECT_ROLE)
        if texts is None or not isinstance(item, DashboardItem):
            return
        who, what, detail, when = texts
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING)
        font, bold = QFont(opt.font), QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(font).lineSpacing()
        left, middle = (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            Qt.AlignmentFlag.AlignVCenter,
        )
        painter.save()
        when_face = bold if item.overdue else font
        when_width = min(QFontMetrics(when_face).horizontalAdvance(when) + 2, rect.width() // 2)
        painter.setFont(when_face)
        painter.setPen(attention_colour(palette) if item.overdue and not selected else muted)
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight | middle,
            QFontMetrics(when_face).elidedText(when, Qt.TextElideMode.ElideRight, when_width),
        )
        who_width = max(rect.width() - when_width - 12, 0)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(
            QRect(rect.left(), rect.top(), who_width, line),
            left,
            QFontMetrics(bold).elidedText(who, Qt.TextElideMode.ElideRight, who_width),
        )
        second = QRect(rect.left(), rect.top() + line + self.PADDING, rect.width(), line)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        shown = metrics.elidedText(what, Qt.TextElideMode.ElideRight, second.width())
        painter.drawText(second, left, shown)
        rest = second.width() - metrics.horizontalAdvance(shown)
        if detail and shown == what and rest > metrics.horizontalAdvance(" \u00b7 \u2026") + 8:
            painter.setPen(muted)
            extra = metrics.elidedText(f" \u00b7 {detail}", Qt.TextElideMode.ElideRight, rest)
            painter.drawText(second.adjusted(second.width() - rest, 0, 0, 0), left, extra)
        painter.restore()


class ItemList(QListView):
    """A compact list whose items open with Enter or a click."""

    chosen = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(DashboardItemDelegate(self))
        self._last_click: tuple[QPersistentModelIndex, float] | None = None
        self.clicked.connect(self._click)
        self.doubleClicked.connect(self._double_click)

    def _click(self, index: QModelIndex) -> None:
        self._last_click = (QPersistentModelIndex(index), time.monotonic())
        self.chosen.emit(index)

    def _double_click(self, index: QModelIndex) -> None:
        """A double-click whose first click already opened the item opens nothing more."""
        last = self._last_click
        interval = QApplication.doubleClickInterval() / 1000
        if last is None or last[0] != QPersistentModelIndex(index) or time.monotonic() - last[1] > interval:
            self.chosen.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def fit_rows(self) -> None:
        """As tall as its rows, up to MAX_VISIBLE_ROWS; then it scrolls."""
        rows = min(self.model().rowCount(), MAX_VISIBLE_ROWS) if self.model() else 0
        height = self.sizeHintForRow(0) if rows else 0
        self.setFixedHeight(rows * height + 2 * self.frameWidth())
