"""A client's timeline: the dated event, and the order events are shown in (newest first)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class TimelineEvent:
    """Something dated about the client; ``when`` is a date, or an aware datetime when the time is known."""

    kind: str  # the record's kind: "session", "engagement", "goal", "action_item", "referral", …
    record_id: uuid.UUID
    when: date | datetime
    text: str
    session_id: uuid.UUID | None = None  # the session a note amendment belongs to

    @property
    def moment(self) -> datetime:
        """When, for ordering: a day without a time counts as that day's end, in local time."""
        if isinstance(self.when, datetime):
            return self.when
        return datetime.combine(self.when, time.max).astimezone()


def newest_first(events: list[TimelineEvent]) -> tuple[TimelineEvent, ...]:
    """Newest first; at the same moment, what usually happens later first, then the later-added event."""
    order = {kind: n for n, kind in enumerate(KIND_ORDER)}
    numbered = sorted(
        enumerate(events), key=lambda ne: (ne[1].moment, order.get(ne[1].kind, 0), ne[0]), reverse=True
    )
    return tuple(event for _n, event in numbered)


# The order things usually happen in on one day (intake before the agreement, consent before referral).
KIND_ORDER = (
    "client", "conflict", "engagement", "consent", "session", "note_amendment", "goal", "action_item",
    "referral", "disclosure", "boundary_incident",
)  # fmt: skip


def short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
