"""Parts of the client detail pane: a record table, a titled list with its empty line, the profile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import EngagementStatus, SessionStatus
from coachdesk.services.client_overview import ClientOverview
from coachdesk.services.client_timeline import TimelineEvent
from coachdesk.ui.clients.detail_models import DetailProxy, DetailTableModel
from coachdesk.ui.clients.table import status_word
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.row_table import FIT_SAMPLE_ROWS, local_date_text, local_datetime_text
from coachdesk.ui.kit.zone_text import zone_difference_text

Row = TypeVar("Row")


class RecordTable(QTableView, Generic[Row]):
    """A read-only table of one kind of record; Enter or a double-click opens a row, Del asks to delete it."""

    opened = Signal(object)  # the row
    delete_requested = Signal(object)  # the row

    def __init__(
        self,
        model: DetailTableModel[Row],
        proxy: DetailProxy[Row],
        name: str,
        sort_column: int,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row_model = model
        self.proxy = proxy
        proxy.setSourceModel(model)
        self.setModel(proxy)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, order)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        header.setResizeContentsPrecision(50)  # measure a screenful of rows, not every one
        self.activated.connect(self._open)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete)
        self._sized = False

    def set_rows(self, rows: Any) -> None:
        """Show ``rows``, keeping the selected record selected when it is still there."""
        kept = self.selected()
        self.row_model.set_rows(rows)
        if kept is not None:
            self.select_where(lambda row: record_key(row) == record_key(kept))
        if self.isVisible():
            self._fit_once()

    def size_columns(self, widest: int = 280, last: int = 140) -> None:
        """Fit the columns to their contents, within reason, and within the table's width when they can.

        The widest columns give way first (their text is elided; the tooltip shows all of it), never
        narrower than their header; the last column takes the width that is left.
        """
        header = self.horizontalHeader()
        count = self.proxy.columnCount()
        wanted, floors = [], []
        for column in range(count - 1):
            self.resizeColumnToContents(column)
            wanted.append(min(self.columnWidth(column), widest))
            floors.append(min(wanted[-1], header.sectionSizeFromContents(column).width()))
        room = self.viewport().width() - last
        cap = max(wanted, default=0)
        while cap > 0 and sum(max(min(w, cap), f) for w, f in zip(wanted, floors, strict=True)) > room:
            cap -= 8
        for column, (width, floor) in enumerate(zip(wanted, floors, strict=True)):
            self.setColumnWidth(column, max(min(width, cap), floor))
        self._sized = True

    def _fit_once(self) -> None:
        """Columns fit the first rows shown; after that they keep the widths the coach gave them."""
        if not self._sized and self.row_model.rowCount():
            self.size_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_once()

    def selected(self) -> Row | None:
        indexes = self.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select_where(self, wanted: Callable[[Row], bool]) -> bool:
        for n in range(self.proxy.rowCount()):
            index = self.proxy.index(n, 0)
            row = self.proxy.row_at(index)
            if row is not None and wanted(row):
                self.selectRow(n)
                self.scrollTo(index)
                return True
        return False

    def clear_rows(self) -> None:
        self.row_model.clear()

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.opened.emit(row)

    def _delete(self) -> None:
        row = self.selected()
        if row is not None:
            self.delete_requested.emit(row)


def record_key(row: Any) -> Any:
    """What identifies a row's record across refreshes (rows are fresh copies each time)."""
    if isinstance(row, TimelineEvent):
        return (row.kind, row.record_id, row.text)
    return getattr(row, "id", row)


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def quiet_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def stacked(*sections: QWidget) -> QWidget:
    """Sections one above the other, sharing the height (an empty one keeps to its one line)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(12)
    for section in sections:
        layout.addWidget(section, 1)
    layout.addStretch(0)
    return page


class TableSection(QWidget):
    """A list of records with an optional title, or one quiet line saying there are none yet."""

    def __init__(self, table: RecordTable[Any], empty_text: str, title: str = "") -> None:
        super().__init__()
        self.table = table
        self.empty = quiet_label(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName(self.tr("{list}: none").format(list=table.accessibleName()))
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(4, 8, 4, 8)
        holder_layout.addWidget(self.empty)
        self.pages = QStackedWidget()
        self.pages.addWidget(holder)
        self.pages.addWidget(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if title:
            layout.addWidget(title_label(title))
        layout.addWidget(self.pages, 1)
        table.row_model.modelReset.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        """The table when there are rows; else the line, taking no more room than it needs."""
        has_rows = bool(self.table.row_model.rowCount())
        self.pages.setCurrentIndex(1 if has_rows else 0)
        tall = QSizePolicy.Policy.Expanding if has_rows else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, tall)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, tall)

    def is_empty(self) -> bool:
        return self.pages.currentIndex() == 0


class ProfileTab(QScrollArea):
    """Where the client stands, and what the coach knows about them; read-only (Edit… above changes it)."""

    SECTIONS = (
        (
            QT_TRANSLATE_NOOP("ProfileTab", "At a glance"),
            (
                ("engagement", QT_TRANSLATE_NOOP("ProfileTab", "Current engagement")),
                ("last_session", QT_TRANSLATE_NOOP("ProfileTab", "Last session")),
                ("next_session", QT_TRANSLATE_NOOP("ProfileTab", "Next session")),
                ("open_actions", QT_TRANSLATE_NOOP("ProfileTab", "Open action items")),
            ),
        ),
        (
            QT_TRANSLATE_NOOP("ProfileTab", "Profile"),
            (
                ("preferred_name", QT_TRANSLATE_NOOP("ProfileTab", "Preferred name")),
                ("email", QT_TRANSLATE_NOOP("ProfileTab", "E-mail")),
                ("phone", QT_TRANSLATE_NOOP("ProfileTab", "Phone")),
                ("time_zone", QT_TRANSLATE_NOOP("ProfileTab", "Time zone")),
                ("organisation", QT_TRANSLATE_NOOP("ProfileTab", "Organisation")),
                ("role", QT_TRANSLATE_NOOP("ProfileTab", "Role")),
                ("status", QT_TRANSLATE_NOOP("ProfileTab", "Status")),
                ("tags", QT_TRANSLATE_NOOP("ProfileTab", "Tags")),
                ("intake_date", QT_TRANSLATE_NOOP("ProfileTab", "Intake date")),
                ("hours_log", QT_TRANSLATE_NOOP("ProfileTab", "Coaching-hours log")),
                ("private_notes", QT_TRANSLATE_NOOP("ProfileTab", "Private notes")),
            ),
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(12, 8, 12, 12)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}
        for number, (section, fields) in enumerate(self.SECTIONS):
            heading = title_label(QCoreApplication.translate("ProfileTab", section))
            heading.setContentsMargins(0, 12 if number else 0, 0, 2)
            form.addRow(heading)
            for name, label in fields:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.TextSelectableByKeyboard
                )
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                shown = QCoreApplication.translate("ProfileTab", label)
                value.setAccessibleName(shown)
                caption = QLabel(self.tr("{label}:").format(label=shown))
                caption.setBuddy(value)
                form.addRow(caption, value)
                self.values[name] = value
        self.setWidget(body)

    def show_overview(self, overview: ClientOverview | None) -> None:
        if overview is None:
            for value in self.values.values():
                value.clear()
            return
        profile = overview.profile
        texts = {
            **_at_a_glance(overview),
            "preferred_name": profile.preferred_name,
            "email": profile.email,
            "phone": profile.phone,
            "time_zone": _zone_text(profile.time_zone),
            "organisation": profile.organisation,
            "role": profile.role,
            "status": status_word(profile.status),
            "tags": ", ".join(profile.tags),
            "intake_date": local_date_text(profile.intake_date),
            "hours_log": self.tr("May be named in your coaching-hours log")
            if profile.named_in_hours_log
            else self.tr("Not to be named in your coaching-hours log"),
            "private_notes": profile.private_notes,
        }
        for name, text in texts.items():
            self.values[name].setText(text or "—")

    def text(self, name: str) -> str:
        return self.values[name].text()


def _zone_text(zone_name: str) -> str:
    """ "Europe/Lisbon — 1 hour behind you"; '' when the client keeps the coach's time."""
    if not zone_name:
        return ""
    difference = zone_difference_text(zone_name, datetime.now(UTC))
    return (
        QCoreApplication.translate("ProfileTab", "{zone} — {difference}").format(
            zone=zone_name, difference=difference
        )
        if difference
        else zone_name
    )


