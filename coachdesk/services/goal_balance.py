"""Balancing the client and the organisation: a three-way engagement's goals side by side, and the
organisation's goals the client has not (yet) said they share."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from coachdesk.domain import Engagement, Goal, GoalOrigin, GoalStatus
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class SideGoal:
    id: uuid.UUID
    statement: str
    origin: GoalOrigin
    status: GoalStatus
    progress: int
    client_agreed_on: date | None

    @property
    def needs_agreement(self) -> bool:
        """An organisation's goal with no record that the client shares it."""
        return self.origin is GoalOrigin.ORGANISATION and self.client_agreed_on is None


@dataclass(frozen=True)
class GoalBalance:
    """The client's column holds their own and shared goals; the organisation's its own and shared ones."""

    three_way: bool
    client: tuple[SideGoal, ...]
    organisation: tuple[SideGoal, ...]

    @property
    def unagreed(self) -> tuple[SideGoal, ...]:
        return tuple(goal for goal in self.organisation if goal.needs_agreement)


def goal_balance(db: Session, engagement_id: uuid.UUID) -> GoalBalance:
    """The engagement's goals in two columns (dropped goals left out)."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    goals = db.exec(
        select(Goal)
        .where(Goal.engagement_id == engagement.id, Goal.status != GoalStatus.DROPPED)
        .order_by(col(Goal.created_at))
    ).all()
    sides = [
        SideGoal(
            g.id, g.statement, GoalOrigin(g.origin), GoalStatus(g.status), g.progress, g.client_agreed_on
        )
        for g in goals
    ]
    return GoalBalance(
        three_way=engagement.sponsor_id is not None,
        client=tuple(g for g in sides if g.origin in (GoalOrigin.CLIENT, GoalOrigin.SHARED)),
        organisation=tuple(g for g in sides if g.origin in (GoalOrigin.ORGANISATION, GoalOrigin.SHARED)),
    )


@dataclass(frozen=True)
class EngagementBalance:
    engagement_id: uuid.UUID
    title: str
    sponsor: str
    balance: GoalBalance


def client_balances(db: Session, client_id: uuid.UUID) -> list[EngagementBalance]:
    """The client's three-way engagements still under way (not completed or terminated), with their goals."""
    from coachdesk.domain import EngagementStatus, Organisation

    rows = db.exec(
        select(Engagement.id, Engagement.title, Organisation.name)
        .join(Organisation, col(Engagement.sponsor_id) == col(Organisation.id))
        .where(
            Engagement.client_id == client_id,
            col(Engagement.status).not_in([EngagementStatus.COMPLETED, EngagementStatus.TERMINATED]),
        )
        .order_by(col(Engagement.created_at))
    ).all()
    return [EngagementBalance(row[0], row[1], row[2], goal_balance(db, row[0])) for row in rows]
