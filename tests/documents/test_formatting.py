"""Money and long dates as each locale writes them, and en_GB where the system names no language."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.documents.clauses import money as clause_money
from coachdesk.documents.formatting import DEFAULT_LOCALE, locale_name, long_date, money
from coachdesk.documents.letterhead import long_date as document_date

NBSP, NNBSP = "\u00a0", "\u202f"
DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("locale", "written"),
    [
        ("en_GB", "5 December 2026"),
        ("fr_FR", "5 décembre 2026"),
        ("de_DE", "5. Dezember 2026"),
        ("en_US", "December 5, 2026"),
    ],
)
def test_long_dates_come_from_the_locale(locale: str, written: str) -> None:
    assert long_date(DAY, locale) == written


def test_documents_write_long_dates_through_babel() -> None:
    assert document_date(DAY) == "5 December 2026"
    assert document_date(DAY, "fr_FR") == "5 décembre 2026"
    assert document_date(DAY, "de_DE") == "5. Dezember 2026"


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "written"),
    [
        (12000, "EUR", "en_GB", "€120.00"),
        (250000, "NOK", "en_GB", f"NOK{NBSP}2,500.00"),
        (12000, "CHF", "en_GB", f"CHF{NBSP}120.00"),
        (12000, "GBP", "en_GB", "£120.00"),
        (12000, "EUR", "fr_FR", f"120,00{NBSP}€"),
        (250000, "NOK", "fr_FR", f"2{NNBSP}500,00{NBSP}NOK"),
        (12000, "EUR", "de_DE", f"120,00{NBSP}€"),
        (250000, "NOK", "de_DE", f"2.500,00{NBSP}NOK"),
        (5, "EUR", "en_GB", "€0.05"),
    ],
)
def test_money_is_written_as_the_locale_writes_it(
    minor: int, currency: str, locale: str, written: str
) -> None:
    assert money(minor, currency, locale) == written


def test_a_currency_code_is_kept_apart_from_the_digits_a_symbol_is_not() -> None:
    # Babel alone writes "NOK2,500.00"; CLDR's currency spacing puts a no-break space there.
    assert money(250000, "NOK", "en_GB").startswith(f"NOK{NBSP}2")
    assert money(-250000, "NOK", "en_GB") == f"-NOK{NBSP}2,500.00"
    assert money(12000, "USD", "en_GB") == "US$120.00"


@pytest.mark.parametrize("name", ["C", "POSIX", "C.UTF-8", "", None, "xx_YY", "not a locale"])
def test_no_language_falls_back_to_en_gb(name: str | None) -> None:
    assert locale_name(name) == DEFAULT_LOCALE
    assert money(250000, "NOK", name or "") == money(250000, "NOK", DEFAULT_LOCALE)


@pytest.mark.parametrize(
    ("name", "parsed"), [("fr_FR.UTF-8", "fr_FR"), ("de-DE", "de_DE"), ("nb_NO@euro", "nb_NO")]
)
def test_system_locale_names_are_understood(name: str, parsed: str) -> None:
    assert locale_name(name) == parsed


def test_agreement_clauses_write_money_as_the_app_does() -> None:
    assert clause_money(250000, "NOK") == money(250000, "NOK", "en_GB")
    assert clause_money(12000, "EUR") == "€120.00"
