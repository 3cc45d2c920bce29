"""Saving when the session ends: SIGTERM end to end, logout, and a rescue copy when saving fails."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell import shutdown
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import Vault, storage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS, OpenController, scratch_change

ROOT = Path(__file__).resolve().parents[3]

# The app in a process of its own: unlocks, makes a change the (slow) autosave has not written
# yet, says "ready", and runs until it is told to stop.
_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from coachdesk.ui.shell.app_controller import AppController

    vault_path, settings_path, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    controller = AppController(
        vault_path, QSettings(settings_path, QSettings.Format.IniFormat), autosave_delay_ms=600_000
    )
    controller.start()
    controller.handle_session_end()
    controller.unlock_window.passphrase.setText(passphrase)
    controller.unlock_window.unlock_button.click()

    def when_open():
        if controller.vault is None:
            QTimer.singleShot(20, when_open)
            return
        db = controller.vault.connection
        db.execute("CREATE TABLE scratch (x)")
        db.execute("INSERT INTO scratch VALUES ('typed just before logout')")
        db.commit()
        controller.autosaver.note_change()
        print("ready", flush=True)

    QTimer.singleShot(0, when_open)
    sys.exit(app.exec())
    """
)


def _rows(path: Path) -> list[tuple[str]]:
    with Vault.open(path, PASSPHRASE, read_only=True) as opened:
        return opened.connection.execute("SELECT x FROM scratch").fetchall()


def test_sigterm_saves_the_change_and_quits(vault_path: Path, tmp_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", _APP, str(vault_path), str(tmp_path / "settings.ini"), PASSPHRASE],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    watchdog = threading.Timer(120, process.kill)  # a hung app fails the test instead of the run
    watchdog.start()
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
    assert _rows(vault_path) == [("typed just before logout",)]


@pytest.fixture
def controller(unlocked_controller: OpenController) -> AppController:
    return unlocked_controller(autosave_delay_ms=600_000)


def _disk_fails(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """Writes into ``folder`` fail as on a full or read-only disk (root ignores chmod)."""
    real = storage.write_temp

    def write_temp(path: Path, chunks: storage.Chunks) -> Path:
        if path.parent == folder:
            raise OSError(code, os.strerror(code))
        return real(path, chunks)

    monkeypatch.setattr(storage, "write_temp", write_temp)


def test_logout_saves_through_the_commit_data_request(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    controller.session_end = shutdown.SessionEnd(controller, controller, signals=False)
    scratch_change(controller, "before logout")
    controller.session_end.commit_data()  # what QGuiApplication.commitDataRequest calls
    assert _rows(vault_path) == [("before logout",)]
    assert controller.vault is not None  # the session manager decides whether the app quits


def test_a_failed_save_at_shutdown_leaves_an_encrypted_rescue_copy_beside_the_vault(
    qtbot: QtBot, controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = vault_path.read_bytes()
    scratch_change(controller, "only in memory")
    _disk_fails(monkeypatch, vault_path.parent, errno.ENOSPC)
    monkeypatch.setattr(storage, "create_exclusively", _only_rescue_copies(storage.create_exclusively))
    controller.shut_down()
    assert controller.vault is None and vault_path.read_bytes() == before
    (rescue,) = vault_path.parent.glob("practice rescue *.coachdesk")
    assert b"only in memory" not in rescue.read_bytes()
    assert _rows(rescue) == [("only in memory",)]
    assert controller.settings.value(shutdown.RESCUE_KEY) == str(rescue)
    monkeypatch.undo()
    box = shutdown.show_rescue_note(controller.unlock_window, controller.settings)
    assert box is not None and str(rescue) in box.text()
    box.close()
    assert controller.settings.value(shutdown.RESCUE_KEY) is None  # said once


def _only_rescue_copies(real: object) -> object:
    """The rescue copy itself is a new file: let it through the failing folder."""

    def create(path: Path, chunks: storage.Chunks) -> bool:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(storage, "write_temp", _REAL_WRITE_TEMP)
            return real(path, chunks)  # type: ignore[operator,no-any-return]

    return create


_REAL_WRITE_TEMP = storage.write_temp


def test_the_rescue_copy_goes_to_the_app_data_folder_when_the_vault_folder_is_read_only(
    qtbot: QtBot,
    controller: AppController,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scratch_change(controller, "kept somewhere")
    _disk_fails(monkeypatch, vault_path.parent, errno.EROFS)
    monkeypatch.setattr(shutdown, "rescue_folder", lambda: tmp_path / "app data" / "rescue")
    controller.shut_down()
    (rescue,) = (tmp_path / "app data" / "rescue").iterdir()
    assert _rows(rescue) == [("kept somewhere",)]
    assert not list(vault_path.parent.glob("*rescue*"))


def test_no_rescue_note_without_a_rescue(qtbot: QtBot, controller: AppController) -> None:
    assert shutdown.show_rescue_note(controller.unlock_window, controller.settings) is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_failed_autosave_leaves_a_rescue_copy_until_a_save_succeeds(
    qtbot: QtBot, unlocked_controller: OpenController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = unlocked_controller(autosave_delay_ms=50)
    controller.failure_dialog = None
    monkeypatch.setattr(controller, "_show_save_failure", lambda: None)  # the dialog has tests of its own
    _disk_fails(monkeypatch, vault_path.parent, errno.ENOSPC)
    monkeypatch.setattr(storage, "create_exclusively", _only_rescue_copies(storage.create_exclusively))
    scratch_change(controller, "typed while the disk was full")
    qtbot.waitUntil(lambda: controller.rescue_copy is not None, timeout=WAIT_MS)
    rescue = controller.rescue_copy
    assert rescue is not None and rescue.parent == vault_path.parent
    assert _rows(rescue) == [("typed while the disk was full",)]  # a crash now would lose nothing
    assert controller.settings.value(shutdown.RESCUE_KEY) == str(rescue)
    monkeypatch.undo()  # space again
    assert controller.autosaver is not None and controller.autosaver.save_now()
    assert not rescue.exists() and controller.rescue_copy is None
    assert controller.settings.value(shutdown.RESCUE_KEY) is None  # nothing to tell at the next start
