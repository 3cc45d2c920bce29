"""Start the demo practice in a CoachDesk of its own (``coachdesk --demo``), beside the coach's vault."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget


def launch_demo() -> bool:
    """Start ``python -m coachdesk --demo`` (or the frozen app with ``--demo``); True when it started."""
    if getattr(sys, "frozen", False):  # the packaged app: its own executable takes the option
        return bool(QProcess.startDetached(sys.executable, ["--demo"])[0])
    return bool(QProcess.startDetached(sys.executable, ["-m", "coachdesk", "--demo"])[0])


def start_demo(parent: QWidget | None) -> None:
    """Start the demo practice, or say how to start it by hand."""
    if not launch_demo():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("DemoLaunch", "Demo practice"),
            QCoreApplication.translate(
                "DemoLaunch", "The demo could not be started. Run “coachdesk --demo”."
            ),
        )
