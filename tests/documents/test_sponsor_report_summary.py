"""A progress summary the client agreed to reaches the sponsor as written, several paragraphs long."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.sponsor_report_pdf import sponsor_report_data
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)
SUMMARY = (
    "Zoë now delegates the weekly figures to her deputy and has kept her evenings free since October.\n\n"
    "She chairs the team meeting without preparing every slide herself; the team reports the meetings "
    "are shorter. The next step she chose is a first one-to-one with each new starter within a week of "
    "their arrival, which she has planned for January."
)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def test_a_long_summary_of_several_paragraphs_is_kept_as_the_client_agreed_it(db: Session) -> None:
    save_profile(db, ProfileDetails(name="Alex Moreau"))
    acme = _id(create_organisation(db, OrganisationDetails(name="Acme Ltd")))
    client = _id(create_client(db, ClientDetails(name="Zoë Ørsted", organisation_id=acme)))
    engagement = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client,
                title="First 100 days",
                sponsor_id=acme,
                sponsor_receives_progress_summary=True,
            ),
        )
    )
    create_consent(db, ConsentDetails(client, "share_with_sponsor", date(2026, 9, 1), recipient="Acme Ltd"))
    assert len(SUMMARY) > 300
    report = sponsor_report_data(db, engagement, TODAY, progress_summary=SUMMARY, summary_agreed=True)
    assert report.progress_summary == SUMMARY and report.withheld == ()
