"""The session list read a window at a time: ``SessionWindow`` counts, sorts and filters in SQLite
and fetches only the rows a list shows (LIMIT/OFFSET pages), so opening the Sessions area and
typing in its filter cost the same on a practice of twenty years as on one of two.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, overload

from coachdesk.domain import ConcernFlag, SessionFormat, SessionStatus
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.session_rows import Record, SessionRow, SessionRows, stored_instant

PAGE_ROWS = 32  # rows fetched at a time: a screen of a list, and a little more

# The stored columns a SessionRow is made of (see session_rows.Record), from ``coaching_session s``.
_COLUMNS = (
    "s.id, s.client_id, s.engagement_id, s.starts_at, s.duration_minutes, s.format, s.status, "
    "s.is_group, s.group_size, s.paid, s.finalised_at IS NOT NULL, s.concern_flags, s.private_notes != ''"
)
# Sort keys that need no lookup; NULL is a missing value (sorted last either way).
_PLAIN_KEYS = {
    "minutes": "s.duration_minutes",
    "status": "CASE s.status "
    + " ".join(f"WHEN '{status.value}' THEN {n}" for n, status in enumerate(SessionStatus))
    + f" ELSE {len(SessionStatus)} END",
    "paid": "s.paid",
    "notes": "CASE WHEN s.finalised_at IS NOT NULL THEN 2 WHEN s.private_notes != '' THEN 1 END",
    "client": "(SELECT coachdesk_fold(c.name) FROM client c WHERE c.id = s.client_id)",
    "engagement": "(SELECT NULLIF(coachdesk_fold(e.title), '') FROM engagement e"
    " WHERE e.id = s.engagement_id)",
}
SORT_KEYS = ("start", *_PLAIN_KEYS, "format", "concerns")
# The index in order of start that holds every column a filter reads (client, engagement).
_START_INDEX = "ix_coaching_session_starts_at"
# A page walked in order of start passes index entries at about a sixteenth of the cost of
# reading and sorting one matching session (measured on the bench's practice of 20,000).
WALK_PER_SORTED_ROW = 16
FormatKey = Callable[[SessionFormat, bool, int], Any]  # None: a missing value
ConcernsKey = Callable[[frozenset[ConcernFlag]], Any]


@dataclass(frozen=True)
class _Narrowing:
    """What a window holds: a client (hex) or any, a range of stored starts, folded text."""

    client: str | None = None
    low: str | None = None
    high: str | None = None
    needle: str = ""


@dataclass
class _Lookups:
    """Folded names and titles by stored id, read at the first filter text and shared by the
    window's other orders and selections."""

    folded_clients: dict[str, str] = field(default_factory=dict)
    folded_titles: dict[str, str] = field(default_factory=dict)
    sessions: int | None = None  # every session in the vault, counted once


