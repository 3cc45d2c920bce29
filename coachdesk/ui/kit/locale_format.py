"""The app's locale for money (the documents' Babel formatting) and a sane default under C/POSIX."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from coachdesk.documents import formatting

# The locale the app falls back to when the system names none (C, POSIX): day before month,
# month names in English, the currencies written as the documents write them.
FALLBACK = formatting.DEFAULT_LOCALE


def is_no_language(locale: QLocale) -> bool:
    """Whether ``locale`` is the C/POSIX one, whose short date reads "5 12 2026"."""
    return locale.language() == QLocale.Language.C or locale.name() in {"C", "POSIX"}


def use_sane_locale(system: QLocale | str | None = None) -> QLocale:
    """At start-up: under a C/POSIX system locale, make en_GB the app's default; return the default."""
    found = QLocale(system) if isinstance(system, str) else (system or QLocale.system())
    if is_no_language(found):
        QLocale.setDefault(QLocale(FALLBACK))
    return QLocale()


def app_locale_name(locale: QLocale | None = None) -> str:
    """The Babel name of the app's locale ("fr_FR"); en_GB when it is C/POSIX."""
    locale = locale or QLocale()
    if is_no_language(locale):
        return FALLBACK
    return formatting.locale_name(locale.name())


def money_text(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """An amount in minor units (cents) in the app's locale, written as documents write it: "€220.00"."""
    return formatting.money(minor, currency, app_locale_name(locale))
