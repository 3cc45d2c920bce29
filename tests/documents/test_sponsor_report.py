"""The sponsor report: only what the terms and the client's current consent allow, never notes."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from coachdesk.domain import DocumentKind, GeneratedDocument, GoalOrigin, SessionStatus
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent, withdraw_consent
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.document_export import export_document, sponsor_report_document
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.referral_letter_pdf import referral_letter_pdf
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.services.sponsor_report_pdf import sponsor_report_data, sponsor_report_pdf
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)
PRIVATE = "PLUMBLOSSOM private remark"
CLIENT_GOAL = "QUARTZHERON personal ambition"
SUMMARY = "Marked progress in delegating to the team"
NEEDS = pytest.mark.usefixtures("pdf_tools")


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def _flat(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        yield session


@dataclass
class Practice:
    client: uuid.UUID
    engagement: uuid.UUID
    consent: uuid.UUID
    own_goal: uuid.UUID


@pytest.fixture
def practice(db: Session) -> Practice:
    save_profile(db, ProfileDetails(name="Alex Moreau", credentials="ICF PCC"))
    acme = _id(create_organisation(db, OrganisationDetails(name="Acme Ltd", contact_name="Dana Sponsor")))
    client = _id(create_client(db, ClientDetails(name="Łukasz Żółć", organisation_id=acme)))
    engagement = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client,
                title="Leading a growing team",
                sponsor_id=acme,
                session_count=6,
                start_date=date(2026, 9, 1),
                sponsor_receives_attendance=True,
                sponsor_receives_goals=True,
                sponsor_receives_progress_summary=True,
            ),
        )
    )
    for day, status in ((3, SessionStatus.COMPLETED), (17, SessionStatus.CANCELLED)):
        create_session(
            db,
            SessionDetails(
                client_id=client,
                engagement_id=engagement,
                starts_at=datetime(2026, 10, day, 9, tzinfo=UTC),
                status=status,
                private_notes=PRIVATE,
                shared_summary="SHAREDONLYWITHCLIENT",
            ),
        )
    create_goal(
        db,
        GoalDetails(
            client,
            "Build a leadership pipeline",
            engagement,
            GoalOrigin.ORGANISATION,
            client_agreed_on=date(2026, 9, 2),
        ),
    )
    create_goal(db, GoalDetails(client, "Delegate more", engagement, GoalOrigin.SHARED, progress=40))
    own = _id(create_goal(db, GoalDetails(client, CLIENT_GOAL, engagement, GoalOrigin.CLIENT)))
    consent = _id(
        create_consent(
            db,
            ConsentDetails(client, "share_with_sponsor", date(2026, 9, 1), recipient="Acme Ltd"),
        )
    )
    return Practice(client, engagement, consent, own)


@NEEDS
def test_the_report_holds_attendance_and_organisational_goals_but_never_notes(
    db: Session, practice: Practice, tmp_path: Path
) -> None:
    source = sponsor_report_document(practice.engagement, TODAY)
    pdf = source.render(db)
    assert db.exec(select(GeneratedDocument)).all() == []  # rendering records nothing
    export_document(db, tmp_path / "report.pdf", pdf, source)
    words = _flat(pdf)
    assert "Łukasz Żółć" in words and "Acme Ltd" in words and "Dana Sponsor" in words
    assert "1 session held of 6 agreed; 5 remaining" in words
    assert "Held" in words and "Cancelled" in words
    assert "Build a leadership pipeline" in words and "Delegate more" in words
    assert "No progress summary is included" in words
    for secret in ("PLUMBLOSSOM", "QUARTZHERON", "SHAREDONLYWITHCLIENT"):
        assert secret not in words
    recorded = db.exec(select(GeneratedDocument)).one()
    assert recorded.kind == DocumentKind.SPONSOR_REPORT and recorded.entity_id == practice.engagement
    assert recorded.sha256 == hashlib.sha256((tmp_path / "report.pdf").read_bytes()).hexdigest()


@NEEDS
def test_an_unconsented_summary_is_refused_and_a_consented_one_printed(
    db: Session, practice: Practice
) -> None:
    with pytest.raises(ValidationError) as refused:
        sponsor_report_data(db, practice.engagement, TODAY, progress_summary=SUMMARY)
    assert refused.value.field == "summary_agreed"
    words = _flat(
        sponsor_report_pdf(db, practice.engagement, TODAY, progress_summary=SUMMARY, summary_agreed=True)
    )
    assert SUMMARY in words and "has read and agreed to this summary" in words


def test_client_goals_only_when_the_client_agreed(db: Session, practice: Practice) -> None:
    without = sponsor_report_data(db, practice.engagement, TODAY)
    assert without.goals is not None and CLIENT_GOAL not in {g.statement for g in without.goals}
    agreed = sponsor_report_data(db, practice.engagement, TODAY, client_goal_ids=[practice.own_goal])
    assert agreed.goals is not None and CLIENT_GOAL in {g.statement for g in agreed.goals}


def test_items_outside_the_terms_are_left_out(db: Session, practice: Practice) -> None:
    from coachdesk.domain import Engagement
    from coachdesk.services.engagements import update_engagement

    engagement = db.get(Engagement, practice.engagement)
    assert engagement is not None
    details = EngagementDetails(
        client_id=practice.client,
        title=engagement.title,
        sponsor_id=engagement.sponsor_id,
        sponsor_receives_attendance=True,
    )
    update_engagement(db, practice.engagement, details)
    report = sponsor_report_data(db, practice.engagement, TODAY)
    assert report.attendance is not None and report.goals is None and report.progress_summary is None
    with pytest.raises(ValidationError) as refused:
        sponsor_report_data(db, practice.engagement, TODAY, progress_summary=SUMMARY, summary_agreed=True)
    assert refused.value.field == "progress_summary"


def test_withdrawing_consent_stops_the_report_and_the_referral_letter_at_once(
    db: Session, practice: Practice
) -> None:
    therapist = _id(
        create_professional(db, ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist"))
    )
    referral_consent = _id(
        create_consent(
            db, ConsentDetails(practice.client, "referral", date(2026, 10, 1), recipient="Dr Ana Ruiz")
        )
    )
    referral = _id(
        create_referral(
            db,
            ReferralDetails(
                practice.client, therapist, "Sleep", consent_id=referral_consent, referred_on=TODAY
            ),
        )
    )
    referral_letter_pdf(db, referral, TODAY)
    sponsor_report_data(db, practice.engagement, TODAY)
    withdraw_consent(db, practice.consent, TODAY)
    withdraw_consent(db, referral_consent, TODAY)
    with pytest.raises(ValidationError) as report_refused:
        sponsor_report_data(db, practice.engagement, TODAY)
    assert report_refused.value.field == "consent_id"
    assert "withdrew" in report_refused.value.message and "Acme Ltd" in report_refused.value.message
    with pytest.raises(ValidationError) as letter_refused:
        referral_letter_pdf(db, referral, TODAY)
    assert "withdrew" in letter_refused.value.message


def test_a_consent_for_someone_else_or_none_at_all_is_named(db: Session, practice: Practice) -> None:
    from coachdesk.domain import Consent

    consent = db.get(Consent, practice.consent)
    assert consent is not None
    consent.recipient = "Other Corp"
    db.add(consent)
    db.commit()
    with pytest.raises(ValidationError) as refused:
        sponsor_report_data(db, practice.engagement, TODAY)
    assert "consent to share information with Acme Ltd is missing" in refused.value.message


def test_a_two_party_engagement_has_no_sponsor_report(db: Session, practice: Practice) -> None:
    two_party = _id(create_engagement(db, EngagementDetails(client_id=practice.client, title="Career")))
    with pytest.raises(ValidationError) as refused:
        sponsor_report_data(db, two_party, TODAY)
    assert "two-party" in refused.value.message
