"""One client's overview: each list holds that client's records only, and the timeline dates everything."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import Session, select

from coachdesk.domain import (
    ActionOwner,
    BoundaryKind,
    Client,
    ConcernFlag,
    ConflictDecision,
    ConflictKind,
    ConsentScope,
    DisclosureBasis,
    EngagementStatus,
    GoalOrigin,
    GoalStatus,
    ReferralStatus,
    SessionStatus,
)
from coachdesk.services.client_overview import (
    ClientOverview,
    TimelineEvent,
    client_overview,
    client_profile,
    client_timeline,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import (
    BoundaryIncidentDetails,
    ConflictDetails,
    create_boundary_incident,
    create_conflict,
    decide_conflict,
)
from coachdesk.services.consents import (
    ConsentDetails,
    DisclosureDetails,
    create_consent,
    record_client_informed,
    record_disclosure,
    withdraw_consent,
)
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.goals import (
    ActionItemDetails,
    GoalDetails,
    complete_action_item,
    create_action_item,
    create_goal,
    update_goal,
)
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.referrals import ReferralDetails, create_referral, set_referral_status
from coachdesk.services.sessions import SessionDetails, amend_notes, create_session, finalise_notes
from tests.conftest import FAST_KDF, PASSPHRASE

DAY = date(2026, 3, 2)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _id(created: uuid.UUID | None) -> uuid.UUID:
    assert created is not None
    return created


def _session(db: Session, client: uuid.UUID, day: date, **fields: Any) -> uuid.UUID:
    return _id(create_session(db, SessionDetails(client_id=client, starts_at=_at(day), **fields)).created)


def _engagement(db: Session, client: uuid.UUID, title: str, **fields: Any) -> uuid.UUID:
    return _id(create_engagement(db, EngagementDetails(client_id=client, title=title, **fields)).created)


def _events(overview: ClientOverview, kind: str) -> list[str]:
    return [e.text for e in overview.timeline if e.kind == kind]


def test_profile_with_organisation_tags_and_hours_log(db: Session) -> None:
    acme = _id(create_organisation(db, OrganisationDetails(name="Acme")).created)
    client = _id(
        create_client(
            db,
            ClientDetails(
                name="Zoë Ørsted",
                preferred_name="Zoë",
                email="zoe@example.org",
                organisation_id=acme,
                role="Head of Operations",
                status="active",
                tags="leadership, career",
                intake_date=DAY,
                named_in_hours_log=True,
                private_notes="Only for me.",
            ),
        ).created
    )
    profile = client_profile(db, client)
    assert (profile.name, profile.preferred_name, profile.organisation) == ("Zoë Ørsted", "Zoë", "Acme")
    assert profile.tags == ("leadership", "career")
    assert profile.intake_date == DAY and profile.named_in_hours_log
    assert profile.private_notes == "Only for me."
    alone = client_profile(db, _id(create_client(db, ClientDetails(name="Bea")).created))
    assert (alone.organisation, alone.tags, alone.intake_date) == ("", (), None)


def test_a_missing_client_is_refused_by_name(db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        client_overview(db, uuid.uuid4())
    assert caught.value.field == "client_id" and "no longer exists" in caught.value.message
    with pytest.raises(ValidationError):
        client_overview(db, "not an id")  # type: ignore[arg-type]


def test_engagements_count_completed_sessions_against_the_plan(db: Session, client_id: uuid.UUID) -> None:
    sponsor = _id(create_organisation(db, OrganisationDetails(name="Nordlicht")).created)
    three_way = _engagement(db, client_id, "First 100 days", sponsor_id=sponsor, session_count=8)
    two_party = _engagement(db, client_id, "Career change", start_date=DAY)
    for n, status in enumerate([SessionStatus.COMPLETED, SessionStatus.COMPLETED, SessionStatus.CANCELLED]):
        _session(db, client_id, DAY + timedelta(days=n), engagement_id=three_way, status=status)
    _session(db, client_id, DAY, engagement_id=two_party, status=SessionStatus.SCHEDULED)
    lines = {e.id: e for e in client_overview(db, client_id).engagements}
    assert lines[three_way].three_way and lines[three_way].sponsor == "Nordlicht"
    assert (lines[three_way].sessions_done, lines[three_way].sessions_planned) == (2, 8)
    assert not lines[two_party].three_way and lines[two_party].sponsor == ""
    assert (lines[two_party].sessions_done, lines[two_party].sessions_planned) == (0, None)


def test_sessions_newest_first_with_notes_state_and_concerns(db: Session, client_id: uuid.UUID) -> None:
    engagement = _engagement(db, client_id, "Programme")
    first = _session(db, client_id, DAY, private_notes="Notes.", status=SessionStatus.COMPLETED)
    second = _session(
        db, client_id, DAY + timedelta(days=14), engagement_id=engagement,
        concern_flags={ConcernFlag.MEDICAL, ConcernFlag.LEGAL},
    )  # fmt: skip
    finalise_notes(db, first, _at(DAY, 11))
    amend_notes(db, first, "Added later.")
    amend_notes(db, first, "And again.")
    sessions = client_overview(db, client_id).sessions
    assert [s.id for s in sessions] == [second, first]
    assert sessions[1].finalised and sessions[1].amendments == 2
    assert not sessions[0].finalised and sessions[0].amendments == 0
    assert sessions[0].concern_flags == {ConcernFlag.MEDICAL, ConcernFlag.LEGAL}
    assert (sessions[0].engagement, sessions[1].engagement) == ("Programme", "")
    assert not hasattr(sessions[1], "private_notes")  # the overview never carries notes


def test_goals_carry_their_action_items_and_when_they_were_achieved(
    db: Session, client_id: uuid.UUID
) -> None:
    goal = _id(create_goal(db, GoalDetails(client_id=client_id, statement="Delegate reporting")).created)
    done_from_the_start = _id(
        create_goal(db, GoalDetails(client_id=client_id, statement="Old goal", status="achieved")).created
    )
    item = _id(
        create_action_item(
            db,
            ActionItemDetails(client_id=client_id, description="Draft the note", goal_id=goal, due_date=DAY),
        ).created
    )
    loose = _id(
        create_action_item(db, ActionItemDetails(client_id=client_id, description="Read a book")).created
    )
    details = GoalDetails(
        client_id=client_id, statement="Delegate reporting", status="achieved", progress=100
    )
    update_goal(db, goal, details)
    overview = client_overview(db, client_id)
    achieved = next(g for g in overview.goals if g.id == goal)
    achieved_on = achieved.achieved_at
    assert achieved_on is not None and achieved_on > achieved.created_at
    update_goal(db, goal, GoalDetails(**{**details.__dict__, "measure_of_success": "A month without"}))
    goals = {g.id: g for g in client_overview(db, client_id).goals}
    assert goals[goal].achieved_at == achieved_on  # a later edit is not the achievement
    assert goals[goal].status is GoalStatus.ACHIEVED and goals[goal].progress == 100
    assert goals[done_from_the_start].achieved_at is not None
    assert [i.id for i in goals[goal].action_items] == [item]
    assert goals[done_from_the_start].action_items == ()
    assert {i.id for i in overview.action_items} == {item, loose}
    assert next(i for i in overview.action_items if i.id == item).goal == "Delegate reporting"


def test_action_items_open_ones_first_by_due_date(db: Session, client_id: uuid.UUID) -> None:
    def item(text: str, due: date | None) -> uuid.UUID:
        details = ActionItemDetails(
            client_id=client_id, description=text, due_date=due, owner=ActionOwner.COACH
        )
        return _id(create_action_item(db, details).created)

    later, undated = item("b", DAY + timedelta(days=5)), item("c", None)
    sooner, finished = item("a", DAY), item("d", DAY)
    complete_action_item(db, finished, True, _at(DAY))
    items = client_overview(db, client_id).action_items
    assert [i.id for i in items] == [sooner, later, undated, finished]
    assert items[-1].done and items[-1].done_at == _at(DAY)


def test_only_the_clients_own_records(db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID) -> None:
    for who in (client_id, other_client_id):
        _session(db, who, DAY)
        create_goal(db, GoalDetails(client_id=who, statement="A goal"))
        create_consent(db, ConsentDetails(client_id=who, scope="testimonial", granted_on=DAY))
        create_conflict(db, ConflictDetails(kind="other", description="Knows my cousin", client_id=who))
    overview = client_overview(db, client_id)
    assert overview.profile.id == client_id
    for part in (overview.sessions, overview.goals, overview.consents, overview.conflicts):
        assert len(part) == 1
    assert {e.record_id for e in overview.timeline if e.kind == "client"} <= {client_id}


def _ethics_record(db: Session, client: uuid.UUID) -> dict[str, uuid.UUID]:
    """A consent, a referral on it, a disclosure, a decided conflict and a boundary incident."""
    professional = _id(
        create_professional(
            db, ProfessionalDetails(name="Dr Inès Laurent", profession="Psychologist")
        ).created
    )
    consent = _id(
        create_consent(
            db,
            ConsentDetails(
                client_id=client, scope=ConsentScope.REFERRAL, recipient="Dr Inès Laurent",
                granted_on=DAY, expires_on=DAY + timedelta(days=90),
            ),
        ).created
    )  # fmt: skip
    referral = _id(
        create_referral(
            db,
            ReferralDetails(
                client_id=client, professional_id=professional, reason="Sleep", consent_id=consent,
                referred_on=DAY + timedelta(days=1), follow_up_on=DAY + timedelta(days=15),
            ),
        ).created
    )  # fmt: skip
    set_referral_status(db, referral, ReferralStatus.SENT, DAY + timedelta(days=1))
    set_referral_status(db, referral, ReferralStatus.ACCEPTED, DAY + timedelta(days=3))
    disclosure = _id(
        record_disclosure(
            db,
            DisclosureDetails(
                client_id=client, disclosed_on=DAY + timedelta(days=2), recipient="GP",
                basis=DisclosureBasis.RISK_OF_HARM_TO_SELF, what_was_disclosed="Risk",
            ),
        ).created
    )  # fmt: skip
    record_client_informed(db, disclosure, DAY + timedelta(days=4))
    withdraw_consent(db, consent, DAY + timedelta(days=30))
    fee = ConflictDetails(kind=ConflictKind.REFERRAL_FEE, description="Fee", client_id=client)
    conflict = _id(create_conflict(db, fee).created)
    decide_conflict(db, conflict, ConflictDecision.DECLINE, "", DAY + timedelta(days=5))
    incident = _id(
        create_boundary_incident(
            db,
            BoundaryIncidentDetails(
                client_id=client, occurred_on=DAY + timedelta(days=6), kind=BoundaryKind.GIFT,
                description="Offered concert tickets",
            ),
        ).created
    )  # fmt: skip
    return {"consent": consent, "referral": referral, "disclosure": disclosure, "conflict": conflict,
            "incident": incident}  # fmt: skip


def test_referrals_consents_and_conflicts(db: Session, client_id: uuid.UUID) -> None:
    ids = _ethics_record(db, client_id)
    overview = client_overview(db, client_id)
    [referral] = overview.referrals
    assert (referral.id, referral.professional, referral.profession) == (
        ids["referral"],
        "Dr Inès Laurent",
        "Psychologist",
    )
    assert referral.status is ReferralStatus.ACCEPTED and referral.follow_up_on == DAY + timedelta(days=15)
    [consent] = overview.consents
    assert consent.withdrawn_on == DAY + timedelta(days=30)
    assert consent.in_force(DAY + timedelta(days=29)) and not consent.in_force(DAY + timedelta(days=30))
    [conflict] = overview.conflicts
    assert conflict.decision is ConflictDecision.DECLINE and conflict.decided_on == DAY + timedelta(days=5)


def test_timeline_dates_everything_newest_first(db: Session, client_id: uuid.UUID) -> None:
    engagement = _engagement(db, client_id, "Programme")
    for status, days in (("sent", -10), ("signed", -8), ("active", -7), ("terminated", 40)):
        set_engagement_status(db, engagement, status, DAY + timedelta(days=days))
    session = _session(db, client_id, DAY, status=SessionStatus.COMPLETED, private_notes="x")
    finalise_notes(db, session, _at(DAY, 12))
    amend_notes(db, session, "A line added afterwards, about the board.")
    item = _id(
        create_action_item(
            db, ActionItemDetails(client_id=client_id, description="Call", due_date=DAY)
        ).created
    )
    complete_action_item(db, item, True, _at(DAY, 15))
    _ethics_record(db, client_id)
    timeline = client_timeline(db, client_id)

    moments = [e.moment for e in timeline]
    assert moments == sorted(moments, reverse=True)
    texts = [e.text for e in timeline]
    for expected in (
        "Agreement sent: Programme", "Agreement signed: Programme", "Engagement started: Programme",
        "Engagement terminated: Programme", "Session, 60 min, video", "Session notes finalised",
        "Action due (client): Call", "Action done: Call", "Referred to Dr Inès Laurent",
        "Referral follow-up: Dr Inès Laurent", "Referral accepted: Dr Inès Laurent",
        "Consent given: referral (Dr Inès Laurent)", "Consent expires: referral (Dr Inès Laurent)",
        "Consent withdrawn: referral (Dr Inès Laurent)", "Disclosure to GP (risk of harm to self)",
        "Client told of the disclosure to GP", "Conflict of interest declared: referral fee",
        "Conflict decided: decline", "Boundary incident (gift): Offered concert tickets",
    ):  # fmt: skip
        assert expected in texts, expected
    [amendment] = [e for e in timeline if e.kind == "note_amendment"]
    assert amendment.session_id == session and "about the board" in amendment.text
    # A day without a time counts as the day's end: the action falls due after that day's session.
    due = texts.index("Action due (client): Call")
    assert due < texts.index("Action done: Call") < texts.index("Session notes finalised")
    assert texts.index("Session notes finalised") < texts.index("Session, 60 min, video")
    assert all(isinstance(e, TimelineEvent) and e.record_id for e in timeline)


def test_timeline_orders_one_days_milestones_as_they_happen(db: Session, client_id: uuid.UUID) -> None:
    engagement = _engagement(db, client_id, "Programme")
    for status in ("sent", "signed", "active"):
        set_engagement_status(db, engagement, status, DAY)
    assert [e.text for e in client_timeline(db, client_id)] == [
        "Engagement started: Programme", "Agreement signed: Programme", "Agreement sent: Programme",
    ]  # fmt: skip


def test_a_dozen_statements_however_many_records(db: Session, client_id: uuid.UUID) -> None:
    engagement = _engagement(db, client_id, "Programme")
    for n in range(30):
        made = _session(db, client_id, DAY + timedelta(days=n), engagement_id=engagement)
        create_action_item(
            db, ActionItemDetails(client_id=client_id, description=f"Item {n}", session_id=made)
        )
        create_goal(db, GoalDetails(client_id=client_id, statement=f"Goal {n}", status="achieved"))
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    engine = db.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        overview = client_overview(db, client_id)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(overview.sessions) == 30 and len(overview.goals) == 30
    assert len(statements) <= 12
    assert not any("coaching_session.private_notes" in s for s in statements)  # notes stay unread


def test_every_demo_client_has_an_overview(tmp_path: Path) -> None:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=DAY)
    try:
        with vault.session() as db:
            clients = db.exec(select(Client)).all()
            overviews = {c.name: client_overview(db, c.id) for c in clients}
    finally:
        vault.close()
    zoe = overviews["Zoë Ørsted"]
    assert [e.three_way for e in zoe.engagements] == [True]
    assert zoe.engagements[0].status is EngagementStatus.ACTIVE
    assert {g.origin for g in zoe.goals} == set(GoalOrigin)
    assert any(s.finalised for s in zoe.sessions)
    chloe = overviews["Chloé Girard"]
    assert any(ConcernFlag.MENTAL_HEALTH in s.concern_flags for s in chloe.sessions)
    assert [r.professional for r in chloe.referrals] == ["Dr Inès Laurent"]
    assert _events(chloe, "referral") and _events(chloe, "consent")
    assert overviews["Björn Åkesson"].conflicts[0].decision is ConflictDecision.PROCEED_WITH_SAFEGUARDS
    assert _events(overviews["Łukasz Nowak"], "boundary_incident")
