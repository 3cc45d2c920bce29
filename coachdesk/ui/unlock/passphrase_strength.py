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
# zxcvbn's advice (it has no translations of its own), marked here so that the catalogs carry it.
_ADVICE = (
    QT_TRANSLATE_NOOP("StrengthMeter", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("StrengthMeter", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("StrengthMeter", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "StrengthMeter", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("StrengthMeter", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid sequences."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid recent years."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is a very common password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("StrengthMeter", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "StrengthMeter", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
)
_COLOURS = ["#b3261e", "#b3261e", "#b26a00", "#2e7d32", "#2e7d32"]


def estimate(passphrase: str) -> tuple[int, str]:
    """Score 0–4 and one line of advice (empty when there is nothing to add)."""
    if not passphrase:
        return 0, ""
    # Imported on first use: its dictionaries take a moment to load.
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]

    result = zxcvbn(passphrase[:100])
    feedback = result["feedback"]
    lines = [feedback["warning"]] if feedback.get("warning") else list(feedback.get("suggestions") or [])
    advice = " ".join(QCoreApplication.translate("StrengthMeter", str(line)) for line in lines)
    return int(result["score"]), advice


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
