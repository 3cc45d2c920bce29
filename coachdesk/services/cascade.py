"""What deleting a record takes with it: every row reached through ON DELETE CASCADE references."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import Session

from coachdesk.domain import metadata


def cascade_ids(db: Session, table: str, record_id: uuid.UUID) -> dict[str, set[uuid.UUID]]:
    """Ids per table that the database will delete along with ``table``'s row ``record_id``."""
    found: dict[str, set[uuid.UUID]] = {table: {record_id}}
    pending = [table]
    while pending:
        parent = pending.pop()
        for child in metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table.name != parent or fk.ondelete != "CASCADE":
                    continue
                rows = db.connection().execute(sa.select(child.c.id).where(fk.parent.in_(found[parent])))
                new = {row[0] for row in rows} - found.get(child.name, set())
                if new:
                    found.setdefault(child.name, set()).update(new)
                    pending.append(child.name)
    return found


def detached_ids(db: Session, table: str, record_id: uuid.UUID) -> dict[str, set[uuid.UUID]]:
    """Ids per table of rows whose ON DELETE SET NULL reference to ``record_id`` the database will clear."""
    found: dict[str, set[uuid.UUID]] = {}
    for child in metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table.name == table and fk.ondelete == "SET NULL":
                rows = db.connection().execute(sa.select(child.c.id).where(fk.parent == record_id))
                ids = {row[0] for row in rows}
                if ids:
                    found.setdefault(child.name, set()).update(ids)
    return found
