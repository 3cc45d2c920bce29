"""Where a session stands in its client's coaching: its number, the open action items, the goals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    ActionItem,
    ActionOwner,
    CoachingSession,
    Engagement,
    Goal,
    GoalStatus,
    SessionStatus,
)

# Sessions that did not take place do not count towards the agreement's number.
NOT_HELD = (SessionStatus.CANCELLED, SessionStatus.LATE_CANCELLED, SessionStatus.NO_SHOW)


@dataclass(frozen=True)
class SessionNumber:
    """The session's place: ``number`` of the agreement's ``of`` sessions (None: no fixed count)."""

    number: int
    of: int | None

    def __str__(self) -> str:
        return f"{self.number} of {self.of}" if self.of else str(self.number)


@dataclass(frozen=True)
class OpenAction:
    """An action item not yet done."""

    description: str
    owner: ActionOwner
    due_date: date | None


@dataclass(frozen=True)
class GoalLine:
    """A goal being worked on, and how far along it is (percent)."""

    statement: str
    progress: int
    status: GoalStatus


def session_number(
    db: Session,
    client_id: uuid.UUID,
    engagement: Engagement | None,
    starts_at: datetime,
    session_id: uuid.UUID | None = None,
) -> SessionNumber:
    """The number of a session starting at ``starts_at``: one more than the sessions held or planned
    before it in the same agreement (in any of the client's sessions without one), cancelled and
    missed ones left out."""
    s = CoachingSession
    query = (
        select(func.count())
        .select_from(s)
        .where(col(s.starts_at) < starts_at, col(s.status).not_in([n.value for n in NOT_HELD]))
    )
    if engagement is not None:
        query = query.where(col(s.engagement_id) == engagement.id)
    else:
        query = query.where(col(s.client_id) == client_id, col(s.engagement_id).is_(None))
    if session_id is not None:
        query = query.where(col(s.id) != session_id)
    before = int(db.exec(query).one())
    return SessionNumber(before + 1, engagement.session_count if engagement is not None else None)


def open_actions(db: Session, client_id: uuid.UUID) -> list[OpenAction]:
    """The client's action items not yet done: those due first, by due date, then the rest as added."""
    items = db.exec(
        select(ActionItem)
        .where(col(ActionItem.client_id) == client_id, col(ActionItem.done).is_(False))
        .order_by(col(ActionItem.created_at))
    ).all()
    ordered = sorted(items, key=lambda i: (i.due_date is None, i.due_date or date.min))
    return [OpenAction(i.description, ActionOwner(i.owner), i.due_date) for i in ordered]


def goals(db: Session, client_id: uuid.UUID, engagement_id: uuid.UUID | None) -> list[GoalLine]:
    """The goals being worked on: the agreement's (or, without one, the client's), dropped ones left out."""
    query = select(Goal).where(col(Goal.client_id) == client_id, col(Goal.status) != GoalStatus.DROPPED.value)
    if engagement_id is not None:
        query = query.where(col(Goal.engagement_id) == engagement_id)
    found = db.exec(query.order_by(col(Goal.created_at))).all()
    return [GoalLine(g.statement, g.progress, GoalStatus(g.status)) for g in found]
