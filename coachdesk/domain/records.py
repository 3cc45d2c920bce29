"""The practice's own records: the audit trail (never field values) and generated documents."""

from __future__ import annotations

import uuid

from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.enums import AuditAction, DocumentKind
from coachdesk.domain.types import enum_field


class AuditEntry(Record, table=True):
    """That something changed: when (created_at), what, and which fields; never the values."""

    __tablename__ = "audit_entry"

    entity: str = Field(index=True)  # table name
    entity_id: uuid.UUID | None = Field(default=None, index=True)
    action: AuditAction = enum_field(AuditAction)
    fields: str = ""  # comma-separated field names


class GeneratedDocument(Record, table=True):
    """A document the practice produced, with the SHA-256 of its bytes."""

    __tablename__ = "generated_document"

    kind: DocumentKind = enum_field(DocumentKind)
    entity: str
    entity_id: uuid.UUID | None = Field(default=None, index=True)
    sha256: str
