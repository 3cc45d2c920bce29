"""Coaching sessions, their private notes, and dated amendments once notes are finalised."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.enums import ConcernFlag, SessionFormat, SessionStatus
from coachdesk.domain.types import FlagSet, UTCDateTime, enum_field, timestamp_field


class CoachingSession(Record, table=True):
    """One session with a client (or a group the client is part of)."""

    __tablename__ = "coaching_session"
    # The client list's last and next session per client: one index seek each.
    __table_args__ = (
        sa.Index("ix_coaching_session_client_status_start", "client_id", "status", "starts_at"),
        # Coaching hours (this month, in total) read from the index alone.
        sa.Index("ix_coaching_session_hours", "status", "starts_at", "paid", "is_group", "duration_minutes"),
        # Sessions by start; it also holds every column the hours log reads, so the log reads this
        # index alone, never the sessions' rows with their notes. It leads with the start: an index
        # leading with the status and holding the engagement would be taken for every "this
        # engagement's completed sessions" (SQLite has no statistics to know the status is common).
        sa.Index(
            "ix_coaching_session_starts_at",
            *("starts_at", "status", "client_id", "duration_minutes"),
            *("is_group", "group_size", "paid", "engagement_id"),
        ),
    )

    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE")
    # Deleting an agreement never deletes session notes: the session stays with the client.
    engagement_id: uuid.UUID | None = Field(
        default=None, foreign_key="engagement.id", ondelete="SET NULL", index=True
    )
    starts_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    duration_minutes: int = 60
    format: SessionFormat = enum_field(SessionFormat, SessionFormat.VIDEO)
    is_group: bool = False
    group_size: int = 1
    paid: bool = True
    status: SessionStatus = enum_field(SessionStatus, SessionStatus.SCHEDULED)
    private_notes: str = ""  # Markdown; never leaves the vault
    shared_summary: str = ""  # what the client receives
    concern_flags: frozenset[ConcernFlag] = Field(
        default_factory=frozenset, sa_type=FlagSet(ConcernFlag), nullable=False
    )
    finalised_at: datetime | None = timestamp_field()


class NoteAmendment(Record, table=True):
    """A dated addition to finalised notes; the original stays as it was."""

    __tablename__ = "note_amendment"

    session_id: uuid.UUID = Field(foreign_key="coaching_session.id", ondelete="CASCADE", index=True)
    text: str
