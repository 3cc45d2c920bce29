"""Autosave for one open vault: debounced, snapshot on the GUI thread; copy, encrypt and write off it.

Use one ``AutoSaver`` per open vault::

    saver = AutoSaver(vault, parent=window)
    saver.state_changed.connect(status_label.set_state)
    ...  # after every service call that changed data:
    saver.note_change()
    ...  # on lock and quit, before the vault is closed:
    if not saver.save_now():
        ...  # ask before discarding unsaved changes
    saver.stop()

A failed save is never silent: the state becomes ``FAILED`` with the vault's own message, the
data stays in memory (``vault.has_unsaved_changes`` stays True) and the next change, or
``retry()``, tries again. Show ``SaveFailureDialog`` when the state *becomes* failed (not on
every failed retry) and when the status label is clicked.

The delay is kept by a ``SaveTimer`` (a single-shot ``QTimer`` unless another is passed), so
tests can decide themselves when the delay is over instead of waiting for it.
"""

from __future__ import annotations

import contextlib
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from coachdesk.ui.kit.background import BackgroundRunner
from coachdesk.vault import VaultBusy, VaultError

if TYPE_CHECKING:
    from coachdesk.vault import PendingSave, Vault

DEBOUNCE_MS = 2000
BUSY_RETRY_MS = 250  # a transaction is open: try the snapshot again this soon
_log = logging.getLogger(__name__)


