"""A client's rights over their records: everything held about them exported to a folder, and erasure."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from coachdesk import __version__
from coachdesk.documents.files import write_file_atomically
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    Engagement,
    GeneratedDocument,
    Professional,
    Referral,
    metadata,
)
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.audit import audit
from coachdesk.services.cascade import cascade_ids
from coachdesk.services.changes import Changes, changed
from coachdesk.services.clients import delete_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_target import check_export_folder
from coachdesk.services.mentions import Mention, redact_mentions
from coachdesk.services.referral_letter_pdf import referral_letter_pdf
from coachdesk.services.work import fetch, transaction
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
    "generated_document": "records of documents produced",
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
        "documents_produced": _rows(db, "generated_document", "entity_id", ids),
        "history": [
            {k: r[k] for k in ("created_at", "entity", "entity_id", "action", "fields")}
            for r in _rows(db, "audit_entry", "entity_id", ids)
        ],
    }


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
    for number, (referral_id, professional) in enumerate(referrals, start=1):
        try:
            pdf = referral_letter_pdf(db, referral_id, today)
        except ValidationError as refusal:
            skipped.append(f"Referral letter to {professional}: {refusal.message}")
            continue
        files.append((f"referral-letter-{number}.pdf", pdf))
    return files, skipped


def export_client(
    db: Session, client_id: uuid.UUID, folder: Path, today: date, *, vaults: Iterable[Path] = ()
) -> ClientExport:
    """Write ``client.json`` (everything held) and the client's agreements and letters to ``folder``.

    For a subject-access or portability request. The folder is created, or must be empty. The
    export is audited. Raises ValidationError (field ``folder``) or OSError when writing fails.
    """
    folder = check_export_folder(folder, vaults, field="folder")
    record = client_record(db, client_id, today)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValidationError("folder", "Choose an empty folder (or a new one) for the client's records.")
    pdfs, skipped = _pdfs(db, uuid.UUID(record["client"]["id"]), today)
    record["files"] = [name for name, _pdf in pdfs]
    record["not_printed"] = skipped
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    payload = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    for name, data in [("client.json", payload), *pdfs]:
        write_file_atomically(folder / name, data)
        written.append(folder / name)
    with transaction(db):
        audit(db, "client", AuditAction.EXPORTED, record_id=uuid.UUID(record["client"]["id"]))
    return ClientExport(folder, tuple(written), tuple(skipped), changed("audit_entry"))


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
            db.connection().exec_driver_sql("INSERT INTO search_text (search_text) VALUES ('optimize')")
        db.connection().exec_driver_sql("VACUUM")
        db.commit()
    except SQLAlchemyError as error:
        raise ErasureInterrupted("The erasure did not finish: the vault was busy.") from error
    finally:
        raw.execute(f"PRAGMA secure_delete = {int(previous)}")
    return changes
