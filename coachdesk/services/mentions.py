"""Where a client is named in other records' free text, and redacting those mentions before erasure.

Erasing a client removes every record linked to them, but another client's conflict record may
read "Björn reports to Zoë, who is also a client". Before an erasure the coach is shown each such
mention — found by the client's name, preferred name, each part of the name and e-mail, folded
as search folds them ("zoe" finds Zoë) and at word boundaries — and may redact them in the same step.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session
from sqlmodel.sql.sqltypes import AutoString

from coachdesk.domain import AuditAction, Client, metadata
from coachdesk.domain.lazy_words import LazyWords
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services.audit import audit
from coachdesk.services.cascade import cascade_ids
from coachdesk.services.changes import Changes
from coachdesk.services.folding import fold
from coachdesk.services.local_time import local_date, local_zone
from coachdesk.services.work import fetch

REDACTED = "[name removed]"
EXCERPT = 40  # characters of context on each side of a mention

# Tables whose text is not the coach's writing, or that the erasure rewrites itself.
_SKIPPED_TABLES = {"audit_entry", "generated_document", "alembic_version"}
_SKIPPED_COLUMNS = {"id", "currency", "status", "kind", "origin", "basis", "format", "scope", "key", "tags"}


def _table_words() -> dict[str, str]:
    return {
        "client": phrase("services", "Client"),
        "organisation": phrase("services", "Organisation"),
        "professional": phrase("services", "Directory"),
        "engagement": phrase("services", "Agreement"),
        "signed_agreement": phrase("services", "Signed agreement, as signed"),
        "agreement_amendment": phrase("services", "Agreement amendment"),
        "coaching_session": phrase("services", "Session"),
        "note_amendment": phrase("services", "Note amendment"),
        "goal": phrase("services", "Goal"),
        "action_item": phrase("services", "Action item"),
        "consent": phrase("services", "Consent"),
        "referral": phrase("services", "Referral"),
        "disclosure": phrase("services", "Disclosure"),
        "conflict": phrase("services", "Conflict record"),
        "boundary_incident": phrase("services", "Boundary incident"),
        "retention_hold": phrase("services", "Decision to keep records"),
        "coach_profile": phrase("services", "Your profile"),
    }


_TABLE_WORDS: LazyWords[str] = LazyWords(_table_words)
# The finalised-notes lock: lifted only inside the redaction's own transaction, then restored.
_NOTES_LOCK = "coaching_session_finalised_notes"


@dataclass(frozen=True)
class Mention:
    """One place another record names the client: which record and field, and the words around it."""

    table: str
    record_id: uuid.UUID
    field: str
    where: str  # "Conflict record · Björn Berg", for the coach
    before: str
    matched: str
    after: str
    start: int  # position of ``matched`` in the field's text
    end: int

    @property
    def excerpt(self) -> str:
        return f"{self.before}{self.matched}{self.after}"


def _needles(client: Client) -> list[str]:
    """Folded words and phrases that name the client, longest first (so a full name wins)."""
    names = {client.name, client.preferred_name, client.email}
    for part in client.name.replace("-", " ").split():
        names.add(part)
    folded = {fold(n.strip()) for n in names if len(fold(n.strip())) >= 3}
    return sorted(folded, key=len, reverse=True)


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the index of the character it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def spans(text: str, needles: Sequence[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of ``text`` where a needle stands as whole words."""
    folded, origin = _folded_with_positions(text)
    taken: list[tuple[int, int]] = []
    for needle in needles:
        at = folded.find(needle)
        while at >= 0:
            stop = at + len(needle)
            whole = (at == 0 or not folded[at - 1].isalnum()) and (
                stop == len(folded) or not folded[stop].isalnum()
            )
            start, end = origin[at], origin[stop - 1] + 1
            if whole and not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
            at = folded.find(needle, at + 1)
    return sorted(taken)


def _is_text(column: sa.Column[Any]) -> bool:
    """Free text: the domain's enums, flag sets and times have column types of their own."""
    return isinstance(column.type, AutoString | sa.String)


def _text_columns(table: sa.Table) -> list[sa.Column[Any]]:
    return [column for column in table.columns if column.name not in _SKIPPED_COLUMNS and _is_text(column)]


