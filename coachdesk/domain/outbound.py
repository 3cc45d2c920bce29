"""The outbound ledger: everything that left the vault, to whom, on what basis, and about which clients."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field

from coachdesk.domain.base import Record
from coachdesk.domain.enums import DisclosureBasis, DocumentKind, OutboundBasis, OutboundChannel
from coachdesk.domain.types import UTCDateTime, enum_field, utc_now

OWN_USE = "Coach's own use"  # the recipient of what the coach keeps for themselves


class OutboundEntry(Record, table=True):
    """One document or file that left the vault: when, what, how, to whom, why, and its SHA-256."""

    __tablename__ = "outbound_entry"

    sent_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False, index=True)
    kind: DocumentKind = enum_field(DocumentKind)
    channel: OutboundChannel = enum_field(OutboundChannel, OutboundChannel.FILE)
    recipient: str  # as the coach named them, or OWN_USE
    basis: OutboundBasis = enum_field(OutboundBasis)
    consent_id: uuid.UUID | None = Field(
        default=None, foreign_key="consent.id", ondelete="SET NULL", index=True
    )
    legal_basis: DisclosureBasis | None = enum_field(DisclosureBasis, nullable=True)
    entity: str  # what it is about: "engagement", "referral", "client", "hours_log", "calendar"
    entity_id: uuid.UUID | None = Field(default=None, index=True)
    description: str = ""  # neutral: the file name without its folder, or "Printed"
    sha256: str


class OutboundClient(Record, table=True):
    """That an outbound entry is about a client (an entry about several clients links each)."""

    __tablename__ = "outbound_client"

    entry_id: uuid.UUID = Field(foreign_key="outbound_entry.id", ondelete="CASCADE", index=True)
    client_id: uuid.UUID = Field(foreign_key="client.id", ondelete="CASCADE", index=True)
