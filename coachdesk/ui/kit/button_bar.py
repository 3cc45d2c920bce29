"""A row of buttons that wraps onto a second row when its texts (longer in German) do not fit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WrappingButtonBar(QWidget):
    """``leading`` buttons on the left and ``trailing`` ones on the right, in one row when they fit;
    narrower than that, the trailing buttons move to a second row (right-aligned) instead of being cut."""

    def __init__(
        self,
        leading: Sequence[QPushButton],
        trailing: Sequence[QPushButton],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._leading = list(leading)
        self._trailing = list(trailing)
        self._first = QHBoxLayout()
        self._second = QHBoxLayout()
        for row in (self._first, self._second):
            row.setContentsMargins(0, 0, 0, 0)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        rows.addLayout(self._first)
        rows.addLayout(self._second)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.wrapped: bool | None = None
        self._place(False)

    def _width(self, buttons: Sequence[QPushButton]) -> int:
        shown = [b for b in buttons if not b.isHidden()]
        spacing = max(self._first.spacing(), 0)
        return sum(b.sizeHint().width() for b in shown) + spacing * max(len(shown) - 1, 0)

    def one_row_width(self) -> int:
        """The width the buttons need side by side (with a little room between the groups)."""
        return self._width(self._leading) + self._width(self._trailing) + 24

    def minimumSizeHint(self) -> QSize:
        wide = max(self._width(self._leading), self._width(self._trailing))
        return QSize(wide, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.one_row_width(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width() < self.one_row_width())

    def _place(self, wrapped: bool) -> None:
        if wrapped == self.wrapped:
            return
        self.wrapped = wrapped
        for row in (self._first, self._second):
            while row.count():
                row.takeAt(0)
        for button in self._leading:
            self._first.addWidget(button)
        self._first.addStretch(1)
        target = self._second if wrapped else self._first
        if wrapped:
            self._second.addStretch(1)
        for button in self._trailing:
            target.addWidget(button)
        self.updateGeometry()
