"""A passphrase strength meter (zxcvbn's estimate: how long an attacker would need to guess it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from coachdesk.ui.kit.screen_fit import resize_within_screen

_VERDICTS = [
    str(QT_TRANSLATE_NOOP("StrengthMeter", "Very weak")),
    str(QT_TRANSLATE_NOOP("StrengthMeter", "Weak")),
    str(QT_TRANSLATE_NOOP("StrengthMeter", "Fair")),
    str(QT_TRANSLATE_NOOP("StrengthMeter", "Strong")),
    str(QT_TRANSLATE_NOOP("StrengthMeter", "Very strong")),
]
_COLOURS = ["#b3261e", "#b3261e", "#b26a00", "#2e7d32", "#2e7d32"]


def estimate(passphrase: str) -> tuple[int, str]:
    """Score 0–4 and one line of advice (empty when there is nothing to add)."""
    if not passphrase:
        return 0, ""
    # Imported on first use: its dictionaries take a moment to load.
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]

    result = zxcvbn(passphrase[:100])
    feedback = result["feedback"]
    advice = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    return int(result["score"]), str(advice)


class StrengthMeter(QWidget):
    """Shows how strong the passphrase being typed is, with advice when it is weak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.verdict = QLabel()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.verdict)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.score = 0
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        self.score, advice = estimate(passphrase)
        self.bar.setValue(self.score if passphrase else 0)
        colour = _COLOURS[self.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(
            QCoreApplication.translate("StrengthMeter", _VERDICTS[self.score]) if passphrase else ""
        )
        self.advice.setText(advice)
        if self.advice.isVisibleTo(self) != bool(advice):
            self.advice.setVisible(bool(advice))
            self._make_room()

    def _make_room(self) -> None:
        """Grow the dialog when the advice line appears: a form squeezes it into the bar's row otherwise."""
        window = self.window()
        if window is self:
            return
        layout = window.layout()
        if layout is not None:
            layout.activate()
        wanted = window.sizeHint().height()
        if window.height() < wanted:
            resize_within_screen(window, window.width(), wanted)
