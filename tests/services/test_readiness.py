"""Each requirement's boundary: mentoring span, group size, one-to-one hours, CCE units and their window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coachdesk.domain import EducationCategory, MentorCoachingSession
from coachdesk.services.development_rules import development_rules
from coachdesk.services.readiness import (
    SupervisionRatio,
    add_months,
    education_progress,
    mentoring_progress,
)

CORE, ETHICS, RESOURCE = (
    EducationCategory.CORE_COMPETENCIES,
    EducationCategory.COACHING_ETHICS,
    EducationCategory.RESOURCE_DEVELOPMENT,
)


def _mentoring(day: date, hours: float, group_size: int = 1) -> MentorCoachingSession:
    return MentorCoachingSession(
        mentor_name="Mara Quist", held_on=day, minutes=int(hours * 60), group_size=group_size
    )


def _ten_hours(
    last: date, *, first: date = date(2026, 1, 15), group_size: int = 4
) -> list[MentorCoachingSession]:
    """3 hours one-to-one, 7 in a group, first on ``first`` and last on ``last``."""
    return [
        _mentoring(first, 3),
        _mentoring(date(2026, 2, 1), 4, group_size),
        _mentoring(last, 3, group_size),
    ]


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2026, 1, 15), 3) == date(2026, 4, 15)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2028, 2, 29), -36) == date(2025, 2, 28)


def test_exactly_three_months_of_mentoring_is_met_and_a_day_short_is_not() -> None:
    rule = development_rules().initial_mentoring
    exactly = mentoring_progress(_ten_hours(date(2026, 4, 15)), rule)
    short = mentoring_progress(_ten_hours(date(2026, 4, 14)), rule)
    assert [line.met for line in exactly.lines()] == [True, True, True]
    assert [line.met for line in short.lines()] == [True, True, False]
    assert short.lines()[2].text == (
        "Mentor coaching spread over at least 3 months — missing a session on or after 2026-04-15 "
        "(the first was on 2026-01-15)"
    )


def test_a_group_of_ten_counts_and_a_group_of_eleven_does_not() -> None:
    rule = development_rules().initial_mentoring
    ten = mentoring_progress(_ten_hours(date(2026, 5, 1), group_size=10), rule)
    eleven = mentoring_progress(_ten_hours(date(2026, 5, 1), group_size=11), rule)
    assert ten.counted_minutes == 600 and ten.lines()[0].met and not ten.notes
    assert eleven.counted_minutes == 180
    assert (
        eleven.lines()[0].text
        == "Mentor coaching: 10 hours — missing 7 more hours of mentor coaching (3 of 10 so far)"
    )
    assert eleven.notes == ("Not counted: 2 sessions (7 hours) in groups of more than 10 participants.",)
    # The span is measured on what counts: only the one-to-one session is left.
    assert not eleven.span_met


def test_three_hours_one_to_one_are_asked() -> None:
    rule = development_rules().initial_mentoring
    enough = [_mentoring(date(2026, 1, 1), 3), _mentoring(date(2026, 5, 1), 7, 5)]
    short = [_mentoring(date(2026, 1, 1), 2.5), _mentoring(date(2026, 5, 1), 7.5, 5)]
    assert mentoring_progress(enough, rule).lines()[1].met
    line = mentoring_progress(short, rule).lines()[1]
    assert not line.met and line.missing == "0.5 more hours of one-to-one mentor coaching"


def test_mentoring_outside_the_period_is_left_out() -> None:
    rule = development_rules().renewal_mentoring
    sessions = _ten_hours(date(2026, 5, 1))
    progress = mentoring_progress(sessions, rule, start=date(2026, 1, 16), end=date(2026, 5, 1))
    assert progress.counted_minutes == 420 and progress.one_to_one_minutes == 0


def _units(
    *entries: tuple[EducationCategory, str], day: date = date(2026, 6, 1)
) -> list[tuple[date, EducationCategory, Decimal]]:
    return [(day, category, Decimal(units)) for category, units in entries]


ENDS = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("entries", "met"),
    [
        (((CORE, "21"), (ETHICS, "3"), (RESOURCE, "16")), [True, True, True]),  # 24 core with ethics
        (((CORE, "20"), (ETHICS, "3"), (RESOURCE, "17")), [True, False, True]),  # 23 core
        (((CORE, "22"), (ETHICS, "2"), (RESOURCE, "16")), [True, True, False]),  # 2 ethics
        (((CORE, "21"), (ETHICS, "3"), (RESOURCE, "15.5")), [False, True, True]),  # 39.5 in all
        (((CORE, "21"), (ETHICS, "3"), (RESOURCE, "16"), (CORE, "0.5")), [True, True, True]),
    ],
)
def test_cce_boundaries(entries: tuple[tuple[EducationCategory, str], ...], met: list[bool]) -> None:
    progress = education_progress(_units(*entries), development_rules().education, ends_on=ENDS)
    assert [line.met for line in progress.lines()] == met


def test_cce_missing_says_how_many_units() -> None:
    progress = education_progress(
        _units((CORE, "20"), (ETHICS, "2"), (RESOURCE, "17.5")), development_rules().education, ends_on=ENDS
    )
    assert [line.missing for line in progress.lines()] == [
        "0.5 more CCE units (39.5 so far)",
        "2 more Core Competencies units",
        "1 more Coaching Ethics unit",
    ]


def test_the_three_year_window_includes_both_edge_days_and_nothing_beyond() -> None:
    rule = development_rules().education
    first, last = date(2024, 3, 1), ENDS
    inside = education_progress(
        _units((CORE, "1"), day=first) + _units((CORE, "1"), day=last), rule, ends_on=ENDS
    )
    outside = education_progress(
        _units((CORE, "1"), day=date(2024, 2, 29)) + _units((CORE, "1"), day=date(2027, 3, 2)),
        rule,
        ends_on=ENDS,
    )
    assert (inside.start, inside.end) == (first, last)
    assert inside.total == 2 and outside.total == 0
    assert inside.lines()[0].label == "CCE: 40 units between 2024-03-01 and 2027-03-01"


def test_supervision_ratio_against_coaching_hours() -> None:
    exactly = SupervisionRatio(date(2026, 1, 1), date(2026, 12, 31), 60, 35 * 60, Decimal(35))
    short = SupervisionRatio(date(2026, 1, 1), date(2026, 12, 31), 59, 35 * 60, Decimal(35))
    assert exactly.line().met and exactly.coaching_hours_per_supervision_hour == 35
    assert not short.line().met
    assert short.line().missing == "0.02 more hours of supervision"
    assert SupervisionRatio(date(2026, 1, 1), date(2026, 1, 2), 0, 0, Decimal(35)).line().met
