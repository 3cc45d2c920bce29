"""The merge conflicts kept for review: a field changed in both copies, the value kept and the other."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from coachdesk.domain.lazy_words import LazyWords
from coachdesk.domain.phrases import phrase
from coachdesk.services.changes import Changes
from coachdesk.services.work import transaction


def _record_labels() -> dict[str, str]:
    return {
        "client": phrase("services", "Client"),
        "coaching_session": phrase("services", "Session"),
        "engagement": phrase("services", "Agreement"),
        "goal": phrase("services", "Goal"),
        "action_item": phrase("services", "Action item"),
        "consent": phrase("services", "Consent"),
        "organisation": phrase("services", "Organisation"),
        "professional": phrase("services", "Professional"),
        "coach_profile": phrase("services", "Practice profile"),
    }


_RECORD_LABELS: LazyWords[str] = LazyWords(_record_labels)


@dataclass(frozen=True)
class MergeConflictLine:
    """One field changed in both copies: which record, the value kept, the other one, and when."""

    id: str
    table: str
    row_id: str
    record: str  # "Client: Zoë Ørsted", "Session 2026-12-01"
    field: str  # "private notes"
    kept_value: str
    other_value: str
    kept_at: datetime | None
    other_at: datetime | None
    reviewed: bool


def merge_conflicts(db: Session, *, include_reviewed: bool = False) -> list[MergeConflictLine]:
    """The merge conflicts, newest merge first (not yet reviewed ones only, unless asked)."""
    rows = db.connection().execute(
        text(
            "SELECT id, table_name, row_id, field, kept_value, other_value, kept_at, other_at, reviewed "
            "FROM merge_conflict WHERE reviewed = 0 OR :all ORDER BY merged_at DESC, table_name, field"
        ),
        {"all": include_reviewed},
    )
    return [
        MergeConflictLine(
            str(row[0]),
            str(row[1]),
            str(row[2]),
            _record(db, str(row[1]), str(row[2])),
            str(row[3]).replace("_", " "),
            "" if row[4] is None else str(row[4]),
            "" if row[5] is None else str(row[5]),
            _when(row[6]),
            _when(row[7]),
            bool(row[8]),
        )
        for row in rows
    ]


def mark_reviewed(db: Session, conflict_ids: Iterable[str]) -> Changes:
    """The coach has looked at these conflicts: they leave the review list (and stay recorded)."""
    ids = list(conflict_ids)
    with transaction(db):
        for conflict_id in ids:
            db.connection().execute(
                text("UPDATE merge_conflict SET reviewed = 1 WHERE id = :id"), {"id": conflict_id}
            )
    return Changes(frozenset({"merge_conflict"}), frozenset(uuid.UUID(i) for i in ids))


def _record(db: Session, table: str, row_id: str) -> str:
    label = _RECORD_LABELS.get(table, table.replace("_", " ").capitalize())
    if table == "client":
        row = db.connection().execute(text("SELECT name FROM client WHERE id = :id"), {"id": row_id}).first()
        return f"{label}: {row[0]}" if row else label
    if table == "coaching_session":
        row = (
            db.connection()
            .execute(
                text(
                    "SELECT c.name, s.starts_at FROM coaching_session s JOIN client c ON c.id = s.client_id "
                    "WHERE s.id = :id"
                ),
                {"id": row_id},
            )
            .first()
        )
        return f"{label}: {row[0]}, {str(row[1])[:10]}" if row else label
    return label


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None
