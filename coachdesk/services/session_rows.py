"""The session list's rows: ``SessionRow`` and ``SessionRows``, which makes each row when it is read.

A practice of twenty years holds tens of thousands of sessions and a list shows a few dozen at a
time, so the rows are kept as the vault returns them (text and integers) and a ``SessionRow`` is
made only for a row that is read; what the list filters and sorts by most (the start, the client,
the names) is answered from the stored values without making any.
"""

from __future__ import annotations

import bisect
import copy
import operator
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, overload

from coachdesk.domain import ConcernFlag, SessionFormat, SessionStatus
from coachdesk.services.folding import fold

# id, client_id, engagement_id, starts_at, minutes, format, status, is_group, group_size, paid,
# finalised, concern_flags, has_notes: the columns as stored.
Record = tuple[Any, ...]
_FORMATS = {f.value: f for f in SessionFormat}
_STATUSES = {f.value: f for f in SessionStatus}


@dataclass(frozen=True)
class SessionRow:
    """One line of the session list."""

    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    engagement_id: uuid.UUID | None
    engagement_title: str  # '' when the session belongs to no engagement
    starts_at: datetime  # aware UTC
    duration_minutes: int
    format: SessionFormat
    status: SessionStatus
    is_group: bool
    group_size: int
    paid: bool
    finalised: bool
    concern_flags: frozenset[ConcernFlag]
    has_notes: bool
    client_zone: str = ""  # the client's time zone (IANA name); '' when they keep the coach's time


def stored_instant(value: datetime) -> str:
    """An aware instant as the vault stores it (UTC ISO text with microseconds): such texts order
    as the instants do."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class SessionRows(Sequence[SessionRow]):
    """Stored session records in order of start (ties by id), read as ``SessionRow``s made on first read.

    ``clients`` maps a client's stored id to (id, name, time zone); ``titles`` an engagement's
    stored id to (id, title). ``reversed`` and ``only`` give other orders and selections of the
    same records, sharing the rows made so far.
    """

    def __init__(
        self,
        records: list[Record],
        clients: dict[str, tuple[uuid.UUID, str, str]],
        titles: dict[str, tuple[uuid.UUID, str]],
    ) -> None:
        self._records = records
        self._clients = clients
        self._titles = titles
        self._made: list[SessionRow | None] = [None] * len(records)
        self._flags: dict[str, frozenset[ConcernFlag]] = {}
        self._columns: dict[int, list[Any]] = {}
        self._record_of: dict[int, int] = {}  # id() of each row made, to its record
        self._order: Sequence[int] = range(len(records))
        self.newest_first = False

    def _with_order(self, order: Sequence[int], newest_first: bool) -> SessionRows:
        rows = copy.copy(self)
        rows._order, rows.newest_first = order, newest_first
        return rows

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> SessionRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[SessionRow]: ...

    def __getitem__(self, index: int | slice) -> SessionRow | list[SessionRow]:
        if isinstance(index, slice):
            return [self._row(n) for n in self._order[index]]
        return self._row(self._order[index])

    def __iter__(self) -> Iterator[SessionRow]:
        return (self._row(n) for n in self._order)

    def reversed(self) -> SessionRows:
        """The same rows the other way round."""
        return self._with_order(self._order[::-1], not self.newest_first)

    def only(self, keep: Sequence[bool]) -> SessionRows:
        """The rows whose flag in ``keep`` (one per row, in this order) is true, in this order."""
        order = [n for n, wanted in zip(self._order, keep, strict=True) if wanted]
        return self._with_order(order, self.newest_first)

    def positions_made(self) -> dict[int, int]:
        """Where each row made so far now stands, by the row's ``id()``."""
        made = self._made
        return {id(row): n for n, i in enumerate(self._order) if (row := made[i]) is not None}

    def position_of_row(self, row: SessionRow) -> int:
        """Where a row read from these rows (or another order of them) now stands; -1 if not here."""
        record = self._record_of.get(id(row))
        if record is None or self._made[record] is not row:
            return -1
        try:
            return self._order.index(record)  # a range answers at once; a list in C
        except ValueError:
            return -1

    def position_of(self, session_id: uuid.UUID) -> int:
        """Where the session stands; -1 when it is not among the rows."""
        wanted = session_id.hex
        records = self._records
        return next((n for n, i in enumerate(self._order) if records[i][0] == wanted), -1)

    def passing(
        self, client_id: uuid.UUID | None, low: datetime | None, high: datetime | None, needle: str
    ) -> list[bool]:
        """For each row: of this client (None for any), starting at or after ``low`` and before
        ``high`` (None for open), and with the folded ``needle`` in the client's name or the
        engagement's title. Names are folded once per client and engagement, not once per row,
        and each filter is one pass in C over a column of the stored records."""
        records = self._records
        count = len(records)
        flags: list[bool] = [True] * count  # by record, in order of start
        if client_id is not None:
            flags = list(map(operator.and_, flags, map(client_id.hex.__eq__, self._column(1))))
        if low is not None or high is not None:  # the records are in order of start: one slice
            starts = self._column(3)
            first = 0 if low is None else bisect.bisect_left(starts, stored_instant(low))
            last = count if high is None else bisect.bisect_left(starts, stored_instant(high))
            inside = [False] * first + [True] * max(last - first, 0) + [False] * (count - max(last, first))
            flags = list(map(operator.and_, flags, inside))
        if needle:
            names = {key for key, (_id, name, _zone) in self._clients.items() if needle in fold(name)}
            titles = {key for key, (_id, title) in self._titles.items() if needle in fold(title)}
            named = map(
                operator.or_,
                map(names.__contains__, self._column(1)),
                map(titles.__contains__, self._column(2)),
            )
            flags = list(map(operator.and_, flags, named))
        return list(map(flags.__getitem__, self._order))

    def _column(self, number: int) -> list[Any]:
        """One stored column of every record, in order of start (made once, shared by copies)."""
        column = self._columns.get(number)
        if column is None:
            column = self._columns[number] = list(map(operator.itemgetter(number), self._records))
        return column

    def _row(self, n: int) -> SessionRow:
        row = self._made[n]
        if row is None:
            row = self._made[n] = self._make(self._records[n])
            self._record_of[id(row)] = n
        return row

    def _make(self, r: Record) -> SessionRow:
        client, name, zone = self._clients[r[1]]
        engagement_id, title = self._titles.get(r[2], (None, "")) if r[2] is not None else (None, "")
        flags = self._flags.get(r[11])
        if flags is None:
            flags = self._flags[r[11]] = frozenset(ConcernFlag(f) for f in r[11].split(",") if f)
        return SessionRow(
            uuid.UUID(r[0]),
            client,
            name,
            engagement_id,
            title,
            # Stored as UTC ISO text ("…+00:00"), which reads back aware and in UTC.
            datetime.fromisoformat(r[3]),
            r[4],
            _FORMATS[r[5]],
            _STATUSES[r[6]],
            bool(r[7]),
            r[8],
            bool(r[9]),
            bool(r[10]),
            flags,
            bool(r[12]),
            zone,
        )
