"""How far mentor coaching, CCE units and supervision go towards ICF's and EMCC's asks (pure, no database)."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_UP, Decimal

from coachdesk.domain import EducationCategory, MentorCoachingSession
from coachdesk.domain.phrases import phrase
from coachdesk.services.development_rules import EducationRule, MentoringRule


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), or the month's last day when it has no such day."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def hours_text(minutes: int | Decimal) -> str:
    """Minutes as hours for reading: 90 → "1.5", 600 → "10", 50 → "0.83"."""
    value = (Decimal(minutes) / 60).quantize(Decimal("0.01"))
    return f"{value.normalize():f}"


def units_text(units: Decimal) -> str:
    return f"{units.quantize(Decimal('0.01')).normalize():f}"


def _more(amount: str, one: str, many: str, **values: object) -> str:
    """ "1 more hour", "0.5 more hours", "2 more units": ``one`` or ``many`` (templates with ``{amount}``)."""
    return (one if amount == "1" else many).format(amount=amount, **values)


@dataclass(frozen=True)
class ReadinessLine:
    """One requirement: what is asked, whether it is met, and if not what is missing, in plain words."""

    label: str
    met: bool
    missing: str = ""

    @property
    def text(self) -> str:
        return f"{self.label} — met" if self.met else f"{self.label} — missing {self.missing}"


@dataclass(frozen=True)
class MentoringProgress:
    rule: MentoringRule
    counted_minutes: int
    one_to_one_minutes: int
    first: date | None
    last: date | None
    large_groups: int  # sessions in groups over the rule's size: not counted
    large_group_minutes: int

    @property
    def span_met(self) -> bool:
        return (
            self.first is not None
            and self.last is not None
            and add_months(self.first, self.rule.min_months) <= self.last
        )

    def lines(self) -> list[ReadinessLine]:
        rule = self.rule
        asked, one_asked = rule.hours * 60, rule.one_to_one_hours * 60
        lines = [
            ReadinessLine(
                phrase("services", "Mentor coaching: {hours} hours").format(hours=rule.hours),
                self.counted_minutes >= asked,
                _more(
                    hours_text(asked - self.counted_minutes),
                    phrase("services", "{amount} more hour of mentor coaching ({counted} of {hours} so far)"),
                    phrase(
                        "services", "{amount} more hours of mentor coaching ({counted} of {hours} so far)"
                    ),
                    counted=hours_text(self.counted_minutes),
                    hours=rule.hours,
                ),
            ),
            ReadinessLine(
                phrase("services", "Mentor coaching one-to-one: at least {hours} hours").format(
                    hours=rule.one_to_one_hours
                ),
                self.one_to_one_minutes >= one_asked,
                _more(
                    hours_text(one_asked - self.one_to_one_minutes),
                    phrase("services", "{amount} more hour of one-to-one mentor coaching"),
                    phrase("services", "{amount} more hours of one-to-one mentor coaching"),
                ),
            ),
            ReadinessLine(
                phrase("services", "Mentor coaching spread over at least {months} months").format(
                    months=rule.min_months
                ),
                self.span_met,
                self._span_missing(),
            ),
        ]
        return lines

    def _span_missing(self) -> str:
        if self.first is None:
            return phrase("services", "no mentor coaching yet")
        until = add_months(self.first, self.rule.min_months)
        return phrase("services", "a session on or after {until} (the first was on {first})").format(
            until=until.isoformat(), first=self.first.isoformat()
        )

    @property
    def notes(self) -> tuple[str, ...]:
        if not self.large_groups:
            return ()
        return (
            (
                phrase(
                    "services",
                    "Not counted: {count} session ({hours} hours) in groups of more than {size} "
                    "participants.",
                )
                if self.large_groups == 1
                else phrase(
                    "services",
                    "Not counted: {count} sessions ({hours} hours) in groups of more than {size} "
                    "participants.",
                )
            ).format(
                count=self.large_groups,
                hours=hours_text(self.large_group_minutes),
                size=self.rule.max_group_size,
            ),
        )


def mentoring_progress(
    sessions: Sequence[MentorCoachingSession],
    rule: MentoringRule,
    *,
    start: date | None = None,
    end: date | None = None,
) -> MentoringProgress:
    """Mentor coaching from ``start`` to ``end`` (both days included) measured against ``rule``."""
    inside = [
        s for s in sessions if (start is None or s.held_on >= start) and (end is None or s.held_on <= end)
    ]
    counted = [s for s in inside if s.group_size <= rule.max_group_size]
    large = [s for s in inside if s.group_size > rule.max_group_size]
    days = [s.held_on for s in counted]
    return MentoringProgress(
        rule,
        sum(s.minutes for s in counted),
        sum(s.minutes for s in counted if s.group_size == 1),
        min(days, default=None),
        max(days, default=None),
        len(large),
        sum(s.minutes for s in large),
    )


def education_window(ends_on: date, years: int) -> tuple[date, date]:
    """The renewal cycle ending on ``ends_on``: from the same day ``years`` earlier, both days included."""
    return add_months(ends_on, -12 * years), ends_on


@dataclass(frozen=True)
class EducationProgress:
    rule: EducationRule
    start: date
    end: date
    units: dict[EducationCategory, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.units.values(), Decimal(0))

    @property
    def ethics(self) -> Decimal:
        return self.units.get(EducationCategory.COACHING_ETHICS, Decimal(0))

    @property
    def core(self) -> Decimal:
        """Core Competencies units, with the ethics units when the rules count them as core."""
        core = self.units.get(EducationCategory.CORE_COMPETENCIES, Decimal(0))
        return core + self.ethics if self.rule.ethics_count_as_core else core

    def lines(self) -> list[ReadinessLine]:
        rule = self.rule
        ethics_core = (
            phrase("services", " (Coaching Ethics units count here too)") if rule.ethics_count_as_core else ""
        )
        return [
            ReadinessLine(
                phrase("services", "CCE: {units} units between {start} and {end}").format(
                    units=units_text(rule.units), start=self.start.isoformat(), end=self.end.isoformat()
                ),
                self.total >= rule.units,
                _more(
                    units_text(rule.units - self.total),
                    phrase("services", "{amount} more CCE unit ({total} so far)"),
                    phrase("services", "{amount} more CCE units ({total} so far)"),
                    total=units_text(self.total),
                ),
            ),
            ReadinessLine(
                phrase("services", "CCE in Core Competencies: at least {units} units").format(
                    units=units_text(rule.core_units)
                )
                + ethics_core,
                self.core >= rule.core_units,
                _more(
                    units_text(rule.core_units - self.core),
                    phrase("services", "{amount} more Core Competencies unit"),
                    phrase("services", "{amount} more Core Competencies units"),
                ),
            ),
            ReadinessLine(
                phrase("services", "CCE in Coaching Ethics: at least {units} units").format(
                    units=units_text(rule.ethics_units)
                ),
                self.ethics >= rule.ethics_units,
                _more(
                    units_text(rule.ethics_units - self.ethics),
                    phrase("services", "{amount} more Coaching Ethics unit"),
                    phrase("services", "{amount} more Coaching Ethics units"),
                ),
            ),
        ]


def education_progress(
    records: Sequence[tuple[date, EducationCategory, Decimal]], rule: EducationRule, *, ends_on: date
) -> EducationProgress:
    """CCE units per category in the cycle ending on ``ends_on``; ``records`` are (day, category, units)."""
    start, end = education_window(ends_on, rule.window_years)
    units: dict[EducationCategory, Decimal] = {}
    for day, category, amount in records:
        if start <= day <= end:
            units[category] = units.get(category, Decimal(0)) + amount
    return EducationProgress(rule, start, end, units)


@dataclass(frozen=True)
class SupervisionRatio:
    """Supervision received against coaching practice over a period, and the ratio worked to."""

    start: date
    end: date
    supervision_minutes: int
    coaching_minutes: int
    practice_hours_per_supervision_hour: Decimal

    @property
    def expected_minutes(self) -> int:
        """Supervision the ratio asks for the coaching done (whole minutes, rounded up)."""
        exact = Decimal(self.coaching_minutes) / self.practice_hours_per_supervision_hour
        return int(exact.to_integral_value(rounding=ROUND_UP))

    @property
    def coaching_hours_per_supervision_hour(self) -> Decimal | None:
        if not self.supervision_minutes:
            return None
        return (Decimal(self.coaching_minutes) / self.supervision_minutes).quantize(Decimal("0.1"))

    def line(self) -> ReadinessLine:
        ratio = units_text(self.practice_hours_per_supervision_hour)
        short = self.expected_minutes - self.supervision_minutes
        return ReadinessLine(
            phrase(
                "services",
                "Supervision: 1 hour per {ratio} hours of coaching ({coached} hours coached, "
                "{supervised} hours of supervision)",
            ).format(
                ratio=ratio,
                coached=hours_text(self.coaching_minutes),
                supervised=hours_text(self.supervision_minutes),
            ),
            short <= 0,
            _more(
                hours_text(short),
                phrase("services", "{amount} more hour of supervision"),
                phrase("services", "{amount} more hours of supervision"),
            ),
        )
