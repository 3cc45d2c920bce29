"""Supervision the coach received: add, edit and delete sessions, and the ratio the coach works to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, PracticeSetting, SupervisionSession
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.development_rules import development_rules
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

RATIO_KEY = "supervision_practice_hours"  # practice hours per supervision hour the coach works to


@dataclass(frozen=True)
class SupervisionDetails:
    supervisor: str
    held_on: date | str | None
    minutes: int
    in_group: bool = False
    notes: str = ""


def _values(d: SupervisionDetails) -> dict[str, Any]:
    return {
        "supervisor": v.text("supervisor", d.supervisor, required=True, label="supervisor's name"),
        "held_on": v.required_date("held_on", d.held_on, label="date"),
        "minutes": v.minutes("minutes", d.minutes),
        "in_group": v.boolean("in_group", d.in_group),
        "notes": v.text("notes", d.notes, long=True),
    }


def create_supervision(db: Session, details: SupervisionDetails) -> Changes:
    with transaction(db):
        record = SupervisionSession(**_values(details))
        db.add(record)
        audit(db, record, AuditAction.CREATED)
    return changed("supervision_session", created=record.id)


def update_supervision(db: Session, record_id: uuid.UUID, details: SupervisionDetails) -> Changes:
    with transaction(db):
        record = _fetch(db, record_id)
        fields = apply(record, _values(details))
        if fields:
            audit(db, record, AuditAction.UPDATED, fields)
    return changed("supervision_session", ids=(record.id,))


def delete_supervision(db: Session, record_id: uuid.UUID) -> Changes:
    with transaction(db):
        record = _fetch(db, record_id)
        db.delete(record)
        audit(db, "supervision_session", AuditAction.DELETED, record_id=record.id)
    return changed("supervision_session", ids=(record.id,))


def _fetch(db: Session, record_id: uuid.UUID) -> SupervisionSession:
    return fetch(db, SupervisionSession, record_id, field="record_id", label="supervision session")


def supervision_details(db: Session, record_id: uuid.UUID) -> SupervisionDetails:
    r = _fetch(db, record_id)
    return SupervisionDetails(r.supervisor, r.held_on, r.minutes, r.in_group, r.notes)


def supervision_sessions(db: Session) -> list[SupervisionSession]:
    """Every supervision session, oldest first."""
    query = select(SupervisionSession).order_by(
        col(SupervisionSession.held_on), col(SupervisionSession.created_at)
    )
    return list(db.exec(query))


def _setting(db: Session) -> PracticeSetting | None:
    return db.exec(select(PracticeSetting).where(col(PracticeSetting.key) == RATIO_KEY)).first()


def practice_hours_per_supervision_hour(db: Session) -> Decimal:
    """The coach's own ratio when set, else the guideline from the rules file (EMCC: about 35)."""
    setting = _setting(db)
    if setting is not None:
        try:
            return Decimal(setting.value)
        except InvalidOperation:
            pass
    return development_rules().practice_hours_per_supervision_hour


def set_practice_hours_per_supervision_hour(db: Session, value: Any) -> Changes:
    """Work to one supervision hour per ``value`` hours of coaching (between 1 and 1,000)."""
    message = phrase(
        "services",
        "The hours of coaching per supervision hour must be a number between 1 and 1,000, like 35.",
    )
    try:
        ratio = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("practice_hours", message) from None
    if not ratio.is_finite() or not 1 <= ratio <= 1000:
        raise ValidationError("practice_hours", message)
    with transaction(db):
        setting = _setting(db)
        if setting is None:
            setting = PracticeSetting(key=RATIO_KEY, value=f"{ratio.normalize():f}")
            db.add(setting)
            audit(db, setting, AuditAction.CREATED)
        elif apply(setting, {"value": f"{ratio.normalize():f}"}):
            audit(db, setting, AuditAction.UPDATED, ["value"])
    return changed("practice_setting", ids=(setting.id,))
