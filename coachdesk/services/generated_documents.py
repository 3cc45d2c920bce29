"""The record of documents the practice produced: kind, what it was about, and the SHA-256 of the bytes."""

from __future__ import annotations

import hashlib
import uuid

from sqlmodel import Session

from coachdesk.domain import AuditAction, DocumentKind, GeneratedDocument
from coachdesk.services.audit import audit


def add_generated(
    db: Session, kind: DocumentKind, entity: str, entity_id: uuid.UUID | None, data: bytes
) -> GeneratedDocument:
    """Add the record of a produced document to the open transaction (audited)."""
    document = GeneratedDocument(
        kind=kind, entity=entity, entity_id=entity_id, sha256=hashlib.sha256(data).hexdigest()
    )
    db.add(document)
    audit(db, document, AuditAction.EXPORTED)
    return document
