"""Money and long dates written as a locale writes them (Babel), for documents and the app alike."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency

DEFAULT_LOCALE = "en_GB"
# Where the system names no real language (C, POSIX, an empty LANG), documents and the app use this.
_NO_LANGUAGE = {"", "c", "posix"}
# CLDR's currency spacing: a code or symbol ending in a letter is kept apart from the digits by
# this (Babel applies the locale's pattern but not that rule, which gives "NOK2,500.00").
_CURRENCY_SPACE = "\u00a0"


def locale_name(name: str | None) -> str:
    """A locale Babel knows, from a name like "fr_FR", "de-DE" or "en_GB.UTF-8"; C/POSIX → en_GB."""
    bare = (name or "").split(".")[0].split("@")[0].replace("-", "_")
    if bare.lower() in _NO_LANGUAGE:
        return DEFAULT_LOCALE
    try:
        return str(Locale.parse(bare))
    except (ValueError, UnknownLocaleError):
        return DEFAULT_LOCALE


def money(minor: int, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """An amount in minor units (cents) with its currency, e.g. "€120.00", "NOK 2,500.00", "120,00 €"."""
    where = locale_name(locale)
    amount = Decimal(minor) / 100
    written = format_currency(amount, currency, locale=where)
    symbol = Locale.parse(where).currency_symbols.get(currency, currency)
    return _spaced(written, symbol)


def long_date(day: date, locale: str = DEFAULT_LOCALE) -> str:
    """A date with its month in words: "5 December 2026", "5 décembre 2026", "5. Dezember 2026"."""
    return format_date(day, "long", locale=locale_name(locale))


def _spaced(written: str, symbol: str) -> str:
    """``written`` with a no-break space between a symbol that ends (or starts) in a letter and a digit."""
    at = written.find(symbol)
    if not symbol or at < 0:
        return written
    end = at + len(symbol)
    before, after = written[at - 1 : at], written[end : end + 1]
    if after.isdigit() and not _is_symbol(symbol[-1]):
        return written[:end] + _CURRENCY_SPACE + written[end:]
    if before.isdigit() and not _is_symbol(symbol[0]):
        return written[:at] + _CURRENCY_SPACE + written[at:]
    return written


def _is_symbol(character: str) -> bool:
    return unicodedata.category(character).startswith("S")
