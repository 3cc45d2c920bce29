"""An agreement's own clause choices and the profile's practice terms, stored and printed."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from coachdesk.domain import Engagement, VatTreatment
from coachdesk.services.agreement_list import engagement_form
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.engagements import EngagementDetails, create_engagement, update_engagement
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, get_profile, save_profile
from tests.services.checks import refused

TODAY = date(2026, 11, 27)


def _text(db: Session, engagement_id: uuid.UUID) -> str:
    reader = PdfReader(io.BytesIO(agreement_pdf(db, engagement_id, TODAY)))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def sponsor_id(db: Session) -> uuid.UUID:
    created = create_organisation(db, OrganisationDetails(name="Nordlicht GmbH")).created
    assert created is not None
    return created


@pytest.fixture(params=["two", "three"])
def details(request: pytest.FixtureRequest, db: Session, client_id: uuid.UUID) -> EngagementDetails:
    sponsor = request.getfixturevalue("sponsor_id") if request.param == "three" else None
    return EngagementDetails(client_id=client_id, title="Leadership 2026", sponsor_id=sponsor, fee="100")


def _create(db: Session, details: EngagementDetails) -> uuid.UUID:
    created = create_engagement(db, details).created
    assert created is not None
    return created


def test_a_clause_switched_off_for_one_agreement_is_absent_from_it(
    db: Session, details: EngagementDetails
) -> None:
    engagement_id = _create(db, details)
    assert "Technology and recordings" in _text(db, engagement_id)
    update_engagement(db, engagement_id, replace(details, clauses_off=frozenset({"technology", "liability"})))
    assert db.get(Engagement, engagement_id).clauses_off == "liability,technology"  # type: ignore[union-attr]
    assert engagement_form(db, engagement_id).details.clauses_off == {"technology", "liability"}
    text = _text(db, engagement_id)
    assert "Technology and recordings" not in text and "artificial intelligence" not in text
    assert "Limitation of liability" not in text
    assert "The coaching log" in text  # still on
    other = _create(db, replace(details, title="Another"))
    assert "Technology and recordings" in _text(db, other)  # only that agreement


def test_an_unknown_clause_is_refused_naming_the_known_ones(db: Session, details: EngagementDetails) -> None:
    refused(
        lambda: create_engagement(db, replace(details, clauses_off=frozenset({"parties"}))),
        db,
        "clauses_off",
        "no optional clause called parties; the optional clauses are coaching_log, liability, technology",
    )


def test_vat_place_and_planned_meetings_are_stored_and_printed(
    db: Session, details: EngagementDetails
) -> None:
    three_way = details.sponsor_id is not None
    engagement_id = _create(
        db,
        replace(
            details,
            vat=VatTreatment.NOT_CHARGED,
            signature_place=False,
            three_way_meetings="in week one and week ten" if three_way else "",
        ),
    )
    form = engagement_form(db, engagement_id).details
    assert (form.vat, form.signature_place) == (VatTreatment.NOT_CHARGED, False)
    text = _text(db, engagement_id)
    assert "No VAT is charged on the fee." in text and "Place" not in text
    assert ("are planned in week one and week ten" in text) is three_way
    refused(lambda: update_engagement(db, engagement_id, replace(details, vat="maybe")), db, "vat", "VAT")


def test_meetings_without_a_sponsor_are_not_kept(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _create(
        db, EngagementDetails(client_id=client_id, title="Solo", three_way_meetings="in week one")
    )
    assert engagement_form(db, engagement_id).details.three_way_meetings == ""


def test_the_profile_sets_law_authority_tools_and_liability(db: Session, details: EngagementDetails) -> None:
    save_profile(
        db,
        ProfileDetails(
            name="Dr Łucja Kowalska",
            country="Poland",
            platforms="Microsoft Teams",
            processors="Fastmail (e-mail)",
            limitation_of_liability="The coach’s liability is limited to PLN 20,000.",
        ),
    )
    profile = get_profile(db)
    assert profile is not None and profile.country == "Poland"
    text = _text(db, _create(db, details))
    assert "governed by the law of Poland, and the courts of Poland have jurisdiction" in text
    assert "Personal Data Protection Office (UODO)" in text
    assert "use Microsoft Teams." in text and "Fastmail (e-mail)." in text
    assert "The coach’s liability is limited to PLN 20,000." in text
    authority = "UODO, ul. Stawki 2, 00-193 Warszawa"
    save_profile(
        db, ProfileDetails(name="Dr Łucja Kowalska", country="Poland", data_protection_authority=authority)
    )
    assert "data-protection authority: UODO, ul. Stawki 2, 00-193 Warszawa." in _text(
        db, _create(db, details)
    )
