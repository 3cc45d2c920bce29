"""What the client agreed to on the report's own date counts that day: an organisation's goal agreed
that morning is printed, one agreed the next day is not."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.domain import GoalOrigin
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.sponsor_report_pdf import sponsor_report_data
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def test_an_organisations_goal_agreed_on_the_report_date_is_printed(db: Session) -> None:
    save_profile(db, ProfileDetails(name="Alex Moreau"))
    acme = _id(create_organisation(db, OrganisationDetails(name="Acme Ltd")))
    client = _id(create_client(db, ClientDetails(name="Zoë Ørsted", organisation_id=acme)))
    engagement = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client, title="First 100 days", sponsor_id=acme, sponsor_receives_goals=True
            ),
        )
    )
    create_consent(db, ConsentDetails(client, "share_with_sponsor", date(2026, 9, 1), recipient="Acme Ltd"))
    for statement, agreed in (("Cut costs", TODAY), ("Grow sales", date(2026, 11, 28))):
        create_goal(
            db, GoalDetails(client, statement, engagement, GoalOrigin.ORGANISATION, client_agreed_on=agreed)
        )
    report = sponsor_report_data(db, engagement, TODAY)
    assert report.goals is not None and [g.statement for g in report.goals] == ["Cut costs"]
