"""The Dashboard: the week's sessions, what falls due, what awaits the coach, and the hours logged."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.dashboard import CoachingMinutes, Dashboard, DashboardItem, hours, local_midnight
from coachdesk.ui.actions import STANDARD_ACTIONS
from coachdesk.ui.empty_state import EmptyState
from coachdesk.ui.icons import icon
from coachdesk.ui.row_table import OBJECT_ROLE, local_date_text

if TYPE_CHECKING:
    from sqlmodel import Session

SessionFactory = Callable[[], "Session"]
Index = QModelIndex | QPersistentModelIndex
MAX_VISIBLE_ROWS = 6  # a longer section scrolls inside its card
CARD_STYLE = (
    "#dashboardCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)

# Section name: (heading, what the card says when it holds nothing).
SECTIONS: dict[str, tuple[str, str]] = {
    "today": ("Today", "No sessions today."),
    "coming": ("Next 7 days", "No sessions in the next 7 days."),
    "action_items": ("Action items due", "No action items overdue or due in the next 7 days."),
    "agreements": ("Agreements awaiting signature", "No agreements awaiting signature."),
    "consents": ("Consents expiring", "No consents expiring in the next 30 days."),
    "conflicts": ("Conflicts awaiting a decision", "No conflicts of interest awaiting a decision."),
    "referrals": ("Referrals to follow up", "No referrals due for follow-up."),
}


def local_zone() -> tzinfo:
    """The computer's time zone, with its daylight-saving rules where Python knows them."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def shortcut_text(action_name: str) -> str:
    """The first shortcut of a registered action, as the platform writes it ('' when it has none)."""
    for spec in STANDARD_ACTIONS:
        if spec.name == action_name and spec.keys:
            return QKeySequence(spec.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
    return ""


def _day_text(day: date, today: date, locale: QLocale) -> str:
    words = {0: "today", 1: "tomorrow", -1: "yesterday"}
    return words.get((day - today).days, local_date_text(day, locale))


# How each kind words its date: (when on time, when overdue).
_DATE_PHRASES = {
    "engagement": ("Sent {}", "Sent {}"),
    "action_item": ("Due {}", "Overdue, due {}"),
    "consent": ("Expires {}", "Expires {}"),
    "conflict": ("Raised {}", "Raised {}"),
    "referral": ("Follow up {}", "Follow-up was due {}"),
}


def item_texts(item: DashboardItem, today: date, zone: tzinfo, locale: QLocale) -> tuple[str, str, str, str]:
    """What a line shows: (who, what, detail, when) — the client, the item, a muted detail, the date."""
    who = item.client_name or "No client named"
    if item.kind == "session" and item.when is not None:
        start = item.when.astimezone(zone)
        when = locale.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat)
        if start.date() == today + timedelta(days=1):
            when = f"Tomorrow, {when}"
        elif start.date() != today:
            weekday = locale.dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
            when = f"{weekday} {local_date_text(start.date(), locale)}, {when}"
    elif item.kind == "engagement" and item.status == "draft":
        when = "Draft, not sent yet"
    elif item.on is None:
        when = "Sent" if item.kind == "engagement" else ""
    else:
        on_time, late = _DATE_PHRASES.get(item.kind, ("{}", "{}"))
        when = (late if item.overdue else on_time).format(_day_text(item.on, today, locale))
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


class _ItemList(QListView):
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


