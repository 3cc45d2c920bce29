"""A client's time beside the coach's: "15:00 in Lisbon", "1 h behind you"."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from coachdesk.services.local_time import client_zone, local_zone, time_elsewhere


def city(zone_name: str) -> str:
    """``America/Argentina/Buenos_Aires`` → ``Buenos Aires``; ``UTC`` stays ``UTC``."""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def client_time_text(
    moment: datetime, zone_name: str, home: tzinfo | None = None, locale: QLocale | None = None
) -> str:
    """``moment`` on the client's clock, e.g. "15:00 in Lisbon" (with the day when it is another
    day there); '' when the client keeps the coach's time or has no time zone."""
    home = home or local_zone()
    there = time_elsewhere(moment, client_zone(zone_name), home)
    if there is None:
        return ""
    locale = locale or QLocale()
    clock = locale.toString(QTime(there.hour, there.minute), QLocale.FormatType.ShortFormat)
    if there.date() != moment.astimezone(home).date():
        day = locale.toString(QDate(there.year, there.month, there.day), "ddd")
        clock = f"{day} {clock}"
    return QCoreApplication.translate("ZoneText", "{time} in {city}").format(time=clock, city=city(zone_name))


def _hours(offset: timedelta) -> str:
    """``5 h`` or ``4 h 30 min``: abbreviated, so no plural is needed."""
    minutes = int(abs(offset).total_seconds()) // 60
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return QCoreApplication.translate("ZoneText", "{hours} h").format(hours=whole)
    return QCoreApplication.translate("ZoneText", "{hours} h {minutes} min").format(hours=whole, minutes=rest)


def zone_difference_text(zone_name: str, now: datetime, home: tzinfo | None = None) -> str:
    """How the client's clock stands to the coach's now: "1 h behind you", "the same time as you"."""
    zone = client_zone(zone_name)
    if zone is None:
        return ""
    home = home or local_zone()
    difference = (now.astimezone(zone).utcoffset() or timedelta()) - (
        now.astimezone(home).utcoffset() or timedelta()
    )
    if not difference:
        return QCoreApplication.translate("ZoneText", "the same time as you")
    if difference > timedelta():
        return QCoreApplication.translate("ZoneText", "{hours} ahead of you").format(hours=_hours(difference))
    return QCoreApplication.translate("ZoneText", "{hours} behind you").format(hours=_hours(difference))
