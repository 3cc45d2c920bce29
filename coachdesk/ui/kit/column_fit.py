"""Table columns made to fit the visible width: names keep their room, the widest text gives way."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView

NARROWEST_CHARACTERS = 9  # a column squeezed for room keeps about this many characters


def width_cap(widths: Sequence[int], room: int, floor: int) -> int | None:
    """The largest cap such that ``sum(min(w, cap))`` fits in ``room``, never below ``floor``; None
    when the widths fit as they are. The widest columns give way first, narrow ones (dates,
    numbers) keep their width."""
    if sum(widths) <= room:
        return None
    ordered = sorted(widths)
    below = 0  # the sum of the columns narrower than the cap
    for count, width in enumerate(ordered):
        remaining = len(ordered) - count
        cap = (room - below) // remaining
        if cap < width:
            return max(cap, floor)
        below += width
    return max(ordered[-1], floor)


def squeeze_columns(table: QTableView, keep: Collection[int] = (0,)) -> bool:
    """Narrow the widest columns (all but ``keep`` and the last, which stretches) so that every
    column is in view without scrolling sideways; text cut short is elided, and the model's tooltip
    shows it whole. Returns whether anything changed (nothing does when the columns already fit)."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    if len(shown) < 2:
        return False
    last = shown[-1]
    floor = table.fontMetrics().averageCharWidth() * NARROWEST_CHARACTERS
    scroll_bar = table.verticalScrollBar().sizeHint().width()
    last_width = floor  # it stretches into whatever is left; its title is elided when it must
    room = table.viewport().width() - scroll_bar - last_width
    room -= sum(header.sectionSize(c) for c in shown if c in keep and c != last)
    flexible = [c for c in shown if c != last and c not in keep]
    cap = width_cap([header.sectionSize(c) for c in flexible], room, floor)
    if cap is None:
        return False
    for column in flexible:
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
    if header.stretchLastSection():
        header.resizeSection(last, last_width)  # it takes whatever room is left
    return True


class FollowingWidths(QObject):
    """Fits a table's columns with ``fit`` and fits them again whenever the table's width changes,
    until the coach sizes a column by hand (or widths they chose are restored)."""

    def __init__(self, table: QTableView, fit: Callable[[], None]) -> None:
        super().__init__(table)
        self._table = table
        self._fit = fit
        self.following = False
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFIT_DELAY_MS)
        self._timer.timeout.connect(self._refit)
        # The table's own width, not its viewport's: the viewport narrows when a filter leaves
        # enough rows for a scroll bar, and the fit already leaves the scroll bar its room.
        table.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)

    def fit(self) -> None:
        """Fit the columns now, and follow the table's width from now on."""
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False
        self.following = True

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self._table.horizontalHeader()
        stretched = header.stretchLastSection() and column == header.logicalIndex(header.count() - 1)
        if not self._fitting and not stretched:
            self.following = False  # a width the coach chose

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self.following
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._timer.start()
        return False

    def _refit(self) -> None:
        model = self._table.model()
        if self.following and model is not None and model.rowCount() and self._table.isVisible():
            self.fit()


REFIT_DELAY_MS = 60  # after the last step of a window being resized
