"""The sponsor report's rules, read from the PDF's text: goals the client agreed to, progress the client
agreed to, sessions that happened, sessions remaining and the next three-way review."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from coachdesk.domain import Goal, GoalOrigin, SessionStatus
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.services.sponsor_report_options import set_next_review, sponsor_report_options
from coachdesk.services.sponsor_report_pdf import sponsor_report_pdf
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def _words(db: Session, engagement: uuid.UUID, **options: object) -> str:
    pdf = sponsor_report_pdf(db, engagement, TODAY, **options)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        yield session


@dataclass
class ThreeWay:
    client: uuid.UUID
    engagement: uuid.UUID
    consent: uuid.UUID

    def goal(self, db: Session, statement: str, origin: GoalOrigin, **details: object) -> uuid.UUID:
        return _id(
            create_goal(db, GoalDetails(self.client, statement, self.engagement, origin, **details))  # type: ignore[arg-type]
        )

    def session(self, db: Session, day: date, status: SessionStatus) -> None:
        starts = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        create_session(db, SessionDetails(self.client, starts, engagement_id=self.engagement, status=status))


@pytest.fixture
def three_way(db: Session) -> ThreeWay:
    save_profile(db, ProfileDetails(name="Alex Moreau", credentials="ICF PCC"))
    acme = _id(create_organisation(db, OrganisationDetails(name="Acme Ltd")))
    client = _id(create_client(db, ClientDetails(name="Zoë Ørsted", organisation_id=acme)))
    engagement = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client,
                title="First 100 days",
                sponsor_id=acme,
                session_count=6,
                start_date=date(2026, 9, 1),
                end_date=date(2027, 2, 28),
                sponsor_receives_attendance=True,
                sponsor_receives_goals=True,
            ),
        )
    )
    consent = _id(
        create_consent(
            db,
            ConsentDetails(
                client,
                "share_with_sponsor",
                date(2026, 9, 1),
                expires_on=date(2026, 12, 31),
                recipient="Acme Ltd",
            ),
        )
    )
    return ThreeWay(client, engagement, consent)


def test_an_organisations_goal_prints_only_once_the_client_agreed_to_it(
    db: Session, three_way: ThreeWay
) -> None:
    three_way.goal(db, "UNAGREEDGOAL cut costs", GoalOrigin.ORGANISATION)
    three_way.goal(
        db, "LATERGOAL agreed next week", GoalOrigin.ORGANISATION, client_agreed_on=date(2026, 12, 4)
    )
    three_way.goal(
        db, "AGREEDGOAL one planning cycle", GoalOrigin.ORGANISATION, client_agreed_on=date(2026, 9, 5)
    )
    three_way.goal(db, "SHAREDGOAL leave by 18:30", GoalOrigin.SHARED)
    words = _words(db, three_way.engagement)
    assert "AGREEDGOAL" in words and "SHAREDGOAL" in words
    assert "UNAGREEDGOAL" not in words and "LATERGOAL" not in words
    assert "not yet agreed" not in words
    assert "Only goals Zoë Ørsted has agreed to are listed" in words


def test_progress_shows_the_clients_agreed_words_or_a_percentage_only_where_agreed(
    db: Session, three_way: ThreeWay
) -> None:
    three_way.goal(
        db,
        "Run the board review",
        GoalOrigin.SHARED,
        progress=37,
        sponsor_progress="Two reviews held; the third is booked.",
        sponsor_sees_percent=True,
    )
    three_way.goal(db, "Leave by 18:30", GoalOrigin.SHARED, progress=43, sponsor_sees_percent=True)
    three_way.goal(db, "Delegate reporting", GoalOrigin.SHARED, progress=61)
    words = _words(db, three_way.engagement)
    assert "Two reviews held; the third is booked." in words and "37%" not in words  # words win
    assert "43%" in words
    assert "61%" not in words and "Not reported" in words
    assert "it is not the coach's assessment" in words


def test_only_sessions_held_cancelled_or_missed_are_listed_with_those_remaining(
    db: Session, three_way: ThreeWay
) -> None:
    three_way.session(db, date(2026, 10, 1), SessionStatus.COMPLETED)
    three_way.session(db, date(2026, 10, 15), SessionStatus.NO_SHOW)
    three_way.session(db, date(2026, 10, 29), SessionStatus.CANCELLED)
    three_way.session(db, date(2026, 11, 12), SessionStatus.SCHEDULED)  # past, never marked held
    three_way.session(db, date(2026, 12, 10), SessionStatus.SCHEDULED)  # still to come
    words = _words(db, three_way.engagement)
    assert "Held" in words and "Did not attend" in words and "Cancelled" in words
    assert "Scheduled" not in words
    assert "12 November 2026" not in words and "10 December 2026" not in words
    # A missed session is used; a cancelled one is not.
    assert "1 session held and 1 not attended of 6 agreed; 4 remaining." in words


def test_the_coach_picks_the_clients_own_goals_one_by_one(db: Session, three_way: ThreeWay) -> None:
    first = three_way.goal(db, "OWNFIRST find my voice", GoalOrigin.CLIENT)
    three_way.goal(db, "OWNSECOND private ambition", GoalOrigin.CLIENT)
    none_picked = _words(db, three_way.engagement)
    assert "OWNFIRST" not in none_picked and "OWNSECOND" not in none_picked
    one_picked = _words(db, three_way.engagement, client_goal_ids=[first])
    assert "OWNFIRST" in one_picked and "Client's own" in one_picked
    assert "OWNSECOND" not in one_picked


def test_only_the_clients_own_goals_of_this_engagement_can_be_picked(
    db: Session, three_way: ThreeWay
) -> None:
    organisations = three_way.goal(db, "Cut costs", GoalOrigin.ORGANISATION)
    elsewhere = _id(create_goal(db, GoalDetails(three_way.client, "Another engagement's goal")))
    for picked in ([organisations], [elsewhere], ["not-an-id"]):
        with pytest.raises(ValidationError) as refused:
            sponsor_report_pdf(db, three_way.engagement, TODAY, client_goal_ids=picked)
        assert refused.value.field == "client_goal_ids"


def test_the_next_three_way_review_is_printed_or_still_to_be_arranged(
    db: Session, three_way: ThreeWay
) -> None:
    assert "still to be arranged" in _words(db, three_way.engagement)
    set_next_review(db, three_way.engagement, date(2026, 12, 11))
    words = _words(db, three_way.engagement)
    assert "Next three-way review" in words and "planned for 11 December 2026" in words
    set_next_review(db, three_way.engagement, date(2026, 11, 1))  # already past: not a plan
    assert "still to be arranged" in _words(db, three_way.engagement)
    with pytest.raises(ValidationError) as refused:
        set_next_review(db, three_way.engagement, "soon")  # type: ignore[arg-type]
    assert refused.value.field == "next_review_on"


def test_the_options_say_when_the_consent_ends_before_the_engagement(
    db: Session, three_way: ThreeWay
) -> None:
    first = three_way.goal(db, "Find my voice", GoalOrigin.CLIENT)
    three_way.goal(db, "Cut costs", GoalOrigin.ORGANISATION)
    options = sponsor_report_options(db, three_way.engagement, TODAY)
    assert [g.id for g in options.client_goals] == [first] and options.unagreed_goals == 1
    assert options.consent_ends_on == date(2026, 12, 31) and options.engagement_ends_on == date(2027, 2, 28)
    assert options.consent_ends_early and options.consent_problem == ""
    later = sponsor_report_options(db, three_way.engagement, date(2027, 1, 5))  # the consent has expired
    assert "expired on 2026-12-31" in later.consent_problem


def test_a_goal_keeps_what_the_sponsor_may_read(db: Session, three_way: ThreeWay) -> None:
    goal_id = three_way.goal(
        db,
        "Lead the review",
        GoalOrigin.SHARED,
        sponsor_progress="  Halfway there. ",
        sponsor_sees_percent=True,
    )
    goal = db.get(Goal, goal_id)
    assert goal is not None and (goal.sponsor_progress, goal.sponsor_sees_percent) == ("Halfway there.", True)
    with pytest.raises(ValidationError) as refused:
        three_way.goal(db, "Lead", GoalOrigin.SHARED, sponsor_progress="one\ntwo")
    assert refused.value.field == "sponsor_progress"
