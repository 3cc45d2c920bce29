"""Certificates of continuing education, kept in the (encrypted) vault: checked by content, size-limited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath

from sqlmodel import Session

from coachdesk.domain import AuditAction, DocumentKind
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.education import fetch_education
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, transaction

MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024
SUFFIXES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def sniff_media_type(data: bytes) -> str | None:
    """ "application/pdf", "image/png" or "image/jpeg" by the file's first bytes; None for anything else."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def refuse_oversized(name: str, size: int) -> None:
    """ValidationError when a file of ``size`` bytes is too large to keep as a certificate."""
    if size > MAX_CERTIFICATE_BYTES:
        raise ValidationError(
            "certificate",
            phrase(
                "services",
                "{name} is {size}; a certificate can be at most {most}. Save it smaller (a scan "
                "at 150 dpi, or a PDF) and attach it again.",
            ).format(name=name, size=_size_text(size), most=_size_text(MAX_CERTIFICATE_BYTES)),
        )


def attach_certificate(db: Session, record_id: uuid.UUID, file_name: str, data: bytes) -> Changes:
    """Keep ``data`` as the record's certificate (replacing any): a PDF, PNG or JPEG of at most 10 MB."""
    name = v.text("certificate", PurePath(file_name).name, required=True, label="certificate's file name")
    if not data:
        raise ValidationError(
            "certificate",
            phrase("services", "{name} is empty; choose the certificate file itself.").format(name=name),
        )
    refuse_oversized(name, len(data))
    media_type = sniff_media_type(data)
    if media_type is None:
        raise ValidationError(
            "certificate",
            phrase(
                "services", "{name} is not a PDF, PNG or JPEG file; a certificate must be one of those."
            ).format(name=name),
        )
    with transaction(db):
        record = fetch_education(db, record_id)
        fields = apply(
            record, {"certificate_name": name, "certificate_type": media_type, "certificate": bytes(data)}
        )
        if fields:
            audit(db, record, AuditAction.UPDATED, fields)
    return changed("education_record", ids=(record.id,))


def remove_certificate(db: Session, record_id: uuid.UUID) -> Changes:
    with transaction(db):
        record = fetch_education(db, record_id)
        fields = apply(record, {"certificate_name": "", "certificate_type": "", "certificate": None})
        if fields:
            audit(db, record, AuditAction.UPDATED, fields)
    return changed("education_record", ids=(record.id,))


@dataclass(frozen=True)
class Certificate:
    file_name: str
    media_type: str
    data: bytes

    @property
    def suffix(self) -> str:
        return SUFFIXES[self.media_type]


def certificate(db: Session, record_id: uuid.UUID) -> Certificate:
    """The record's certificate; ValidationError when none is kept."""
    record = fetch_education(db, record_id)
    if record.certificate is None:
        raise ValidationError(
            "certificate",
            phrase("services", "No certificate is kept for “{title}”.").format(title=record.title),
        )
    return Certificate(record.certificate_name, record.certificate_type, bytes(record.certificate))


def certificate_document(record_id: uuid.UUID, today: date) -> DocumentSource:
    """The certificate as a document leaving the vault: the coach's own, saved for their own use."""
    return DocumentSource(
        DocumentKind.CERTIFICATE,
        "education_record",
        record_id,
        lambda db: certificate(db, record_id).data,
        today,
    )


def certificate_suffixes(cert: Certificate) -> tuple[str, ...]:
    """The endings a saved copy may have (its own type's)."""
    own = cert.suffix
    return (own, ".jpeg") if own == ".jpg" else (own,)


def suggested_name(cert: Certificate) -> str:
    stem = Path(cert.file_name).stem or "certificate"
    return f"{stem}{cert.suffix}"
