"""Autosave: debounced, snapshot on the GUI thread, copy and write off it, failures visible and lossless."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.shell.autosave import AutoSaver, SaveKind, SaveState
from coachdesk.ui.shell.save_failure_dialog import SaveFailureDialog
from coachdesk.ui.shell.save_status import FAILED_STYLE, NORMAL_STYLE, SaveStatusLabel
from coachdesk.vault import PendingSave, Vault, storage
from tests.conftest import PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS

DELAY_MS = 60
BUSY_RETRY_MS = 20


def _add_client(vault: Vault, name: str) -> None:
    with vault.session() as session:
        create_client(session, ClientDetails(name=name))


def _names(vault: Vault) -> list[str]:
    return [row[0] for row in vault.connection.execute("SELECT name FROM client ORDER BY name")]


def _names_on_disk(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE, read_only=True) as copy:
        return _names(copy)


class Recorder:
    """Wraps ``vault.snapshot`` and ``vault.write``: counts them and notes the thread each ran on."""

    def __init__(self, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
        self.snapshot_threads: list[threading.Thread] = []
        self.write_threads: list[threading.Thread] = []
        self.gate: threading.Event | None = None  # when set to an Event, writes wait for it
        self.started = threading.Event()
        real_snapshot, real_write = vault.snapshot, vault.write

        def snapshot() -> PendingSave:
            self.snapshot_threads.append(threading.current_thread())
            return real_snapshot()

        def write(pending: PendingSave) -> None:
            self.write_threads.append(threading.current_thread())
            self.started.set()
            if self.gate is not None:
                assert self.gate.wait(10), "the test never opened the gate"
            real_write(pending)

        monkeypatch.setattr(vault, "snapshot", snapshot)
        monkeypatch.setattr(vault, "write", write)

    @property
    def writes(self) -> int:
        return len(self.write_threads)


@pytest.fixture
def recorder(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    return Recorder(vault, monkeypatch)


class HandTimer:
    """The saver's timer, run out by the test (``fire``): ``due`` is the delay it was started with."""

    def __init__(self, on_timeout: Callable[[], None]) -> None:
        self._on_timeout = on_timeout
        self.due: int | None = None

    def start(self, msec: int) -> None:
        self.due = msec

    def stop(self) -> None:
        self.due = None

    def fire(self) -> None:
        assert self.due is not None, "no save was due"
        self.due = None
        self._on_timeout()


@pytest.fixture
def timers() -> list[HandTimer]:
    return []


def _hand_timer(made: list[HandTimer]) -> Callable[[Callable[[], None]], HandTimer]:
    def make(on_timeout: Callable[[], None]) -> HandTimer:
        made.append(HandTimer(on_timeout))
        return made[-1]

    return make


@pytest.fixture
def saver(vault: Vault, recorder: Recorder, timers: list[HandTimer]) -> Iterator[AutoSaver]:
    s = AutoSaver(vault, delay_ms=DELAY_MS, busy_retry_ms=BUSY_RETRY_MS, timer=_hand_timer(timers))
    yield s
    if recorder.gate is not None:
        recorder.gate.set()
    s.stop()


@pytest.fixture
def timer(saver: AutoSaver, timers: list[HandTimer]) -> HandTimer:
    (made,) = timers
    return made