def _owner_names(db: Session) -> dict[Any, str]:
    table = metadata.tables["client"]
    return {row[0]: row[1] for row in db.connection().execute(sa.select(table.c.id, table.c.name))}


def _scan(db: Session, client: Client) -> Iterator[tuple[str, Any, str, str, str]]:
    """(table, id, field, where, text) for every free-text value outside the client's own records."""
    erased = set().union(*cascade_ids(db, "client", client.id).values())
    owners = _owner_names(db)
    zone = local_zone()
    for table in metadata.sorted_tables:
        columns = _text_columns(table)
        if table.name in _SKIPPED_TABLES or not columns or "id" not in table.c:
            continue
        owner_column = table.c.get("client_id")
        when_column = table.c.get("starts_at")  # a session is told apart by its day
        extra = [c for c in (owner_column, when_column) if c is not None]
        for row in db.connection().execute(sa.select(table.c.id, *columns, *extra)):
            if row[0] in erased:
                continue
            found = dict(zip((c.name for c in extra), row[1 + len(columns) :], strict=True))
            word = _TABLE_WORDS.get(table.name, table.name.replace("_", " ").capitalize())
            if found.get("starts_at") is not None:
                word = f"{word} of {local_date(found['starts_at'], zone).isoformat()}"
            owner = owners.get(row[0] if table.name == "client" else found.get("client_id"))
            where = f"{word} · {owner}" if owner else word
            for column, value in zip(columns, row[1 : 1 + len(columns)], strict=True):
                if value:
                    yield table.name, row[0], column.name, where, str(value)


def find_mentions(db: Session, client_id: uuid.UUID) -> list[Mention]:
    """Every mention of the client in records that erasing them would leave behind."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    needles = _needles(client)
    found: list[Mention] = []
    if not needles:
        return found
    for table, record_id, field, where, text in _scan(db, client):
        for start, end in spans(text, needles):
            before = text[max(0, start - EXCERPT) : start]
            after = text[end : end + EXCERPT]
            found.append(Mention(table, record_id, field, where, before, text[start:end], after, start, end))
    return found


def _redacted(text: str, places: Iterable[tuple[int, int]]) -> str:
    for start, end in sorted(places, reverse=True):
        text = text[:start] + REDACTED + text[end:]
    return text


def redact_mentions(db: Session, mentions: Sequence[Mention]) -> Changes:
    """Replace each chosen mention with "[name removed]", in the caller's transaction.

    A mention is redacted only where the text still reads as it did when it was found. Finalised
    session notes are locked by the database; their lock is lifted for this change alone and put
    back before the transaction ends, so the erasure can complete what the law requires.
    """
    by_field: dict[tuple[str, Any, str], list[Mention]] = {}
    for mention in mentions:
        by_field.setdefault((mention.table, mention.record_id, mention.field), []).append(mention)
    connection = db.connection()
    find_lock = sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name")
    lock_sql = connection.execute(find_lock, {"name": _NOTES_LOCK}).scalar()
    lifted = bool(lock_sql) and any(key[0] == "coaching_session" for key in by_field)
    touched_tables: set[str] = set()
    touched_ids: set[uuid.UUID] = set()
    if lifted:
        connection.exec_driver_sql(f"DROP TRIGGER {_NOTES_LOCK}")
    try:
        for (table_name, record_id, field), chosen in by_field.items():
            table = metadata.tables[table_name]
            text = connection.execute(sa.select(table.c[field]).where(table.c.id == record_id)).scalar()
            if not text:
                continue
            places = [(m.start, m.end) for m in chosen if text[m.start : m.end] == m.matched]
            if not places:
                continue
            values: dict[str, Any] = {field: _redacted(text, places)}
            if "updated_at" in table.c:
                values["updated_at"] = utc_now()
            connection.execute(sa.update(table).where(table.c.id == record_id).values(**values))
            audit(db, table_name, AuditAction.UPDATED, [field], record_id=record_id)
            touched_tables.add(table_name)
            touched_ids.add(record_id)
    finally:
        if lifted:
            connection.exec_driver_sql(str(lock_sql))
    return Changes(
        frozenset(touched_tables | ({"audit_entry"} if touched_ids else set())), frozenset(touched_ids)
    )
