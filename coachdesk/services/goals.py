"""Goals (whose they are, how far along) and action items (who does what by when): add, edit, delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import (
    ActionItem,
    ActionOwner,
    AuditAction,
    Client,
    CoachingSession,
    Goal,
    GoalOrigin,
    GoalStatus,
)
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.sessions import engagement_of_client
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class GoalDetails:
    """The goal form: what the client works towards, whose goal it is, and how far along."""

    client_id: uuid.UUID
    statement: str
    engagement_id: uuid.UUID | None = None
    origin: GoalOrigin | str = GoalOrigin.CLIENT
    measure_of_success: str = ""
    status: GoalStatus | str = GoalStatus.ACTIVE
    progress: int = 0  # percent
    client_agreed_on: date | None = None  # an organisation's goal: when the client said they share it
    sponsor_progress: str = ""  # progress as the client agreed the sponsor may read it, in their words
    sponsor_sees_percent: bool = False  # the client agreed the sponsor may see the percentage


@dataclass(frozen=True)
class ActionItemDetails:
    """The action item form: what, who, by when, and where it came from."""

    client_id: uuid.UUID
    description: str
    owner: ActionOwner | str = ActionOwner.CLIENT
    due_date: date | None = None
    session_id: uuid.UUID | None = None
    goal_id: uuid.UUID | None = None


def _goal_values(db: Session, d: GoalDetails) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    origin = v.choice("origin", d.origin, GoalOrigin, label="goal's origin")
    agreed = v.optional_date("client_agreed_on", d.client_agreed_on, label="date the client agreed")
    if agreed is not None and origin is not GoalOrigin.ORGANISATION:
        agreed = None  # the client's own and shared goals need no separate agreement
    return {
        "client_agreed_on": agreed,
        "client_id": client.id,
        "engagement_id": engagement_of_client(db, d.engagement_id, client.id),
        "statement": v.text("statement", d.statement, required=True, label="goal"),
        "origin": origin,
        "measure_of_success": v.text(
            "measure_of_success", d.measure_of_success, long=True, label="measure of success"
        ),
        "status": v.choice("status", d.status, GoalStatus),
        "progress": v.integer("progress", d.progress, minimum=0, maximum=100, label="progress in percent"),
        "sponsor_progress": v.text("sponsor_progress", d.sponsor_progress, label="progress for the sponsor"),
        "sponsor_sees_percent": v.boolean("sponsor_sees_percent", d.sponsor_sees_percent),
    }


def _items_of_goal(db: Session, goal_id: uuid.UUID) -> list[uuid.UUID]:
    return list(db.exec(select(ActionItem.id).where(col(ActionItem.goal_id) == goal_id)).all())


def create_goal(db: Session, details: GoalDetails) -> Changes:
    with transaction(db):
        goal = Goal(**_goal_values(db, details))
        db.add(goal)
        audit(db, goal, AuditAction.CREATED)
    return changed("goal", created=goal.id)


def update_goal(db: Session, goal_id: uuid.UUID, details: GoalDetails) -> Changes:
    """Edit a goal; it moves to another client only while no action item links to it."""
    with transaction(db):
        goal = fetch(db, Goal, goal_id, field="goal_id", label="goal")
        values = _goal_values(db, details)
        if values["client_id"] != goal.client_id and _items_of_goal(db, goal.id):
            raise ValidationError(
                "client_id", phrase("services", "This goal has action items, so it stays with its client.")
            )
        fields = apply(goal, values)
        if fields:
            audit(db, goal, AuditAction.UPDATED, fields)
    return changed("goal", ids=(goal.id,))


def delete_goal(db: Session, goal_id: uuid.UUID) -> Changes:
    """Delete the goal; its action items stay, without a goal (audited as such)."""
    with transaction(db):
        goal = fetch(db, Goal, goal_id, field="goal_id", label="goal")
        deleted, items = goal.id, _items_of_goal(db, goal.id)
        db.delete(goal)
        audit(db, "goal", AuditAction.DELETED, record_id=deleted)
        for item_id in items:
            audit(db, "action_item", AuditAction.UPDATED, ["goal_id"], record_id=item_id)
    return changed("goal", *(["action_item"] if items else []), ids=(deleted, *items))


def _action_item_values(db: Session, d: ActionItemDetails) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    session_id = goal_id = None
    if d.session_id is not None:
        coaching_session = fetch(db, CoachingSession, d.session_id, field="session_id", label="session")
        if coaching_session.client_id != client.id:
            raise ValidationError(
                "session_id",
                phrase("services", "That session is another client's; choose one of this client's."),
            )
        session_id = coaching_session.id
    if d.goal_id is not None:
        goal = fetch(db, Goal, d.goal_id, field="goal_id", label="goal")
        if goal.client_id != client.id:
            raise ValidationError(
                "goal_id", phrase("services", "That goal is another client's; choose one of this client's.")
            )
        goal_id = goal.id
    return {
        "client_id": client.id,
        "description": v.text("description", d.description, required=True, label="action"),
        "owner": v.choice("owner", d.owner, ActionOwner, label="action's owner"),
        "due_date": v.optional_date("due_date", d.due_date, label="due date"),
        "session_id": session_id,
        "goal_id": goal_id,
    }


def _fetch_item(db: Session, action_item_id: Any) -> ActionItem:
    return fetch(db, ActionItem, action_item_id, field="action_item_id", label="action item")


def create_action_item(db: Session, details: ActionItemDetails) -> Changes:
    with transaction(db):
        item = ActionItem(**_action_item_values(db, details))
        db.add(item)
        audit(db, item, AuditAction.CREATED)
    return changed("action_item", created=item.id)


def update_action_item(db: Session, action_item_id: uuid.UUID, details: ActionItemDetails) -> Changes:
    """Edit what, who, when and where from; whether it is done changes with ``complete_action_item``."""
    with transaction(db):
        item = _fetch_item(db, action_item_id)
        fields = apply(item, _action_item_values(db, details))
        if fields:
            audit(db, item, AuditAction.UPDATED, fields)
    return changed("action_item", ids=(item.id,))


def complete_action_item(
    db: Session, action_item_id: uuid.UUID, done: bool, at: datetime | None = None
) -> Changes:
    """Mark done (``at``, default now) or not done again; marking a done item done keeps its time unless
    ``at`` is given."""
    with transaction(db):
        item = _fetch_item(db, action_item_id)
        is_done = v.boolean("done", done)
        when = None if at is None else v.aware_datetime("at", at, label="time it was done")
        if not is_done:
            values: dict[str, Any] = {"done": False, "done_at": None}
        else:
            values = {"done": True, "done_at": when or item.done_at or utc_now()}
        fields = apply(item, values)
        if fields:
            audit(db, item, AuditAction.UPDATED, fields)
    return changed("action_item", ids=(item.id,))


def delete_action_item(db: Session, action_item_id: uuid.UUID) -> Changes:
    with transaction(db):
        item = _fetch_item(db, action_item_id)
        deleted = item.id
        db.delete(item)
        audit(db, "action_item", AuditAction.DELETED, record_id=deleted)
    return changed("action_item", ids=(deleted,))


def get_goal(db: Session, goal_id: uuid.UUID) -> Goal:
    """The goal with ``goal_id``; NotFound if it is gone."""
    return fetch(db, Goal, goal_id, field="goal_id", label="goal")
