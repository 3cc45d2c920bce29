"""A client's rights over their records: everything held about them exported to a folder, and erasure."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from coachdesk import __version__
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    DocumentKind,
    Engagement,
    GeneratedDocument,
    Professional,
    Referral,
    metadata,
)
from coachdesk.domain.phrases import phrase
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.audit import audit
from coachdesk.services.cascade import cascade_ids
from coachdesk.services.changes import Changes, changed
from coachdesk.services.client_invoices import client_invoices
from coachdesk.services.clients import delete_client
from coachdesk.services.consent_filter import clear_to_leave
from coachdesk.services.document_export import DocumentSource, export_document
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_target import check_export_folder
from coachdesk.services.mentions import Mention, redact_mentions
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.services.work import fetch, transaction
from coachdesk.vault.history import record_erasure
from coachdesk.vault.storage import list_backups

EXPORT_FORMAT = 1
RECORD_LABELS = {
    "engagement": "agreements",
    "coaching_session": "sessions with their notes",
    "note_amendment": "note amendments",
    "goal": "goals",
    "action_item": "action items",
    "consent": "consents",
    "referral": "referrals",
    "disclosure": "disclosures",
    "conflict": "conflict-of-interest records",
    "boundary_incident": "boundary incidents",
    "retention_hold": "decisions to keep the records",
    "draft": "unsaved drafts",
    # Issued invoices stay (tax law keeps them for years), with the buyer's name as issued.
    "invoice_line_session": "links from invoices to those sessions (issued invoices are kept: tax law)",
    "generated_document": "records of documents produced",
    "outbound_client": "records of documents that left the vault",
    "audit_entry": "audit entries",
}


def _value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(_value(v) for v in value)
    return value


def _rows(db: Session, table: str, column: str, ids: Sequence[Any]) -> list[dict[str, Any]]:
    """Rows of ``table`` whose ``column`` is one of ``ids``, oldest first, as JSON values."""
    t = metadata.tables[table]
    query = sa.select(t).where(t.c[column].in_(list(ids))).order_by(t.c.created_at, t.c.id)
    return [{k: _value(v) for k, v in row._mapping.items()} for row in db.connection().execute(query)]


def _held(db: Session, client_id: uuid.UUID) -> tuple[dict[str, set[uuid.UUID]], set[uuid.UUID]]:
    found = cascade_ids(db, "client", client_id)
    return found, set().union(*found.values())


def client_record(db: Session, client_id: uuid.UUID, today: date) -> dict[str, Any]:
    """Everything the vault holds about the client, as JSON-ready values (no file is written)."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    found, every_id = _held(db, client.id)
    records = {
        table: _rows(db, table, "id", sorted(found[table], key=str))
        for table in (t.name for t in metadata.sorted_tables)
        if table != "client" and found.get(table)
    }
    related: dict[str, list[dict[str, Any]]] = {}
    sponsors = {uuid.UUID(r["sponsor_id"]) for r in records.get("engagement", []) if r["sponsor_id"]}
    if client.organisation_id:
        sponsors.add(client.organisation_id)
    if sponsors:
        related["organisation"] = [
            {"id": r["id"], "name": r["name"]}
            for r in _rows(db, "organisation", "id", sorted(sponsors, key=str))
        ]
    professionals = sorted({uuid.UUID(r["professional_id"]) for r in records.get("referral", [])}, key=str)
    if professionals:
        related["professional"] = [
            {k: r[k] for k in ("id", "name", "profession", "organisation")}
            for r in _rows(db, "professional", "id", professionals)
        ]
    ids = sorted(every_id, key=str)
    return {
        "format": "coachdesk-client-record",
        "format_version": EXPORT_FORMAT,
        "made_by": f"CoachDesk {__version__}",
        "made_on": today.isoformat(),
        "client": _rows(db, "client", "id", [client.id])[0],
        "records": records,
        "related": related,
        "invoices": client_invoices(db, client),
        "documents_produced": _rows(db, "generated_document", "entity_id", ids),
        "sent_out": _sent_out(db, client.id),
        "history": [
            {k: r[k] for k in ("created_at", "entity", "entity_id", "action", "fields")}
            for r in _rows(db, "audit_entry", "entity_id", ids)
        ],
    }


