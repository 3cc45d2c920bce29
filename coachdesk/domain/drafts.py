"""Typed words not yet saved: an open editor's content, kept in the vault so no lock or crash loses it."""

from __future__ import annotations

import uuid

from sqlmodel import Field

from coachdesk.domain.base import Record


class Draft(Record, table=True):
    """What an editor held when the vault locked (or at its last pause in typing), as JSON.

    ``kind`` names the editor ("session", ...); ``record_id`` the record it edits (None for a new
    one); ``client_id`` ties it to a client, so that erasing the client takes the draft along.
    """

    __tablename__ = "draft"

    kind: str = Field(index=True)
    record_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = Field(default=None, foreign_key="client.id", ondelete="CASCADE", index=True)
    payload: str = "{}"