@pytest.fixture
def states(saver: AutoSaver) -> list[SaveState]:
    seen: list[SaveState] = []
    saver.state_changed.connect(seen.append)
    return seen


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every fsync fails as on a full disk; returns the list of attempts."""
    attempts: list[int] = []

    def fsync(fd: int) -> None:
        attempts.append(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    return attempts


def _wait_saved(qtbot: QtBot, saver: AutoSaver, vault: Vault) -> None:
    qtbot.waitUntil(
        lambda: saver.state.kind is SaveKind.SAVED and not vault.has_unsaved_changes, timeout=WAIT_MS
    )


# ----- AutoSaver ----------------------------------------------------------------------------------


def test_a_saved_vault_starts_saved_with_the_file_time(vault: Vault) -> None:
    saver = AutoSaver(vault)
    try:
        assert saver.state.kind is SaveKind.SAVED
        assert saver.state.when is not None and saver.state.when.tzinfo is not None
        assert abs(saver.state.when - datetime.now(UTC)) < timedelta(minutes=1)
    finally:
        saver.stop()


def test_by_default_a_qt_timer_saves_once_changes_pause(qtbot: QtBot, vault: Vault) -> None:
    saver = AutoSaver(vault, delay_ms=DELAY_MS)
    try:
        _add_client(vault, "Timed By Qt")
        saver.note_change()
        _wait_saved(qtbot, saver, vault)
        assert _names_on_disk(vault.path) == ["Timed By Qt"]
    finally:
        saver.stop()


def test_debounce_coalesces_many_changes_into_one_save(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer
) -> None:
    for n in range(10):
        _add_client(vault, f"Client {n}")
        saver.note_change()
        assert timer.due == DELAY_MS  # each change starts the delay again
    assert recorder.writes == 0
    assert saver.state.kind is SaveKind.UNSAVED
    timer.fire()  # the changes pause for the delay
    _wait_saved(qtbot, saver, vault)
    assert recorder.writes == 1 and timer.due is None  # one save, and none more to come
    assert _names_on_disk(vault.path) == sorted(f"Client {n}" for n in range(10))


def test_snapshot_on_gui_thread_write_on_a_worker(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer
) -> None:
    emitted_on: list[threading.Thread] = []
    saver.state_changed.connect(lambda _state: emitted_on.append(threading.current_thread()))
    _add_client(vault, "Ada Lovelace")
    saver.note_change()
    timer.fire()
    _wait_saved(qtbot, saver, vault)
    gui = threading.main_thread()
    assert recorder.snapshot_threads == [gui]
    assert len(recorder.write_threads) == 1
    assert recorder.write_threads[0] is not gui
    assert emitted_on and all(thread is gui for thread in emitted_on)


def test_state_goes_unsaved_saving_saved_with_a_time(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, states: list[SaveState], timer: HandTimer
) -> None:
    before = datetime.now(UTC)
    _add_client(vault, "Grace Hopper")
    saver.note_change()
    timer.fire()
    _wait_saved(qtbot, saver, vault)
    assert [s.kind for s in states] == [SaveKind.UNSAVED, SaveKind.SAVING, SaveKind.SAVED]
    when = states[-1].when
    assert when is not None and when.tzinfo is not None
    assert before <= when <= datetime.now(UTC)
    assert states[-1].message == ""
    assert _names_on_disk(vault.path) == ["Grace Hopper"]


def test_a_full_disk_is_shown_loses_nothing_and_a_retry_saves(
    qtbot: QtBot,
    vault: Vault,
    saver: AutoSaver,
    recorder: Recorder,
    timer: HandTimer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_client(vault, "Saved Before")
    vault.save()
    on_disk = vault.path.read_bytes()
    attempts = _disk_full(monkeypatch)
    _add_client(vault, "Typed During The Fault")
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(lambda: saver.state.failed, timeout=WAIT_MS)
    assert attempts, "the save never reached the disk"
    assert "disk is full" in saver.state.message
    assert "Traceback" not in saver.state.message
    assert not saver.is_writing
    assert vault.has_unsaved_changes
    assert _names(vault) == ["Saved Before", "Typed During The Fault"]
    assert vault.path.read_bytes() == on_disk
    assert storage.temp_files(vault.path) == []

    assert timer.due is None  # a failed save is not hammered until something happens
    assert recorder.writes == 2 and saver.state.failed

    monkeypatch.undo()  # the coach freed some space
    saver.retry()
    _wait_saved(qtbot, saver, vault)
    assert _names_on_disk(vault.path) == ["Saved Before", "Typed During The Fault"]


def test_the_next_change_after_a_failure_tries_again(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, timer: HandTimer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full(monkeypatch)
    _add_client(vault, "First")
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(lambda: saver.state.failed, timeout=WAIT_MS)
    monkeypatch.undo()
    _add_client(vault, "Second")
    saver.note_change()
    assert saver.state.failed  # the error stays in view until a save succeeds
    timer.fire()
    _wait_saved(qtbot, saver, vault)
    assert _names_on_disk(vault.path) == ["First", "Second"]


def test_a_change_during_a_running_write_triggers_one_more_save(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer
) -> None:
    recorder.gate = threading.Event()
    _add_client(vault, "Before The Write")
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(recorder.started.is_set, timeout=WAIT_MS)
    _add_client(vault, "During The Write")
    saver.note_change()
    timer.fire()  # the delay is over while the first write still runs
    assert recorder.writes == 1
    assert saver.state.kind is SaveKind.SAVING
    recorder.gate.set()
    qtbot.waitUntil(lambda: recorder.writes == 2, timeout=WAIT_MS)
    _wait_saved(qtbot, saver, vault)
    assert recorder.writes == 2 and timer.due is None
    assert len(recorder.snapshot_threads) == 2
    assert _names_on_disk(vault.path) == ["Before The Write", "During The Write"]


def test_an_open_transaction_delays_the_snapshot(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer
) -> None:
    vault.connection.execute("BEGIN")
    vault.connection.execute("CREATE TABLE scratch (x)")
    saver.note_change()
    timer.fire()
    assert recorder.writes == 0
    assert saver.state.kind is SaveKind.UNSAVED  # waiting, not failed
    assert timer.due == BUSY_RETRY_MS  # it tries again soon
    timer.fire()
    assert recorder.writes == 0 and timer.due == BUSY_RETRY_MS
    vault.connection.commit()
    timer.fire()
    _wait_saved(qtbot, saver, vault)
    assert recorder.writes == 1


def test_save_now_saves_synchronously(vault: Vault, saver: AutoSaver, recorder: Recorder) -> None:
    _add_client(vault, "Quit Right After")
    saver.note_change()
    assert saver.save_now() is True
    assert saver.state.kind is SaveKind.SAVED
    assert not vault.has_unsaved_changes
    assert recorder.write_threads == [threading.main_thread()]
    assert saver.save_now() is True  # nothing more to write
    assert recorder.writes == 1
    assert _names_on_disk(vault.path) == ["Quit Right After"]


def test_save_now_waits_for_a_running_write(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer
) -> None:
    recorder.gate = threading.Event()
    _add_client(vault, "In The Background")
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(recorder.started.is_set, timeout=WAIT_MS)
    _add_client(vault, "Just Before Quit")
    threading.Timer(0.2, recorder.gate.set).start()  # save_now blocks until then, however long
    assert saver.save_now() is True
    assert recorder.writes == 2
    assert not saver.is_writing
    assert saver.state.kind is SaveKind.SAVED
    assert _names_on_disk(vault.path) == ["In The Background", "Just Before Quit"]
    QApplication.processEvents()  # the background write's late callback, posted already, changes nothing
    assert saver.state.kind is SaveKind.SAVED and recorder.writes == 2


def test_save_now_reports_failure_without_raising(
    vault: Vault, saver: AutoSaver, states: list[SaveState], monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_client(vault, "Kept In Memory")
    _disk_full(monkeypatch)
    assert saver.save_now() is False
    assert states[-1].failed and "disk is full" in states[-1].message
    assert vault.has_unsaved_changes and _names(vault) == ["Kept In Memory"]
    monkeypatch.undo()
    assert saver.save_now() is True
    assert _names_on_disk(vault.path) == ["Kept In Memory"]


def test_a_file_changed_on_disk_is_refused_and_shown(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, timer: HandTimer, tmp_path: Path
) -> None:
    other = tmp_path / "other.coachdesk"
    Vault.create(other, PASSPHRASE, kdf=vault.kdf).close()
    _add_client(vault, "Mine")
    vault.path.write_bytes(other.read_bytes())  # a sync tool brought another machine's version
    theirs = vault.path.read_bytes()
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(lambda: saver.state.failed, timeout=WAIT_MS)
    assert "changed by another program" in saver.state.message
    assert vault.path.read_bytes() == theirs
    assert _names(vault) == ["Mine"] and vault.has_unsaved_changes


def test_stop_ends_autosaving(vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer) -> None:
    _add_client(vault, "Locked Out")
    saver.note_change()
    saver.stop()
    assert timer.due is None
    saver.note_change()
    saver.retry()
    assert timer.due is None and recorder.writes == 0


def test_a_read_only_vault_says_it_cannot_be_saved(qtbot: QtBot, vault: Vault) -> None:
    vault.close()
    timers: list[HandTimer] = []
    with Vault.open(vault.path, PASSPHRASE, read_only=True) as read_only:
        saver = AutoSaver(read_only, delay_ms=DELAY_MS, timer=_hand_timer(timers))
        read_only.connection.execute("CREATE TABLE scratch (x)")
        saver.note_change()  # no save is tried: the coach hears at once that it cannot be
        assert saver.state.failed
        assert "read-only" in saver.state.message and "save a copy" in saver.state.message
        assert saver.save_now() is False
        saver.stop()


# ----- the failure dialog -------------------------------------------------------------------------


def _fail_in_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The vault's own disk is full; other folders (another drive) still take files."""
    real = storage.write_temp

    def write_temp(path: Path, chunks: storage.Chunks) -> Path:
        if path.parent == folder:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(path, chunks)

    monkeypatch.setattr(storage, "write_temp", write_temp)


