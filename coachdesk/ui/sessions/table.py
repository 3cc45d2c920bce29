"""The session list: a table model over ``SessionRow``s and a proxy filtering by text, time, range, client.

A practice's list holds tens of thousands of sessions, so the model sorts and filters its rows
itself, all at once (a proxy comparing pairs, or asked about each row, through Qt takes far
longer), and over ``SessionRows`` it makes only the rows the table shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QTableView

from coachdesk.domain import ConcernFlag, SessionFormat, SessionStatus
from coachdesk.services.folding import fold
from coachdesk.services.session_rows import SessionRow, SessionRows
from coachdesk.services.session_window import SessionWindow
from coachdesk.ui.kit.row_table import Column, RowTableModel, local_datetime_text, timestamp
from coachdesk.ui.kit.shown_rows import PassingThrough
from coachdesk.ui.kit.zone_text import client_time_text
from coachdesk.ui.sessions.words import (
    SessionCountWords,
    concerns_text,
    format_words,
    minutes_text,
    paid_text,
    status_text,
    word,
)

Index = QModelIndex | QPersistentModelIndex


class SessionColumn(IntEnum):
    WHEN = 0
    CLIENT = 1
    ENGAGEMENT = 2
    DURATION = 3
    FORMAT = 4
    STATUS = 5
    PAYMENT = 6
    NOTES = 7
    CONCERNS = 8


class When(StrEnum):
    """Which sessions the list shows, relative to now."""

    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"


def _noop(text: object) -> str:
    return str(text)


WHEN_WORDS = {
    When.UPCOMING: _noop(QT_TRANSLATE_NOOP("Sessions", "Upcoming")),
    When.PAST: _noop(QT_TRANSLATE_NOOP("Sessions", "Past")),
    When.ALL: _noop(QT_TRANSLATE_NOOP("Sessions", "All")),
}
# Upcoming sessions read soonest first; past ones most recent first.
WHEN_ORDER = {
    When.UPCOMING: Qt.SortOrder.AscendingOrder,
    When.PAST: Qt.SortOrder.DescendingOrder,
    When.ALL: Qt.SortOrder.DescendingOrder,
}
_STATUS_ORDER = {status: i for i, status in enumerate(SessionStatus)}


def count_text(shown: int, when: When) -> str:
    """What the list shows, in a few words ("12 sessions"; "No past sessions match these filters.")."""
    if shown == 0:
        if when is When.UPCOMING:
            return QCoreApplication.translate("Sessions", "No upcoming sessions match these filters.")
        if when is When.PAST:
            return QCoreApplication.translate("Sessions", "No past sessions match these filters.")
        return QCoreApplication.translate("Sessions", "No sessions match these filters.")
    return SessionCountWords().count(shown)


def format_text(row: SessionRow) -> str:
    return format_words(row.format, row.is_group, row.group_size)


def notes_text(row: SessionRow) -> str:
    if row.finalised:
        return QCoreApplication.translate("Sessions", "Finalised")
    return QCoreApplication.translate("Sessions", "Draft") if row.has_notes else ""


def when_text(row: SessionRow, locale: QLocale) -> str:
    """The session's start on the coach's clock, and on the client's where it shows another time."""
    mine = local_datetime_text(row.starts_at, locale)
    if not row.client_zone:
        return mine
    theirs = client_time_text(row.starts_at, row.client_zone, locale=locale)
    return f"{mine} ({theirs})" if theirs else mine


COLUMNS: dict[IntEnum, Column[SessionRow]] = {
    SessionColumn.WHEN: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "When")), when_text, lambda r: timestamp(r.starts_at)
    ),
    SessionColumn.CLIENT: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Client")),
        lambda r, _l: r.client_name,
        lambda r: fold(r.client_name),
    ),
    SessionColumn.ENGAGEMENT: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Engagement")),
        lambda r, _l: r.engagement_title,
        lambda r: fold(r.engagement_title) or None,
    ),
    SessionColumn.DURATION: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Length")),
        lambda r, loc: minutes_text(r.duration_minutes, loc),
        lambda r: r.duration_minutes,
        True,
    ),
    SessionColumn.FORMAT: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Format")),
        lambda r, _l: format_text(r),
        lambda r: fold(format_text(r)),
    ),
    SessionColumn.STATUS: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Status")),
        lambda r, _l: status_text(r.status),
        lambda r: _STATUS_ORDER.get(r.status, len(_STATUS_ORDER)),
    ),
    SessionColumn.PAYMENT: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Fee")), lambda r, _l: paid_text(r.paid), lambda r: int(r.paid)
    ),
    SessionColumn.NOTES: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Notes")),
        lambda r, _l: notes_text(r),
        lambda r: 2 if r.finalised else (1 if r.has_notes else None),
    ),
    SessionColumn.CONCERNS: Column(
        _noop(QT_TRANSLATE_NOOP("Sessions", "Concerns")),
        lambda r, _l: concerns_text(r.concern_flags),
        lambda r: concerns_text(r.concern_flags) or None,
    ),
}


