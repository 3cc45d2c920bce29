"""Clients: add, edit, list with their last and next sessions, and delete with everything linked."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    ClientStatus,
    CoachingSession,
    Engagement,
    EngagementStatus,
    GeneratedDocument,
    Organisation,
    SessionStatus,
)
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.cascade import cascade_ids
from coachdesk.services.changes import Changes, changed
from coachdesk.services.outbound_ledger import forget_client
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class ClientDetails:
    """Everything a coach types about a client (the client form)."""

    name: str
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    organisation_id: uuid.UUID | None = None
    role: str = ""
    status: ClientStatus | str = ClientStatus.PROSPECT
    source: str = ""
    tags: str = ""
    intake_date: date | None = None
    named_in_hours_log: bool = False
    private_notes: str = ""
    time_zone: str = ""  # IANA name; '' when the client keeps the coach's time
    document_language: str | None = None  # "en", "de", "fr"; None for the coach's language


def _tags(value: Any) -> str:
    raw = v.text("tags", value, long=True)
    seen: dict[str, str] = {}
    for tag in (t.strip() for t in raw.replace("\n", ",").split(",")):
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return v.text("tags", ", ".join(seen.values()))


def client_fields(d: ClientDetails) -> dict[str, Any]:
    """The client's fields checked and cleaned, all but the organisation (which needs the database)."""
    return {
        "name": v.text("name", d.name, required=True),
        "preferred_name": v.text("preferred_name", d.preferred_name),
        "email": v.email("email", d.email),
        "phone": v.text("phone", d.phone, label="phone number"),
        "role": v.text("role", d.role),
        "status": v.choice("status", d.status, ClientStatus),
        "source": v.text("source", d.source),
        "tags": _tags(d.tags),
        "intake_date": v.optional_date("intake_date", d.intake_date, label="intake date"),
        "named_in_hours_log": v.boolean("named_in_hours_log", d.named_in_hours_log),
        "private_notes": v.text("private_notes", d.private_notes, long=True, label="private notes"),
        "time_zone": v.time_zone("time_zone", d.time_zone),
        "document_language": v.document_language("document_language", d.document_language),
    }


def _values(db: Session, d: ClientDetails) -> dict[str, Any]:
    organisation_id = None
    if d.organisation_id is not None:
        organisation_id = fetch(
            db, Organisation, d.organisation_id, field="organisation_id", label="organisation"
        ).id
    fields = list(client_fields(d).items())
    return dict([*fields[:4], ("organisation_id", organisation_id), *fields[4:]])  # the columns' order


def create_client(db: Session, details: ClientDetails) -> Changes:
    with transaction(db):
        client = Client(**_values(db, details))
        db.add(client)
        audit(db, client, AuditAction.CREATED)
    return changed("client", created=client.id)


def update_client(db: Session, client_id: uuid.UUID, details: ClientDetails) -> Changes:
    with transaction(db):
        client = fetch(db, Client, client_id, field="client_id", label="client")
        fields = apply(client, _values(db, details))
        if fields:
            audit(db, client, AuditAction.UPDATED, fields)
    return changed("client", ids=(client.id,))


def deletion_summary(db: Session, client_id: uuid.UUID) -> dict[str, int]:
    """How many linked records per table go with the client (for the confirmation question)."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    found = cascade_ids(db, "client", client.id)
    return {table: len(ids) for table, ids in found.items() if table != "client"}


def delete_client(db: Session, client_id: uuid.UUID) -> Changes:
    """Delete the client and everything linked, in one transaction; the audit keeps only that it happened."""
    with transaction(db):
        client = fetch(db, Client, client_id, field="client_id", label="client")
        found = cascade_ids(db, "client", client.id)
        every_id = set().union(*found.values())
        db.exec(delete(AuditEntry).where(col(AuditEntry.entity_id).in_(every_id)))
        db.exec(delete(GeneratedDocument).where(col(GeneratedDocument.entity_id).in_(every_id)))
        forgotten = forget_client(db, client.id)
        db.delete(client)
        audit(db, "client", AuditAction.DELETED)
    tables = frozenset(found) | {"audit_entry", "generated_document", "outbound_entry"}
    return Changes(tables, frozenset(every_id | forgotten))


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: uuid.UUID
    name: str
    organisation: str
    status: ClientStatus
    last_session: datetime | None
    next_session: datetime | None
    active_engagement: str


def client_rows(db: Session, now: datetime | None = None) -> list[ClientRow]:
    """All clients with their organisation, last completed and next scheduled session, active engagement."""
    now = now or utc_now()
    s = sa.orm.aliased(CoachingSession)
    last = (
        select(sa.func.max(s.starts_at))
        .where(s.client_id == Client.id, s.status == SessionStatus.COMPLETED, s.starts_at <= now)
        .scalar_subquery()
    )
    upcoming = (
        select(sa.func.min(s.starts_at))
        .where(s.client_id == Client.id, s.status == SessionStatus.SCHEDULED, s.starts_at >= now)
        .scalar_subquery()
    )
    engagement = (
        select(Engagement.title)
        .where(Engagement.client_id == Client.id, Engagement.status == EngagementStatus.ACTIVE)
        .order_by(col(Engagement.start_date).desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        sa.select(
            col(Client.id),
            col(Client.name),
            col(Organisation.name),
            col(Client.status),
            last,
            upcoming,
            engagement,
        )
        .join(Organisation, col(Client.organisation_id) == Organisation.id, isouter=True)
        .order_by(sa.func.lower(Client.name))
    )
    return [
        ClientRow(row[0], row[1], row[2] or "", row[3], row[4], row[5], row[6] or "")
        for row in db.connection().execute(query)
    ]


def find_client(db: Session, client_id: uuid.UUID) -> Client | None:
    """The client with ``client_id``, or None when they are gone."""
    return db.get(Client, client_id)


def get_client(db: Session, client_id: uuid.UUID) -> Client:
    """The client with ``client_id``; NotFound if they are gone."""
    return fetch(db, Client, client_id, field="client_id", label="client")