@pytest.fixture
def failed(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, timer: HandTimer, monkeypatch: pytest.MonkeyPatch
) -> tuple[SaveFailureDialog, AutoSaver]:
    _fail_in_folder(monkeypatch, vault.path.parent)
    _add_client(vault, "Only In Memory")
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(lambda: saver.state.failed, timeout=WAIT_MS)
    dialog = SaveFailureDialog(vault, saver.state)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, saver


def _chooser(path: Path | str, asked: list[str]) -> Callable[..., str]:
    def choose(_parent: object, caption: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(path)

    return choose


def test_dialog_says_what_happened_and_that_nothing_was_lost(
    failed: tuple[SaveFailureDialog, AutoSaver],
) -> None:
    dialog, saver = failed
    assert dialog.message.text() == saver.state.message
    assert "disk is full" in dialog.message.text()
    assert "Nothing has been lost" in dialog.reassurance.text()
    assert "Traceback" not in dialog.message.text() + dialog.reassurance.text()
    assert dialog.windowTitle() == "Not saved"
    assert not dialog.result_line.isVisible()


def test_dialog_saves_a_copy_elsewhere_that_opens(
    qtbot: QtBot, vault: Vault, failed: tuple[SaveFailureDialog, AutoSaver], tmp_path: Path
) -> None:
    dialog, _saver = failed
    asked: list[str] = []
    dialog.choose_path = _chooser(tmp_path / "usb stick" / "practice copy", asked)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "usb stick" / "practice copy.coachdesk"
    assert asked and asked[0].endswith(".coachdesk")
    assert dialog.copied_to == target
    assert dialog.result_line.isVisible()
    assert target.name in dialog.result_line.text() and str(target.parent) in dialog.result_line.text()
    assert _names_on_disk(target) == ["Only In Memory"]
    assert vault.path == target and not vault.has_unsaved_changes  # the copy is the vault in use
    assert "now works on it" in dialog.result_line.text()
    assert dialog.isVisible() and not dialog.try_again_button.isVisible()
    assert Path(asked[0]).parent == tmp_path  # the vault's own folder, not the working folder


def test_dialog_copy_cancelled_or_refused(
    qtbot: QtBot, failed: tuple[SaveFailureDialog, AutoSaver], tmp_path: Path
) -> None:
    dialog, _saver = failed
    dialog.choose_path = _chooser("", [])
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert not dialog.result_line.isVisible() and dialog.copied_to is None
    existing = tmp_path / "existing.coachdesk"
    existing.write_bytes(b"something else")
    dialog.choose_path = _chooser(existing, [])
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.result_line.isVisible()
    assert "already exists" in dialog.result_line.text()
    assert dialog.copied_to is None
    assert existing.read_bytes() == b"something else"


def test_dialog_try_again_stays_open_until_saved(
    qtbot: QtBot,
    vault: Vault,
    failed: tuple[SaveFailureDialog, AutoSaver],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog, saver = failed
    dialog.retry_requested.connect(saver.retry)
    saver.state_changed.connect(dialog.show_state)
    monkeypatch.undo()
    qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)
    assert dialog.wants_retry
    _wait_saved(qtbot, saver, vault)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert _names_on_disk(vault.path) == ["Only In Memory"]


def test_dialog_try_again_failing_again_says_so_and_stays_open(
    qtbot: QtBot, failed: tuple[SaveFailureDialog, AutoSaver]
) -> None:
    dialog, saver = failed
    dialog.retry_requested.connect(saver.retry)
    saver.state_changed.connect(dialog.show_state)
    qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "still not saved" in dialog.result_line.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.result_line.isVisible()
    assert dialog.try_again_button.isEnabled()


def test_a_full_disk_names_the_space_a_save_needs(
    vault: Vault, failed: tuple[SaveFailureDialog, AutoSaver]
) -> None:
    dialog, _saver = failed
    size = QLocale().formattedDataSize(vault.real_path.stat().st_size)
    assert f"needs about {size} of free space" in dialog.reassurance.text()


def test_dialog_close_rejects(qtbot: QtBot, failed: tuple[SaveFailureDialog, AutoSaver]) -> None:
    dialog, _saver = failed
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.wants_retry


# ----- the status label ---------------------------------------------------------------------------


def _short_time(when: datetime) -> str:
    local = QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)


