"""The hours log's period at its edges: one day, today, the future, and the dates of what is not claimable."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from tests.services.checks import refused
from tests.services.test_hours_log import TODAY, _client, _log, _session


def test_a_period_of_one_day_is_that_day(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, date(2026, 2, 27), 30)
    _session(db, zoe, date(2026, 2, 28), 45)
    _session(db, zoe, date(2026, 3, 1), 60)
    log = _log(db, start=date(2026, 2, 28), end=date(2026, 2, 28))
    assert (log.totals.minutes, log.start, log.end) == (45, date(2026, 2, 28), date(2026, 2, 28))


def test_a_period_may_start_today_but_not_tomorrow(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, TODAY, 30)
    assert _log(db, start=TODAY).totals.minutes == 30
    refused(
        lambda: _log(db, start=date(2026, 11, 28)),
        db,
        "start_date",
        "The period starts after today; no session can be in it yet.",
    )


def test_a_period_ending_in_the_future_ends_today(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, TODAY, 30)
    log = _log(db, start=date(2026, 11, 1), end=date(2027, 1, 31))
    assert (log.totals.minutes, log.end) == (30, TODAY)
    assert _log(db).end is None


def test_what_is_not_claimable_spans_its_first_and_last_dates(db: Session) -> None:
    hidden = _client(db, "Дмитрий Иванов", named=False)
    _session(db, hidden, date(2026, 6, 3), 60, paid=False)
    _session(db, hidden, date(2026, 4, 1), 30)
    _session(db, hidden, date(2026, 5, 9), 15)
    log = _log(db)
    (u,) = log.not_claimable
    assert (u.first_date, u.last_date, u.clients, u.individual, u.group) == (
        date(2026, 4, 1),
        date(2026, 6, 3),
        1,
        True,
        False,
    )
    assert (u.paid_minutes, u.pro_bono_minutes) == (45, 60)


def test_rows_are_numbered_by_first_date_then_name(db: Session) -> None:
    names = ["Ørjan Berg", "Ada Brook", "ben okafor"]
    ids = {n: _client(db, n) for n in names}
    _session(db, ids["Ørjan Berg"], date(2026, 3, 1))
    _session(db, ids["Ada Brook"], date(2026, 3, 2))
    _session(db, ids["ben okafor"], date(2026, 3, 1))
    log = _log(db)
    assert [(r.number, r.client_name) for r in log.rows] == [
        (1, "ben okafor"),
        (2, "Ørjan Berg"),
        (3, "Ada Brook"),
    ]


def test_a_period_includes_a_session_at_midnight_of_its_first_day_but_not_of_the_day_after(
    db: Session,
) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, datetime(2026, 2, 1, 0, 0, tzinfo=UTC), 30)  # the first moment of the period
    _session(db, zoe, datetime(2026, 2, 28, 23, 59, tzinfo=UTC), 45)  # its last minute
    _session(db, zoe, datetime(2026, 3, 1, 0, 0, tzinfo=UTC), 60)  # the first moment after it
    _session(db, zoe, datetime(2026, 1, 31, 23, 59, tzinfo=UTC), 15)  # the last minute before it
    log = _log(db, start=date(2026, 2, 1), end=date(2026, 2, 28))
    assert log.totals.minutes == 75
