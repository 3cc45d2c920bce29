"""Conflicts of interest and the coach's decision on each; the boundary log of incidents and actions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, or_, select

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
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.conflict_wording import names_in_wording, printable_clients
from coachdesk.services.enum_words import value_words
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

CONFLICT_LABELS = {
    "same_organisation": "Another client at the same organisation",
    "client_is_sponsor_contact": "The client is also the sponsor’s contact",
    "referral_fee": "Referral fee",
    "personal_relationship": "Personal relationship",
    "professional_relationship": "Professional relationship",
    "financial_benefit": "Financial benefit",
    "other": "Other",
}


def _label_words() -> dict[str, str]:
    """CONFLICT_LABELS in the app's language, for messages (the agreement prints its own words)."""
    return {
        "same_organisation": phrase("services", "Another client at the same organisation"),
        "client_is_sponsor_contact": phrase("services", "The client is also the sponsor’s contact"),
        "referral_fee": phrase("services", "Referral fee"),
        "personal_relationship": phrase("services", "Personal relationship"),
        "professional_relationship": phrase("services", "Professional relationship"),
        "financial_benefit": phrase("services", "Financial benefit"),
        "other": phrase("services", "Other"),
    }


@dataclass(frozen=True)
class ConflictDetails:
    """The conflict form: whom it concerns (client, engagement or both), what kind, and what it is."""

    kind: ConflictKind | str
    description: str  # the coach's own record; never printed
    client_id: uuid.UUID | None = None
    engagement_id: uuid.UUID | None = None
    document_wording: str = ""  # what the parties are told, as the agreement prints it
    other_client_id: uuid.UUID | None = None  # another client it concerns (their agreement shows it)
    other_client_consented_on: date | None = None  # when that client agreed to be named


@dataclass(frozen=True)
class ConflictWording:
    """What the agreement prints about a conflict, and the other client it concerns."""

    document_wording: str = ""
    other_client_id: uuid.UUID | None = None
    other_client_consented_on: date | None = None


def _wording_values(
    db: Session, d: ConflictDetails | ConflictWording, client_id: uuid.UUID | None
) -> dict[str, Any]:
    """The other client and the wording for the document, refused when it names a client."""
    other_id = None
    if d.other_client_id is not None:
        other_id = fetch(db, Client, d.other_client_id, field="other_client_id", label="other client").id
        if other_id == client_id:
            raise ValidationError(
                "other_client_id", phrase("services", "The other client must be someone else.")
            )
    consented = v.optional_date("other_client_consented_on", d.other_client_consented_on)
    if consented is not None and other_id is None:
        raise ValidationError(
            "other_client_consented_on",
            phrase("services", "Consent to be named needs the other client; choose them first."),
        )
    wording = v.text("document_wording", d.document_wording, long=True, label="wording for the agreement")
    # ICF Code of Ethics (2025), confidentiality: no client's identity is disclosed without consent.
    found = names_in_wording(db, wording, printable_clients(client_id, other_id, consented is not None))
    if found.clients:
        raise ValidationError(
            "document_wording",
            phrase(
                "services",
                "The wording for the agreement names {names}, a client. Describe the conflict without "
                "naming or identifying another client (or record their consent to be named).",
            ).format(names=", ".join(found.clients)),
        )
    return {"document_wording": wording, "other_client_id": other_id, "other_client_consented_on": consented}


def _conflict_values(db: Session, d: ConflictDetails) -> dict[str, Any]:
    if d.client_id is None and d.engagement_id is None:
        raise ValidationError(
            "client_id", phrase("services", "Choose the client or the engagement this conflict concerns.")
        )
    client_id = None
    if d.client_id is not None:
        client_id = fetch(db, Client, d.client_id, field="client_id", label="client").id
    engagement_id = None
    if d.engagement_id is not None:
        engagement = fetch(db, Engagement, d.engagement_id, field="engagement_id", label="engagement")
        if client_id is not None and engagement.client_id != client_id:
            raise ValidationError(
                "engagement_id", phrase("services", "That engagement is with another client.")
            )
        engagement_id, client_id = engagement.id, engagement.client_id
    return {
        "client_id": client_id,
        "engagement_id": engagement_id,
        "kind": v.choice("kind", d.kind, ConflictKind, label="kind of conflict"),
        "description": v.text("description", d.description, required=True, long=True),
        **_wording_values(db, d, client_id),
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
    *,
    wording: ConflictWording | None = None,
) -> Changes:
    """Record the decision (a later one replaces it); proceeding needs the safeguards written down.

    ``wording``, when given, sets what the agreement prints about the conflict in the same change.
    """
    with transaction(db):
        conflict = fetch(db, Conflict, conflict_id, field="conflict_id", label="conflict")
        if wording is not None:
            worded = apply(conflict, _wording_values(db, wording, conflict.client_id))
            if worded:
                audit(db, conflict, AuditAction.UPDATED, worded)
        chosen = v.choice("decision", decision, ConflictDecision)
        written = v.text("safeguards", safeguards, long=True)
        if chosen is ConflictDecision.PROCEED_WITH_SAFEGUARDS and not written:
            raise ValidationError(
                "safeguards",
                phrase(
                    "services",
                    "Say which safeguards make it right to proceed (they appear in the agreement).",
                ),
            )
        allowed = printable_clients(
            conflict.client_id, conflict.other_client_id, conflict.other_client_consented_on is not None
        )
        named = names_in_wording(db, written, allowed).clients
        if named:
            raise ValidationError(
                "safeguards",
                phrase(
                    "services",
                    "The safeguards name {names}, a client, and the agreement prints them. Describe them "
                    "without naming or identifying another client.",
                ).format(names=", ".join(named)),
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


def conflicts_concerning(db: Session, engagement: Engagement) -> list[Conflict]:
    """Conflicts its agreement declares: the engagement's, its client's without an engagement, and
    those concerning its client as the other client, oldest first."""
    query = (
        select(Conflict)
        .where(
            or_(
                col(Conflict.engagement_id) == engagement.id,
                (col(Conflict.client_id) == engagement.client_id) & col(Conflict.engagement_id).is_(None),
                col(Conflict.other_client_id) == engagement.client_id,
            )
        )
        .order_by(col(Conflict.created_at))
    )
    return list(db.exec(query).all())


class ConflictUndecided(ValidationError):
    """An agreement cannot go out or be signed while a conflict it declares has no decision."""

    def __init__(self, conflict: Conflict, message: str) -> None:
        super().__init__("status", message)
        self.conflict_id = conflict.id


def refuse_undecided(db: Session, engagement: Engagement, action: str) -> None:
    """Raise :class:`ConflictUndecided` naming the first undecided conflict the agreement declares.

    ICF Code of Ethics (2025), conflicts of interest: a conflict is disclosed and worked through
    with the parties before the agreement binds them; EMCC Global Code, conflicts of interest.
    """
    for conflict in conflicts_concerning(db, engagement):
        if conflict.decision is None:
            declared = conflict.created_at.date().isoformat()
            label = _label_words().get(str(conflict.kind), str(conflict.kind))
            raise ConflictUndecided(
                conflict,
                phrase(
                    "services",
                    "The agreement cannot be {action} while the conflict of interest “{label}” (recorded "
                    "on {declared}) is undecided. Record a decision on it first.",
                ).format(action=value_words(action), label=label, declared=declared),
            )


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
