"""Checks every service applies to plain input values, each raising ValidationError with the field."""

from __future__ import annotations

import math
import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from coachdesk.documents.plain_text import MULTI_LINE_FORBIDDEN, SINGLE_LINE_FORBIDDEN, describe
from coachdesk.domain.phrases import phrase
from coachdesk.services.errors import ValidationError
from coachdesk.services.field_names import field_name

E = TypeVar("E", bound=Enum)

MAX_SHORT_TEXT = 300
MAX_LONG_TEXT = 200_000
MAX_MINUTES = 24 * 60
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def text(field: str, value: Any, *, required: bool = False, long: bool = False, label: str = "") -> str:
    """Trimmed text that SQLite can store; ``required`` refuses empty, ``long`` allows notes.

    Control characters are refused (they would reach calendar lines and terminals): one-line text
    allows none, nor line separators or bidi overrides; ``long`` text allows tabs and line breaks.
    """
    name = label or field.replace("_", " ")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(
            field, phrase("services", "The {name} must be text.").format(name=field_name(name))
        )
    cleaned = value.strip() if not long else value.strip("\n\r\t ")
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field,
            phrase("services", "The {name} contains characters that cannot be stored.").format(
                name=field_name(name)
            ),
        ) from None
    if "\x00" in cleaned:
        raise ValidationError(
            field, phrase("services", "The {name} contains a null character.").format(name=field_name(name))
        )
    if required and not cleaned:
        raise ValidationError(
            field, phrase("services", "The {name} is required.").format(name=field_name(name))
        )
    limit = MAX_LONG_TEXT if long else MAX_SHORT_TEXT
    if len(cleaned) > limit:
        raise ValidationError(
            field,
            phrase("services", "The {name} is too long ({count:,} characters; at most {most:,}).").format(
                name=field_name(name), count=len(cleaned), most=limit
            ),
        )
    if not long and ("\n" in cleaned or "\r" in cleaned):
        raise ValidationError(
            field, phrase("services", "The {name} must fit on one line.").format(name=field_name(name))
        )
    forbidden = (MULTI_LINE_FORBIDDEN if long else SINGLE_LINE_FORBIDDEN).search(cleaned)
    if forbidden is not None:
        raise ValidationError(
            field,
            phrase(
                "services",
                "The {name} contains an invisible control character ({character}) at position {position}; "
                "remove it.",
            ).format(
                name=field_name(name), character=describe(forbidden.group()), position=forbidden.start() + 1
            ),
        )
    return cleaned


def email(field: str, value: Any, *, required: bool = False) -> str:
    address = text(field, value, required=required, label="e-mail address")
    if address and not _EMAIL.match(address):
        raise ValidationError(
            field,
            phrase(
                "services", "“{address}” is not an e-mail address (it should look like name@example.org)."
            ).format(address=address),
        )
    return address


def integer(field: str, value: Any, *, minimum: int, maximum: int, label: str = "") -> int:
    name = label or field.replace("_", " ")
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        else:
            raise ValidationError(
                field, phrase("services", "The {name} must be a whole number.").format(name=field_name(name))
            )
    number = int(value)
    if not minimum <= number <= maximum:
        if number < minimum and minimum == 1:
            raise ValidationError(
                field, phrase("services", "The {name} must be more than zero.").format(name=field_name(name))
            )
        raise ValidationError(
            field,
            phrase("services", "The {name} must be between {minimum:,} and {maximum:,}.").format(
                name=field_name(name), minimum=minimum, maximum=maximum
            ),
        )
    return number


def minutes(field: str, value: Any, *, label: str = "duration") -> int:
    return integer(field, value, minimum=1, maximum=MAX_MINUTES, label=f"{label} in minutes")


def money_minor(field: str, value: Any, *, label: str = "fee") -> int:
    """An amount as given (Decimal, int, float or text like "150.00") in minor units (cents)."""
    if isinstance(value, bool):
        raise ValidationError(
            field,
            phrase("services", "The {label} must be an amount of money.").format(label=field_name(label)),
        )
    try:
        if isinstance(value, Decimal | int):
            amount = Decimal(value)
        else:
            amount = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError, TypeError):
        raise ValidationError(
            field,
            phrase("services", "The {label} must be an amount of money, like 150.00.").format(
                label=field_name(label)
            ),
        ) from None
    if not amount.is_finite():
        raise ValidationError(
            field,
            phrase("services", "The {label} must be an amount of money, like 150.00.").format(
                label=field_name(label)
            ),
        )
    if amount < 0:
        raise ValidationError(
            field, phrase("services", "The {label} cannot be negative.").format(label=field_name(label))
        )
    if amount > Decimal(10_000_000):
        raise ValidationError(
            field, phrase("services", "The {label} is implausibly large.").format(label=field_name(label))
        )
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValidationError(
            field,
            phrase("services", "The {label} has more than two decimal places.").format(
                label=field_name(label)
            ),
        )
    return int(cents)