class SaveTimer(Protocol):
    """A single-shot timer that calls back when started with ``start(msec)`` and not stopped first."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...


# Makes the saver's timer, given what to call when it runs out.
TimerFactory = Callable[[Callable[[], None]], SaveTimer]


class SaveKind(enum.Enum):
    SAVED = "saved"
    SAVING = "saving"
    UNSAVED = "unsaved"
    FAILED = "failed"


@dataclass(frozen=True)
class SaveState:
    """What the status bar shows: the kind, when the vault was last saved (aware, UTC), any error."""

    kind: SaveKind
    when: datetime | None = None  # the last successful save; None if not known
    message: str = ""  # for FAILED: what happened and what to do, in the coach's words
    error: Exception | None = field(default=None, compare=False)  # for FAILED: the error itself

    @property
    def failed(self) -> bool:
        return self.kind is SaveKind.FAILED


class _Write:
    """One write running on the worker thread, and its outcome."""

    def __init__(self) -> None:
        self.error: Exception | None = None
        self.handled = False  # its outcome has been applied (by the queued callback or by a wait)


class AutoSaver(QObject):
    """Saves ``vault`` a moment after the last change, without freezing the window."""

    state_changed = Signal(object)  # SaveState

    def __init__(
        self,
        vault: Vault,
        parent: QObject | None = None,
        *,
        delay_ms: int = DEBOUNCE_MS,
        busy_retry_ms: int = BUSY_RETRY_MS,
        timer: TimerFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._delay_ms = delay_ms
        self._busy_retry_ms = busy_retry_ms
        self._timer = (timer or self._qt_timer)(self._save_in_background)
        self._runner = BackgroundRunner(self)
        self._running: _Write | None = None
        self._again = False  # a save was due while a write ran: save once more after it
        self._stopped = False
        self._state = _initial_state(vault)

    def _qt_timer(self, on_timeout: Callable[[], None]) -> SaveTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(on_timeout)
        return timer

    # ----- state -------------------------------------------------------------------------------

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def is_writing(self) -> bool:
        return self._running is not None

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _saved(self) -> None:
        when = datetime.now(UTC)
        if self._vault.is_open and self._vault.has_unsaved_changes:  # changed after the snapshot
            self._set_state(SaveState(SaveKind.UNSAVED, when))
        else:
            self._set_state(SaveState(SaveKind.SAVED, when))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, VaultError):
            message = str(error)
        else:  # a bug, not a disk problem: log it, and still tell the coach plainly
            _log.error("Autosave failed unexpectedly", exc_info=error)
            message = self.tr(
                "Could not save {file}: something unexpected went wrong ({error}). Nothing was lost: "
                "your changes are kept in memory. Try again, or save a copy elsewhere."
            ).format(file=self._vault.path.name, error=type(error).__name__)
        self._set_state(SaveState(SaveKind.FAILED, self._state.when, message, error))

    # ----- asking for saves --------------------------------------------------------------------

    def note_change(self) -> None:
        """Call after any change to the data: a save follows once changes pause for the delay."""
        if self._stopped:
            return
        if self._vault.read_only:  # nothing to try: say so at once, and keep saying it
            if self._vault.is_open and self._vault.has_unsaved_changes:
                self._set_state(SaveState(SaveKind.FAILED, self._state.when, read_only_message(self._vault)))
            return
        if self._state.kind is SaveKind.SAVED:
            self._set_state(SaveState(SaveKind.UNSAVED, self._state.when))
        self._timer.start(self._delay_ms)

    def saved_elsewhere(self) -> None:
        """The vault was written by other means (saved as a copy it now works on, or saved over a
        changed file): show what is now true, and save normally from here on."""
        self._saved()

    def retry(self) -> None:
        """Save now, in the background (after a failure, or from a "Try again" button)."""
        if self._stopped:
            return
        self._timer.stop()
        self._save_in_background()

    def _save_in_background(self) -> None:
        if self._stopped or not self._vault.is_open:
            return
        if self._running is not None:
            self._again = True
            return
        if not self._vault.has_unsaved_changes:
            self._set_state(SaveState(SaveKind.SAVED, self._state.when))
            return
        try:
            # The point is fixed on the GUI thread, which owns the connection; the worker copies it.
            pending = self._vault.snapshot()
        except VaultBusy as error:
            if self._vault.is_open and not self._vault.read_only:  # a transaction is open
                self._timer.start(self._busy_retry_ms)
                return
            self._failed(error)
            return
        except VaultError as error:
            self._failed(error)
            return
        write = _Write()
        self._running = write
        self._set_state(SaveState(SaveKind.SAVING, self._state.when))
        self._runner.run(_writer(self._vault, pending, write), lambda _r, _e: self._write_finished(write))

    def _write_finished(self, write: _Write) -> None:
        """Apply a finished write's outcome (once), then start the save that waited for it."""
        if write.handled:
            return
        write.handled = True
        if self._running is write:
            self._running = None
        if write.error is None:
            self._saved()
        elif isinstance(write.error, VaultBusy) and self._vault.is_open and not self._vault.read_only:
            # The practice changed while the worker copied it: nothing was written. Save again at
            # once if a save is already due, else soon.
            self._set_state(SaveState(SaveKind.UNSAVED, self._state.when))
            if self._again:
                self._again = False
                self._save_in_background()
            elif not self._stopped:
                self._timer.start(self._busy_retry_ms)
            return
        else:
            self._failed(write.error)
            self._again = False  # a failing disk is not hammered: the next change tries again
            return
        if self._again:
            self._again = False
            self._save_in_background()

    def _wait_for_write(self) -> None:
        """Block until the running write (if any) has finished, and apply its outcome."""
        write = self._running
        if write is None:
            return
        self._runner.wait()
        self._again = False
        self._write_finished(write)

    # ----- lock and quit -----------------------------------------------------------------------

    def save_now(self) -> bool:
        """Save synchronously (on lock and quit): wait for a running write, then snapshot and write.

        Returns True when everything is on disk; on a vault error returns False and the state
        becomes FAILED with its message (never raises ``VaultError``).
        """
        self._timer.stop()
        self._wait_for_write()
        if not self._vault.is_open:
            return not self._state.failed
        if not self._vault.has_unsaved_changes:
            self._set_state(SaveState(SaveKind.SAVED, self._state.when))
            return True
        if self._vault.read_only:
            self._set_state(SaveState(SaveKind.FAILED, self._state.when, read_only_message(self._vault)))
            return False
        self._set_state(SaveState(SaveKind.SAVING, self._state.when))
        try:
            self._vault.save()
        except VaultError as error:
            self._failed(error)
            return False
        self._saved()
        return True

    def stop(self) -> None:
        """Stop saving: no more timers, and any running write finished (call before closing the vault)."""
        self._stopped = True
        self._timer.stop()
        self._wait_for_write()


def _writer(vault: Vault, pending: PendingSave, write: _Write) -> Callable[[], None]:
    """The work for the worker thread: encrypt and write ``pending``, keeping any error in ``write``."""

    def work() -> None:
        try:
            vault.write(pending)
        except Exception as error:  # handed to the GUI thread by the runner as well
            write.error = error
            raise

    return work


def read_only_message(vault: Vault) -> str:
    return QCoreApplication.translate(
        "AutoSaver",
        "{file} is open read-only: changes cannot be saved to it. Your changes are kept in this "
        "window only; save a copy elsewhere to keep them and go on working on the copy.",
    ).format(file=vault.path.name)


def _initial_state(vault: Vault) -> SaveState:
    when = None
    with contextlib.suppress(OSError):
        when = datetime.fromtimestamp(vault.path.stat().st_mtime, UTC)
    kind = SaveKind.UNSAVED if vault.is_open and vault.has_unsaved_changes else SaveKind.SAVED
    return SaveState(kind, when)
