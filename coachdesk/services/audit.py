"""The audit trail: that a record was created, changed or deleted, and which fields; never values."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlmodel import Session, SQLModel

from coachdesk.domain import AuditAction, AuditEntry


def audit(
    db: Session,
    record: SQLModel | str,
    action: AuditAction,
    fields: Iterable[str] = (),
    *,
    record_id: uuid.UUID | None = None,
) -> None:
    """Add an audit entry to the session's transaction (``record`` a table row or a table name)."""
    entity = record if isinstance(record, str) else str(record.__tablename__)
    entity_id = record_id if isinstance(record, str) else getattr(record, "id", None)
    db.add(AuditEntry(entity=entity, entity_id=entity_id, action=action, fields=",".join(sorted(fields))))
