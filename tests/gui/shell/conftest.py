"""What the shell's tests share: an app controller on a real vault, unlocked, and scratch changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.ui.kit.drafts import DraftEditor
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WAIT_MS = 20_000  # key derivation and writes on worker threads, on a busy machine

OpenController = Callable[..., AppController]


@pytest.fixture
def started_controller(qtbot: QtBot, vault_path: Path, tmp_path: Path) -> Iterator[OpenController]:
    """Makes a controller on a new vault at ``vault_path``, showing the unlock window; after the
    test, editors still open close keeping their drafts (no question) and the vault is closed.

    ``before_start`` runs after the vault is created and before the controller exists (to make
    the medium read-only, say); ``autosave_delay_ms`` is the autosave's delay.
    """
    made: list[AppController] = []

    def make(*, autosave_delay_ms: int = 50, before_start: Callable[[], None] | None = None) -> AppController:
        Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
        if before_start is not None:
            before_start()
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        app = AppController(vault_path, settings, autosave_delay_ms=autosave_delay_ms)
        made.append(app)
        qtbot.addWidget(app.unlock_window)
        qtbot.addWidget(app.main_window)
        app.workspace.screening_enabled = False  # the screening has tests of its own
        app.start()
        return app

    yield make
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DraftEditor) and widget.isVisible():
            widget.close_keeping_draft()
    for app in made:
        if app.vault is not None:
            app.vault.close()


@pytest.fixture
def controller(started_controller: OpenController) -> AppController:
    """A controller showing the unlock window of a new vault."""
    return started_controller()


def unlock(qtbot: QtBot, app: AppController) -> Vault:
    """Type the passphrase into the unlock window and wait until the vault is open."""
    app.unlock_window.passphrase.setText(PASSPHRASE)
    app.unlock_window.unlock_button.click()
    qtbot.waitUntil(lambda: app.vault is not None, timeout=WAIT_MS)
    assert app.vault is not None
    return app.vault


@pytest.fixture
def unlocked_controller(qtbot: QtBot, started_controller: OpenController) -> OpenController:
    """Like ``started_controller``, with the vault unlocked."""

    def make(**kwargs: Any) -> AppController:
        app = started_controller(**kwargs)
        unlock(qtbot, app)
        return app

    return make


def scratch_change(app: AppController, text: str) -> None:
    """A change the autosaver is told about, in a table of its own."""
    assert app.vault is not None and app.autosaver is not None
    db = app.vault.connection
    db.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    db.execute("INSERT INTO scratch VALUES (?)", (text,))
    db.commit()
    app.autosaver.note_change()