def currency(field: str, value: Any) -> str:
    code = text(field, value, required=True, label="currency").upper()
    if not _CURRENCY.match(code):
        raise ValidationError(
            field,
            phrase(
                "services", "“{code}” is not a currency code; use three letters such as EUR or GBP."
            ).format(code=code),
        )
    from babel.numbers import list_currencies  # loaded on first use: Babel's data is large

    if code not in list_currencies():
        raise ValidationError(
            field,
            phrase(
                "services", "“{code}” is not a currency code in ISO 4217; use one such as EUR or GBP."
            ).format(code=code),
        )
    return code


def choice(field: str, value: Any, enum_type: type[E], *, label: str = "") -> E:
    name = label or field.replace("_", " ")
    if value is None or value == "":
        raise ValidationError(field, phrase("services", "Choose the {name}.").format(name=field_name(name)))
    try:
        return enum_type(value)
    except (ValueError, TypeError):
        allowed = ", ".join(str(m.value) for m in enum_type)
        raise ValidationError(
            field,
            phrase("services", "The {name} must be one of: {allowed}.").format(
                name=field_name(name), allowed=allowed
            ),
        ) from None


def optional_date(field: str, value: Any, *, label: str = "") -> date | None:
    if value is None or value == "":
        return None
    return a_date(field, value, label=label)


def required_date(field: str, value: Any, *, label: str) -> date:
    """A date the form cannot do without ("… is required" when empty)."""
    if value is None or value == "":
        raise ValidationError(
            field, phrase("services", "The {name} is required.").format(name=field_name(label))
        )
    return a_date(field, value, label=label)


def a_date(field: str, value: Any, *, label: str = "") -> date:
    name = label or field.replace("_", " ")
    if isinstance(value, datetime) or not isinstance(value, date | str):
        raise ValidationError(
            field, phrase("services", "The {name} must be a date.").format(name=field_name(name))
        )
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field,
                phrase("services", "The {name} must be a date like 2026-03-14.").format(
                    name=field_name(name)
                ),
            ) from None
    else:
        parsed = value
    if not 1900 <= parsed.year <= 2200:
        raise ValidationError(
            field,
            phrase("services", "The {name} ({day}) is not a plausible date.").format(
                name=field_name(name), day=parsed.isoformat()
            ),
        )
    return parsed


def aware_datetime(field: str, value: Any, *, label: str = "") -> datetime:
    name = label or field.replace("_", " ")
    if not isinstance(value, datetime):
        raise ValidationError(
            field, phrase("services", "The {name} must be a date and time.").format(name=field_name(name))
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            field, phrase("services", "The {name} needs a time zone.").format(name=field_name(name))
        )
    if not 1900 <= value.year <= 2200:
        raise ValidationError(
            field, phrase("services", "The {name} is not a plausible date.").format(name=field_name(name))
        )
    return value


def not_before(field: str, start: date | datetime | None, end: date | datetime | None, *, label: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            field, phrase("services", "The {name} is before the start.").format(name=field_name(label))
        )


def an_id(field: str, value: Any) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValidationError(
            field,
            phrase("services", "No such record ({name}).").format(name=field_name(field.replace("_", " "))),
        ) from None


def time_zone(field: str, value: Any) -> str:
    """An IANA time zone name as the time zone database spells it (``europe/lisbon`` → ``Europe/Lisbon``);
    '' for none."""
    from coachdesk.services.local_time import zone_names

    name = text(field, value, label="time zone")
    if not name:
        return ""
    wanted = name.replace(" ", "_").casefold()
    for known in zone_names():
        if known.casefold() == wanted:
            return known
    raise ValidationError(
        field,
        phrase(
            "services",
            "“{zone}” is not a time zone CoachDesk knows. Choose one from the list, written as region/city "
            "(for example Europe/Lisbon or America/New_York).",
        ).format(zone=name),
    )


def boolean(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(
            field,
            phrase("services", "The {name} must be yes or no.").format(
                name=field_name(field.replace("_", " "))
            ),
        )
    return value


def document_language(field: str, value: Any, *, optional: bool = True) -> str | None:
    """A language documents print in ("en", "de", "fr"; "DE" and "de_AT" are read as "de");
    None (or "") for the coach's own when ``optional``."""
    from coachdesk.documents.wording import LANGUAGES

    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise ValidationError(field, "Choose the language documents print in.")
    if not isinstance(value, str):
        raise ValidationError(field, "The document language must be a language code such as en, de or fr.")
    code = value.strip().replace("-", "_").split("_")[0].lower()
    if code not in LANGUAGES:
        known = ", ".join(sorted(LANGUAGES))
        raise ValidationError(
            field, f"“{value.strip()}” is not a language documents print in. Choose one of: {known}."
        )
    return code
