"""``coachdesk --demo``: a progress window shown at once while the demo practice is built off the GUI
thread, so the launch never looks like nothing happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from coachdesk.ui.kit.background import BackgroundRunner

# Builds the demo vault at the path with the passphrase (and closes it); runs on a worker thread.
BuildDemo = Callable[[Path, str], None]


class DemoProgressWindow(QWidget):
    """A small window saying the demo practice is being built, with a busy bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("CoachDesk demo"))
        self.message = QLabel(
            self.tr(
                "Building the demo practice: fictional clients, agreements, sessions and referrals. "
                "This takes a few seconds."
            )
        )
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the build does not report steps
        self.bar.setAccessibleName(self.tr("Building the demo practice"))
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)


def _build_with_services(path: Path, passphrase: str) -> None:
    from coachdesk.services.demo import DEMO_KDF, create_demo_vault

    create_demo_vault(path, passphrase, kdf=DEMO_KDF).close()


def build_demo_vault(
    path: Path, passphrase: str, build: BuildDemo = _build_with_services
) -> Exception | None:
    """Show the progress window, build the demo vault on a worker thread, close the window; the
    error that stopped the build, or None."""
    window = DemoProgressWindow()
    window.show()
    loop = QEventLoop()
    runner = BackgroundRunner()
    outcome: list[Exception | None] = []

    def done(_result: object, error: Exception | None) -> None:
        outcome.append(error)
        loop.quit()

    runner.run(lambda: build(path, passphrase), done)
    loop.exec()
    window.close()
    window.deleteLater()
    return outcome[0] if outcome else None
