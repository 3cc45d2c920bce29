"""A small three-way practice for the sponsor report's tests: Zoë Ørsted, coached for Acme Ltd."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session

from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile

SPONSOR = "Acme Ltd"


def created(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def sponsor_consent(db: Session, client: uuid.UUID, granted_on: date, expires_on: date | None = None) -> None:
    """The client's consent to share with Acme Ltd, from ``granted_on`` (until ``expires_on``)."""
    create_consent(
        db, ConsentDetails(client, "share_with_sponsor", granted_on, recipient=SPONSOR, expires_on=expires_on)
    )


def acme_engagement(
    db: Session, *, profile: bool = True, consent_from: date | None = date(2026, 9, 1), **terms: Any
) -> tuple[uuid.UUID, uuid.UUID]:
    """A client of Acme Ltd and their three-way engagement with ``terms``; returns (client, engagement).

    With ``profile`` the coach's profile exists; with ``consent_from`` the client's consent to share
    with Acme Ltd runs from that day.
    """
    if profile:
        save_profile(db, ProfileDetails(name="Alex Moreau"))
    acme = created(create_organisation(db, OrganisationDetails(name=SPONSOR)))
    client = created(create_client(db, ClientDetails(name="Zoë Ørsted", organisation_id=acme)))
    details = EngagementDetails(client_id=client, title="First 100 days", sponsor_id=acme, **terms)
    engagement = created(create_engagement(db, details))
    if consent_from is not None:
        sponsor_consent(db, client, consent_from)
    return client, engagement
