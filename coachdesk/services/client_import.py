"""Importing clients from CSV or vCard: a preview of every row, then the good rows in one transaction.

The preview can be made away from the database's thread: ``import_snapshot`` takes what the checks
need from the database, then ``check_file`` reads and checks the file with no database at all.
"""

from __future__ import annotations

import codecs
import os
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coachdesk.documents.plain_text import MULTI_LINE_FORBIDDEN, one_line
from coachdesk.domain import AuditAction, Client, ClientStatus, Organisation, metadata
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, client_fields
from coachdesk.services.clients import _values as client_values
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.import_csv import Contact, ContactFile, decode, read_csv
from coachdesk.services.import_vcard import is_vcard, read_vcards
from coachdesk.services.work import transaction

MAX_FILE_BYTES = 20 * 1024 * 1024
_CHUNK = 256 * 1024
_CHECK_EVERY = 50  # rows between two progress steps


class ImportCancelled(Exception):
    """Reading the file was cancelled (nothing was imported)."""


class ImportProgress:
    """How far reading and checking a file has got, and a way to stop it.

    ``report(stage, done, total)`` hears each step (stage "reading", "parsing" or "checking"; on the
    thread doing the work); ``cancel()``, from any thread, makes the next step raise ImportCancelled.
    """

    def __init__(self, report: Callable[[str, int, int], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, stage: str, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise ImportCancelled
        if self._report is not None:
            self._report(stage, done, total)

    def stage(self, stage: str) -> Callable[[int, int], None]:
        return lambda done, total: self.step(stage, done, total)


@dataclass(frozen=True)
class Duplicate:
    """An existing client an imported row may be: by the same name, or the same e-mail address."""

    client_id: uuid.UUID
    name: str
    reason: str  # "same name" or "same e-mail address"


@dataclass(frozen=True)
class ImportRow:
    """One record of the file: its line, the client it would make, or why it cannot be imported."""

    line: int
    name: str  # as read, for showing the row even when it is bad
    details: ClientDetails | None  # None for a bad row
    reason: str = ""  # why the row is bad ("" when good)
    field: str = ""  # the field at fault, as named in ClientDetails
    organisation: str = ""  # as named in the file
    new_organisation: bool = False  # importing it adds the organisation
    duplicates: tuple[Duplicate, ...] = ()
    same_as_line: int | None = None  # an earlier row of the file for the same person

    @property
    def ok(self) -> bool:
        return self.details is not None

    @property
    def likely_duplicate(self) -> bool:
        return bool(self.duplicates) or self.same_as_line is not None


@dataclass(frozen=True)
class ImportPreview:
    """What importing the file would do, row by row."""

    kind: str  # "CSV" or "vCard"
    rows: tuple[ImportRow, ...]
    ignored_columns: tuple[str, ...] = ()  # CSV columns that were not imported

    @property
    def good(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def bad(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    @property
    def new_clients(self) -> tuple[ImportRow, ...]:
        """The good rows that are not likely duplicates: what an import takes by default."""
        return tuple(r for r in self.rows if r.ok and not r.likely_duplicate)


def read_contact_file(
    data: bytes, file_name: str = "", progress: ImportProgress | None = None
) -> ContactFile:
    """The contacts of a CSV or vCard file (told apart by content, then by the name's suffix)."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            "file",
            phrase("services", "The file is too large to import (at most {megabytes} MB).").format(
                megabytes=MAX_FILE_BYTES // 2**20
            ),
        )
    start = data.removeprefix(codecs.BOM_UTF8).lstrip()
    if start[:11].upper() == b"BEGIN:VCARD":
        # Phones fold long lines every 75 bytes, even inside a letter: undecodable bytes are kept
        # (as surrogates) until the folded lines are joined, then each line is decoded whole.
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="surrogateescape")
    else:
        text = decode(data)
    if "\x00" in text:
        raise ValidationError(
            "file", phrase("services", "This is not a CSV or vCard file (it holds binary data).")
        )
    parsing = progress.stage("parsing") if progress is not None else None
    if is_vcard(text) or Path(file_name).suffix.lower() in (".vcf", ".vcard"):
        return read_vcards(text, parsing)
    return read_csv(text, parsing)


@dataclass(frozen=True)
class ImportSnapshot:
    """What checking a file needs from the database, taken at once so the checks need no database:
    existing clients by folded name and by e-mail, and organisations by folded name."""

    by_name: dict[str, list[tuple[uuid.UUID, str]]]
    by_email: dict[str, list[tuple[uuid.UUID, str]]]
    organisations: dict[str, uuid.UUID]

    def duplicates(self, name: str, email: str) -> tuple[Duplicate, ...]:
        """The existing clients a row for ``name`` and ``email`` may be."""
        found: dict[uuid.UUID, Duplicate] = {}
        for client_id, existing in self.by_email.get(email.casefold(), []) if email else []:
            found[client_id] = Duplicate(client_id, existing, "same e-mail address")
        for client_id, existing in self.by_name.get(fold(name), []):
            found.setdefault(client_id, Duplicate(client_id, existing, "same name"))
        return tuple(found.values())


def import_snapshot(db: Session) -> ImportSnapshot:
    """The existing clients and organisations, as ``check_file`` needs them (on the database's thread)."""
    by_name: dict[str, list[tuple[uuid.UUID, str]]] = {}
    by_email: dict[str, list[tuple[uuid.UUID, str]]] = {}
    for client_id, name, email in db.connection().execute(
        sa.select(col(Client.id), col(Client.name), col(Client.email))
    ):
        by_name.setdefault(fold(" ".join(name.split())), []).append((client_id, name))
        if email:
            by_email.setdefault(email.casefold(), []).append((client_id, name))
    organisations: dict[str, uuid.UUID] = {}
    for organisation_id, name in db.connection().execute(
        sa.select(col(Organisation.id), col(Organisation.name)).order_by(col(Organisation.created_at))
    ):
        organisations[fold(name)] = organisation_id
    return ImportSnapshot(by_name, by_email, organisations)


def _row(contact: Contact, existing: ImportSnapshot) -> ImportRow:
    if contact.problem:
        return _bad(contact, "file", contact.problem)
    if not contact.name:
        return _bad(
            contact,
            "name",
            phrase("services", "No name: the row needs a Name, or a First Name and Last Name."),
        )
    contact = _cleaned(contact)
    organisation = contact.organisation
    organisation_id = existing.organisations.get(fold(organisation)) if organisation else None
    details = ClientDetails(
        name=contact.name,
        preferred_name=contact.preferred_name,
        email=contact.email,
        phone=contact.phone,
        organisation_id=organisation_id,
        role=contact.role,
        status=ClientStatus.PROSPECT,
        private_notes="\n".join(contact.notes.splitlines()),
    )
    try:
        client_fields(details)  # the organisation's id comes from the snapshot
        if organisation:
            v.text("organisation", organisation, label="organisation")
    except ValidationError as error:
        return _bad(contact, error.field, error.message)
    return ImportRow(
        line=contact.line,
        name=contact.name,
        details=details,
        organisation=organisation,
        new_organisation=bool(organisation) and organisation_id is None,
        duplicates=existing.duplicates(contact.name, contact.email),
    )


def _cleaned(contact: Contact) -> Contact:
    """Invisible control characters, line separators and bidi overrides that files carry (a stray
    vertical tab from a spreadsheet, an escape sequence) are taken out rather than refusing the row."""

    def one(value: str) -> str:
        return " ".join(one_line(value).split())

    return replace(
        contact,
        name=one(contact.name),
        preferred_name=one(contact.preferred_name),
        email=one(contact.email),
        phone=one(contact.phone),
        organisation=one(contact.organisation),
        role=one(contact.role),
        notes=MULTI_LINE_FORBIDDEN.sub("", contact.notes),
    )


def _bad(contact: Contact, field: str, reason: str) -> ImportRow:
    return ImportRow(contact.line, contact.name, None, reason, field, contact.organisation)


def check_contacts(
    contacts: ContactFile, existing: ImportSnapshot, progress: ImportProgress | None = None
) -> ImportPreview:
    """Every contact checked as a client, with likely duplicates; no database needed."""
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    total = len(contacts.contacts)
    for number, contact in enumerate(contacts.contacts):
        if progress is not None and number % _CHECK_EVERY == 0:
            progress.step("checking", number, total)
        row = _row(contact, existing)
        if row.ok:
            keys = [f"name:{fold(row.name)}"] + (
                [f"email:{contact.email.casefold()}"] if contact.email else []
            )
            earlier = next((seen[k] for k in keys if k in seen), None)
            if earlier is not None:
                row = replace(row, same_as_line=earlier)
            for key in keys:
                seen.setdefault(key, row.line)
        rows.append(row)
    return ImportPreview(contacts.kind, tuple(rows), contacts.ignored_columns)


def preview_import(db: Session, data: bytes, file_name: str = "") -> ImportPreview:
    """Every record of the file validated as a client, with likely duplicates; nothing is written.

    Raises ValidationError (field ``file``) when the file as a whole cannot be read.
    """
    contacts = read_contact_file(data, file_name)
    return check_contacts(contacts, import_snapshot(db))


def read_file(path: Path, progress: ImportProgress | None = None) -> bytes:
    """The bytes of a contact file, at most one more than MAX_FILE_BYTES (OSError when unreadable)."""
    chunks: list[bytes] = []
    got = 0
    with path.open("rb") as stream:
        size = min(os.fstat(stream.fileno()).st_size, MAX_FILE_BYTES + 1)
        while got <= MAX_FILE_BYTES:
            if progress is not None:
                progress.step("reading", got, size)
            chunk = stream.read(min(_CHUNK, MAX_FILE_BYTES + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    return b"".join(chunks)


def check_file(path: Path, existing: ImportSnapshot, progress: ImportProgress | None = None) -> ImportPreview:
    """``preview_file`` with no database: reads, parses and checks the file against ``existing``.

    For a background thread: ``progress`` hears each step and can cancel (ImportCancelled).
    """
    contacts = read_contact_file(read_file(path, progress), path.name, progress)
    return check_contacts(contacts, existing, progress)


def preview_file(db: Session, path: Path) -> ImportPreview:
    """``preview_import`` of a file on disk (OSError when it cannot be read)."""
    data = read_file(path)
    return check_contacts(read_contact_file(data, path.name), import_snapshot(db))


def import_clients(db: Session, rows: Iterable[ImportRow]) -> Changes:
    """Add a client for each of ``rows`` (good rows of a preview), and any organisation they name.

    One transaction: every client is added, or, if anything fails, none. A bad row is refused.
    """
    chosen = list(rows)
    for row in chosen:
        if row.details is None:
            raise ValidationError(
                "file",
                phrase("services", "Line {line} cannot be imported: {reason}").format(
                    line=row.line, reason=row.reason
                ),
            )
    ids: list[uuid.UUID] = []
    clients: list[dict[str, Any]] = []
    with transaction(db):
        # Organisations held as records (the session keeps only weak references), so each client's
        # check finds its organisation in the session: no query and no flush per row.
        organisations = {fold(o.name): o for o in db.exec(select(Organisation))}
        for row in chosen:
            assert row.details is not None
            details = row.details
            if row.organisation and details.organisation_id is None:
                key = fold(row.organisation)
                if key not in organisations:
                    organisation = Organisation(name=v.text("organisation", row.organisation))
                    db.add(organisation)
                    audit(db, organisation, AuditAction.CREATED)
                    db.flush()  # now in the session's identity map
                    organisations[key] = organisation
                    ids.append(organisation.id)
                details = replace(details, organisation_id=organisations[key].id)
            clients.append({"id": uuid.uuid4(), **client_values(db, details)})
        _insert_clients(db, clients)
        ids += [c["id"] for c in clients]
    tables = {"client"} | ({"organisation"} if any(r.new_organisation for r in chosen) else set())
    return Changes(frozenset(tables), frozenset(ids))


def _insert_clients(db: Session, clients: list[dict[str, Any]]) -> None:
    """The clients and their audit entries (as ``audit`` writes them) in two statements, not one per row."""
    if not clients:
        return
    now = utc_now()
    stamps = {"created_at": now, "updated_at": now}
    connection = db.connection()
    connection.execute(metadata.tables["client"].insert(), [{**c, **stamps} for c in clients])
    entries = [
        {
            "id": uuid.uuid4(),
            **stamps,
            "entity": "client",
            "entity_id": c["id"],
            "action": AuditAction.CREATED,
        }
        for c in clients
    ]
    connection.execute(metadata.tables["audit_entry"].insert(), [{**e, "fields": ""} for e in entries])
