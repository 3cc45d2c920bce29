"""Warnings about an agreement's period: the same start and end day, or too short for its sessions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coachdesk.services.agreement_schedule import MIN_DAYS_BETWEEN_SESSIONS, schedule_warnings

START = date(2026, 3, 9)


def test_same_day_start_and_end_is_warned_about_naming_the_sessions() -> None:
    [warning] = schedule_warnings(START, START, 6)
    assert "starts and ends on the same day (2026-03-09) for 6 sessions" in warning
    assert schedule_warnings(START, START, 1) == [
        "The agreement starts and ends on the same day (2026-03-09)."
    ]


def test_a_period_too_short_for_its_sessions_is_warned_about_at_the_boundary() -> None:
    enough = START + timedelta(days=MIN_DAYS_BETWEEN_SESSIONS * 5)
    assert schedule_warnings(START, enough, 6) == []
    [warning] = schedule_warnings(START, enough - timedelta(days=1), 6)
    assert warning.startswith("6 sessions between 2026-03-09 and") and "34 days" in warning


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (None, START, 6),
        (START, None, 6),
        (START, START - timedelta(days=1), 6),
        (START, START + timedelta(1), 1),
    ],
)
def test_nothing_to_say_without_a_full_period_or_with_one_session(
    start: date | None, end: date | None, count: int | None
) -> None:
    assert schedule_warnings(start, end, count) == []
