"""ICF credential thresholds (ACC, PCC, MCC) and how far logged hours and clients go towards them.

The thresholds come from the rules file (``services.credential_rules``): a rule change is a data change.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from coachdesk.domain.phrases import phrase, phrase_n
from coachdesk.services.credential_rules import Credential, experience_rules

__all__ = [
    "CREDENTIALS",
    "RECENT_MONTHS",
    "Credential",
    "CredentialProgress",
    "HoursTotals",
    "Requirement",
    "RequirementKey",
    "hours",
    "progress",
]

_RULES = experience_rules()
CREDENTIALS: tuple[Credential, ...] = _RULES.credentials
RECENT_MONTHS = _RULES.recent_months  # the window of the recent-hours requirement, before the day of the log
RULES_SOURCE = _RULES.source
RULES_CHECKED_ON = _RULES.checked_on
_CENT = Decimal("0.01")


def hours(minutes: int) -> Decimal:
    """Minutes as hours to two decimals, halves rounded up (50 min → 0.83, 45 min → 0.75)."""
    return (Decimal(minutes) / 60).quantize(_CENT, rounding=ROUND_HALF_UP)


class RequirementKey(StrEnum):
    """Which requirement of a credential a line is, whatever the language its label is in."""

    HOURS = "hours"
    PAID_HOURS = "paid_hours"
    CLIENTS = "clients"
    RECENT_HOURS = "recent_hours"


@dataclass(frozen=True)
class Requirement:
    """One requirement of a credential: what is asked and what the log holds (hours or clients)."""

    key: RequirementKey  # what lookups go by; ``label`` is the words shown, in the app's language
    label: str
    required: int
    achieved: Decimal  # hours to two decimals, or a whole number of clients
    met: bool

    @property
    def remaining(self) -> Decimal:
        return max(Decimal(0), Decimal(self.required) - self.achieved)

    @property
    def fraction(self) -> float:
        """Progress from 0.0 to 1.0 (for a progress bar)."""
        return 1.0 if self.met else min(1.0, float(self.achieved) / self.required)


@dataclass(frozen=True)
class CredentialProgress:
    credential: Credential
    requirements: tuple[Requirement, ...]

    @property
    def met(self) -> bool:
        return all(r.met for r in self.requirements)


@dataclass(frozen=True)
class HoursTotals:
    clients: int
    paid_minutes: int
    pro_bono_minutes: int
    recent_minutes: int  # paid and pro bono, from ``HoursLog.recent_since``

    @property
    def minutes(self) -> int:
        return self.paid_minutes + self.pro_bono_minutes

    @property
    def hours(self) -> Decimal:
        return hours(self.minutes)

    @property
    def paid_hours(self) -> Decimal:
        return hours(self.paid_minutes)

    @property
    def pro_bono_hours(self) -> Decimal:
        return hours(self.pro_bono_minutes)

    @property
    def recent_hours(self) -> Decimal:
        return hours(self.recent_minutes)


def progress(credential: Credential, totals: HoursTotals) -> CredentialProgress:
    """How far ``totals`` go towards ``credential`` (thresholds compared on exact minutes)."""

    def in_hours(key: RequirementKey, label: str, required: int, minutes: int) -> Requirement:
        return Requirement(key, label, required, hours(minutes), minutes >= required * 60)

    requirements = [
        in_hours(
            RequirementKey.HOURS, phrase("services", "Coaching hours"), credential.hours, totals.minutes
        ),
        in_hours(
            RequirementKey.PAID_HOURS,
            phrase("services", "Paid hours"),
            credential.paid_hours,
            totals.paid_minutes,
        ),
        Requirement(
            RequirementKey.CLIENTS,
            phrase("services", "Clients"),
            credential.clients,
            Decimal(totals.clients),
            totals.clients >= credential.clients,
        ),
    ]
    if credential.recent_hours is not None:
        months = credential.recent_months or RECENT_MONTHS
        requirements.append(
            in_hours(
                RequirementKey.RECENT_HOURS,
                phrase_n("Hours in the last %n months", "", months),
                credential.recent_hours,
                totals.recent_minutes,
            )
        )
    return CredentialProgress(credential, tuple(requirements))