def _label(qtbot: QtBot) -> SaveStatusLabel:
    label = SaveStatusLabel()
    qtbot.addWidget(label)
    label.show()
    return label


def test_status_label_texts(qtbot: QtBot) -> None:
    label = _label(qtbot)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    label.set_state(SaveState(SaveKind.SAVED, now))
    assert label.text() == f"Saved {_short_time(now)}"
    label.set_state(SaveState(SaveKind.SAVED))
    assert label.text() == "Saved"
    label.set_state(SaveState(SaveKind.SAVING, now))
    assert label.text() == "Saving…"
    label.set_state(SaveState(SaveKind.UNSAVED))
    assert label.text() == "Not saved yet"
    label.set_state(SaveState(SaveKind.UNSAVED, now))
    assert label.text() == "Unsaved changes"
    label.set_state(SaveState(SaveKind.FAILED, now, "Could not save x: the disk is full."))
    assert label.text() == "Not saved — click for details"
    assert label.toolTip() == "Could not save x: the disk is full."
    assert label.styleSheet() == FAILED_STYLE
    label.set_state(SaveState(SaveKind.SAVED, now))
    assert label.styleSheet() == NORMAL_STYLE


def test_status_label_names_the_day_of_an_older_save(qtbot: QtBot) -> None:
    label = _label(qtbot)
    then = datetime.now(UTC) - timedelta(days=3)
    label.set_state(SaveState(SaveKind.SAVED, then))
    local = QDateTime.fromMSecsSinceEpoch(round(then.timestamp() * 1000)).toLocalTime()
    assert label.text() == f"Saved {QLocale().toString(local, QLocale.FormatType.ShortFormat)}"