class SessionWindow(Sequence[SessionRow]):
    """The sessions of a range and client, in one order, read from the vault a page at a time.

    ``sorted_by`` and ``narrowed`` give other orders and selections (asking SQLite, not reading
    every row); ``position_of`` finds a session without reading the rows before it.
    """

    def __init__(
        self,
        open_db: DbFactory,
        base: _Narrowing,
        lookups: _Lookups,
        format_key: FormatKey,
        concerns_key: ConcernsKey,
    ) -> None:
        self._open_db = open_db
        self._base = base
        self._narrowing = base
        self._lookups = lookups
        self._format_key = format_key
        self._concerns_key = concerns_key
        self._sort, self._descending = "start", False
        self._order_sql = "s.starts_at, s.id"
        self._order_params: tuple[Any, ...] = ()
        self._pages: dict[int, list[SessionRow]] = {}
        self._count: int | None = None

    # ----- the sequence --------------------------------------------------------------------------

    def __len__(self) -> int:
        if self._count is None:
            where, params = self._where()
            with self._open_db() as db:
                found = db.connection().exec_driver_sql(
                    f"SELECT count(*) FROM coaching_session s WHERE {where}",  # noqa: S608 - fixed fragments
                    params,
                )
                self._count = int(found.scalar_one())
        return self._count

    @overload
    def __getitem__(self, index: int) -> SessionRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[SessionRow]: ...

    def __getitem__(self, index: int | slice) -> SessionRow | list[SessionRow]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(len(self)))]
        count = self._count if self._count is not None else len(self)  # read per cell: kept cheap
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        page = self._pages.get(index // PAGE_ROWS)
        if page is None:
            page = self._pages[index // PAGE_ROWS] = self._fetch(index // PAGE_ROWS)
        return page[index % PAGE_ROWS]

    def __iter__(self) -> Iterator[SessionRow]:
        return (self[n] for n in range(len(self)))

    @property
    def sort_key(self) -> tuple[str, bool]:
        """The key the rows are in order of, and whether descending."""
        return self._sort, self._descending

    # ----- other orders and selections -----------------------------------------------------------

    def sorted_by(self, key: str, descending: bool) -> SessionWindow:
        """The same sessions by ``key`` (one of SORT_KEYS): the start orders ties by id (both ways);
        any other key puts missing values last either way and orders ties by start, oldest first."""
        if key not in SORT_KEYS:
            raise ValidationError(
                "key", phrase("services", "The session list cannot be sorted by {key!r}.").format(key=key)
            )
        if (key, descending) == self.sort_key:
            return self
        window = self._copy()
        window._sort, window._descending = key, descending
        direction = " DESC" if descending else ""
        if key == "start":
            window._order_sql, window._order_params = f"s.starts_at{direction}, s.id{direction}", ()
            return window
        if key in _PLAIN_KEYS:
            expression, params = _PLAIN_KEYS[key], ()
        else:
            expression, params = self._ranked(key)
        window._order_sql = f"({expression}) IS NULL, ({expression}){direction}, s.starts_at, s.id"
        window._order_params = params + params
        return window

    def narrowed(
        self, client_id: uuid.UUID | None, low: datetime | None, high: datetime | None, needle: str
    ) -> SessionWindow:
        """Those of the sessions of this client (None: any), starting at or after ``low`` and before
        ``high`` (None: open), with the folded ``needle`` in the client's name or engagement's title."""
        narrowing = _Narrowing(
            None if client_id is None else client_id.hex,
            None if low is None else stored_instant(low),
            None if high is None else stored_instant(high),
            needle,
        )
        if narrowing == self._narrowing:
            return self
        window = self._copy()
        window._narrowing = narrowing
        return window

    def position_of(self, session_id: uuid.UUID) -> int:
        """Where the session stands; -1 when it is not among these rows."""
        where, params = self._where()
        with self._open_db() as db:
            connection = db.connection()
            if self._sort == "start":  # the rows before it, counted on the start index
                found = connection.exec_driver_sql(
                    f"SELECT s.starts_at, s.id FROM coaching_session s WHERE {where} AND s.id = ?",  # noqa: S608
                    (*params, session_id.hex),
                ).first()
                if found is None:
                    return -1
                before = "<" if not self._descending else ">"
                counted = connection.exec_driver_sql(
                    f"SELECT count(*) FROM coaching_session s WHERE {where}"  # noqa: S608
                    f" AND (s.starts_at, s.id) {before} (?, ?)",
                    (*params, found[0], found[1]),
                )
                return int(counted.scalar_one())
            ids = connection.exec_driver_sql(
                f"SELECT s.id FROM coaching_session s WHERE {where} ORDER BY {self._order_sql}",  # noqa: S608
                (*params, *self._order_params),
            ).scalars()
            wanted = session_id.hex
            return next((n for n, found_id in enumerate(ids) if found_id == wanted), -1)

    def position_of_row(self, row: SessionRow) -> int:
        """Where a row read from this window (or another order of it) now stands; -1 if not here."""
        return self.position_of(row.id)

    # ----- SQL -----------------------------------------------------------------------------------

    def _copy(self) -> SessionWindow:
        window = copy.copy(self)
        window._pages, window._count = {}, None
        return window

    def _where(self) -> tuple[str, tuple[Any, ...]]:
        terms, params = ["1"], []
        for narrowing in (self._base, self._narrowing):
            if narrowing.client is not None:
                terms.append("s.client_id = ?")
                params.append(narrowing.client)
            if narrowing.low is not None:
                terms.append("s.starts_at >= ?")
                params.append(narrowing.low)
            if narrowing.high is not None:
                terms.append("s.starts_at < ?")
                params.append(narrowing.high)
        if self._narrowing.needle:
            names, titles = self._named(self._narrowing.needle)
            others = self._lookups.folded_clients.keys() - set(names)
            if len(others) < len(names):
                # A letter or two names most clients: say which clients are left out instead, and
                # the list reads its page in order until it is full rather than sorting them all.
                terms.append(
                    "(s.client_id NOT IN (SELECT value FROM json_each(?))"
                    " OR s.engagement_id IN (SELECT value FROM json_each(?)))"
                )
                params += [json.dumps(sorted(others)), json.dumps(titles)]
            else:
                # SQLite counts these by seeking each half's own index (a multi-index OR), without
                # reading a session: a keystroke costs what it finds, not what the practice holds.
                terms.append(
                    "(s.client_id IN (SELECT value FROM json_each(?))"
                    " OR s.engagement_id IN (SELECT value FROM json_each(?)))"
                )
                params += [json.dumps(names), json.dumps(titles)]
        return " AND ".join(terms), tuple(params)

    def _named(self, needle: str) -> tuple[list[str], list[str]]:
        """The clients and engagements whose folded name or title holds ``needle`` (folded once)."""
        lookups = self._lookups
        if not lookups.folded_clients:
            with self._open_db() as db:
                connection = db.connection()
                clients = connection.exec_driver_sql("SELECT id, name FROM client")
                lookups.folded_clients = {hex_id: fold(name) for hex_id, name in clients}
                engagements = connection.exec_driver_sql("SELECT id, title FROM engagement")
                lookups.folded_titles = {hex_id: fold(title) for hex_id, title in engagements}
        names = [k for k, name in lookups.folded_clients.items() if needle in name]
        titles = [k for k, title in lookups.folded_titles.items() if needle in title]
        return names, titles

    def _walks_in_order(self, page: int) -> bool:
        """Whether ``page`` is cheaper read by walking the start index in order until it is full
        than by sorting every session that matches (SQLite, without statistics, cannot tell)."""
        if self._sort != "start" or not self._narrowing.needle:
            return False
        if self._base.client is not None or self._narrowing.client is not None:
            return False  # a client's sessions are few, and their own index finds them
        matched = len(self)
        if self._lookups.sessions is None:
            with self._open_db() as db:
                counted = db.connection().exec_driver_sql("SELECT count(*) FROM coaching_session")
                self._lookups.sessions = int(counted.scalar_one())
        # The walk passes about this many index entries to find the page's rows among them.
        walked = (page + 1) * PAGE_ROWS * self._lookups.sessions / max(matched, 1)
        return walked < WALK_PER_SORTED_ROW * matched

    def _fetch(self, page: int) -> list[SessionRow]:
        where, params = self._where()
        source = "coaching_session s"
        if self._walks_in_order(page):
            source += f" INDEXED BY {_START_INDEX}"
        query = (
            f"SELECT {_COLUMNS}, c.name, c.time_zone, e.title FROM {source} "  # noqa: S608
            "JOIN client c ON c.id = s.client_id LEFT JOIN engagement e ON e.id = s.engagement_id "
            f"WHERE {where} "
            f"ORDER BY {self._order_sql} LIMIT {PAGE_ROWS} OFFSET {page * PAGE_ROWS}"
        )
        with self._open_db() as db:
            found = [tuple(r) for r in db.connection().exec_driver_sql(query, (*params, *self._order_params))]
        # Names and titles come with the page: only the page's clients and engagements are made.
        clients = {r[1]: (uuid.UUID(r[1]), r[13], r[14]) for r in found}
        titles = {r[2]: (uuid.UUID(r[2]), r[15] or "") for r in found if r[2] is not None}
        records: list[Record] = [r[:13] for r in found]
        return list(SessionRows(records, clients, titles))

    def _ranked(self, key: str) -> tuple[str, tuple[Any, ...]]:
        """A CASE giving each stored format (or set of concerns) its rank by the list's own key."""
        columns = "s.format, s.is_group, s.group_size" if key == "format" else "s.concern_flags"
        with self._open_db() as db:
            distinct = f"SELECT DISTINCT {columns} FROM coaching_session s"  # noqa: S608
            found = [tuple(r) for r in db.connection().exec_driver_sql(distinct)]
        if key == "format":
            values = {r: self._format_key(SessionFormat(r[0]), bool(r[1]), int(r[2])) for r in found}
        else:
            values = {r: self._concerns_key(_flags(r[0])) for r in found}
        present = sorted((r for r in found if values[r] is not None), key=values.__getitem__)
        if not present:
            return "NULL", ()
        match = (
            "s.format = ? AND s.is_group = ? AND s.group_size = ?"
            if key == "format"
            else "s.concern_flags = ?"
        )
        cases = " ".join(f"WHEN {match} THEN {n}" for n in range(len(present)))
        params = tuple(value for r in present for value in r)
        return f"CASE {cases} END", params


def _flags(stored: str) -> frozenset[ConcernFlag]:
    return frozenset(ConcernFlag(f) for f in stored.split(",") if f)


def session_window(
    open_db: DbFactory,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    client_id: uuid.UUID | None = None,
    format_key: FormatKey,
    concerns_key: ConcernsKey,
) -> SessionWindow:
    """The sessions ``session_rows`` returns (starting at or after ``start``, before ``end``, of one
    client or all), oldest first, read a page at a time through ``open_db`` as they are shown.

    ``format_key`` and ``concerns_key`` give the value a list sorts a format or a set of concerns
    by (None when missing). Nothing is read until the list asks.
    """
    start = None if start is None else v.aware_datetime("start", start, label="start of the range")
    end = None if end is None else v.aware_datetime("end", end, label="end of the range")
    base = _Narrowing(
        None if client_id is None else client_id.hex,
        None if start is None else stored_instant(start),
        None if end is None else stored_instant(end),
    )
    return SessionWindow(open_db, base, _Lookups(), format_key, concerns_key)


__all__ = ["PAGE_ROWS", "SORT_KEYS", "SessionWindow", "session_window"]
