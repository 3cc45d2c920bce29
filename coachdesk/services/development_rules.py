"""ICF's and EMCC's rules for mentor coaching, CCE and supervision, read once from resources/credentials."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from coachdesk.resources import resource_path

RULES_FILE = ("credentials", "development.json")


class RulesFileError(ValueError):
    """The rules file is missing a value or holds one of the wrong kind (names the value)."""


@dataclass(frozen=True)
class MentoringRule:
    """What ICF asks of mentor coaching: hours over a span of months, hours one-to-one, group size."""

    wording: str
    source: str
    hours: int
    min_months: int
    one_to_one_hours: int
    max_group_size: int
    levels: tuple[str, ...] = ()  # for renewal: the levels that need it


@dataclass(frozen=True)
class EducationRule:
    """What ICF asks of continuing coach education in a renewal cycle."""

    wording: str
    source: str
    units: Decimal
    core_units: Decimal
    ethics_units: Decimal
    ethics_count_as_core: bool
    window_years: int


@dataclass(frozen=True)
class DevelopmentRules:
    checked: date
    initial_mentoring: MentoringRule
    renewal_mentoring: MentoringRule
    education: EducationRule
    supervision_wording: str
    supervision_source: str
    practice_hours_per_supervision_hour: Decimal
    next_level: dict[str, str]


def _get(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise RulesFileError(f"{where}.{key} must be {kind.__name__}, not {value!r}")
    return value


def _number(data: dict[str, Any], key: str, where: str) -> Decimal:
    text = _get(data, key, str, where)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise RulesFileError(f"{where}.{key} must be a number, not {text!r}") from None
    if not number.is_finite() or number <= 0:
        raise RulesFileError(f"{where}.{key} must be more than zero, not {text!r}")
    return number


def _positive(data: dict[str, Any], key: str, where: str) -> int:
    value = int(_get(data, key, int, where))
    if value <= 0:
        raise RulesFileError(f"{where}.{key} must be more than zero, not {value}")
    return value


def _source(data: dict[str, Any], sources: dict[str, Any], where: str) -> str:
    name = _get(data, "source", str, where)
    if not isinstance(sources.get(name), str):
        raise RulesFileError(f"{where}.source names no source in 'sources': {name!r}")
    return str(sources[name])


def _mentoring(data: dict[str, Any], sources: dict[str, Any], where: str) -> MentoringRule:
    levels = data.get("levels", [])
    if not isinstance(levels, list) or not all(isinstance(x, str) for x in levels):
        raise RulesFileError(f"{where}.levels must be a list of credential levels")
    rule = MentoringRule(
        wording=_get(data, "wording", str, where),
        source=_source(data, sources, where),
        hours=_positive(data, "hours", where),
        min_months=_positive(data, "min_months", where),
        one_to_one_hours=_positive(data, "one_to_one_hours", where),
        max_group_size=_positive(data, "max_group_size", where),
        levels=tuple(levels),
    )
    if rule.one_to_one_hours > rule.hours:
        raise RulesFileError(f"{where}.one_to_one_hours cannot exceed {where}.hours")
    return rule


def parse_rules(data: Any) -> DevelopmentRules:
    """The rules from the file's parsed JSON; RulesFileError naming the first thing wrong."""
    if not isinstance(data, dict):
        raise RulesFileError("the rules file must hold one JSON object")
    try:
        checked = date.fromisoformat(_get(data, "checked", str, "rules"))
    except ValueError:
        raise RulesFileError("rules.checked must be a date like 2026-12-05") from None
    sources = _get(data, "sources", dict, "rules")
    mentoring = _get(data, "mentor_coaching", dict, "rules")
    cce = _get(data, "cce_renewal", dict, "rules")
    supervision = _get(data, "supervision", dict, "rules")
    next_level = _get(data, "next_level", dict, "rules")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in next_level.items()):
        raise RulesFileError("rules.next_level must map a level to the next one")
    education = EducationRule(
        wording=_get(cce, "wording", str, "cce_renewal"),
        source=_source(cce, sources, "cce_renewal"),
        units=_number(cce, "units", "cce_renewal"),
        core_units=_number(cce, "core_units", "cce_renewal"),
        ethics_units=_number(cce, "ethics_units", "cce_renewal"),
        ethics_count_as_core=_get(cce, "ethics_count_as_core", bool, "cce_renewal"),
        window_years=_positive(cce, "window_years", "cce_renewal"),
    )
    return DevelopmentRules(
        checked=checked,
        initial_mentoring=_mentoring(
            _get(mentoring, "initial", dict, "mentor_coaching"), sources, "mentor_coaching.initial"
        ),
        renewal_mentoring=_mentoring(
            _get(mentoring, "renewal", dict, "mentor_coaching"), sources, "mentor_coaching.renewal"
        ),
        education=education,
        supervision_wording=_get(supervision, "wording", str, "supervision"),
        supervision_source=_source(supervision, sources, "supervision"),
        practice_hours_per_supervision_hour=_number(
            supervision, "practice_hours_per_supervision_hour", "supervision"
        ),
        next_level=dict(next_level),
    )


def read_rules(path: Path) -> DevelopmentRules:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RulesFileError(f"{path.name} is not valid JSON: {error}") from None
    return parse_rules(data)


@cache
def development_rules() -> DevelopmentRules:
    """The shipped rules, read and checked once."""
    return read_rules(resource_path(*RULES_FILE))
