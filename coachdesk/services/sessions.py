"""Coaching sessions: schedule and record them, finalise their notes, amend finalised notes, delete."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    ActionItem,
    AuditAction,
    Client,
    CoachingSession,
    ConcernFlag,
    Engagement,
    NoteAmendment,
    SessionFormat,
    SessionStatus,
)
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.cascade import cascade_ids
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

MAX_GROUP_SIZE = 500


@dataclass(frozen=True)
class SessionDetails:
    """The session form: when, how long, how, with whom, and what was said."""

    client_id: uuid.UUID
    starts_at: datetime
    engagement_id: uuid.UUID | None = None
    duration_minutes: int = 60
    format: SessionFormat | str = SessionFormat.VIDEO
    is_group: bool = False
    group_size: int = 1
    paid: bool = True
    status: SessionStatus | str = SessionStatus.SCHEDULED
    private_notes: str = ""  # Markdown
    shared_summary: str = ""  # Markdown
    concern_flags: Iterable[ConcernFlag | str] = frozenset()


@dataclass(frozen=True)
class Amendment:
    """A dated addition to finalised notes."""

    id: uuid.UUID
    written_at: datetime
    text: str


@dataclass(frozen=True)
class SessionNotes:
    """A session's private notes as first written, when they were finalised, and what was added since."""

    original: str
    finalised_at: datetime | None
    amendments: tuple[Amendment, ...]


def engagement_of_client(
    db: Session, engagement_id: Any, client_id: uuid.UUID, *, field: str = "engagement_id"
) -> uuid.UUID | None:
    """The engagement's id if given; refused if it does not exist or is another client's."""
    if engagement_id is None:
        return None
    engagement = fetch(db, Engagement, engagement_id, field=field, label="engagement")
    if engagement.client_id != client_id:
        raise ValidationError(
            field, phrase("services", "That engagement is another client's; choose one of this client's.")
        )
    return engagement.id


def _group_size(d: SessionDetails, is_group: bool) -> int:
    if not is_group:
        return 1
    size = d.group_size
    if isinstance(size, int | float) and not isinstance(size, bool) and size < 2:
        raise ValidationError(
            "group_size",
            phrase(
                "services", "A group session of fewer than 2 people is an individual session; untick group."
            ),
        )
    return v.integer("group_size", size, minimum=2, maximum=MAX_GROUP_SIZE, label="group size")


def _concern_flags(value: Any) -> frozenset[ConcernFlag]:
    if value is None:
        return frozenset()
    if not isinstance(value, set | frozenset | list | tuple):
        allowed = ", ".join(flag.value for flag in ConcernFlag)
        raise ValidationError(
            "concern_flags",
            phrase("services", "The concerns must be a set of: {allowed}.").format(allowed=allowed),
        )
    return frozenset(v.choice("concern_flags", flag, ConcernFlag, label="concern") for flag in value)


def _values(db: Session, d: SessionDetails) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    is_group = v.boolean("is_group", d.is_group)
    return {
        "client_id": client.id,
        "engagement_id": engagement_of_client(db, d.engagement_id, client.id),
        "starts_at": v.aware_datetime("starts_at", d.starts_at, label="start"),
        "duration_minutes": v.minutes("duration_minutes", d.duration_minutes),
        "format": v.choice("format", d.format, SessionFormat),
        "is_group": is_group,
        "group_size": _group_size(d, is_group),
        "paid": v.boolean("paid", d.paid),
        "status": v.choice("status", d.status, SessionStatus),
        "private_notes": v.text("private_notes", d.private_notes, long=True, label="private notes"),
        "shared_summary": v.text("shared_summary", d.shared_summary, long=True, label="shared summary"),
        "concern_flags": _concern_flags(d.concern_flags),
    }


def create_session(db: Session, details: SessionDetails) -> Changes:
    with transaction(db):
        coaching_session = CoachingSession(**_values(db, details))
        db.add(coaching_session)
        audit(db, coaching_session, AuditAction.CREATED)
    return changed("coaching_session", created=coaching_session.id)


def _fetch(db: Session, session_id: Any) -> CoachingSession:
    return fetch(db, CoachingSession, session_id, field="session_id", label="session")


def _has_records(db: Session, session_id: uuid.UUID) -> bool:
    items = db.exec(select(func.count()).where(col(ActionItem.session_id) == session_id)).one()
    amendments = db.exec(select(func.count()).where(col(NoteAmendment.session_id) == session_id)).one()
    return bool(items or amendments)


