"""What to do first in a new practice (no clients yet): complete the practice profile, add the first
client, or try the demo practice in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

# The steps, in the order a new coach takes them: (name emitted, button text, what it does).
FIRST_STEPS: tuple[tuple[str, str, str], ...] = (
    (
        "profile",
        str(QT_TRANSLATE_NOOP("FirstStepsPanel", "Complete your practice profile…")),
        str(
            QT_TRANSLATE_NOOP(
                "FirstStepsPanel",
                "Your name, credentials and code of ethics, as agreements and letters print them",
            )
        ),
    ),
    (
        "client",
        str(QT_TRANSLATE_NOOP("FirstStepsPanel", "Add your first client…")),
        str(
            QT_TRANSLATE_NOOP(
                "FirstStepsPanel", "The person you coach; agreements and sessions follow from them"
            )
        ),
    ),
    (
        "demo",
        str(QT_TRANSLATE_NOOP("FirstStepsPanel", "Try the demo practice…")),
        str(
            QT_TRANSLATE_NOOP(
                "FirstStepsPanel", "A fictional practice in a window of its own; your vault is not touched"
            )
        ),
    ),
)


class FirstStepsPanel(QWidget):
    """Three buttons for a practice without clients; ``chosen(step)`` names the step asked for."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What to do first"))
        heading = QLabel(self.tr("<b>What to do first</b>"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        for step, text, tip in FIRST_STEPS:
            button = QPushButton(QCoreApplication.translate("FirstStepsPanel", text))
            button.setToolTip(QCoreApplication.translate("FirstStepsPanel", tip))
            button.setMinimumWidth(280)
            button.clicked.connect(lambda _checked=False, s=step: self.chosen.emit(s))
            self.buttons[step] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