def _label(text: str = "", *, scale: float = 1.0, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _Card(QFrame):
    """A quiet panel with a heading and a note or count on its right."""

    INDENT = 2 * DashboardItemDelegate.PADDING  # headings line up with the text of the items

    def __init__(self, title: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setStyleSheet(CARD_STYLE)
        self.setAccessibleName(title)
        self.title_label = _label(title, scale=1.1, bold=True)
        self.count_label = _label(note, muted=True)
        top = QHBoxLayout()
        top.setContentsMargins(self.INDENT, 0, self.INDENT, 0)
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 12, 4, 12)
        self.body.setSpacing(6)
        self.body.addLayout(top)


class DashboardSection(_Card):
    """A card: a heading with a count, then the list of items, or a calm line when there are none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        title, empty_text = SECTIONS[name]
        super().__init__(title, parent=parent)
        self.name = name
        self.model = DashboardItemsModel(self)
        self.list = _ItemList()
        self.list.setModel(self.model)
        self.list.setAccessibleName(title)
        self.empty_label = _label(empty_text, muted=True)
        self.empty_label.setWordWrap(True)
        self.empty_label.setContentsMargins(self.INDENT, 0, self.INDENT, 0)
        self.body.addWidget(self.list)
        self.body.addWidget(self.empty_label)
        self.body.addStretch(1)
        self.set_items([], date.today(), ZoneInfo("UTC"))

    def set_items(
        self, items: Sequence[DashboardItem], today: date, zone: tzinfo, count_text: str | None = None
    ) -> None:
        self.model.set_items(items, today, zone)
        self.count_label.setText(count_text if count_text is not None else (str(len(items)) if items else ""))
        self.list.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self.list.fit_rows()


class HoursTile(_Card):
    """Coaching hours from completed sessions: this month and in total, each paid / pro bono."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Coaching hours", "Completed sessions", parent)
        self.month_hours, self.total_hours = _label(scale=1.8, bold=True), _label(scale=1.8, bold=True)
        self.month_split, self.total_split = _label(), _label()
        grid = QGridLayout()
        grid.setContentsMargins(self.INDENT, 0, self.INDENT, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(2)
        for column, caption in enumerate(("This month", "In total")):
            grid.addWidget(_label(caption, muted=True), 0, column)
        for column, (figure, split) in enumerate(
            ((self.month_hours, self.month_split), (self.total_hours, self.total_split))
        ):
            grid.addWidget(figure, 1, column)
            grid.addWidget(split, 2, column)
        grid.setColumnStretch(2, 1)
        self.body.addSpacing(4)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.clear()

    def set_hours(self, month: CoachingMinutes, total: CoachingMinutes) -> None:
        locale = QLocale()

        def text(minutes: int) -> str:
            return locale.toString(float(hours(minutes)), "f", 1)

        for figure, split, minutes in (
            (self.month_hours, self.month_split, month),
            (self.total_hours, self.total_split, total),
        ):
            figure.setText(f"{text(minutes.total)} h")
            split.setText(f"{text(minutes.paid)} paid \u00b7 {text(minutes.pro_bono)} pro bono")

    def clear(self) -> None:
        self.set_hours(CoachingMinutes(), CoachingMinutes())


class DashboardView(QWidget):
    """The practice at a glance; activating an item emits ``open_record(kind, record_id, client_id)``."""

    open_record = Signal(str, object, object)
    log_session_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions: SessionFactory | None = None
        # Replaceable in tests: the moment the dashboard is drawn for, in the coach's time zone.
        self.now: Callable[[], datetime] = lambda: datetime.now(local_zone())
        self.data: Dashboard | None = None
        # Left open overnight, the dashboard turns to the new day a moment after midnight.
        self.next_day = QTimer(self, singleShot=True)
        self.next_day.timeout.connect(self.refresh)
        self.date_label = _label(scale=1.5, bold=True)
        keys = shortcut_text("log_session")
        self.log_button = QPushButton(icon("log_session"), "Log a session\u2026")
        self.log_button.setAccessibleName("Log a session")
        self.log_button.setToolTip(f"Record a session that has just taken place ({keys})" if keys else "")
        self.log_button.clicked.connect(self.log_session_requested)
        self.keys_label = _label(keys, muted=True)
        self.sections = {name: DashboardSection(name) for name in SECTIONS}
        for section in self.sections.values():
            section.list.chosen.connect(lambda index, s=section: self._open(s, index))
        self.hours_tile = HoursTile()
        self.pages = QStackedWidget()
        self.empty = EmptyState.for_area("dashboard")
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._build_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.clear()

    def _build_page(self) -> QScrollArea:
        header = QHBoxLayout()
        header.addWidget(self.date_label)
        header.addStretch(1)
        header.addWidget(self.keys_label)
        header.addWidget(self.log_button)
        grid = QGridLayout()
        grid.setSpacing(14)
        placed: list[QWidget] = [
            self.sections["today"],
            self.sections["coming"],
            self.sections["action_items"],
            self.hours_tile,
            self.sections["agreements"],
            self.sections["consents"],
            self.sections["conflicts"],
            self.sections["referrals"],
        ]
        for number, widget in enumerate(placed):
            grid.addWidget(widget, number // 2, number % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 18, 20, 20)
        column.setSpacing(14)
        column.addLayout(header)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.setTabOrder(self.log_button, self.sections["today"].list)
        previous: QWidget = self.sections["today"].list
        for widget in placed[1:]:
            if isinstance(widget, DashboardSection):
                self.setTabOrder(previous, widget.list)
                previous = widget.list
        return scroll

    def attach(self, sessions: SessionFactory) -> None:
        """Show the dashboard of the vault that ``sessions`` opens sessions on."""
        self._sessions = sessions
        self.refresh()

    def refresh(self) -> None:
        from coachdesk.services.dashboard import dashboard

        if self._sessions is None:
            return
        now = self.now()
        with self._sessions() as session:
            data = dashboard(session, now)
        zone = now.tzinfo or local_zone()
        self.show_dashboard(data, zone)
        until_tomorrow = local_midnight(data.today + timedelta(days=1), zone) - now
        self.next_day.start(int(until_tomorrow.total_seconds() * 1000) + 1000)

    def show_dashboard(self, data: Dashboard, zone: tzinfo) -> None:
        self.data = data
        today = data.today
        locale = QLocale()
        self.date_label.setText(
            locale.toString(QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat)
        )
        sections = self.sections
        sections["today"].set_items(data.sessions_today, today, zone)
        sections["coming"].set_items(data.sessions_coming, today, zone)
        sections["action_items"].set_items(data.action_items, today, zone, _overdue_count(data.action_items))
        sent, drafts = len(data.awaiting_signature), len(data.draft_agreements)
        counts = [f"{sent} sent"] if sent else []
        counts += [f"{drafts} draft{'s' if drafts != 1 else ''}"] if drafts else []
        agreements = data.awaiting_signature + data.draft_agreements
        sections["agreements"].set_items(agreements, today, zone, " \u00b7 ".join(counts))
        sections["consents"].set_items(data.expiring_consents, today, zone)
        sections["conflicts"].set_items(data.open_conflicts, today, zone)
        sections["referrals"].set_items(data.referral_follow_ups, today, zone)
        self.hours_tile.set_hours(data.hours.this_month, data.hours.in_total)
        self.pages.setCurrentIndex(1 if data.clients else 0)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._sessions = None
        self.data = None
        self.next_day.stop()
        self.date_label.clear()
        for section in self.sections.values():
            section.set_items([], date.today(), ZoneInfo("UTC"))
        self.hours_tile.clear()
        self.pages.setCurrentIndex(0)

    def _open(self, section: DashboardSection, index: QModelIndex) -> None:
        item = section.model.item(index)
        if item is not None:
            self.open_record.emit(item.kind, item.record_id, item.client_id)


def _overdue_count(items: Sequence[DashboardItem]) -> str:
    if not items:
        return ""
    overdue = sum(1 for item in items if item.overdue)
    return f"{len(items)} \u00b7 {overdue} overdue" if overdue else str(len(items))
