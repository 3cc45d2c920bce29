"""Run slow work (key derivation, saving) off the GUI thread and deliver the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self._relay.done.emit(None, error)
        else:
            self._relay.done.emit(result, None)


class BackgroundRunner(QObject):
    """Starts jobs on Qt's thread pool; ``on_done(result, error)`` runs on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any, Exception | None], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: object, error: object) -> None:
            self._relays.discard(relay)
            on_done(result, error if isinstance(error, Exception) else None)

        relay.done.connect(finish)
        self._pool.start(_Job(work, relay))

    def wait(self) -> None:
        """Block until every started job has finished (used on quit and in tests)."""
        self._pool.waitForDone()
