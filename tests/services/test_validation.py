"""The shared input checks at their edges: lengths, surrogates, years, ranges, money and choices."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

import pytest

from coachdesk.services import validation as v
from coachdesk.services.errors import ValidationError


def _refusal(check: Any, *args: Any, **kwargs: Any) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        check(*args, **kwargs)
    return caught.value.field, caught.value.message


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


# ----- text -----------------------------------------------------------------------------------


def test_text_of_exactly_the_limit_is_kept_and_one_more_is_refused() -> None:
    assert v.text("name", "a" * 300) == "a" * 300
    assert _refusal(v.text, "name", "a" * 301) == (
        "name",
        "The name is too long (301 characters; at most 300).",
    )
    assert v.text("notes", "a" * 200_000, long=True) == "a" * 200_000
    assert _refusal(v.text, "notes", "a" * 200_001, long=True) == (
        "notes",
        "The notes is too long (200,001 characters; at most 200,000).",
    )


def test_the_limit_counts_after_trimming() -> None:
    assert v.text("name", "  " + "a" * 300 + "  ") == "a" * 300


def test_a_lone_surrogate_is_refused_as_unstorable() -> None:
    assert _refusal(v.text, "client_name", "Zo\udce9") == (
        "client_name",
        "The client name contains characters that cannot be stored.",
    )


def test_text_trimming_and_the_empty_cases() -> None:
    assert v.text("name", None) == ""
    assert v.text("name", "  Zoë  ") == "Zoë"
    assert v.text("notes", "\n line one\n\tline two \n", long=True) == "line one\n\tline two"
    assert _refusal(v.text, "name", "   ", required=True) == ("name", "The name is required.")
    assert _refusal(v.text, "name", 12) == ("name", "The name must be text.")
    assert _refusal(v.text, "name", "a\x00b") == ("name", "The name contains a null character.")


def test_one_line_text_refuses_line_breaks_and_long_text_keeps_them() -> None:
    assert _refusal(v.text, "name", "a\nb") == ("name", "The name must fit on one line.")
    assert _refusal(v.text, "name", "a\rb") == ("name", "The name must fit on one line.")
    assert v.text("notes", "a\r\nb", long=True) == "a\r\nb"


def test_a_control_character_is_named_with_its_position() -> None:
    assert _refusal(v.text, "name", "ab\x1bc", label="client's name") == (
        "name",
        "The client's name contains an invisible control character (U+001B) at position 3; remove it.",
    )
    assert _refusal(v.text, "notes", "x\x07", long=True)[1].endswith("(U+0007) at position 2; remove it.")


def test_email_addresses() -> None:
    assert v.email("email", "") == ""
    assert v.email("email", " zoe@example.org ") == "zoe@example.org"
    assert _refusal(v.email, "email", "zoe@example") == (
        "email",
        "“zoe@example” is not an e-mail address (it should look like name@example.org).",
    )
    assert _refusal(v.email, "email", "", required=True) == ("email", "The e-mail address is required.")


# ----- numbers and money ----------------------------------------------------------------------


def test_integer_bounds_are_inclusive() -> None:
    assert v.integer("count", 1, minimum=1, maximum=5) == 1
    assert v.integer("count", 5, minimum=1, maximum=5) == 5
    assert v.integer("count", 3.0, minimum=1, maximum=5) == 3
    assert _refusal(v.integer, "count", 0, minimum=1, maximum=5) == (
        "count",
        "The count must be more than zero.",
    )
    assert _refusal(v.integer, "count", 6, minimum=1, maximum=5) == (
        "count",
        "The count must be between 1 and 5.",
    )
    assert _refusal(v.integer, "count", -1, minimum=0, maximum=1_000) == (
        "count",
        "The count must be between 0 and 1,000.",
    )
    for bad in (True, 2.5, "3", float("inf"), None):
        assert _refusal(v.integer, "count", bad, minimum=1, maximum=5) == (
            "count",
            "The count must be a whole number.",
        )


def test_minutes_go_from_one_to_a_whole_day() -> None:
    assert v.minutes("duration_minutes", 1) == 1
    assert v.minutes("duration_minutes", 1440) == 1440
    assert (
        _refusal(v.minutes, "duration_minutes", 1441)[1]
        == "The duration in minutes must be between 1 and 1,440."
    )


def test_money_in_minor_units() -> None:
    assert v.money_minor("fee", "150.00") == 15_000
    assert v.money_minor("fee", "150,5") == 15_050
    assert v.money_minor("fee", Decimal("0")) == 0
    assert v.money_minor("fee", 10_000_000) == 1_000_000_000
    assert v.money_minor("fee", 0.1) == 10
    assert _refusal(v.money_minor, "fee", Decimal("10000000.01")) == ("fee", "The fee is implausibly large.")
    assert _refusal(v.money_minor, "fee", "-0.01") == ("fee", "The fee cannot be negative.")
    assert _refusal(v.money_minor, "fee", "1.005") == ("fee", "The fee has more than two decimal places.")
    assert _refusal(v.money_minor, "fee", "abc") == (
        "fee",
        "The fee must be an amount of money, like 150.00.",
    )
    assert _refusal(v.money_minor, "fee", "NaN") == (
        "fee",
        "The fee must be an amount of money, like 150.00.",
    )
    assert _refusal(v.money_minor, "fee", True) == ("fee", "The fee must be an amount of money.")


def test_currency_codes() -> None:
    assert v.currency("currency", " eur ") == "EUR"
    assert _refusal(v.currency, "currency", "EURO") == (
        "currency",
        "“EURO” is not a currency code; use three letters such as EUR or GBP.",
    )


# ----- choices, ids, booleans -----------------------------------------------------------------


def test_choices() -> None:
    assert v.choice("colour", "red", Colour) is Colour.RED
    assert _refusal(v.choice, "colour", "", Colour) == ("colour", "Choose the colour.")
    assert _refusal(v.choice, "colour", None, Colour) == ("colour", "Choose the colour.")
    assert _refusal(v.choice, "colour", "green", Colour) == (
        "colour",
        "The colour must be one of: red, blue.",
    )


def test_ids_and_booleans() -> None:
    known = uuid.uuid4()
    assert v.an_id("client_id", known) is known
    assert v.an_id("client_id", str(known)) == known
    assert _refusal(v.an_id, "client_id", "nope") == ("client_id", "No such record (client id).")
    assert v.boolean("paid", False) is False
    assert _refusal(v.boolean, "paid", 0) == ("paid", "The paid must be yes or no.")


# ----- dates ----------------------------------------------------------------------------------


def test_dates_from_1900_to_2200_inclusive() -> None:
    assert v.a_date("day", date(1900, 1, 1)) == date(1900, 1, 1)
    assert v.a_date("day", date(2200, 12, 31)) == date(2200, 12, 31)
    assert v.a_date("day", " 2026-03-14 ") == date(2026, 3, 14)
    assert _refusal(v.a_date, "day", date(1899, 12, 31)) == (
        "day",
        "The day (1899-12-31) is not a plausible date.",
    )
    assert _refusal(v.a_date, "day", date(2201, 1, 1)) == (
        "day",
        "The day (2201-01-01) is not a plausible date.",
    )
    assert _refusal(v.a_date, "day", "14/03/2026") == ("day", "The day must be a date like 2026-03-14.")
    assert _refusal(v.a_date, "day", datetime(2026, 1, 1, tzinfo=UTC)) == ("day", "The day must be a date.")


def test_optional_and_required_dates() -> None:
    assert v.optional_date("day", None) is None
    assert v.optional_date("day", "") is None
    assert v.optional_date("day", "2026-01-02") == date(2026, 1, 2)
    assert _refusal(v.required_date, "day", "", label="start date") == ("day", "The start date is required.")
    assert _refusal(v.required_date, "day", None, label="start date") == (
        "day",
        "The start date is required.",
    )
    assert v.required_date("day", "2026-01-02", label="start date") == date(2026, 1, 2)


def test_aware_datetimes_from_1900_to_2200() -> None:
    assert v.aware_datetime("at", datetime(1900, 1, 1, tzinfo=UTC)).year == 1900
    assert v.aware_datetime("at", datetime(2200, 12, 31, 23, tzinfo=UTC)).year == 2200
    assert _refusal(v.aware_datetime, "at", datetime(1899, 12, 31, tzinfo=UTC)) == (
        "at",
        "The at is not a plausible date.",
    )
    assert _refusal(v.aware_datetime, "at", datetime(2201, 1, 1, tzinfo=UTC)) == (
        "at",
        "The at is not a plausible date.",
    )
    assert _refusal(v.aware_datetime, "at", datetime(2026, 1, 1)) == ("at", "The at needs a time zone.")
    assert _refusal(v.aware_datetime, "at", date(2026, 1, 1)) == ("at", "The at must be a date and time.")


class _NoOffset(tzinfo):
    """A time zone that cannot say its offset (utcoffset returns None)."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def test_a_time_zone_without_an_offset_is_no_time_zone() -> None:
    moment = datetime(2026, 1, 1, 9, tzinfo=_NoOffset())
    assert moment.tzinfo is not None
    assert _refusal(v.aware_datetime, "at", moment) == ("at", "The at needs a time zone.")


