"""The one way a document leaves the vault: cleared by the consent filter, written, then recorded.

A preview renders only. An export asks the consent filter (``services.consent_filter``) whether the
document may leave and to whom, writes the bytes to a file atomically and, once they are on disk,
records an entry in the outbound ledger (and a GeneratedDocument) with the SHA-256 of exactly those
bytes (after any password protection). A print records through :func:`record_export` with
``channel=OutboundChannel.PRINT``. Every file CoachDesk writes with client data goes through
:func:`export_document`: the app, the command line, the self-test, the calendar, the hours log and a
client's records folder (a test checks that no other module writes files).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from datetime import date, datetime
from pathlib import Path

from coachdesk.documents.files import write_file_atomically
from coachdesk.domain import DisclosureBasis, DocumentKind, OutboundChannel
from coachdesk.services import validation as v
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.changes import Changes, changed
from coachdesk.services.consent_filter import Clearance, clear_to_leave
from coachdesk.services.db import Db
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.export_target import check_export_target
from coachdesk.services.generated_documents import add_generated
from coachdesk.services.outbound_ledger import add_entry
from coachdesk.services.work import transaction

__all__ = [
    "DocumentSource",
    "agreement_document",
    "export_document",
    "record_export",
    "referral_letter_document",
    "sponsor_report_document",
]


def agreement_document(
    engagement_id: uuid.UUID | str, today: date, language: str | None = None
) -> DocumentSource:
    """The coaching agreement of the engagement ``engagement_id``, dated ``today``, in ``language``
    (None: the client's document language)."""
    return DocumentSource(
        DocumentKind.AGREEMENT,
        "engagement",
        engagement_id,
        lambda db: agreement_pdf(db, engagement_id, today, language),
        today,
    )


def referral_letter_document(
    referral_id: uuid.UUID | str, today: date, language: str | None = None
) -> DocumentSource:
    """The letter of the referral ``referral_id``, dated ``today``, in ``language`` (None: the client's
    document language)."""

    def render(db: Db) -> bytes:
        from coachdesk.services.referral_letter_pdf import referral_letter_pdf  # reportlab: only to draw

        return referral_letter_pdf(db, referral_id, today, language=language)

    return DocumentSource(DocumentKind.REFERRAL_LETTER, "referral", referral_id, render, today)


def sponsor_report_document(
    engagement_id: uuid.UUID | str,
    today: date,
    *,
    progress_summary: str = "",
    summary_agreed: bool = False,
    client_goal_ids: Collection[uuid.UUID | str] = (),
    language: str | None = None,
) -> DocumentSource:
    """The sponsor report of the engagement ``engagement_id``, with what the client agreed to share
    (``client_goal_ids``: the client's own goals they agreed to share this time), in ``language``
    (None: the client's document language)."""
    picked = tuple(client_goal_ids)

    def render(db: Db) -> bytes:
        from coachdesk.services.sponsor_report_pdf import sponsor_report_pdf  # reportlab: only to draw

        return sponsor_report_pdf(
            db,
            engagement_id,
            today,
            progress_summary=progress_summary,
            summary_agreed=summary_agreed,
            client_goal_ids=picked,
            language=language,
        )

    return DocumentSource(DocumentKind.SPONSOR_REPORT, "engagement", engagement_id, render, today)


def record_export(
    db: Db,
    source: DocumentSource,
    data: bytes,
    *,
    channel: OutboundChannel = OutboundChannel.FILE,
    recipient: str | None = None,
    legal_basis: DisclosureBasis | None = None,
    description: str = "",
    sent_at: datetime | None = None,
) -> Changes:
    """Record that exactly ``data`` left the vault (written to a file, or printed) in the ledger; audited.

    Asks the consent filter again, so nothing is recorded on a basis that does not hold: raises
    ValidationError naming why not, NotFound when the record the document is about is gone.
    ``recipient`` is whom the coach named (None: the document's usual recipient); ``description``
    a neutral line such as the file name without its folder; ``sent_at`` when it left (now by default:
    a letter posted earlier and recorded afterwards keeps its day).
    """
    clearance = clear_to_leave(db, source, recipient=recipient, legal_basis=legal_basis)
    return _record(db, source, data, clearance, channel, description, sent_at)


def _record(
    db: Db,
    source: DocumentSource,
    data: bytes,
    clearance: Clearance,
    channel: OutboundChannel,
    description: str,
    sent_at: datetime | None = None,
) -> Changes:
    when = None if sent_at is None else v.aware_datetime("sent_at", sent_at, label="time it was sent")
    with transaction(db):
        # The GeneratedDocument stays: the agreement list and the client's record read it.
        document = add_generated(db, source.kind, source.entity, clearance.entity_id, data)
        entry = add_entry(
            db, clearance, data, entity=source.entity, channel=channel, description=description, sent_at=when
        )
    return changed(
        "generated_document", "outbound_entry", "outbound_client", ids=(entry.id,), created=document.id
    )


def export_document(
    db: Db,
    path: Path,
    data: bytes,
    source: DocumentSource,
    *,
    vaults: Iterable[Path] = (),
    suffixes: Iterable[str] = (".pdf",),
    recipient: str | None = None,
    legal_basis: DisclosureBasis | None = None,
) -> Changes:
    """Clear ``data`` (rendered, perhaps password-protected) with the consent filter, write it to
    ``path`` atomically, then record it in the outbound ledger.

    Raises ValidationError before writing when the filter refuses (or the path is refused), OSError
    when writing fails (nothing is recorded). ``vaults`` are the vaults the file must never replace
    (``export_target``); ``recipient`` whom the coach named (None: the usual recipient).
    """
    target = check_export_target(path, suffixes, vaults, field="path")
    clearance = clear_to_leave(db, source, recipient=recipient, legal_basis=legal_basis)
    write_file_atomically(target, data)
    return _record(db, source, data, clearance, OutboundChannel.FILE, Path(path).name)
