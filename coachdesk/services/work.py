"""One service call, one transaction: validate, write, audit, commit, or leave nothing behind."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from coachdesk.domain import Record
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services.errors import NotFound
from coachdesk.services.field_names import field_name

T = TypeVar("T", bound=SQLModel)


@contextmanager
def transaction(db: Session) -> Iterator[Session]:
    """Commit on success; roll back on any error so the database is as it was."""
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()
        raise


def fetch(db: Session, model: type[T], record_id: Any, *, field: str, label: str) -> T:
    """The record with ``record_id``, or NotFound naming the field."""
    from coachdesk.services.validation import an_id

    found = db.get(model, an_id(field, record_id))
    if found is None:
        raise NotFound(
            field, phrase("services", "That {label} no longer exists.").format(label=field_name(label))
        )
    return found


def apply(record: Record, values: Mapping[str, Any], *, now: datetime | None = None) -> list[str]:
    """Set the fields that differ; returns their names (for the audit) and bumps updated_at."""
    changed = [name for name, value in values.items() if getattr(record, name) != value]
    for name in changed:
        setattr(record, name, values[name])
    if changed:
        record.updated_at = now or utc_now()
    return changed
