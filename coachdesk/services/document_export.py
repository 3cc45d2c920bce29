"""The one way a document leaves the vault: rendered (nothing recorded), written, then recorded.

A preview renders only. An export writes the bytes to a file atomically and, once they are on disk,
records a GeneratedDocument with the SHA-256 of exactly those bytes (after any password protection).
The command line and the app's "Export PDF…" both go through :func:`export_document`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coachdesk.documents.files import write_file_atomically
from coachdesk.domain import DocumentKind, Engagement, Referral
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.changes import Changes
from coachdesk.services.db import Db
from coachdesk.services.export_target import check_export_target
from coachdesk.services.generated_documents import record_generated
from coachdesk.services.referral_letter_pdf import referral_letter_pdf
from coachdesk.services.sponsor_report_pdf import sponsor_report_pdf
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class DocumentSource:
    """A document to export: what it is about (``entity``, ``entity_id``) and how to render it."""

    kind: DocumentKind
    entity: str
    entity_id: uuid.UUID | str | None
    render: Callable[[Db], bytes]  # the PDF (or CSV) bytes; records nothing


def agreement_document(engagement_id: uuid.UUID | str, today: date) -> DocumentSource:
    """The coaching agreement of the engagement ``engagement_id``, dated ``today``."""
    return DocumentSource(
        DocumentKind.AGREEMENT,
        "engagement",
        engagement_id,
        lambda db: agreement_pdf(db, engagement_id, today),
    )


def referral_letter_document(referral_id: uuid.UUID | str, today: date) -> DocumentSource:
    """The letter of the referral ``referral_id``, dated ``today``."""
    return DocumentSource(
        DocumentKind.REFERRAL_LETTER,
        "referral",
        referral_id,
        lambda db: referral_letter_pdf(db, referral_id, today),
    )


def sponsor_report_document(
    engagement_id: uuid.UUID | str,
    today: date,
    *,
    progress_summary: str = "",
    summary_agreed: bool = False,
    client_goal_ids: Collection[uuid.UUID | str] = (),
) -> DocumentSource:
    """The sponsor report of the engagement ``engagement_id``, with what the client agreed to share
    (``client_goal_ids``: the client's own goals they agreed to share this time)."""
    picked = tuple(client_goal_ids)

    def render(db: Db) -> bytes:
        return sponsor_report_pdf(
            db,
            engagement_id,
            today,
            progress_summary=progress_summary,
            summary_agreed=summary_agreed,
            client_goal_ids=picked,
        )

    return DocumentSource(DocumentKind.SPONSOR_REPORT, "engagement", engagement_id, render)


def record_export(db: Db, source: DocumentSource, data: bytes) -> Changes:
    """Note that a file holding exactly ``data`` was written (its SHA-256; audited).

    Raises NotFound when the record the document is about is gone.
    """
    entity_id: uuid.UUID | None = None
    if source.entity == "engagement":
        entity_id = fetch(db, Engagement, source.entity_id, field="engagement_id", label="engagement").id
    elif source.entity == "referral":
        entity_id = fetch(db, Referral, source.entity_id, field="referral_id", label="referral").id
    return record_generated(db, source.kind, source.entity, entity_id, data)


def export_document(
    db: Db,
    path: Path,
    data: bytes,
    source: DocumentSource,
    *,
    vaults: Iterable[Path] = (),
    suffixes: Iterable[str] = (".pdf",),
) -> Changes:
    """Write ``data`` (rendered, perhaps password-protected) to ``path`` atomically, then record it.

    Raises OSError when writing fails (nothing is recorded), NotFound when the record is gone (the
    file is written). ``vaults`` are the vaults the file must never replace (``export_target``).
    """
    write_file_atomically(check_export_target(path, suffixes, vaults, field="path"), data)
    return record_export(db, source, data)
