"""Confidential organisational clients in the hours log: which sessions are logged under an alias,
the organisation contact who verifies them, and each aliased client's stable alias number."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.domain import CoachingSession, Engagement, Organisation, SessionStatus

ALIAS_PREFIX = "Confidential Client"


@dataclass(frozen=True)
class AliasedEngagement:
    """An engagement logged as an alias: its sponsor and the contact who verifies it ("" when none)."""

    engagement_id: uuid.UUID
    organisation_id: uuid.UUID
    organisation: str
    contact_email: str


def alias_name(number: int) -> str:
    return f"{ALIAS_PREFIX} {number}"


def aliased_engagements(db: Session) -> dict[uuid.UUID, AliasedEngagement]:
    """Engagements with a sponsor that are logged as an alias, by id; the e-mail is the engagement's
    sponsor contact's, else the organisation's contact's."""
    e, o = Engagement, Organisation
    query = (
        sa.select(col(e.id), col(o.id), col(o.name), col(e.sponsor_contact_email), col(o.contact_email))
        .join(o, col(o.id) == col(e.sponsor_id))
        .where(col(e.log_as_alias).is_(True))
    )
    return {
        engagement_id: AliasedEngagement(engagement_id, organisation_id, name, (own or theirs).strip())
        for engagement_id, organisation_id, name, own, theirs in db.connection().execute(query)
    }


def alias_numbers(db: Session) -> dict[uuid.UUID, int]:
    """Each aliased client's number, in the order the clients' first aliased completed sessions took
    place (ties by client id): the same in every log, whatever its period."""
    aliased = list(aliased_engagements(db))
    if not aliased:
        return {}
    s = CoachingSession
    query = (
        sa.select(col(s.client_id), sa.func.min(col(s.starts_at)).label("first"))
        .where(col(s.status) == SessionStatus.COMPLETED, col(s.engagement_id).in_(aliased))
        .group_by(col(s.client_id))
        .order_by(sa.text("first"), col(s.client_id))
    )
    return {row[0]: number for number, row in enumerate(db.connection().execute(query), 1)}
