"""A signed agreement frozen as it was signed, and the amendments agreed in writing after signing."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from coachdesk.domain.base import Record


class SignedAgreement(Record, table=True):
    """The agreement as the parties signed it: its printed data, its clause text and its reference."""

    __tablename__ = "signed_agreement"

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE", unique=True)
    signed_on: date
    document_id: str  # the reference printed on every page; a reprint keeps it
    template_version: str  # a digest of the clause template's text, to tell versions apart
    template_text: str  # the clause template as it was at signing
    data: str  # the agreement's printed data as JSON (``documents.agreement_snapshot``)


class AgreementAmendment(Record, table=True):
    """A change to a signed agreement that the parties agreed in writing."""

    __tablename__ = "agreement_amendment"

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE", index=True)
    agreed_on: date
    what_changed: str