# Texts of the usual width of each column (the start's comes from the locale; words are translated).
_WIDTH_SAMPLES = {
    SessionColumn.CLIENT: "Fatima Zahra El Idrissi",
    SessionColumn.ENGAGEMENT: "Leading a team across Lisbon and Porto",
}


def _width_samples(locale: QLocale) -> dict[SessionColumn, str]:
    """A text of the usual width for each column, in the coach's language."""
    sample = datetime(2026, 12, 30, 23, 45, tzinfo=UTC)
    return {
        SessionColumn.WHEN: local_datetime_text(sample, locale),
        **_WIDTH_SAMPLES,
        SessionColumn.DURATION: minutes_text(120, locale),
        SessionColumn.FORMAT: format_words(SessionFormat.IN_PERSON, True, 12),
        SessionColumn.STATUS: status_text(SessionStatus.SCHEDULED),
        SessionColumn.PAYMENT: paid_text(False),
        SessionColumn.NOTES: QCoreApplication.translate("Sessions", "Finalised"),
    }


def set_default_widths(table: QTableView) -> None:
    """Widths that fit each column's usual text, without measuring thousands of rows (measuring
    every row, as ``resizeColumnsToContents`` does on a hidden table, takes seconds)."""
    metrics = table.fontMetrics()
    padding = 24
    texts = _width_samples(QLocale())
    header = table.horizontalHeader()
    for column, text in texts.items():
        title = word(COLUMNS[column].header)
        width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title) + 16) + padding
        header.resizeSection(column, width)


def _tie(row: SessionRow) -> tuple[datetime, int]:
    return (row.starts_at, row.id.int)


# What the model sorts by: the column's sort value, or a cheaper value that orders the same.
_SORT_KEYS: dict[SessionColumn, Callable[[SessionRow], Any]] = {
    column: spec.sort for column, spec in COLUMNS.items() if isinstance(column, SessionColumn)
}
_SORT_KEYS[SessionColumn.WHEN] = lambda r: r.starts_at
# Which of the rows (all of them, in order) the filters let through.
Passing = Callable[[Sequence[SessionRow]], list[bool]]
# The same filters as values a ``SessionWindow`` hands to SQLite: client, low, high, folded text.
Narrowing = Callable[[], tuple[uuid.UUID | None, datetime | None, datetime | None, str]]
# What a ``SessionWindow`` sorts each column by.
WINDOW_KEYS = {
    SessionColumn.WHEN: "start",
    SessionColumn.CLIENT: "client",
    SessionColumn.ENGAGEMENT: "engagement",
    SessionColumn.DURATION: "minutes",
    SessionColumn.FORMAT: "format",
    SessionColumn.STATUS: "status",
    SessionColumn.PAYMENT: "paid",
    SessionColumn.NOTES: "notes",
    SessionColumn.CONCERNS: "concerns",
}


def format_sort_key(value: SessionFormat, is_group: bool, group_size: int) -> str:
    """What the Format column sorts a stored format by (as its sort role does)."""
    return fold(format_words(value, is_group, group_size))


def concerns_sort_key(flags: frozenset[ConcernFlag]) -> str | None:
    """What the Concerns column sorts a set of concerns by; None when there are none."""
    return concerns_text(flags) or None


