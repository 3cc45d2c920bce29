"""Drafts of open editors: kept while the coach types, brought back after a lock or a crash.

An editor keeps one draft (found again by its id) and replaces it as the coach types; the draft
goes when the editor saves or the coach discards the change. Drafts are not audited: they are
the coach's unsaved words, not a change to the practice's records.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coachdesk.domain import Client, Draft
from coachdesk.domain.types import utc_now
from coachdesk.services.changes import Changes, changed
from coachdesk.services.work import transaction

MAX_PAYLOAD = 5_000_000  # characters: far more than any notes, far less than memory


@dataclass(frozen=True)
class DraftRow:
    """A draft as an editor reopens it."""

    id: uuid.UUID
    kind: str
    record_id: uuid.UUID | None
    client_id: uuid.UUID | None
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(
    db: Session,
    draft_id: uuid.UUID,
    kind: str,
    payload: Mapping[str, Any],
    *,
    record_id: uuid.UUID | None = None,
    client_id: uuid.UUID | None = None,
) -> Changes:
    """Keep (or replace) the draft ``draft_id`` with what the editor holds now."""
    text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD:
        raise ValueError("draft too large")
    if client_id is not None and db.get(Client, client_id) is None:
        client_id = None  # the client was deleted meanwhile: the words are still kept
    with transaction(db):
        draft = db.get(Draft, draft_id)
        if draft is None:
            draft = Draft(id=draft_id, kind=kind)
        draft.record_id, draft.client_id, draft.payload = record_id, client_id, text
        draft.updated_at = utc_now()
        db.add(draft)
    return changed("draft", ids=(draft_id,))


def discard_draft(db: Session, draft_id: uuid.UUID) -> Changes:
    """Forget the draft (the editor saved, or the coach chose to discard); nothing when there is none."""
    with transaction(db):
        db.connection().execute(sa.delete(Draft).where(col(Draft.id) == draft_id))
    return changed("draft", ids=(draft_id,))


def drafts(db: Session, kind: str | None = None) -> list[DraftRow]:
    """Every draft (of one kind), oldest first, as editors reopen them."""
    query = select(Draft).order_by(col(Draft.updated_at), col(Draft.id))
    if kind is not None:
        query = query.where(col(Draft.kind) == kind)
    rows = []
    for draft in db.exec(query).all():
        try:
            payload = json.loads(draft.payload)
        except ValueError:
            payload = {}
        rows.append(
            DraftRow(
                draft.id,
                draft.kind,
                draft.record_id,
                draft.client_id,
                payload if isinstance(payload, dict) else {},
                draft.updated_at,
            )
        )
    return rows
