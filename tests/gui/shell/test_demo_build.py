"""``coachdesk --demo`` shows its progress window at once, while the demo practice is built off the GUI
thread, and closes it when the build is done (or says what stopped it)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.demo_build import DemoProgressWindow, build_demo_vault


def _progress_windows() -> list[DemoProgressWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DemoProgressWindow) and w.isVisible()]


def test_the_progress_window_shows_while_the_demo_is_built(qtbot: QtBot, tmp_path: Path) -> None:
    release = threading.Event()
    seen: list[int] = []
    built: list[tuple[Path, str]] = []

    def build(path: Path, passphrase: str) -> None:
        assert release.wait(30), "the GUI thread never looked at the window"
        built.append((path, passphrase))

    def look() -> None:  # runs on the GUI thread while the build waits
        seen.append(len(_progress_windows()))
        release.set()

    QTimer.singleShot(0, look)
    assert build_demo_vault(tmp_path / "demo.coachdesk", "secret words", build) is None
    assert seen == [1]
    assert built == [(tmp_path / "demo.coachdesk", "secret words")]
    assert _progress_windows() == []


def test_a_failed_build_is_returned_and_the_window_closes(qtbot: QtBot, tmp_path: Path) -> None:
    def build(_path: Path, _passphrase: str) -> None:
        raise OSError("No space left on device")

    error = build_demo_vault(tmp_path / "demo.coachdesk", "secret words", build)
    assert isinstance(error, OSError) and "No space" in str(error)
    assert _progress_windows() == []


def test_the_demo_practice_opens_with_its_passphrase_and_a_light_key_derivation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from coachdesk.app import DEMO_PASSPHRASE
    from coachdesk.services.demo import DEMO_KDF
    from coachdesk.vault import Vault

    path = tmp_path / "demo practice.coachdesk"
    assert build_demo_vault(path, DEMO_PASSPHRASE) is None
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert vault.kdf == DEMO_KDF  # fictional data, its passphrase on screen: no seconds of derivation
        assert vault.connection.execute("SELECT count(*) FROM client").fetchone()[0] > 0
