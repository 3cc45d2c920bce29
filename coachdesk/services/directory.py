"""The referral directory: add, edit and delete professionals (refused while referrals name them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coachdesk.domain import AuditAction, Professional, Referral
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class ProfessionalDetails:
    """The directory form: who the professional is, how to reach them, and whether they pay a fee."""

    name: str
    profession: str
    specialties: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    pays_referral_fee: bool = False
    notes: str = ""


def _values(d: ProfessionalDetails) -> dict[str, Any]:
    return {
        "name": v.text("name", d.name, required=True),
        "profession": v.text("profession", d.profession, required=True),
        "specialties": v.text("specialties", d.specialties),
        "organisation": v.text("organisation", d.organisation),
        "email": v.email("email", d.email),
        "phone": v.text("phone", d.phone, label="phone number"),
        "address": v.text("address", d.address, long=True),
        "pays_referral_fee": v.boolean("pays_referral_fee", d.pays_referral_fee),
        "notes": v.text("notes", d.notes, long=True),
    }


def create_professional(db: Session, details: ProfessionalDetails) -> Changes:
    with transaction(db):
        professional = Professional(**_values(details))
        db.add(professional)
        audit(db, professional, AuditAction.CREATED)
    return changed("professional", created=professional.id)


def update_professional(db: Session, professional_id: uuid.UUID, details: ProfessionalDetails) -> Changes:
    with transaction(db):
        professional = fetch(db, Professional, professional_id, field="professional_id", label="professional")
        fields = apply(professional, _values(details))
        if fields:
            audit(db, professional, AuditAction.UPDATED, fields)
    return changed("professional", ids=(professional.id,))


def delete_professional(db: Session, professional_id: uuid.UUID) -> Changes:
    """Remove a professional from the directory; refused while any referral names them."""
    with transaction(db):
        professional = fetch(db, Professional, professional_id, field="professional_id", label="professional")
        referrals = db.exec(
            select(func.count()).where(col(Referral.professional_id) == professional.id)
        ).one()
        if referrals:
            raise ValidationError(
                "professional_id",
                (
                    phrase(
                        "services",
                        "{name} is named in {count} referral; the referral record must keep who the "
                        "client was referred to, so the professional cannot be deleted.",
                    )
                    if referrals == 1
                    else phrase(
                        "services",
                        "{name} is named in {count} referrals; the referral record must keep who the "
                        "client was referred to, so the professional cannot be deleted.",
                    )
                ).format(name=professional.name, count=referrals),
            )
        db.delete(professional)
        audit(db, "professional", AuditAction.DELETED, record_id=professional.id)
    return changed("professional", ids=(professional.id,))


@dataclass(frozen=True)
class ProfessionalRow:
    """A professional as the Directory lists them."""

    id: uuid.UUID
    name: str
    profession: str
    specialties: str
    organisation: str
    email: str
    phone: str
    pays_referral_fee: bool
    referrals: int


def professional_rows(db: Session) -> list[ProfessionalRow]:
    """Everyone in the directory, with how many referrals name them."""
    referrals = (
        select(func.count()).where(col(Referral.professional_id) == col(Professional.id)).scalar_subquery()
    )
    rows = (
        db.connection()
        .execute(
            sa.select(
                col(Professional.id),
                col(Professional.name),
                col(Professional.profession),
                col(Professional.specialties),
                col(Professional.organisation),
                col(Professional.email),
                col(Professional.phone),
                col(Professional.pays_referral_fee),
                referrals,
            )
        )
        .all()
    )
    return [ProfessionalRow(*row) for row in rows]


def professional_details(db: Session, professional_id: uuid.UUID) -> ProfessionalDetails:
    """The form's values for someone already in the directory."""
    p = fetch(db, Professional, professional_id, field="professional_id", label="professional")
    return ProfessionalDetails(
        p.name,
        p.profession,
        p.specialties,
        p.organisation,
        p.email,
        p.phone,
        p.address,
        p.pays_referral_fee,
        p.notes,
    )