class SessionTableModel(RowTableModel[SessionRow]):
    """One row per session; it keeps its rows sorted (by start, ascending, until told otherwise).

    Missing values sort last in either direction; rows with equal values stay in order of start.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SessionColumn, COLUMNS, parent)
        self._sort_column = SessionColumn.WHEN
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._everything: Sequence[SessionRow] = []  # every row, sorted; ``_rows`` those shown
        self._passing: Passing | None = None
        self._narrowing: Narrowing | None = None
        self._shown_count = 0  # len(self._rows), which Qt asks for thousands of times a paint

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return word(header) if isinstance(header, str) else header

    @property
    def sort_column(self) -> SessionColumn:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _sorted(self, rows: Sequence[SessionRow]) -> Sequence[SessionRow]:
        """The rows by the sort column; missing values last either way, ties in order of start."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if isinstance(rows, SessionWindow):  # SQLite sorts; only the rows shown are read
            return rows.sorted_by(WINDOW_KEYS[self._sort_column], descending)
        if isinstance(rows, SessionRows):
            if self._sort_column is SessionColumn.WHEN:  # already in order of start: no row is made
                return rows.reversed() if rows.newest_first != descending else rows
            rows = list(rows.reversed() if rows.newest_first else rows)
        base = sorted(rows, key=_tie)  # close to linear: the service hands rows over in start order
        if self._sort_column is SessionColumn.WHEN:
            return base[::-1] if descending else base
        # One plain value per row, compared directly: a key tuple per row would cost several times more.
        values = list(map(_SORT_KEYS[self._sort_column], base))
        present = [i for i, value in enumerate(values) if value is not None]
        present.sort(key=values.__getitem__, reverse=descending)  # stable, reversed or not
        missing = [i for i, value in enumerate(values) if value is None]
        return [base[i] for i in present + missing]

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        """Show ``rows``; a ``SessionRows`` is kept as it is, so rows are made only as they are read."""
        self.beginResetModel()
        self._everything = self._sorted(rows)
        self._rows = self._shown(self._everything)  # type: ignore[assignment]  # read, never changed
        self._shown_count = len(self._rows)
        self._locale = QLocale()
        self.endResetModel()

    def rows_in_order(self) -> Sequence[SessionRow]:
        """Every row in the model's order, those the filter hides too (do not change it)."""
        return self._everything

    def set_filter(self, passing: Passing | None, narrowing: Narrowing | None = None) -> None:
        """Show only the rows ``passing`` lets through (it answers for all rows at once; over a
        ``SessionWindow``, SQLite filters by ``narrowing`` instead), keeping the selection on rows
        still shown; None shows every row."""
        self._passing, self._narrowing = passing, narrowing
        self._relayout(lambda: None)

    def position_of(self, session_id: uuid.UUID) -> int:
        """Where the session stands among the rows shown; -1 when it is not there."""
        rows: Sequence[SessionRow] = self._rows
        if isinstance(rows, SessionRows | SessionWindow):
            return rows.position_of(session_id)
        return next((n for n, row in enumerate(rows) if row.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown_count

    def row_of(self, index: Index) -> SessionRow | None:
        if not index.isValid() or not 0 <= index.row() < self._shown_count:
            return None
        return self._rows[index.row()]

    def row_number(self, number: int) -> SessionRow | None:
        return self._rows[number] if 0 <= number < self._shown_count else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SessionColumn):
            return

        def change() -> None:
            self._sort_column, self._sort_order = SessionColumn(column), order
            self._everything = self._sorted(self._everything)

        self._relayout(change)

    def _shown(self, rows: Sequence[SessionRow]) -> Sequence[SessionRow]:
        if isinstance(rows, SessionWindow):
            return rows if self._narrowing is None else rows.narrowed(*self._narrowing())
        if self._passing is None:
            return rows
        keep = self._passing(rows)
        if isinstance(rows, SessionRows):
            return rows.only(keep)
        return [row for row, wanted in zip(rows, keep, strict=True) if wanted]

    def _relayout(self, change: Callable[[], None]) -> None:
        """Run ``change`` and show the rows afresh as one layout change, persistent indexes (the
        selection) following their rows; rows no longer shown lose theirs."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._rows[index.row()] for index in before]
        change()
        self._rows = self._shown(self._everything)  # type: ignore[assignment]
        self._shown_count = len(self._rows)
        rows: Sequence[SessionRow] = self._rows
        if isinstance(rows, SessionRows | SessionWindow):  # only the held rows are looked for
            # Once each: a selected row holds an index in every column.
            places = {key: rows.position_of_row(row) for key, row in {row.id: row for row in held}.items()}
            found = [places[row.id] for row in held]
        else:
            position = {id(row): n for n, row in enumerate(rows)} if held else {}
            found = [position.get(id(row), -1) for row in held]
        after = [
            self.index(n, index.column()) if n >= 0 else QModelIndex()
            for n, index in zip(found, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the user's time zone, as an aware UTC datetime."""
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
    return datetime.fromtimestamp(moment.toMSecsSinceEpoch() / 1000, UTC)


def local_days(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """The instants from the start of ``first`` to the end of ``last`` (local days, both included)."""
    start = None if first is None else local_day_start(first)
    end = None if last is None else local_day_start(date.fromordinal(last.toordinal() + 1))
    return start, end


class SessionFilterProxy(PassingThrough[SessionRow]):
    """Narrows the sessions by free text (client, engagement), upcoming or past, a range and a client.

    It filters a ``SessionTableModel``, and the model does the work: which rows pass is worked
    out for all rows at once after each change and the model shows only those, so Qt never asks
    Python about each of tens of thousands of rows. Sorting is the model's too (``sort`` hands it
    over), so rows keep their order as filters change.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            SessionRow,
            lambda r: (r.client_name, r.engagement_title),
            _tie,
            parent,
        )
        self._model: SessionTableModel | None = None
        self._when = When.ALL
        self._now = datetime.now(UTC)
        self._start: datetime | None = None
        self._end: datetime | None = None
        self._client_id: uuid.UUID | None = None

    # ----- the filters ---------------------------------------------------------------------------

    @property
    def when(self) -> When:
        return self._when

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    @property
    def range(self) -> tuple[datetime | None, datetime | None]:
        return self._start, self._end

    def set_when(self, when: When | str, now: datetime | None = None) -> None:
        """Upcoming (starting at or after ``now``), past (before it) or all; ``now`` defaults to now."""
        wanted, moment = When(when), now or datetime.now(UTC)
        if (wanted, moment) != (self._when, self._now):
            self.refilter(lambda: self._set(_when=wanted, _now=moment))

    def set_range(self, start: datetime | None, end: datetime | None) -> None:
        """Only sessions starting at or after ``start`` and before ``end`` (aware; None for open)."""
        if (start, end) != (self._start, self._end):
            self.refilter(lambda: self._set(_start=start, _end=end))

    def set_client(self, client_id: uuid.UUID | None) -> None:
        """Only this client's sessions; None for every client's."""
        if client_id != self._client_id:
            self.refilter(lambda: self._set(_client_id=client_id))

    def refilter(self, change: Callable[[], None]) -> None:
        """Run ``change`` and filter afresh; one layout change costs less than thousands of row
        removals when a filter drops rows all over a long list."""
        change()
        if self._model is not None:
            self._model.set_filter(self._passing_rows, self._narrowing)

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self, name, value)

    def accepts(self, row: SessionRow) -> bool:
        if self._client_id is not None and row.client_id != self._client_id:
            return False
        starts = row.starts_at
        if self._when is When.UPCOMING and starts < self._now:
            return False
        if self._when is When.PAST and starts >= self._now:
            return False
        if self._start is not None and starts < self._start:
            return False
        return self._end is None or starts < self._end

    # ----- QSortFilterProxyModel -----------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if self._model is not None:
            self._model.set_filter(None)
        self._model = model if isinstance(model, SessionTableModel) else None
        self.cells_from = self._model
        super().setSourceModel(model)
        if self._model is not None:
            self._model.set_filter(self._passing_rows, self._narrowing)

    def _narrowing(self) -> tuple[uuid.UUID | None, datetime | None, datetime | None, str]:
        """The filters as values: client (None: any), the range of starts (None: open), folded text."""
        low, high = self._start, self._end
        if self._when is When.UPCOMING:
            low = self._now if low is None else max(low, self._now)
        elif self._when is When.PAST:
            high = self._now if high is None else min(high, self._now)
        return self._client_id, low, high, self.filter_text

    def _passing_rows(self, rows: Sequence[SessionRow]) -> list[bool]:
        """``accepts`` and the text filter for every row at once: one cheap pass per active filter."""
        keep: Sequence[int] = range(len(rows))
        client_id, low, high, needle = self._narrowing()
        if isinstance(rows, SessionRows):
            return rows.passing(client_id, low, high, needle)
        if client_id is not None:
            keep = [i for i in keep if rows[i].client_id == client_id]
        if low is not None:
            keep = [i for i in keep if rows[i].starts_at >= low]
        if high is not None:
            keep = [i for i in keep if rows[i].starts_at < high]
        if needle:
            keep = [
                i
                for i in keep
                if needle in fold(rows[i].client_name) or needle in fold(rows[i].engagement_title)
            ]
        passing = [False] * len(rows)
        for i in keep:
            passing[i] = True
        return passing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)
        else:
            super().sort(column, order)
