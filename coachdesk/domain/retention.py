"""Keeping records no longer than needed: practice settings, and decisions to keep a client's records."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from coachdesk.domain.base import Record


class PracticeSetting(Record, table=True):
    """A setting of the practice kept in the vault (not in the computer's settings), by key."""

    __tablename__ = "practice_setting"

    key: str = Field(index=True, unique=True)  # e.g. "retention_years"
    value: str


class RetentionHold(Record, table=True):
    """The coach's decision to keep a client's records past the retention period, and why."""

    __tablename__ = "retention_hold"

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
    decided_on: date
    reason: str
    review_on: date | None = None  # when to look again; None: kept until the coach decides otherwise
