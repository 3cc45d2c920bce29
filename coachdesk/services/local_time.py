"""The coach's local time zone (by its IANA name where the system gives one) and local dates of sessions."""

from __future__ import annotations

import contextlib
import functools
import os
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def _zone_named(name: str) -> ZoneInfo | None:
    name = name.strip().lstrip(":")
    if not name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_zone() -> tzinfo:
    """The system's time zone: a ZoneInfo (with its rules for summer time) when it can be named.

    Looked for in ``TZ``, then the ``/etc/localtime`` link and ``/etc/timezone`` (Linux, macOS);
    otherwise the current UTC offset, which is right except across a change to or from summer time.
    """
    candidates = [os.environ.get("TZ", "")]
    with contextlib.suppress(OSError):
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8"))
    for candidate in candidates:
        zone = _zone_named(candidate)
        if zone is not None:
            return zone
    return datetime.now().astimezone().tzinfo or UTC


def zone_name(zone: tzinfo) -> str | None:
    """The IANA name of ``zone`` (``Europe/Paris``), or None for a bare offset."""
    return zone.key if isinstance(zone, ZoneInfo) else None


def local_date(moment: datetime, zone: tzinfo) -> date:
    """The calendar day ``moment`` falls on in ``zone``."""
    return moment.astimezone(zone).date()


def day_start(day: date, zone: tzinfo) -> datetime:
    """Midnight at the start of ``day`` in ``zone``, as an aware UTC datetime."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (the last day of that month when it is shorter)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_day = (following - date(year, month + 1, 1)).days
    return date(year, month + 1, min(day.day, last_day))


def years_after(day: date, years: int) -> date:
    """The same date ``years`` later (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@functools.cache
def zone_names() -> tuple[str, ...]:
    """The IANA time zones a client can be given (``Europe/Lisbon``), sorted; plus ``UTC``.

    Only region/city names: the database's aliases of old (``EST5EDT``, ``posixrules``) are left out.
    """
    names = {n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "posix", "right/"))}
    return (*sorted(names), "UTC")


def client_zone(name: str) -> ZoneInfo | None:
    """The zone a client's ``time_zone`` names; None when it is empty (the coach's own) or unknown."""
    return _zone_named(name) if name else None


def time_elsewhere(moment: datetime, zone: tzinfo | None, home: tzinfo) -> datetime | None:
    """``moment`` on the clock of ``zone``, or None when that clock shows the same time as ``home``'s.

    Compared by the offset at that moment, so Europe/Oslo beside Europe/Paris is the same time, and
    Europe/London differs from Europe/Lisbon never, from Europe/Paris always.
    """
    if zone is None:
        return None
    there, here = moment.astimezone(zone), moment.astimezone(home)
    return None if there.utcoffset() == here.utcoffset() else there
