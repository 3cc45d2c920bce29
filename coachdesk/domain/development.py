"""The coach's own development: mentor coaching and supervision received, CCE, credentials held."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.types import enum_field


class EducationCategory(StrEnum):
    """ICF's kinds of Continuing Coach Education units (ethics units are Core Competencies units too)."""

    CORE_COMPETENCIES = "core_competencies"
    COACHING_ETHICS = "coaching_ethics"
    RESOURCE_DEVELOPMENT = "resource_development"


class CredentialBody(StrEnum):
    ICF = "ICF"
    EMCC = "EMCC"
    OTHER = "other"


class MentorCoachingSession(Record, table=True):
    """Mentor coaching the coach received: from whom, when, how long, one-to-one or in a group."""

    __tablename__ = "mentor_coaching_session"

    mentor_name: str
    mentor_credential: str = ""  # e.g. "PCC", "MCC"
    held_on: date = Field(index=True)
    minutes: int
    group_size: int = 1  # 1: one-to-one; otherwise the number of participants in the group
    notes: str = ""

    @property
    def one_to_one(self) -> bool:
        return self.group_size == 1


class SupervisionSession(Record, table=True):
    """Coaching supervision the coach received."""

    __tablename__ = "supervision_session"

    supervisor: str
    held_on: date = Field(index=True)
    minutes: int
    in_group: bool = False
    notes: str = ""


class EducationRecord(Record, table=True):
    """A course or event of continuing coach education, its units, and its certificate if kept."""

    __tablename__ = "education_record"

    title: str
    provider: str = ""
    completed_on: date = Field(index=True)
    unit_hundredths: int  # CCE units x 100 (exact: 1.5 units is 150)
    category: EducationCategory = enum_field(EducationCategory)
    certificate_name: str = ""  # the file name the coach attached it from ("" when none)
    certificate_type: str = ""  # "application/pdf", "image/png" or "image/jpeg"
    # The file itself; the vault is encrypted as a whole, so these bytes are never on disk in plain.
    certificate: bytes | None = Field(default=None, sa_type=sa.LargeBinary, nullable=True)

    @property
    def units(self) -> Decimal:
        return Decimal(self.unit_hundredths) / 100


class HeldCredential(Record, table=True):
    """A credential the coach holds: from which body, at which level, since when, due for renewal when."""

    __tablename__ = "held_credential"

    body: CredentialBody = enum_field(CredentialBody)
    level: str  # "ACC", "PCC", "MCC"; for EMCC e.g. "Practitioner"
    since: date
    renewal_due: date | None = None
