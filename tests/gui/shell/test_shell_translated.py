"""Every word of the shell's windows goes through Qt's translation: built under a translator that
brackets each text, nothing the shell writes itself is left unbracketed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.services.merge import MergeSummary
from coachdesk.ui.shell.about_dialog import AboutDialog
from coachdesk.ui.shell.main_window import AREA_NAMES, MainWindow
from coachdesk.ui.shell.merge_dialogs import MergeConflictsDialog, MergeSummaryDialog
from coachdesk.ui.shell.preferences_dialog import PreferencesDialog
from coachdesk.ui.shell.search_dialog import SearchDialog
from coachdesk.vault import Vault
from tests.gui.shell.pseudo_texts import bracketing, shown_texts, untranslated

# Not the shell's words: the product's name, and what the kit's and Qt's own widgets say (their
# catalogs are not the shell's).
NOT_THE_SHELLS = {"CoachDesk", "Close", "OK", "Cancel", "Save"}


def _kit_words(window: MainWindow) -> set[str]:
    """The texts of the shared action registry and the areas' empty states (the kit's to translate)."""
    words = set()
    for name in window.registry:
        action = window.registry[name]
        words |= {action.text(), action.toolTip(), action.statusTip()}
    for name in AREA_NAMES:
        words |= {text for _where, text in _texts(window.page(name))}
    return words


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    return [(where, text.strip()) for where, text in shown_texts(widget)]


def test_the_main_window_and_its_dialogs_are_translated(qtbot: QtBot, tmp_path: Path) -> None:
    with bracketing():
        window = MainWindow()
        qtbot.addWidget(window)
        about = AboutDialog(window)
        search = SearchDialog(None, window)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        preferences = PreferencesDialog(settings, lambda _minutes: None, window)
        shortcuts = window.show_shortcuts()
        kit = _kit_words(window)
        for widget in (window, about, search, preferences, shortcuts):
            assert untranslated(widget, NOT_THE_SHELLS | kit) == [], type(widget).__name__
        shortcuts.close()


def test_the_merge_dialogs_are_translated(qtbot: QtBot, vault: Vault) -> None:
    with bracketing():
        summary = MergeSummaryDialog(
            MergeSummary(added=2, conflicts=1), vault.session, source="other.coachdesk"
        )
        conflicts = MergeConflictsDialog(vault.session)
        for dialog in (summary, conflicts):
            qtbot.addWidget(dialog)
            assert untranslated(dialog, NOT_THE_SHELLS) == [], type(dialog).__name__
        assert "⟦2 record(s) added⟧" in summary.counts.text()