def _sent_out(db: Session, client_id: uuid.UUID) -> list[dict[str, Any]]:
    """The client's part of the outbound ledger: what left the vault about them, to whom, on what basis.

    Other clients an entry is also about (the hours log) are not named: only how many there were.
    """
    return [
        {
            "sent_at": line.sent_at.isoformat(),
            "what": line.what,
            "channel": line.channel.value,
            "recipient": line.recipient,
            "basis": line.basis_text,
            "consent_id": None if line.consent_id is None else str(line.consent_id),
            "description": line.description,
            "sha256": line.sha256,
            "other_clients": len(line.client_ids) - 1,
        }
        for line in ledger_lines(db, client_id=client_id)
    ]


@dataclass(frozen=True)
class ClientExport:
    """What an export wrote: the folder, its files, the letters that could not be printed, and the audit."""

    folder: Path
    files: tuple[Path, ...]
    not_printed: tuple[str, ...]  # e.g. "Referral letter of 3 March 2026: no consent in force"
    changes: Changes


def _pdfs(db: Session, client_id: uuid.UUID, today: date) -> tuple[list[tuple[str, bytes]], list[str]]:
    files: list[tuple[str, bytes]] = []
    skipped: list[str] = []
    engagements = (
        db.connection()
        .execute(
            sa.select(col(Engagement.id))
            .where(col(Engagement.client_id) == client_id)
            .order_by(col(Engagement.created_at))
        )
        .all()
    )
    for number, (engagement_id,) in enumerate(engagements, start=1):
        files.append((f"agreement-{number}.pdf", agreement_pdf(db, engagement_id, today)))
    referrals = (
        db.connection()
        .execute(
            sa.select(col(Referral.id), col(Professional.name))
            .join(Professional, col(Professional.id) == col(Referral.professional_id))
            .where(col(Referral.client_id) == client_id)
            .order_by(col(Referral.created_at))
        )
        .all()
    )
    from coachdesk.services.referral_letter_pdf import referral_letter_pdf  # reportlab: only to draw

    for number, (referral_id, professional) in enumerate(referrals, start=1):
        try:
            pdf = referral_letter_pdf(db, referral_id, today)
        except ValidationError as refusal:
            skipped.append(
                phrase("services", "Referral letter to {professional}: {reason}").format(
                    professional=professional, reason=refusal.message
                )
            )
            continue
        files.append((f"referral-letter-{number}.pdf", pdf))
    return files, skipped


def client_records_document(client_id: uuid.UUID, data: bytes, today: date) -> DocumentSource:
    """One file of a client's records folder, as a document leaving the vault."""
    return DocumentSource(DocumentKind.CLIENT_RECORDS, "client", client_id, lambda _db: data, today)


