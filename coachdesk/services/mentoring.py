"""Mentor coaching the coach received: add, edit and delete sessions, and list them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, MentorCoachingSession
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.work import apply, fetch, transaction

MAX_GROUP_SIZE = 500  # a plausible upper bound for a group; ICF counts groups of at most 10


@dataclass(frozen=True)
class MentoringDetails:
    """The mentor coaching form: group_size 1 is one-to-one, more is a group of that many participants."""

    mentor_name: str
    held_on: date | str | None
    minutes: int
    group_size: int = 1
    mentor_credential: str = ""
    notes: str = ""


def _values(d: MentoringDetails) -> dict[str, Any]:
    return {
        "mentor_name": v.text("mentor_name", d.mentor_name, required=True, label="mentor's name"),
        "mentor_credential": v.text("mentor_credential", d.mentor_credential, label="mentor's credential"),
        "held_on": v.required_date("held_on", d.held_on, label="date"),
        "minutes": v.minutes("minutes", d.minutes),
        "group_size": v.integer(
            "group_size", d.group_size, minimum=1, maximum=MAX_GROUP_SIZE, label="number in the group"
        ),
        "notes": v.text("notes", d.notes, long=True),
    }


def create_mentoring(db: Session, details: MentoringDetails) -> Changes:
    with transaction(db):
        record = MentorCoachingSession(**_values(details))
        db.add(record)
        audit(db, record, AuditAction.CREATED)
    return changed("mentor_coaching_session", created=record.id)


def update_mentoring(db: Session, record_id: uuid.UUID, details: MentoringDetails) -> Changes:
    with transaction(db):
        record = _fetch(db, record_id)
        fields = apply(record, _values(details))
        if fields:
            audit(db, record, AuditAction.UPDATED, fields)
    return changed("mentor_coaching_session", ids=(record.id,))


def delete_mentoring(db: Session, record_id: uuid.UUID) -> Changes:
    with transaction(db):
        record = _fetch(db, record_id)
        db.delete(record)
        audit(db, "mentor_coaching_session", AuditAction.DELETED, record_id=record.id)
    return changed("mentor_coaching_session", ids=(record.id,))


def _fetch(db: Session, record_id: uuid.UUID) -> MentorCoachingSession:
    return fetch(db, MentorCoachingSession, record_id, field="record_id", label="mentor coaching session")


def mentoring_details(db: Session, record_id: uuid.UUID) -> MentoringDetails:
    r = _fetch(db, record_id)
    return MentoringDetails(r.mentor_name, r.held_on, r.minutes, r.group_size, r.mentor_credential, r.notes)


def mentoring_sessions(db: Session) -> list[MentorCoachingSession]:
    """Every mentor coaching session, oldest first."""
    query = select(MentorCoachingSession).order_by(
        col(MentorCoachingSession.held_on), col(MentorCoachingSession.created_at)
    )
    return list(db.exec(query))