def update_session(db: Session, session_id: uuid.UUID, details: SessionDetails) -> Changes:
    """Edit a session.

    Once the notes are finalised the private notes are the record as written: changing them is
    refused (add an amendment instead), and the session stays with its client. Everything else
    (time, duration, format, status, payment, the shared summary, concern flags, the engagement)
    may still change: a session is rescheduled or marked done after its notes were closed, a concern
    is flagged on reflection, and none of that rewrites what the coach wrote. A session moves to
    another client only while nothing (action items, amendments) links to it.
    """
    with transaction(db):
        coaching_session = _fetch(db, session_id)
        values = _values(db, details)
        finalised = coaching_session.finalised_at is not None
        if finalised and values["private_notes"] != coaching_session.private_notes:
            raise ValidationError(
                "private_notes", phrase("services", "The notes are finalised; add an amendment instead.")
            )
        if values["client_id"] != coaching_session.client_id and (
            finalised or _has_records(db, coaching_session.id)
        ):
            raise ValidationError(
                "client_id",
                phrase(
                    "services",
                    "This session has finalised notes, amendments or action items, so it stays with its "
                    "client.",
                ),
            )
        fields = apply(coaching_session, values)
        if fields:
            audit(db, coaching_session, AuditAction.UPDATED, fields)
    return changed("coaching_session", ids=(coaching_session.id,))


def finalise_notes(db: Session, session_id: uuid.UUID, at: datetime | None = None) -> Changes:
    """Close the private notes as written (``at``, default now); later additions are amendments."""
    with transaction(db):
        coaching_session = _fetch(db, session_id)
        when = utc_now() if at is None else v.aware_datetime("at", at, label="time of finalising")
        if coaching_session.finalised_at is not None:
            raise ValidationError("private_notes", phrase("services", "The notes are already finalised."))
        fields = apply(coaching_session, {"finalised_at": when})
        audit(db, coaching_session, AuditAction.FINALISED, fields)
    return changed("coaching_session", ids=(coaching_session.id,))


def amend_notes(db: Session, session_id: uuid.UUID, text: str) -> Changes:
    """Add a dated amendment to finalised notes (notes not yet finalised are simply edited)."""
    with transaction(db):
        coaching_session = _fetch(db, session_id)
        cleaned = v.text("text", text, required=True, long=True, label="amendment")
        if coaching_session.finalised_at is None:
            raise ValidationError(
                "private_notes",
                phrase("services", "The notes are not finalised yet; edit them instead of amending."),
            )
        amendment = NoteAmendment(session_id=coaching_session.id, text=cleaned)
        db.add(amendment)
        audit(db, coaching_session, AuditAction.AMENDED, ["private_notes"])
    return changed("coaching_session", "note_amendment", ids=(coaching_session.id,), created=amendment.id)


def session_notes(db: Session, session_id: uuid.UUID) -> SessionNotes:
    """The notes as first written and the amendments after them, oldest first."""
    coaching_session = _fetch(db, session_id)
    amendments = db.exec(
        select(NoteAmendment)
        .where(NoteAmendment.session_id == coaching_session.id)
        .order_by(col(NoteAmendment.created_at), sa.text("note_amendment.rowid"))
    ).all()
    return SessionNotes(
        coaching_session.private_notes,
        coaching_session.finalised_at,
        tuple(Amendment(a.id, a.created_at, a.text) for a in amendments),
    )


def delete_session(db: Session, session_id: uuid.UUID) -> Changes:
    """Delete the session with its amendments and action items; each deletion is audited (ids only)."""
    with transaction(db):
        coaching_session = _fetch(db, session_id)
        found = cascade_ids(db, "coaching_session", coaching_session.id)
        db.delete(coaching_session)
        for table, ids in found.items():
            for record_id in ids:
                audit(db, table, AuditAction.DELETED, record_id=record_id)
    return Changes(frozenset(found), frozenset(set().union(*found.values())))


def session_of_amendment(db: Session, amendment_id: uuid.UUID) -> uuid.UUID:
    """The session whose notes the amendment ``amendment_id`` amends; NotFound if it is gone."""
    amendment = fetch(db, NoteAmendment, amendment_id, field="amendment_id", label="amendment")
    return amendment.session_id