def export_client(
    db: Session,
    client_id: uuid.UUID,
    folder: Path,
    today: date,
    *,
    vaults: Iterable[Path] = (),
    recipient: str | None = None,
) -> ClientExport:
    """Write ``client.json`` (everything held) and the client's agreements and letters to ``folder``.

    For a subject-access or portability request: ``recipient`` is the client by default, or the
    coach's own use. Each file passes the consent filter and gets its own entry in the outbound
    ledger. The folder is created, or must be empty. The export is audited. Raises ValidationError
    (field ``folder``, or ``recipient``) or OSError when writing fails.
    """
    folder = check_export_folder(folder, vaults, field="folder")
    record = client_record(db, client_id, today)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValidationError(
            "folder", phrase("services", "Choose an empty folder (or a new one) for the client's records.")
        )
    client = uuid.UUID(record["client"]["id"])
    clear_to_leave(db, client_records_document(client, b"", today), recipient=recipient)
    pdfs, skipped = _pdfs(db, client, today)
    record["files"] = [name for name, _pdf in pdfs]
    record["not_printed"] = skipped
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    payload = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    changes = changed("audit_entry")
    for name, data in [("client.json", payload), *pdfs]:
        source = client_records_document(client, data, today)
        suffix = Path(name).suffix
        changes |= export_document(
            db, folder / name, data, source, vaults=vaults, suffixes=[suffix], recipient=recipient
        )
        written.append(folder / name)
    with transaction(db):
        audit(db, "client", AuditAction.EXPORTED, record_id=client)
    return ClientExport(folder, tuple(written), tuple(skipped), changes)


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a client removes, and the backup files that still hold them afterwards."""

    client_id: uuid.UUID
    client_name: str
    records: tuple[tuple[str, int], ...]  # (table, how many), in RECORD_LABELS order
    backups: tuple[Path, ...]  # rotated and kept backups of the vault: they hold the client until removed

    def lines(self) -> list[str]:
        """``["6 sessions with their notes", "2 goals", …]`` for the confirmation question."""
        return [f"{count} {RECORD_LABELS.get(table, table)}" for table, count in self.records]


def erasure_plan(db: Session, client_id: uuid.UUID, vault_path: Path | None = None) -> ErasurePlan:
    """What ``erase_client`` would remove; ``vault_path`` names the vault whose backups to list."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    found, every_id = _held(db, client.id)
    counts = {table: len(ids) for table, ids in found.items() if table != "client"}
    for model in (GeneratedDocument, AuditEntry):
        number = (
            db.connection()
            .execute(sa.select(sa.func.count()).where(col(model.entity_id).in_(every_id)))
            .scalar_one()
        )
        if number:
            counts[str(model.__tablename__)] = int(number)
    order = list(RECORD_LABELS)
    records = tuple(sorted(counts.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99))
    backups = tuple(b.path for b in list_backups(vault_path)) if vault_path is not None else ()
    return ErasurePlan(client.id, client.name, records, backups)


class ErasureInterrupted(RuntimeError):
    """The database refused the erasure midway (busy); the deletion itself is rolled back."""


def labelled_backups(vault_path: Path) -> dict[Path, str]:
    """The vault's backups kept out of the rotation (made before an upgrade): path and label."""
    return {b.path: b.label for b in list_backups(vault_path) if b.label}


def erase_client(db: Session, client_id: uuid.UUID, redact: Sequence[Mention] = ()) -> Changes:
    """Remove the client and everything linked, leaving one audit line without personal data.

    ``redact`` are mentions of the client in other records (``find_mentions``) that the coach chose
    to redact: they are replaced in the same transaction as the deletion, or not at all.

    The deletion is one transaction. Then the search index is rewritten without the removed words
    and the database is rebuilt (VACUUM), with SQLite overwriting freed space, so that no free page
    or leftover of the database keeps a trace: the next save writes a vault without the client.
    """
    raw = db.connection().connection.dbapi_connection
    if raw is None:  # pragma: no cover - the vault's engine always has its one connection
        raise RuntimeError("no database connection")
    (previous,) = raw.execute("PRAGMA secure_delete").fetchone()
    raw.execute("PRAGMA secure_delete = ON")
    try:
        try:
            redacted = redact_mentions(db, redact)
        except BaseException:
            db.rollback()
            raise
        changes = delete_client(db, client_id) | redacted
        with transaction(db):
            record_erasure(cast(sqlite3.Connection, raw), client_id)  # no copy may bring them back
            db.connection().exec_driver_sql("INSERT INTO search_text (search_text) VALUES ('optimize')")
        db.connection().exec_driver_sql("VACUUM")
        db.commit()
    except SQLAlchemyError as error:
        raise ErasureInterrupted(
            phrase("services", "The erasure did not finish: the vault was busy.")
        ) from error
    finally:
        raw.execute(f"PRAGMA secure_delete = {int(previous)}")
    return changes
