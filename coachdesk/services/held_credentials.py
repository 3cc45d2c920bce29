"""The credentials the coach holds (ICF, EMCC or other): add, edit and delete, and which renews next."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, CredentialBody, HeldCredential
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class HeldCredentialDetails:
    body: CredentialBody | str
    level: str
    since: date | str | None
    renewal_due: date | str | None = None


def _values(d: HeldCredentialDetails) -> dict[str, Any]:
    body = v.choice("body", d.body, CredentialBody, label="awarding body")
    level = v.text("level", d.level, required=True, label="credential level")
    since = v.required_date("since", d.since, label="date it was awarded")
    due = v.optional_date("renewal_due", d.renewal_due, label="renewal date")
    v.not_before("renewal_due", since, due, label="renewal date is before the award date; it")
    return {
        "body": body,
        "level": level.upper() if body is CredentialBody.ICF else level,
        "since": since,
        "renewal_due": due,
    }


def create_held_credential(db: Session, details: HeldCredentialDetails) -> Changes:
    with transaction(db):
        record = HeldCredential(**_values(details))
        db.add(record)
        audit(db, record, AuditAction.CREATED)
    return changed("held_credential", created=record.id)


def update_held_credential(db: Session, record_id: uuid.UUID, details: HeldCredentialDetails) -> Changes:
    with transaction(db):
        record = _fetch(db, record_id)
        fields = apply(record, _values(details))
        if fields:
            audit(db, record, AuditAction.UPDATED, fields)
    return changed("held_credential", ids=(record.id,))


def delete_held_credential(db: Session, record_id: uuid.UUID) -> Changes:
    with transaction(db):
        record = _fetch(db, record_id)
        db.delete(record)
        audit(db, "held_credential", AuditAction.DELETED, record_id=record.id)
    return changed("held_credential", ids=(record.id,))


def _fetch(db: Session, record_id: uuid.UUID) -> HeldCredential:
    return fetch(db, HeldCredential, record_id, field="record_id", label="credential")


def held_credential_details(db: Session, record_id: uuid.UUID) -> HeldCredentialDetails:
    r = _fetch(db, record_id)
    return HeldCredentialDetails(r.body, r.level, r.since, r.renewal_due)


def held_credentials(db: Session) -> list[HeldCredential]:
    """Every credential held, the most recently awarded first."""
    return list(db.exec(select(HeldCredential).order_by(col(HeldCredential.since).desc())))


ICF_ORDER = ("ACC", "PCC", "MCC")


def current_icf_credential(credentials: list[HeldCredential]) -> HeldCredential | None:
    """The highest ICF credential held (the one renewed and built on), or None."""
    icf = [c for c in credentials if c.body is CredentialBody.ICF and c.level in ICF_ORDER]
    return max(icf, key=lambda c: (ICF_ORDER.index(c.level), c.since), default=None)
