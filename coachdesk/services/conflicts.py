"""Conflicts of interest and the coach's decision on each; the boundary log of incidents and actions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import (
    AuditAction,
    BoundaryIncident,
    BoundaryKind,
    Client,
    Conflict,
    ConflictDecision,
    ConflictKind,
    Engagement,
)
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class ConflictDetails:
    """The conflict form: whom it concerns (client, engagement or both), what kind, and what it is."""

    kind: ConflictKind | str
    description: str
    client_id: uuid.UUID | None = None
    engagement_id: uuid.UUID | None = None


def _conflict_values(db: Session, d: ConflictDetails) -> dict[str, Any]:
    if d.client_id is None and d.engagement_id is None:
        raise ValidationError("client_id", "Choose the client or the engagement this conflict concerns.")
    client_id = None
    if d.client_id is not None:
        client_id = fetch(db, Client, d.client_id, field="client_id", label="client").id
    engagement_id = None
    if d.engagement_id is not None:
        engagement = fetch(db, Engagement, d.engagement_id, field="engagement_id", label="engagement")
        if client_id is not None and engagement.client_id != client_id:
            raise ValidationError("engagement_id", "That engagement is with another client.")
        engagement_id, client_id = engagement.id, engagement.client_id
    return {
        "client_id": client_id,
        "engagement_id": engagement_id,
        "kind": v.choice("kind", d.kind, ConflictKind, label="kind of conflict"),
        "description": v.text("description", d.description, required=True, long=True),
    }


def create_conflict(db: Session, details: ConflictDetails) -> Changes:
    """Record a conflict found or declared; an engagement's conflict also names its client."""
    with transaction(db):
        conflict = Conflict(**_conflict_values(db, details))
        db.add(conflict)
        audit(db, conflict, AuditAction.CREATED)
    return changed("conflict", created=conflict.id)


def update_conflict(db: Session, conflict_id: uuid.UUID, details: ConflictDetails) -> Changes:
    """Correct what the conflict is and whom it concerns (the decision is ``decide_conflict``'s)."""
    with transaction(db):
        conflict = fetch(db, Conflict, conflict_id, field="conflict_id", label="conflict")
        fields = apply(conflict, _conflict_values(db, details))
        if fields:
            audit(db, conflict, AuditAction.UPDATED, fields)
    return changed("conflict", ids=(conflict.id,))


def decide_conflict(
    db: Session,
    conflict_id: uuid.UUID,
    decision: ConflictDecision | str,
    safeguards: str,
    on: date,
) -> Changes:
    """Record the decision (a later one replaces it); proceeding needs the safeguards written down."""
    with transaction(db):
        conflict = fetch(db, Conflict, conflict_id, field="conflict_id", label="conflict")
        chosen = v.choice("decision", decision, ConflictDecision)
        written = v.text("safeguards", safeguards, long=True)
        if chosen is ConflictDecision.PROCEED_WITH_SAFEGUARDS and not written:
            raise ValidationError(
                "safeguards", "Say which safeguards make it right to proceed (they appear in the agreement)."
            )
        decided_on = v.required_date("decided_on", on, label="date of the decision")
        fields = apply(conflict, {"decision": chosen, "safeguards": written, "decided_on": decided_on})
        if fields:
            audit(db, conflict, AuditAction.STATUS_CHANGED, fields)
    return changed("conflict", ids=(conflict.id,))


def open_conflicts(db: Session) -> list[Conflict]:
    """Conflicts still waiting for a decision, oldest first."""
    query = select(Conflict).where(col(Conflict.decision).is_(None)).order_by(col(Conflict.created_at))
    return list(db.exec(query).all())


@dataclass(frozen=True)
class BoundaryIncidentDetails:
    """The boundary log form: when, what kind, what happened and what the coach did."""

    client_id: uuid.UUID
    occurred_on: date | None
    kind: BoundaryKind | str
    description: str
    action_taken: str = ""


def _incident_values(db: Session, d: BoundaryIncidentDetails) -> dict[str, Any]:
    return {
        "client_id": fetch(db, Client, d.client_id, field="client_id", label="client").id,
        "occurred_on": v.required_date("occurred_on", d.occurred_on, label="date it happened"),
        "kind": v.choice("kind", d.kind, BoundaryKind, label="kind of incident"),
        "description": v.text("description", d.description, required=True, long=True),
        "action_taken": v.text("action_taken", d.action_taken, long=True, label="action taken"),
    }


def create_boundary_incident(db: Session, details: BoundaryIncidentDetails) -> Changes:
    with transaction(db):
        incident = BoundaryIncident(**_incident_values(db, details))
        db.add(incident)
        audit(db, incident, AuditAction.CREATED)
    return changed("boundary_incident", created=incident.id)


def update_boundary_incident(
    db: Session, incident_id: uuid.UUID, details: BoundaryIncidentDetails
) -> Changes:
    with transaction(db):
        incident = fetch(db, BoundaryIncident, incident_id, field="incident_id", label="incident")
        fields = apply(incident, _incident_values(db, details))
        if fields:
            audit(db, incident, AuditAction.UPDATED, fields)
    return changed("boundary_incident", ids=(incident.id,))


def delete_boundary_incident(db: Session, incident_id: uuid.UUID) -> Changes:
    with transaction(db):
        incident = fetch(db, BoundaryIncident, incident_id, field="incident_id", label="incident")
        db.delete(incident)
        audit(db, "boundary_incident", AuditAction.DELETED, record_id=incident.id)
    return changed("boundary_incident", ids=(incident.id,))


def get_conflict(db: Session, conflict_id: uuid.UUID) -> Conflict:
    """The conflict of interest with ``conflict_id``; NotFound if it is gone."""
    return fetch(db, Conflict, conflict_id, field="conflict_id", label="conflict")