def test_status_label_is_clickable_only_when_failed(qtbot: QtBot) -> None:
    label = _label(qtbot)
    label.set_state(SaveState(SaveKind.SAVED, datetime.now(UTC)))
    with qtbot.assertNotEmitted(label.clicked):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    label.set_state(SaveState(SaveKind.FAILED, None, "The disk is full."))
    with qtbot.waitSignal(label.clicked, timeout=WAIT_MS):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    with qtbot.waitSignal(label.clicked, timeout=WAIT_MS):
        qtbot.keyClick(label, Qt.Key.Key_Return)


def test_status_label_follows_the_saver(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, timer: HandTimer
) -> None:
    label = _label(qtbot)
    label.follow(saver)
    assert label.text().startswith("Saved ")
    _add_client(vault, "Followed")
    saver.note_change()
    assert label.text() == "Unsaved changes"
    timer.fire()
    _wait_saved(qtbot, saver, vault)
    assert label.text().startswith("Saved ")


def test_a_change_while_the_worker_copies_is_not_lost_and_saves_soon(
    qtbot: QtBot, vault: Vault, saver: AutoSaver, recorder: Recorder, timer: HandTimer
) -> None:
    _add_client(vault, "Saved Before")
    vault.save()
    on_disk = vault.path.read_bytes()
    recorder.gate = threading.Event()
    _add_client(vault, "Before The Copy")
    saver.note_change()
    timer.fire()
    qtbot.waitUntil(recorder.started.is_set, timeout=WAIT_MS)
    # The worker has the snapshot but has not copied it yet: a change lands now, and no new
    # save is asked for (so only the saver itself can notice).
    _add_client(vault, "During The Copy")
    recorder.gate.set()
    qtbot.waitUntil(lambda: timer.due == BUSY_RETRY_MS, timeout=WAIT_MS)
    assert saver.state.kind is SaveKind.UNSAVED and not saver.is_writing
    assert vault.has_unsaved_changes
    assert vault.path.read_bytes() == on_disk  # the copy that mixed two states was never written
    timer.fire()
    _wait_saved(qtbot, saver, vault)
    assert _names_on_disk(vault.path) == ["Before The Copy", "During The Copy", "Saved Before"]
    assert recorder.write_threads[-1] is not threading.main_thread()
