"""Start the demo practice in a CoachDesk of its own (``coachdesk --demo``), beside the coach's vault."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess


def launch_demo() -> bool:
    """Start ``python -m coachdesk --demo`` (or the frozen app with ``--demo``); True when it started."""
    if getattr(sys, "frozen", False):  # the packaged app: its own executable takes the option
        return bool(QProcess.startDetached(sys.executable, ["--demo"])[0])
    return bool(QProcess.startDetached(sys.executable, ["-m", "coachdesk", "--demo"])[0])
