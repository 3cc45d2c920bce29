"""Goals in two columns for a three-way engagement, and organisational goals the client has not agreed."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from coachdesk.domain import Goal, GoalOrigin, GoalStatus
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.goal_balance import goal_balance
from coachdesk.services.goals import GoalDetails, create_goal, update_goal
from coachdesk.services.organisations import OrganisationDetails, create_organisation


def _goal(db: Session, details: GoalDetails) -> uuid.UUID:
    created = create_goal(db, details).created
    assert created is not None
    return created


def test_shared_goals_stand_in_both_columns_and_unagreed_ones_are_named(
    db: Session, client_id: uuid.UUID
) -> None:
    acme = create_organisation(db, OrganisationDetails(name="Acme Ltd")).created
    engagement = create_engagement(
        db, EngagementDetails(client_id=client_id, title="Lead", sponsor_id=acme)
    ).created
    assert engagement is not None
    own = _goal(db, GoalDetails(client_id, "Find my voice", engagement, GoalOrigin.CLIENT))
    shared = _goal(db, GoalDetails(client_id, "Delegate more", engagement, GoalOrigin.SHARED))
    theirs = _goal(db, GoalDetails(client_id, "Cut attrition", engagement, GoalOrigin.ORGANISATION))
    agreed = _goal(
        db,
        GoalDetails(
            client_id,
            "Run the review",
            engagement,
            GoalOrigin.ORGANISATION,
            client_agreed_on=date(2026, 9, 1),
        ),
    )
    _goal(db, GoalDetails(client_id, "Old idea", engagement, GoalOrigin.CLIENT, status=GoalStatus.DROPPED))
    balance = goal_balance(db, engagement)
    assert balance.three_way
    assert [g.id for g in balance.client] == [own, shared]
    assert [g.id for g in balance.organisation] == [shared, theirs, agreed]
    assert [g.id for g in balance.unagreed] == [theirs]
    update_goal(
        db,
        theirs,
        GoalDetails(
            client_id,
            "Cut attrition",
            engagement,
            GoalOrigin.ORGANISATION,
            client_agreed_on=date(2026, 10, 1),
        ),
    )
    assert goal_balance(db, engagement).unagreed == ()


def test_agreement_is_kept_only_for_an_organisations_goal(db: Session, client_id: uuid.UUID) -> None:
    goal = _goal(
        db,
        GoalDetails(client_id, "Find my voice", origin=GoalOrigin.CLIENT, client_agreed_on=date(2026, 9, 1)),
    )
    saved = db.get(Goal, goal)
    assert saved is not None and saved.client_agreed_on is None