def _at_a_glance(overview: ClientOverview) -> dict[str, str]:
    now = datetime.now(UTC)
    current = next((e for e in overview.engagements if e.status is EngagementStatus.ACTIVE), None)
    engagement = QCoreApplication.translate("ProfileTab", "None under way")
    if current is not None:
        parties = (
            QCoreApplication.translate("ProfileTab", "three-way, with {sponsor}").format(
                sponsor=current.sponsor
            )
            if current.three_way
            else QCoreApplication.translate("ProfileTab", "two-party")
        )
        engagement = QCoreApplication.translate("ProfileTab", "{engagement} ({parties})").format(
            engagement=current.title, parties=parties
        )
    done = [
        s.starts_at for s in overview.sessions if s.status is SessionStatus.COMPLETED and s.starts_at <= now
    ]
    ahead = [
        s.starts_at for s in overview.sessions if s.status is SessionStatus.SCHEDULED and s.starts_at >= now
    ]
    open_items = [i for i in overview.action_items if not i.done]
    due = sorted(i.due_date for i in open_items if i.due_date is not None)
    items = f"{len(open_items)}"
    if due:
        items = QCoreApplication.translate("ProfileTab", "{count}, the next due {date}").format(
            count=items, date=local_date_text(due[0])
        )
    return {
        "engagement": engagement,
        "last_session": local_datetime_text(max(done))
        if done
        else QCoreApplication.translate("ProfileTab", "None yet"),
        "next_session": local_datetime_text(min(ahead))
        if ahead
        else QCoreApplication.translate("ProfileTab", "None booked"),
        "open_actions": items if open_items else QCoreApplication.translate("ProfileTab", "None"),
    }
