"""The practice profile, edited from the File menu: loaded, saved, refused beside its field, autosaved."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coachdesk.services.profile import ProfileDetails, get_profile, save_profile
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.profile_dialog import ProfileDialog
from coachdesk.vault import Vault
from tests.gui.shell.conftest import WAIT_MS, unlock


def _line(dialog: ProfileDialog, name: str) -> QLineEdit:
    edit = dialog.form.fields[name]
    assert isinstance(edit, QLineEdit)
    return edit


def test_the_profile_loads_saves_and_a_refusal_stays_by_its_field(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        save_profile(db, ProfileDetails(name="Alex Moreau", email="alex@example.org"))
    dialog = ProfileDialog(vault.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _line(dialog, "name").text() == "Alex Moreau"
    _line(dialog, "country").setText("France")
    platforms = dialog.form.fields["platforms"]
    assert isinstance(platforms, QPlainTextEdit)
    platforms.setPlainText("Zoom")
    _line(dialog, "email").setText("not an address")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.buttons.accepted.emit()
    assert dialog.isVisible() and not dialog.form._errors["email"].isHidden()
    with vault.session() as db:
        profile = get_profile(db)
        assert profile is not None and profile.country == ""  # nothing written
    _line(dialog, "email").setText("alex@example.org")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    with vault.session() as db:
        profile = get_profile(db)
        assert profile is not None
        assert (profile.name, profile.country, profile.platforms) == ("Alex Moreau", "France", "Zoom")


def test_file_practice_profile_opens_the_dialog_and_a_save_is_autosaved(
    qtbot: QtBot, controller: AppController
) -> None:
    vault = unlock(qtbot, controller)
    file_menu = next(a.menu() for a in controller.main_window.menuBar().actions() if a.text() == "&File")
    file_menu.aboutToShow.emit()
    (action,) = [a for a in file_menu.actions() if a.text() == "Practice pro&file…"]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProfileDialog))
    _line(dialog, "name").setText("Alex Moreau")
    _line(dialog, "country").setText("France")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not vault.has_unsaved_changes, timeout=WAIT_MS)  # the autosave wrote it
    with vault.session() as db:
        profile = get_profile(db)
        assert profile is not None and profile.country == "France"
