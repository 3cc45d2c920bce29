"""The app's language: the setting chosen in Preferences applies at the next start, COACHDESK_LANGUAGE
overrides it, an unknown value gives English, and dates, Qt's own words and service messages follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coachdesk.domain.phrases import phrase, phrase_n
from coachdesk.ui.kit import translation
from coachdesk.ui.kit.pseudo_locale import is_pseudo
from coachdesk.ui.kit.translation import (
    LANGUAGE_ENV,
    LANGUAGE_KEY,
    chosen_language,
    locale_for,
    start_chosen_language,
    start_language,
    system_language,
)
from coachdesk.ui.shell.main_window import MainWindow
from coachdesk.ui.shell.preferences_dialog import PreferencesDialog
from tests.gui.translation_support import app_language, compile_catalog
from tests.translation_catalogs import catalog, messages

__all__ = ["app_language"]


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _close_button_text(qtbot: QtBot, settings: QSettings) -> str:
    dialog = PreferencesDialog(settings, lambda _minutes: None)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    return button.text()


def _menu_titles(qtbot: QtBot) -> list[str]:
    window = MainWindow()
    qtbot.addWidget(window)
    return [action.text() for action in window.menuBar().actions()]


def test_german_chosen_in_preferences_speaks_german_after_a_restart(
    qtbot: QtBot, settings: QSettings, app_language: QApplication
) -> None:
    start_chosen_language(app_language, settings)  # the system's language: English here
    english_menus = _menu_titles(qtbot)
    assert _close_button_text(qtbot, settings) == "Close"

    dialog = PreferencesDialog(settings, lambda _minutes: None)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert settings.value(LANGUAGE_KEY) == "de"
    assert _close_button_text(qtbot, settings) == "Close"  # nothing changes before the restart

    assert start_chosen_language(app_language, settings) == "de"  # the next start
    assert _close_button_text(qtbot, settings) == "Schließen"  # Qt's own words, from qtbase_de.qm
    assert QLocale().language() == QLocale.Language.German
    german = {
        m.source: m.translations[0] for m in messages(catalog("de", "shell")) if m.context == "MainWindow"
    }
    if not all(title in german for title in english_menus):
        pytest.skip("the shell's German catalog does not translate the main window's menus yet")
    assert _menu_titles(qtbot) == [german[title] for title in english_menus]


def test_the_environment_overrides_the_setting(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, app_language: QApplication
) -> None:
    settings.setValue(LANGUAGE_KEY, "fr")
    assert chosen_language(settings, {LANGUAGE_ENV: "de"}) == "de"
    assert chosen_language(settings, {LANGUAGE_ENV: " DE "}) == "de"
    assert chosen_language(settings, {LANGUAGE_ENV: ""}) == "fr"
    assert chosen_language(settings, {LANGUAGE_ENV: "system"}, QLocale("de_AT")) == "de"
    monkeypatch.setenv(LANGUAGE_ENV, "pseudo")
    assert start_chosen_language(app_language, settings) == "pseudo"
    dialog = PreferencesDialog(settings, lambda _minutes: None)
    qtbot.addWidget(dialog)
    assert is_pseudo(dialog.windowTitle())


@pytest.mark.parametrize("value", ["klingon", "es", "de_XX!", "pseudo"])
def test_an_unknown_setting_gives_english_without_a_crash(
    qtbot: QtBot, settings: QSettings, app_language: QApplication, value: str
) -> None:
    """An unknown value, or "pseudo" in the settings (a development choice only the environment
    makes), starts the app in English."""
    settings.setValue(LANGUAGE_KEY, value)
    assert start_chosen_language(app_language, settings) == "en"
    assert _close_button_text(qtbot, settings) == "Close"
    dialog = PreferencesDialog(settings, lambda _minutes: None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"  # shown as the default, nothing stored yet
    assert chosen_language(settings, {LANGUAGE_ENV: "klingon"}) == "en"


def test_the_system_language_is_the_first_one_spoken() -> None:
    assert system_language(QLocale("fr_CA")) == "fr"
    assert system_language(QLocale("de_CH")) == "de"
    assert system_language(QLocale("es_ES")) == "en"
    assert system_language(QLocale.c()) == "en"


def test_dates_and_money_follow_the_language() -> None:
    assert locale_for("de", QLocale("en_US")).name() == "de_DE"
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"  # the coach's own country kept
    assert locale_for("fr", QLocale("fr_CH")).name() == "fr_CH"
    assert locale_for("en", QLocale("fr_FR")).name() == "en_GB"
    assert locale_for("en", QLocale("en_US")).name() == "en_US"
    assert locale_for("en", QLocale.c()).name() == "en_GB"  # C/POSIX: day before month, not "5 12 2026"


def test_service_messages_come_out_in_the_app_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_language: QApplication
) -> None:
    qm = compile_catalog(
        tmp_path / "coachdesk_de.qm",
        "de_DE",
        {
            ("Invoices", "The invoice is already issued."): "Die Rechnung ist schon gestellt.",
            ("", "%n sessions left"): ("%n Sitzung übrig", "%n Sitzungen übrig"),
        },
    )
    monkeypatch.setattr(translation, "catalog_path", lambda _language: qm)
    start_language(app_language, "de", QLocale("en_GB"))
    assert phrase("Invoices", "The invoice is already issued.") == "Die Rechnung ist schon gestellt."
    assert phrase_n("%n sessions left", "", 1) == "1 Sitzung übrig"
    assert phrase_n("%n sessions left", "", 3) == "3 Sitzungen übrig"
    assert QLocale().name() == "de_DE"
    assert QCoreApplication.translate("Invoices", "Not in the catalog") == "Not in the catalog"

    start_language(app_language, "en")
    assert phrase("Invoices", "The invoice is already issued.") == "The invoice is already issued."
    assert phrase_n("%n sessions left", "", 3) == "3 sessions left"


def test_a_missing_catalog_leaves_the_app_in_english(
    monkeypatch: pytest.MonkeyPatch, app_language: QApplication
) -> None:
    monkeypatch.setattr(translation, "catalog_path", lambda _language: None)
    start_language(app_language, "fr", QLocale("en_GB"))
    assert phrase("Invoices", "Saved") == "Saved"
    assert QLocale().name() == "fr_FR"


def test_the_committed_catalogs_load() -> None:
    for language in translation.TRANSLATED:
        path = translation.catalog_path(language)
        assert path is not None, language
        assert translation.InheritingTranslator().load(str(path)), path
