"""Continuing coach education: add, edit and delete courses and events with their CCE units."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import AuditAction, EducationCategory, EducationRecord
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

MAX_UNITS = Decimal(1000)
CATEGORY_NAMES = {
    EducationCategory.CORE_COMPETENCIES: "Core Competencies",
    EducationCategory.COACHING_ETHICS: "Coaching Ethics",
    EducationCategory.RESOURCE_DEVELOPMENT: "Resource Development",
}


@dataclass(frozen=True)
class EducationDetails:
    title: str
    completed_on: date | str | None
    units: Decimal | int | str
    category: EducationCategory | str
    provider: str = ""


def unit_hundredths(field: str, value: Any) -> int:
    """CCE units as given (Decimal, int or text like "1.5") in hundredths; at most two decimals."""
    message = phrase("services", "The units must be a number of CCE units, like 1.5.")
    if isinstance(value, bool | float):
        raise ValidationError(field, message)
    try:
        units = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(field, message) from None
    if not units.is_finite():
        raise ValidationError(field, message)
    if units <= 0:
        raise ValidationError(field, phrase("services", "The units must be more than zero."))
    if units > MAX_UNITS:
        raise ValidationError(
            field, phrase("services", "The units must be at most {most:,}.").format(most=MAX_UNITS)
        )
    hundredths = units * 100
    if hundredths != hundredths.to_integral_value():
        raise ValidationError(field, phrase("services", "The units have more than two decimal places."))
    return int(hundredths)


def _values(d: EducationDetails) -> dict[str, Any]:
    return {
        "title": v.text("title", d.title, required=True),
        "provider": v.text("provider", d.provider),
        "completed_on": v.required_date("completed_on", d.completed_on, label="date"),
        "unit_hundredths": unit_hundredths("units", d.units),
        "category": v.choice("category", d.category, EducationCategory),
    }


def create_education(db: Session, details: EducationDetails) -> Changes:
    with transaction(db):
        record = EducationRecord(**_values(details))
        db.add(record)
        audit(db, record, AuditAction.CREATED)
    return changed("education_record", created=record.id)


def update_education(db: Session, record_id: uuid.UUID, details: EducationDetails) -> Changes:
    with transaction(db):
        record = fetch_education(db, record_id)
        fields = apply(record, _values(details))
        if fields:
            audit(db, record, AuditAction.UPDATED, fields)
    return changed("education_record", ids=(record.id,))


def delete_education(db: Session, record_id: uuid.UUID) -> Changes:
    """Delete the record and the certificate kept with it."""
    with transaction(db):
        record = fetch_education(db, record_id)
        db.delete(record)
        audit(db, "education_record", AuditAction.DELETED, record_id=record.id)
    return changed("education_record", ids=(record.id,))


def fetch_education(db: Session, record_id: uuid.UUID) -> EducationRecord:
    return fetch(db, EducationRecord, record_id, field="record_id", label="education record")


def education_details(db: Session, record_id: uuid.UUID) -> EducationDetails:
    r = fetch_education(db, record_id)
    return EducationDetails(r.title, r.completed_on, r.units, r.category, r.provider)


@dataclass(frozen=True)
class EducationRow:
    """A course or event as lists show it (the certificate's bytes stay in the vault)."""

    id: uuid.UUID
    title: str
    provider: str
    completed_on: date
    units: Decimal
    category: EducationCategory
    certificate_name: str

    @property
    def category_name(self) -> str:
        return CATEGORY_NAMES[self.category]


def education_rows(db: Session) -> list[EducationRow]:
    """Every course or event, oldest first, without the certificates' bytes."""
    e = EducationRecord
    query = sa.select(
        col(e.id),
        col(e.title),
        col(e.provider),
        col(e.completed_on),
        col(e.unit_hundredths),
        col(e.category),
        col(e.certificate_name),
    ).order_by(col(e.completed_on), col(e.created_at))
    return [
        EducationRow(rid, title, provider, day, Decimal(hundredths) / 100, category, name)
        for rid, title, provider, day, hundredths, category, name in db.connection().execute(query)
    ]
