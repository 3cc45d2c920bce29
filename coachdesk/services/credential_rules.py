"""ICF's coaching-experience requirements, read once from ``resources/credentials/icf-experience.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from coachdesk.resources import resource_path

RULES_FILE = ("credentials", "icf-experience.json")
_FIELDS = ("name", "title", "hours", "paid_hours", "clients", "recent_hours", "recent_months")


class CredentialRulesError(ValueError):
    """The rules file is missing, not JSON, or holds a rule that cannot be right; the message says which."""


@dataclass(frozen=True)
class Credential:
    """What an ICF credential asks of coaching experience (hours and clients)."""

    name: str
    title: str
    hours: int
    paid_hours: int
    clients: int
    recent_hours: int | None  # within the last ``recent_months``; None when not asked
    recent_months: int | None = None


@dataclass(frozen=True)
class ExperienceRules:
    """The credentials in order (ACC, PCC, MCC), where the figures come from and when they were checked."""

    source: str
    checked_on: date
    credentials: tuple[Credential, ...]
    recent_months: int  # the one window of the recent-hours requirements


def _whole(where: str, value: Any, *, least: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise CredentialRulesError(f"{where} must be a whole number of at least {least}, not {value!r}.")
    return value


def _credential(index: int, raw: Any) -> Credential:
    where = f"credential {index + 1}"
    if not isinstance(raw, dict):
        raise CredentialRulesError(f"{where} must be an object with {', '.join(_FIELDS)}.")
    missing = [name for name in _FIELDS if name not in raw]
    unknown = sorted(set(raw) - set(_FIELDS))
    if missing or unknown:
        parts = [
            f"missing {', '.join(missing)}" if missing else "",
            f"unknown {', '.join(unknown)}" if unknown else "",
        ]
        raise CredentialRulesError(f"{where}: " + "; ".join(part for part in parts if part))
    name, title = raw["name"], raw["title"]
    if not isinstance(name, str) or not name.strip() or not isinstance(title, str) or not title.strip():
        raise CredentialRulesError(f"{where}: name and title must be non-empty text.")
    where = f"{name}"
    hours = _whole(f"{where} hours", raw["hours"])
    paid = _whole(f"{where} paid_hours", raw["paid_hours"])
    if paid > hours:
        raise CredentialRulesError(f"{where}: paid_hours ({paid}) cannot exceed hours ({hours}).")
    clients = _whole(f"{where} clients", raw["clients"])
    recent, months = raw["recent_hours"], raw["recent_months"]
    if (recent is None) != (months is None):
        raise CredentialRulesError(f"{where}: recent_hours and recent_months are both given or both null.")
    if recent is not None:
        recent = _whole(f"{where} recent_hours", recent)
        months = _whole(f"{where} recent_months", months)
        if recent > hours:
            raise CredentialRulesError(f"{where}: recent_hours ({recent}) cannot exceed hours ({hours}).")
    return Credential(name.strip(), title.strip(), hours, paid, clients, recent, months)


def parse_rules(text: str, origin: str = "the rules file") -> ExperienceRules:
    """The rules in ``text`` (the JSON of the rules file); CredentialRulesError naming what is wrong."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise CredentialRulesError(f"{origin} is not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise CredentialRulesError(f"{origin} must hold a JSON object.")
    source = raw.get("source")
    if not isinstance(source, str) or not source.startswith("https://"):
        raise CredentialRulesError(f"{origin}: source must be the https:// address the figures come from.")
    try:
        checked_on = date.fromisoformat(str(raw.get("checked_on")))
    except ValueError:
        raise CredentialRulesError(f"{origin}: checked_on must be a date like 2026-12-05.") from None
    listed = raw.get("credentials")
    if not isinstance(listed, list) or not listed:
        raise CredentialRulesError(f"{origin}: credentials must be a non-empty list.")
    try:
        credentials = tuple(_credential(n, item) for n, item in enumerate(listed))
    except CredentialRulesError as error:
        raise CredentialRulesError(f"{origin}: {error}") from None
    names = [c.name for c in credentials]
    if len(set(names)) != len(names):
        raise CredentialRulesError(f"{origin}: a credential is listed twice ({', '.join(names)}).")
    windows = {c.recent_months for c in credentials if c.recent_months is not None}
    if len(windows) > 1:
        raise CredentialRulesError(
            f"{origin}: every recent-hours requirement must use the same window in months "
            f"(found {', '.join(str(w) for w in sorted(windows))})."
        )
    return ExperienceRules(source, checked_on, credentials, windows.pop() if windows else 18)


def load_rules(path: Path) -> ExperienceRules:
    """The rules in the file at ``path``; CredentialRulesError when it cannot be read or is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CredentialRulesError(f"The credential rules file {path} cannot be read: {error}") from None
    return parse_rules(text, f"The credential rules file {path.name}")


@cache
def experience_rules() -> ExperienceRules:
    """The shipped rules, read and checked once."""
    return load_rules(resource_path(*RULES_FILE))
