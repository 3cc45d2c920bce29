"""The Dashboard: the week's sessions, what falls due, what awaits the coach, and the hours logged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.credentials import CREDENTIALS
from coachdesk.services.dashboard import CoachingMinutes, Dashboard, DashboardItem, hours, local_midnight
from coachdesk.services.db import DbFactory
from coachdesk.ui.dashboard.first_steps import FirstStepsPanel
from coachdesk.ui.dashboard.getting_paid import NOTHING, english_plural, paid_label, show_getting_paid
from coachdesk.ui.dashboard.items import (
    DashboardItemDelegate,
    DashboardItemsModel,
    ItemList,
)
from coachdesk.ui.dashboard.renewal import renewal_label, show_next_level, show_renewal
from coachdesk.ui.kit.actions import STANDARD_ACTIONS
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.icons import icon

if TYPE_CHECKING:
    pass

Index = QModelIndex | QPersistentModelIndex
CARD_STYLE = (
    "#dashboardCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)


def _noop(text: object) -> str:
    return str(text)


# Section name: (heading, what the card says when it holds nothing), translated where shown.
SECTIONS: dict[str, tuple[str, str]] = {
    "today": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Today")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No sessions today.")),
    ),
    "coming": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Next 7 days")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No sessions in the next 7 days.")),
    ),
    "action_items": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Action items due")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No action items overdue or due in the next 7 days.")),
    ),
    "agreements": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Agreements awaiting signature")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No agreements awaiting signature.")),
    ),
    "consents": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Consents expiring")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No consents expiring in the next 30 days.")),
    ),
    "conflicts": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Conflicts awaiting a decision")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No conflicts of interest awaiting a decision.")),
    ),
    "referrals": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Referrals to follow up")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No referrals due for follow-up.")),
    ),
    "retention": (
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "Records to review")),
        _noop(QT_TRANSLATE_NOOP("DashboardSection", "No client's records are past the retention period.")),
    ),
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
        # The heading wraps, so longer wordings (German, French) fit the card instead of widening the page.
        self.title_label.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(self.INDENT, 0, self.INDENT, 0)
        top.addWidget(self.title_label, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 12, 4, 12)
        self.body.setSpacing(6)
        self.body.addLayout(top)


class DashboardSection(_Card):
    """A card: a heading with a count, then the list of items, or a calm line when there are none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        title, empty_text = (QCoreApplication.translate("DashboardSection", text) for text in SECTIONS[name])
        super().__init__(title, parent=parent)
        self.name = name
        self.model = DashboardItemsModel(self)
        self.list = ItemList()
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
    """Claimable coaching hours (as the hours log counts them): this month and in total, paid / pro bono."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("HoursTile", "Coaching hours"),
            QCoreApplication.translate("HoursTile", "Claimable for an ICF credential"),
            parent,
        )
        self.month_hours, self.total_hours = _label(scale=1.8, bold=True), _label(scale=1.8, bold=True)
        self.month_split, self.total_split = _label(), _label()
        grid = QGridLayout()
        grid.setContentsMargins(self.INDENT, 0, self.INDENT, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(2)
        for column, caption in enumerate((self.tr("This month"), self.tr("In total"))):
            grid.addWidget(_label(caption, muted=True), 0, column)
        for column, (figure, split) in enumerate(
            ((self.month_hours, self.month_split), (self.total_hours, self.total_split))
        ):
            grid.addWidget(figure, 1, column)
            grid.addWidget(split, 2, column)
        grid.setColumnStretch(2, 1)
        self.credentials = _label(muted=True)
        self.credentials.setWordWrap(True)
        self.credentials.setContentsMargins(self.INDENT, 0, self.INDENT, 0)
        self.credentials.setToolTip(self.tr("Reports shows every requirement of each credential"))
        self.body.addSpacing(4)
        self.body.addLayout(grid)
        self.body.addSpacing(6)
        self.body.addWidget(self.credentials)
        self.renewal = renewal_label(self.INDENT)
        self.body.addWidget(self.renewal)
        self.next_level = renewal_label(self.INDENT, self.tr("Next credential"))
        self.body.addWidget(self.next_level)
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
            figure.setText(self.tr("{hours} h").format(hours=text(minutes.total)))
            split.setText(
                self.tr("{paid} paid · {pro_bono} pro bono").format(
                    paid=text(minutes.paid), pro_bono=text(minutes.pro_bono)
                )
            )
        done = hours(total.total)
        steps = [
            self.tr("{credential} {done} of {needed} h").format(
                credential=c.name, done=text(total.total), needed=locale.toString(c.hours)
            )
            for c in CREDENTIALS
            if done < c.hours
        ]
        self.credentials.setText(
            self.tr("Towards {steps}").format(steps=" \u00b7 ".join(steps))
            if steps
            else self.tr("Hours enough for every ICF credential")
        )

    def clear(self) -> None:
        self.set_hours(CoachingMinutes(), CoachingMinutes())
        show_renewal(self.renewal, None)
        show_next_level(self.next_level, None)


class DashboardView(QWidget):
    """The practice at a glance; activating an item emits ``open_record(kind, record_id, client_id)``."""

    open_record = Signal(str, object, object)
    log_session_requested = Signal()
    first_step_requested = Signal(str)  # "profile", "client" or "demo", from the first-run page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        # Replaceable in tests: the moment the dashboard is drawn for, in the coach's time zone.
        self.now: Callable[[], datetime] = lambda: datetime.now(local_zone())
        self.data: Dashboard | None = None
        # Left open overnight, the dashboard turns to the new day a moment after midnight.
        self.next_day = QTimer(self, singleShot=True)
        self.next_day.timeout.connect(self.refresh)
        self.date_label = _label(scale=1.5, bold=True)
        keys = shortcut_text("log_session")
        self.log_button = QPushButton(icon("log_session"), self.tr("Log a session…"))
        self.log_button.setAccessibleName(self.tr("Log a session"))
        self.log_button.setToolTip(
            self.tr("Record a session that has just taken place ({keys})").format(keys=keys) if keys else ""
        )
        self.log_button.clicked.connect(self.log_session_requested)
        self.keys_label = _label(keys, muted=True)
        self.sections = {name: DashboardSection(name) for name in SECTIONS}
        for section in self.sections.values():
            section.list.chosen.connect(lambda index, s=section: self._open(s, index))
        self.hours_tile = HoursTile()
        self.paid_card = _Card(self.tr("Getting paid"))
        self.overdue_label = paid_label(_Card.INDENT, self.tr("Invoices overdue"))
        self.unbilled_label = paid_label(_Card.INDENT, self.tr("Sessions not yet invoiced"))
        self.refunds_label = paid_label(_Card.INDENT, self.tr("Refunds due"))
        self.paid_button = QPushButton(self.tr("Open Invoices"))
        self.paid_button.setToolTip(
            self.tr("The Invoices area, showing the overdue ones (or the refunds due) when there are any")
        )
        self.paid_button.clicked.connect(lambda: self.open_record.emit("invoices", self._paid_filter, None))
        self._paid_filter: str | None = None
        for widget in (self.overdue_label, self.refunds_label, self.unbilled_label):
            self.paid_card.body.addWidget(widget)
        self.paid_card.body.addWidget(self.paid_button, 0, Qt.AlignmentFlag.AlignRight)
        self.paid_card.body.addStretch(1)
        self.pages = QStackedWidget()
        self.empty = EmptyState.for_area("dashboard")
        self.first_steps = FirstStepsPanel()
        self.first_steps.chosen.connect(self.first_step_requested)
        self.first_run = self._first_run_page()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self._build_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.clear()

    def _first_run_page(self) -> QWidget:
        """A practice without clients: what the dashboard will show, and what to do first."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 24)
        column.addWidget(self.empty, 1)
        column.addWidget(self.first_steps, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

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
            self.paid_card,  # money owed and work not yet invoiced, in view without scrolling far
            self.sections["consents"],
            self.sections["conflicts"],
            self.sections["referrals"],
            self.sections["retention"],
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

    def attach(self, open_db: DbFactory) -> None:
        """Show the dashboard of the vault that ``sessions`` opens sessions on."""
        self._open_db = open_db
        self.refresh()

    def refresh(self) -> None:
        from coachdesk.services.dashboard import dashboard
        from coachdesk.services.invoice_dashboard import money_at_a_glance

        if self._open_db is None:
            return
        now = self.now()
        with self._open_db() as db:
            data = dashboard(db, now)
            money = money_at_a_glance(db, today=data.today)
        zone = now.tzinfo or local_zone()
        self.show_dashboard(data, zone)
        counts = show_getting_paid(self.overdue_label, self.unbilled_label, money, self.refunds_label)
        self.paid_card.count_label.setText(counts)
        self._paid_filter = "overdue" if money.overdue else "refund_due" if money.refunds_due else None
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
        sections["action_items"].set_items(
            data.action_items, today, zone, self._overdue_count(data.action_items)
        )
        sent, drafts = len(data.awaiting_signature), len(data.draft_agreements)
        counts = [self.tr("%n sent", "", sent)] if sent else []
        counts += [english_plural(self.tr("%n draft(s)", "", drafts), drafts)] if drafts else []
        agreements = data.awaiting_signature + data.draft_agreements
        sections["agreements"].set_items(agreements, today, zone, " \u00b7 ".join(counts))
        sections["consents"].set_items(data.expiring_consents, today, zone)
        sections["conflicts"].set_items(data.open_conflicts, today, zone)
        sections["referrals"].set_items(data.referral_follow_ups, today, zone)
        sections["retention"].set_items(data.past_retention, today, zone)
        self.hours_tile.set_hours(data.hours.this_month, data.hours.in_total)
        show_renewal(self.hours_tile.renewal, data.renewal)
        show_next_level(self.hours_tile.next_level, data.next_level)
        self.pages.setCurrentIndex(1 if data.clients else 0)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._open_db = None
        self.data = None
        self.next_day.stop()
        self.date_label.clear()
        for section in self.sections.values():
            section.set_items([], date.today(), ZoneInfo("UTC"))
        self.hours_tile.clear()
        show_getting_paid(self.overdue_label, self.unbilled_label, NOTHING, self.refunds_label)
        self.paid_card.count_label.clear()
        self.pages.setCurrentIndex(0)

    def _open(self, section: DashboardSection, index: QModelIndex) -> None:
        item = section.model.item(index)
        if item is not None:
            self.open_record.emit(item.kind, item.record_id, item.client_id)

    def _overdue_count(self, items: Sequence[DashboardItem]) -> str:
        """ "4 · 1 overdue": the items, and how many of them are overdue."""
        if not items:
            return ""
        overdue = sum(1 for item in items if item.overdue)
        if not overdue:
            return str(len(items))
        return self.tr("{count} · %n overdue", "", overdue).format(count=len(items))
