"""Preferences: the idle-lock minutes and the backups folder, stored in the settings and applied at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.preferences_dialog import DEFAULT_IDLE_MINUTES, PreferencesDialog, stored_idle_minutes
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_idle_minutes_are_stored_and_applied_as_they_change(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue("lock/idle_minutes", 25)
    applied: list[float] = []
    dialog = PreferencesDialog(settings, applied.append)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 25
    dialog.idle_minutes.setValue(5)
    assert applied == [5.0] and int(str(settings.value("lock/idle_minutes"))) == 5
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.text() == "Never"
    assert applied == [5.0, 0.0] and int(str(settings.value("lock/idle_minutes"))) == 0


def test_an_unreadable_or_out_of_range_value_gives_something_sensible(settings: QSettings) -> None:
    assert stored_idle_minutes(settings) == DEFAULT_IDLE_MINUTES
    settings.setValue("lock/idle_minutes", "soon")
    assert stored_idle_minutes(settings) == DEFAULT_IDLE_MINUTES
    settings.setValue("lock/idle_minutes", "7.6")
    assert stored_idle_minutes(settings) == 8
    settings.setValue("lock/idle_minutes", -3)
    assert stored_idle_minutes(settings) == 0
    settings.setValue("lock/idle_minutes", 100_000)
    assert stored_idle_minutes(settings) == 480


def test_the_backups_folder_is_chosen_and_can_go_back_to_the_home_folder(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    asked: list[str] = []

    def choose(_parent: object, caption: str, start: str) -> str:
        asked.append(start)
        return str(tmp_path)

    dialog = PreferencesDialog(settings, lambda _m: None, choose_folder=choose)
    qtbot.addWidget(dialog)
    assert dialog.backup_folder.text() == "" and not dialog.reset_button.isEnabled()
    dialog.choose_button.click()
    assert asked == [str(Path.home())]
    assert dialog.backup_folder.text() == str(tmp_path) and settings.value("backup/folder") == str(tmp_path)
    dialog.reset_button.click()
    assert settings.value("backup/folder") is None and dialog.backup_folder.text() == ""
    assert not dialog.reset_button.isEnabled()
    cancelled = PreferencesDialog(settings, lambda _m: None, choose_folder=lambda *_a: "")
    qtbot.addWidget(cancelled)
    cancelled.choose_button.click()
    assert settings.value("backup/folder") is None


@pytest.fixture
def controller(qtbot: QtBot, vault_path: Path, settings: QSettings) -> Iterator[AppController]:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    settings.setValue("lock/idle_minutes", 0)
    app = AppController(vault_path, settings, autosave_delay_ms=50)
    qtbot.addWidget(app.unlock_window)
    qtbot.addWidget(app.main_window)
    app.workspace.screening_enabled = False
    app.start()
    yield app
    if app.vault is not None:
        app.vault.close()


def _preferences_action(controller: AppController) -> QAction:
    file_menu = next(a.menu() for a in controller.main_window.menuBar().actions() if a.text() == "&File")
    file_menu.aboutToShow.emit()
    (action,) = [a for a in file_menu.actions() if a.text() == "P&references…"]
    return action


def test_file_preferences_opens_the_dialog_and_a_change_applies_at_once(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.unlock_window.passphrase.setText(PASSPHRASE)
    controller.unlock_window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=WAIT_MS)
    action = _preferences_action(controller)
    assert action.isVisible() and action.isEnabled()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    standard = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if not k.isEmpty()]
    assert action.shortcuts() == standard  # the platform's own key, where it has one
    assert not controller.idle_timer.isActive()  # "Never" when the app started
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog))
    assert dialog.isVisible() and dialog.idle_minutes.value() == 0
    dialog.idle_minutes.setValue(3)
    assert controller.idle_timer.interval() == 3 * 60_000 and controller.idle_timer.isActive()
    assert int(str(controller.settings.value("lock/idle_minutes"))) == 3
    dialog.idle_minutes.setValue(0)
    assert not controller.idle_timer.isActive()
    dialog.reject()
