"""Organisations that sponsor coaching: add, edit, delete (refused while they sponsor an engagement)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coachdesk.domain import AuditAction, Client, Engagement, Organisation
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class OrganisationDetails:
    """The organisation form: the sponsor and its contact person."""

    name: str
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    billing_address: str = ""
    notes: str = ""


def _values(d: OrganisationDetails) -> dict[str, Any]:
    return {
        "name": v.text("name", d.name, required=True),
        "contact_name": v.text("contact_name", d.contact_name, label="contact's name"),
        "contact_role": v.text("contact_role", d.contact_role, label="contact's role"),
        "contact_email": v.email("contact_email", d.contact_email),
        "contact_phone": v.text("contact_phone", d.contact_phone, label="contact's phone number"),
        "billing_address": v.text("billing_address", d.billing_address, long=True, label="billing address"),
        "notes": v.text("notes", d.notes, long=True),
    }


def create_organisation(db: Session, details: OrganisationDetails) -> Changes:
    with transaction(db):
        organisation = Organisation(**_values(details))
        db.add(organisation)
        audit(db, organisation, AuditAction.CREATED)
    return changed("organisation", created=organisation.id)


def update_organisation(db: Session, organisation_id: uuid.UUID, details: OrganisationDetails) -> Changes:
    with transaction(db):
        organisation = fetch(db, Organisation, organisation_id, field="organisation_id", label="organisation")
        fields = apply(organisation, _values(details))
        if fields:
            audit(db, organisation, AuditAction.UPDATED, fields)
    return changed("organisation", ids=(organisation.id,))


def delete_organisation(db: Session, organisation_id: uuid.UUID) -> Changes:
    """Delete a sponsor; its clients stay (without organisation). Refused while it sponsors engagements."""
    with transaction(db):
        organisation = fetch(db, Organisation, organisation_id, field="organisation_id", label="organisation")
        sponsored = db.exec(select(func.count()).where(col(Engagement.sponsor_id) == organisation.id)).one()
        if sponsored:
            raise ValidationError(
                "organisation_id",
                (
                    phrase(
                        "services",
                        "{name} sponsors {count} engagement; end or re-assign them before deleting it.",
                    )
                    if sponsored == 1
                    else phrase(
                        "services",
                        "{name} sponsors {count} engagements; end or re-assign them before deleting it.",
                    )
                ).format(name=organisation.name, count=sponsored),
            )
        db.delete(organisation)
        audit(db, "organisation", AuditAction.DELETED, record_id=organisation.id)
    return changed("organisation", "client", ids=(organisation.id,))


@dataclass(frozen=True)
class OrganisationRow:
    """An organisation as the Organisations area lists it."""

    id: uuid.UUID
    name: str
    contact_name: str
    contact_email: str
    contact_phone: str
    clients: int
    engagements: int  # sponsored, any status


def organisation_rows(db: Session) -> list[OrganisationRow]:
    """Every organisation with its number of clients and sponsored engagements."""
    clients = (
        select(func.count()).where(col(Client.organisation_id) == col(Organisation.id)).scalar_subquery()
    )
    engagements = (
        select(func.count()).where(col(Engagement.sponsor_id) == col(Organisation.id)).scalar_subquery()
    )
    rows = (
        db.connection()
        .execute(
            sa.select(
                col(Organisation.id),
                col(Organisation.name),
                col(Organisation.contact_name),
                col(Organisation.contact_email),
                col(Organisation.contact_phone),
                clients,
                engagements,
            )
        )
        .all()
    )
    return [OrganisationRow(*row) for row in rows]


def organisation_details(db: Session, organisation_id: uuid.UUID) -> OrganisationDetails:
    """The form's values for an existing organisation."""
    o = fetch(db, Organisation, organisation_id, field="organisation_id", label="organisation")
    return OrganisationDetails(
        o.name, o.contact_name, o.contact_role, o.contact_email, o.contact_phone, o.billing_address, o.notes
    )


def organisation_choices(db: Session) -> list[tuple[uuid.UUID, str]]:
    """Every organisation's id and name, by name (case aside): the choices of a form's list."""
    query = sa.select(col(Organisation.id), col(Organisation.name)).order_by(
        func.lower(col(Organisation.name))
    )
    return [(organisation_id, name) for organisation_id, name in db.connection().execute(query)]
