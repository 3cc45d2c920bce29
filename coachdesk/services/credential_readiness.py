"""Readiness for the held ICF credential's renewal and for the next level, and the supervision ratio."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from decimal import Decimal

from sqlmodel import Session, col, select

from coachdesk.domain import EducationRecord, HeldCredential
from coachdesk.domain.phrases import phrase
from coachdesk.services.credentials import Requirement
from coachdesk.services.development_rules import development_rules
from coachdesk.services.held_credentials import current_icf_credential, held_credentials
from coachdesk.services.hours_log import HoursLog, hours_log
from coachdesk.services.mentoring import mentoring_sessions
from coachdesk.services.readiness import (
    EducationProgress,
    ReadinessLine,
    SupervisionRatio,
    add_months,
    education_progress,
    mentoring_progress,
)
from coachdesk.services.supervision import practice_hours_per_supervision_hour, supervision_sessions


@dataclass(frozen=True)
class Readiness:
    """What a renewal or an application asks, line by line, with notes on what was left out."""

    title: str
    lines: tuple[ReadinessLine, ...]
    notes: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        return all(line.met for line in self.lines)

    @property
    def missing(self) -> tuple[ReadinessLine, ...]:
        return tuple(line for line in self.lines if not line.met)


def renewal_due(credential: HeldCredential) -> date:
    """The renewal date recorded, or three years (ICF's cycle) after the award when none was."""
    years = development_rules().education.window_years
    return credential.renewal_due or add_months(credential.since, 12 * years)


def _education(db: Session, ends_on: date) -> EducationProgress:
    e = EducationRecord
    rows = db.exec(select(col(e.completed_on), col(e.category), col(e.unit_hundredths))).all()
    records = [(day, category, Decimal(hundredths) / 100) for day, category, hundredths in rows]
    return education_progress(records, development_rules().education, ends_on=ends_on)


def education_in_cycle(db: Session, today: date) -> EducationProgress:
    """CCE units in the held ICF credential's renewal cycle, or in the three years up to ``today``."""
    held = current_icf_credential(held_credentials(db))
    return _education(db, renewal_due(held) if held is not None else today)


def renewal_readiness(db: Session) -> Readiness | None:
    """What renewing the highest ICF credential held asks, and what is missing; None when none is held."""
    rules = development_rules()
    held = current_icf_credential(held_credentials(db))
    if held is None:
        return None
    due = renewal_due(held)
    education = _education(db, due)
    lines = education.lines()
    notes: tuple[str, ...] = ()
    if held.level in rules.renewal_mentoring.levels:
        mentoring = mentoring_progress(
            mentoring_sessions(db), rules.renewal_mentoring, start=max(held.since, education.start), end=due
        )
        lines += mentoring.lines()
        notes = mentoring.notes
    title = phrase("services", "Renewal of your ICF {level}, due {due}").format(
        level=held.level, due=due.isoformat()
    )
    return Readiness(title, tuple(lines), notes)


def _requirement_line(requirement: Requirement) -> ReadinessLine:
    more = (
        phrase("services", "{remaining} more clients ({achieved} so far)")
        if requirement.label == "Clients"
        else phrase("services", "{remaining} more hours ({achieved} so far)")
    )
    return ReadinessLine(
        f"{requirement.label}: {requirement.required:,}",
        requirement.met,
        more.format(
            remaining=f"{requirement.remaining.normalize():f}",
            achieved=f"{requirement.achieved.normalize():f}",
        ),
    )


def next_level_readiness(
    db: Session, today: date, zone: tzinfo | None = None, *, log: HoursLog | None = None
) -> Readiness | None:
    """What applying for the next ICF level asks (ACC when none is held); None when MCC is held.

    ``log`` is the coaching-hours log up to ``today`` when the caller has it already."""
    rules = development_rules()
    held = current_icf_credential(held_credentials(db))
    level = "ACC" if held is None else rules.next_level.get(held.level)
    if level is None:
        return None
    log = log or hours_log(db, today, zone=zone)
    experience = next((p for p in log.progress if p.credential.name == level), None)
    lines = [] if experience is None else [_requirement_line(r) for r in experience.requirements]
    since = None if held is None else held.since
    mentoring = mentoring_progress(mentoring_sessions(db), rules.initial_mentoring, start=since, end=today)
    lines += mentoring.lines()
    notes = mentoring.notes
    if held is not None:
        notes = (
            *notes,
            phrase("services", "Mentor coaching is counted since your {level} was awarded ({since}).").format(
                level=held.level, since=held.since.isoformat()
            ),
        )
    return Readiness(phrase("services", "Applying for ICF {level}").format(level=level), tuple(lines), notes)


def supervision_ratio(
    db: Session, start: date, end: date, today: date, zone: tzinfo | None = None
) -> SupervisionRatio:
    """Supervision received from ``start`` to ``end`` against the coaching hours the log counts then."""
    received = sum(s.minutes for s in supervision_sessions(db) if start <= s.held_on <= end)
    coached = hours_log(db, today, start=start, end=end, zone=zone).totals.minutes
    return SupervisionRatio(start, end, received, coached, practice_hours_per_supervision_hour(db))


@dataclass(frozen=True)
class NextRenewal:
    """The dashboard's line: the next renewal due and what it still lacks (ICF's, in plain words)."""

    title: str
    due: date
    missing: tuple[str, ...]


def next_renewal(db: Session) -> NextRenewal | None:
    """The next renewal of a credential held (ICF's with what is missing for it), or None."""
    credentials = held_credentials(db)
    if not credentials:
        return None
    icf = current_icf_credential(credentials)
    dated = [(renewal_due(c) if c is icf else c.renewal_due, c) for c in credentials]
    upcoming = sorted(((due, c) for due, c in dated if due is not None), key=lambda pair: pair[0])
    if not upcoming:
        return None
    due, credential = upcoming[0]
    missing: tuple[str, ...] = ()
    if credential is icf:
        readiness = renewal_readiness(db)
        missing = tuple(line.missing for line in readiness.missing) if readiness is not None else ()
    return NextRenewal(f"{credential.body.value} {credential.level}", due, missing)


@dataclass(frozen=True)
class NextLevel:
    """The dashboard's line about the next ICF level: which, how many requirements are met, which not."""

    title: str
    met: int
    required: int
    missing: tuple[str, ...]  # each requirement's name ("Paid hours"); Reports ▸ Credentials says how much


def next_level(
    db: Session, today: date, zone: tzinfo | None = None, *, log: HoursLog | None = None
) -> NextLevel | None:
    """The next ICF level and what it lacks; None when MCC is held."""
    readiness = next_level_readiness(db, today, zone, log=log)
    if readiness is None:
        return None
    lines = readiness.lines
    missing = tuple(line.label.split(":", 1)[0] for line in readiness.missing)
    return NextLevel(readiness.title, len(lines) - len(missing), len(lines), missing)
