"""The hours log's arithmetic: completed sessions as the log sees them, tallies, and groups of them."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

GROUP_CAP = 15  # participants a group counts for, at most


class Sitting(NamedTuple):
    """A completed session as the log sees it; ``aliased`` is set when it is logged under an alias.

    A named tuple: a log of twenty years makes tens of thousands, made several times faster than a
    frozen dataclass's."""

    client_id: uuid.UUID
    starts_at: datetime
    day: date
    minutes: int
    group: bool
    size: int
    paid: bool
    engagement_id: uuid.UUID | None = None  # an engagement logged under an alias (None for any other)
    aliased: bool = False


@dataclass
class Tally:
    """Minutes and dates of a set of sessions (a row, a line of what cannot be claimed, the totals)."""

    paid: int = 0
    pro_bono: int = 0
    recent: int = 0
    days: list[date] = field(default_factory=list)

    def add(self, minutes: int, paid: bool, day: date, recent_since: date) -> None:
        if paid:
            self.paid += minutes
        else:
            self.pro_bono += minutes
        if day >= recent_since:
            self.recent += minutes
        self.days.append(day)

    def merge(self, tally: Tally) -> None:
        self.paid += tally.paid
        self.pro_bono += tally.pro_bono
        self.recent += tally.recent
        self.days.extend(tally.days)


@dataclass
class Group:
    """Clients who share group meetings, the participants counted, their minutes and sessions."""

    members: set[uuid.UUID]
    participants: int  # counted, at most GROUP_CAP
    tally: Tally
    sittings: list[Sitting] = field(default_factory=list)

    @property
    def extra(self) -> int:
        """Participants counted who are not clients of record."""
        return max(0, self.participants - len(self.members))


def groups(sittings: list[Sitting], recent_since: date) -> list[Group]:
    """Group sessions gathered into meetings (same start) and meetings into groups (shared clients)."""
    parent: dict[uuid.UUID, uuid.UUID] = {}

    def root(node: uuid.UUID) -> uuid.UUID:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    meetings: dict[datetime, list[Sitting]] = defaultdict(list)
    for sitting in sittings:
        meetings[sitting.starts_at].append(sitting)
        root(sitting.client_id)
    for records in meetings.values():
        for record in records[1:]:
            parent[root(record.client_id)] = root(records[0].client_id)
    found: dict[uuid.UUID, Group] = {}
    for records in meetings.values():
        members = {r.client_id for r in records}
        group = found.setdefault(root(records[0].client_id), Group(set(), 0, Tally()))
        group.members |= members
        group.sittings.extend(records)
        size = max(len(members), *(r.size for r in records))
        group.participants = max(group.participants, min(size, GROUP_CAP))
        first = records[0]
        group.tally.add(
            max(r.minutes for r in records), any(r.paid for r in records), first.day, recent_since
        )
    return list(found.values())
