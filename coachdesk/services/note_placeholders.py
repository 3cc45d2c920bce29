"""Filling a note template's placeholders ({client}, {session_number}, {open_actions}, {goals}, {date})."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from coachdesk.documents.letterhead import long_date
from coachdesk.domain import ActionOwner, Client, Engagement
from coachdesk.services import validation as v
from coachdesk.services.local_time import local_date, local_zone
from coachdesk.services.session_context import GoalLine, OpenAction, goals, open_actions, session_number
from coachdesk.services.work import fetch

PLACEHOLDERS = ("client", "session_number", "open_actions", "goals", "date")
# A placeholder is a name in braces; other braces (a Markdown example, a set) are left alone.
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class FilledTemplate:
    """A template's text with its placeholders filled; ``unknown`` names those left as they were."""

    text: str
    unknown: tuple[str, ...]


def fill(body: str, values: dict[str, str]) -> FilledTemplate:
    """``body`` with each known ``{name}`` replaced; unknown ones stay visible and are named."""
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        if name not in unknown:
            unknown.append(name)
        return match.group(0)

    return FilledTemplate(_PLACEHOLDER.sub(replace, body), tuple(unknown))


def action_text(item: OpenAction) -> str:
    """``Draft the plan (due 9 March 2026)``; the coach's own items say so."""
    due = f" (due {long_date(item.due_date)})" if item.due_date else ""
    who = " [coach]" if item.owner is ActionOwner.COACH else ""
    return f"{item.description}{due}{who}"


def action_lines(items: list[OpenAction]) -> str:
    if not items:
        return "- (none open)"
    return "\n".join(f"- {action_text(item)}" for item in items)


def goal_lines(found: list[GoalLine]) -> str:
    if not found:
        return "- (no goals recorded yet)"
    return "\n".join(f"- {g.statement} ({g.progress}%)" for g in found)


def placeholder_values(
    db: Session,
    client_id: uuid.UUID,
    engagement_id: uuid.UUID | None,
    starts_at: datetime,
    session_id: uuid.UUID | None = None,
) -> dict[str, str]:
    """What each placeholder stands for in a session of ``client_id`` starting at ``starts_at``."""
    start = v.aware_datetime("starts_at", starts_at, label="start of the session")
    client = fetch(db, Client, client_id, field="client_id", label="client")
    engagement = (
        None
        if engagement_id is None
        else fetch(db, Engagement, engagement_id, field="engagement_id", label="agreement")
    )
    return {
        "client": client.preferred_name or client.name,
        "session_number": str(session_number(db, client.id, engagement, start, session_id)),
        "open_actions": action_lines(open_actions(db, client.id)),
        "goals": goal_lines(goals(db, client.id, engagement_id)),
        "date": long_date(local_date(start, local_zone())),
    }


def filled_template(
    db: Session,
    body: str,
    client_id: uuid.UUID,
    engagement_id: uuid.UUID | None,
    starts_at: datetime,
    session_id: uuid.UUID | None = None,
) -> FilledTemplate:
    """``body`` filled for the session described (see :func:`placeholder_values`)."""
    return fill(body, placeholder_values(db, client_id, engagement_id, starts_at, session_id))
