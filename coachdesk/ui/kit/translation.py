"""The app's language: chosen at start (environment, setting, system) and its translators installed.

The catalogs are ``resources/translations/coachdesk_<lang>.qm`` (compiled by
``packaging/translations.sh``); Qt's own words (standard buttons, file dialogs) come from the
``qtbase_<lang>.qm`` that PySide6 ships. A new choice applies the next time the app starts.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from coachdesk.domain import phrases
from coachdesk.resources import resource_path
from coachdesk.ui.kit.inherited_translator import InheritingTranslator
from coachdesk.ui.kit.locale_format import FALLBACK, is_no_language
from coachdesk.ui.kit.pseudo_locale import PseudoTranslator

logger = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"  # QSettings: "system" or one of LANGUAGES
LANGUAGE_ENV = "COACHDESK_LANGUAGE"  # overrides the setting: a language, "system" or "pseudo"
SYSTEM = "system"
PSEUDO = "pseudo"
SOURCE_LANGUAGE = "en"  # the texts in the code are English: no catalog
LANGUAGES = (SOURCE_LANGUAGE, "de", "fr")
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# The locale for dates and money when the system's is of another language.
TERRITORY = {SOURCE_LANGUAGE: FALLBACK, "de": "de_DE", "fr": "fr_FR"}

# What start_language installed, so that choosing again (tests, a second start) replaces it.
_installed: list[QTranslator] = []


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's preferred languages that CoachDesk speaks; English when none."""
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def stored_choice(settings: QSettings) -> str:
    """The coach's choice in the settings: "system" (the default) or a language code."""
    return str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)


def store_choice(settings: QSettings, choice: str) -> None:
    """Keep ``choice`` ("system" or a language code) for the next start."""
    if choice not in (SYSTEM, *LANGUAGES):
        raise ValueError(f"Not a language CoachDesk speaks: {choice!r}")
    settings.setValue(LANGUAGE_KEY, choice)


def chosen_language(
    settings: QSettings, environ: Mapping[str, str] | None = None, system: QLocale | None = None
) -> str:
    """The language to start in: one of ``LANGUAGES`` or "pseudo".

    ``COACHDESK_LANGUAGE`` wins over the setting; an unknown value in either gives English.
    """
    override = (os.environ if environ is None else environ).get(LANGUAGE_ENV, "").strip().lower()
    choice = override or stored_choice(settings).strip().lower()
    if choice == SYSTEM:
        return system_language(system)
    if choice in LANGUAGES or (override and choice == PSEUDO):
        return choice
    where = LANGUAGE_ENV if override else "the settings"
    logger.warning("Unknown language %r in %s; using English", choice, where)
    return SOURCE_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and money in ``language``: the system's when it speaks that language
    (de_AT stays de_AT), else the language's usual one; en_GB under C/POSIX."""
    system = system or QLocale.system()
    if language not in TERRITORY or is_no_language(system):
        return QLocale(TERRITORY.get(language, FALLBACK))
    if system.name().split("_")[0] == language:
        return QLocale(system)
    return QLocale(TERRITORY[language])


def catalog_path(language: str) -> Path | None:
    """The compiled catalog of ``language`` (``coachdesk_<lang>.qm``); None when it is missing."""
    try:
        return resource_path("translations", f"coachdesk_{language}.qm")
    except FileNotFoundError:
        return None


def qt_translations_folder() -> str:
    """Where Qt keeps its own catalogs (``qtbase_de.qm``; PySide6 ships them)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _translate_phrase(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def start_language(app: QCoreApplication, language: str, system: QLocale | None = None) -> list[QTranslator]:
    """Install the translators of ``language`` (replacing earlier ones), make its locale the default
    and let services' phrases come out in it; returns the translators installed."""
    stop_language(app)
    translators: list[QTranslator] = []
    if language == PSEUDO:
        translators.append(PseudoTranslator(app))
    elif language in TRANSLATED:
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", qt_translations_folder()):
            translators.append(qt_own)
        own = InheritingTranslator(app)
        catalog = catalog_path(language)
        if catalog is not None and own.load(str(catalog)):
            translators.append(own)  # installed last: asked first
        else:
            logger.warning("No catalog for %s; the app stays in English", language)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    spoken = system_language(system) if language == PSEUDO else language
    QLocale.setDefault(locale_for(spoken, system))
    phrases.use_translator(_translate_phrase)
    return translators


def stop_language(app: QCoreApplication) -> None:
    """Remove the translators ``start_language`` installed; phrases go back to English."""
    while _installed:
        app.removeTranslator(_installed.pop())
    phrases.use_translator(None)


def start_chosen_language(app: QCoreApplication, settings: QSettings) -> str:
    """At start-up: the language the environment, the setting or the system chooses, installed."""
    language = chosen_language(settings)
    start_language(app, language)
    return language


def check_languages() -> str:
    """For the self-test: each language's catalog loads, and whether Qt's own catalog is there;
    LookupError naming the languages whose catalog is missing or broken."""
    broken = [code for code in TRANSLATED if not _loads(catalog_path(code))]
    if broken:
        raise LookupError(f"the catalogs of {', '.join(broken)} are missing or do not load")
    folder = Path(qt_translations_folder())
    without_qt = [code for code in TRANSLATED if not _loads(folder / f"qtbase_{code}.qm")]
    qt_words = f"Qt's own words missing for {', '.join(without_qt)}" if without_qt else "with Qt's own words"
    return f"{', '.join(TRANSLATED)} catalogs load, {qt_words}"


def _loads(path: Path | None) -> bool:
    return path is not None and path.is_file() and QTranslator().load(str(path))
