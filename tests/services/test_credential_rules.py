"""The credential rules file: what it holds, that it drives the thresholds, and clear errors when broken."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coachdesk.resources import resource_path
from coachdesk.services.credential_rules import (
    RULES_FILE,
    CredentialRulesError,
    experience_rules,
    load_rules,
    parse_rules,
)
from coachdesk.services.credentials import CREDENTIALS, RECENT_MONTHS, HoursTotals, progress


def _shipped() -> dict[str, Any]:
    return json.loads(resource_path(*RULES_FILE).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_shipped_file_holds_each_level_its_source_and_the_day_it_was_checked() -> None:
    rules = experience_rules()
    assert rules.source == "https://coachingfederation.org/experience-requirements"
    assert rules.checked_on.isoformat() == _shipped()["checked_on"]
    assert [(c.name, c.hours, c.paid_hours, c.clients, c.recent_hours) for c in rules.credentials] == [
        ("ACC", 100, 75, 8, 25),
        ("PCC", 500, 450, 25, 50),
        ("MCC", 2_500, 2_250, 35, None),
    ]
    assert rules.credentials == CREDENTIALS and RECENT_MONTHS == rules.recent_months == 18


def test_the_file_drives_the_thresholds(tmp_path: Path) -> None:
    raw = _shipped()
    raw["credentials"][0].update(hours=120, paid_hours=90, clients=10, recent_hours=30, recent_months=24)
    for credential in raw["credentials"][1:]:
        if credential["recent_months"] is not None:
            credential["recent_months"] = 24
    path = tmp_path / "icf-experience.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    rules = load_rules(path)
    acc = rules.credentials[0]
    assert rules.recent_months == 24
    totals = HoursTotals(clients=10, paid_minutes=90 * 60, pro_bono_minutes=30 * 60, recent_minutes=30 * 60)
    checked = progress(acc, totals)
    assert [(r.label, r.required, r.met) for r in checked.requirements] == [
        ("Coaching hours", 120, True),
        ("Paid hours", 90, True),
        ("Clients", 10, True),
        ("Hours in the last 24 months", 30, True),
    ]
    short = progress(acc, HoursTotals(9, 90 * 60, 30 * 60 - 1, 30 * 60))
    assert [r.met for r in short.requirements] == [False, True, False, True]
    assert short.requirements[0].remaining == Decimal("0.02")


def _broken(**change: Any) -> str:
    raw = _shipped()
    for key, value in change.items():
        if key in raw:
            raw[key] = value
        else:
            raw["credentials"][0][key] = value
    return json.dumps(raw)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("{not json", "is not valid JSON"),
        (_broken(source="coachingfederation.org"), "source must be the https:// address"),
        (_broken(checked_on="last week"), "checked_on must be a date"),
        (_broken(credentials=[]), "credentials must be a non-empty list"),
        (_broken(hours="100"), "ACC hours must be a whole number of at least 1, not '100'"),
        (_broken(paid_hours=120), "paid_hours (120) cannot exceed hours (100)"),
        (_broken(recent_months=None), "recent_hours and recent_months are both given or both null"),
        (_broken(recent_months=12), "the same window in months (found 12, 18)"),
        (_broken(name=""), "name and title must be non-empty text"),
        (_broken(hour=1), "unknown hour"),
    ],
)
def test_a_broken_file_says_what_is_wrong(text: str, phrase: str) -> None:
    with pytest.raises(CredentialRulesError) as caught:
        parse_rules(text, "icf-experience.json")
    assert phrase in str(caught.value)
    assert str(caught.value).startswith("icf-experience.json")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CredentialRulesError, match="cannot be read"):
        load_rules(tmp_path / "gone.json")
