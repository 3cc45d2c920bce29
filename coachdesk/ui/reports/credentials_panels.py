"""The readiness panel of Reports ▸ Credentials: a heading, and a line per requirement met or missing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachdesk.services.credential_readiness import Readiness
from coachdesk.ui.reports.parts import muted

MET_STYLE = "color: #1e7b34;"
MISSING_STYLE = "color: #a3480f;"


class ReadinessPanel(QWidget):
    """One readiness: a heading, a line per requirement (met, or what is missing), and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.lines)
        layout.addStretch(1)
        self._labels: list[QLabel] = []

    def show_readiness(self, readiness: Readiness | None, empty: str) -> None:
        for label in self._labels:
            label.hide()
            self.lines.removeWidget(label)
            label.deleteLater()
        self._labels = []
        if readiness is None:
            self.heading.setText(empty)
            return
        self.heading.setText(readiness.title)
        for line in readiness.lines:
            text = ("✓ " if line.met else "✗ ") + line.text
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet(MET_STYLE if line.met else MISSING_STYLE)
            self._add(label)
        for note in readiness.notes:
            self._add(muted(note, wrap=True))

    def _add(self, label: QLabel) -> None:
        self._labels.append(label)
        self.lines.addWidget(label)

    def text(self) -> str:
        """Everything shown, one line each (for tests and screen readers)."""
        return "\n".join([self.heading.text(), *(label.text() for label in self._labels)])