def test_an_end_equal_to_its_start_is_allowed_and_one_before_is_refused() -> None:
    start = datetime(2026, 3, 14, 9, tzinfo=UTC)
    v.not_before("ends_at", start, start, label="end")
    v.not_before("ends_at", start, None, label="end")
    v.not_before("ends_at", None, start, label="end")
    assert _refusal(v.not_before, "ends_at", start, start - timedelta(microseconds=1), label="end") == (
        "ends_at",
        "The end is before the start.",
    )


# ----- codes: currencies, time zones, document languages ----------------------------------------


def test_a_currency_code_must_be_one_that_exists() -> None:
    assert v.currency("currency", " eur ") == "EUR"
    field, message = _refusal(v.currency, "currency", "XQZ")
    assert field == "currency" and message.startswith("“XQZ” is not")


def test_a_time_zone_is_spelled_as_the_database_spells_it_and_an_unknown_one_refused() -> None:
    assert v.time_zone("time_zone", "europe/lisbon") == "Europe/Lisbon"
    assert v.time_zone("time_zone", "America/New York") == "America/New_York"
    assert v.time_zone("time_zone", "") == ""
    field, message = _refusal(v.time_zone, "time_zone", "Mars/Olympus Mons")
    assert field == "time_zone" and "Mars/Olympus Mons" in message


def test_a_document_language_is_one_documents_print_in() -> None:
    assert v.document_language("language", "DE") == "de"
    assert v.document_language("language", "fr-CA") == "fr"
    assert v.document_language("language", " ") is None
    assert _refusal(v.document_language, "language", None, optional=False) == (
        "language",
        "Choose the language documents print in.",
    )
    assert _refusal(v.document_language, "language", 7) == (
        "language",
        "The document language must be a language code such as en, de or fr.",
    )
    assert _refusal(v.document_language, "language", "xx") == (
        "language",
        "“xx” is not a language documents print in. Choose one of: de, en, fr.",
    )
