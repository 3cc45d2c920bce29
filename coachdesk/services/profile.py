"""The coach's own profile (one per vault), as printed on agreements and letters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, CoachProfile
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.work import apply, transaction


@dataclass(frozen=True)
class ProfileDetails:
    """The coach profile form."""

    name: str
    practice_name: str = ""
    credentials: str = ""
    qualifications: str = ""
    professional_body: str = ""
    code_of_ethics: str = ""
    complaints_route: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    default_currency: str = "EUR"
    default_session_minutes: int = 60
    country: str = ""
    data_protection_authority: str = ""
    platforms: str = ""
    processors: str = ""
    limitation_of_liability: str = ""
    document_language: str = "en"  # the language documents print in unless a client has their own


def _values(d: ProfileDetails) -> dict[str, Any]:
    return {
        "name": v.text("name", d.name, required=True, label="coach's name"),
        "practice_name": v.text("practice_name", d.practice_name, label="practice name"),
        "credentials": v.text("credentials", d.credentials),
        "qualifications": v.text("qualifications", d.qualifications, long=True),
        "professional_body": v.text("professional_body", d.professional_body, label="professional body"),
        "code_of_ethics": v.text("code_of_ethics", d.code_of_ethics, label="code of ethics"),
        "complaints_route": v.text(
            "complaints_route", d.complaints_route, long=True, label="complaints route"
        ),
        "email": v.email("email", d.email),
        "phone": v.text("phone", d.phone, label="phone number"),
        "website": v.text("website", d.website),
        "address": v.text("address", d.address, long=True),
        "default_currency": v.currency("default_currency", d.default_currency),
        "default_session_minutes": v.minutes(
            "default_session_minutes", d.default_session_minutes, label="default session length"
        ),
        "country": v.text("country", d.country),
        "data_protection_authority": v.text(
            "data_protection_authority",
            d.data_protection_authority,
            long=True,
            label="data-protection authority",
        ),
        "platforms": v.text("platforms", d.platforms, long=True, label="video and messaging platforms"),
        "processors": v.text("processors", d.processors, long=True, label="services that process data"),
        "limitation_of_liability": v.text(
            "limitation_of_liability", d.limitation_of_liability, long=True, label="limitation of liability"
        ),
        "document_language": v.document_language("document_language", d.document_language, optional=False),
    }


def get_profile(db: Session) -> CoachProfile | None:
    """The coach profile, or None before the coach has filled it in."""
    return db.exec(select(CoachProfile).order_by(col(CoachProfile.created_at))).first()


def save_profile(db: Session, details: ProfileDetails) -> Changes:
    """Create the profile the first time, update it afterwards."""
    with transaction(db):
        values = _values(details)
        profile = get_profile(db)
        if profile is None:
            profile = CoachProfile(**values)
            db.add(profile)
            audit(db, profile, AuditAction.CREATED)
        else:
            fields = apply(profile, values)
            if fields:
                audit(db, profile, AuditAction.UPDATED, fields)
    return changed("coach_profile", ids=(profile.id,))
