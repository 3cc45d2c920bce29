"""Full-text search over clients, session notes, amendments, goals and action items (the FTS5 index).

The index (``search_entry`` + ``search_text``) is kept by triggers in the database, so search only
reads. Free text typed by the coach never reaches FTS5 as syntax: it is split into words, each
word is quoted, the last one matches as a prefix once it has three letters (search as you type),
and all must match. The index holds text folded by ``folding.fold`` (the vault's triggers call it
as ``coachdesk_fold``) and the query is folded the same way, so search matches exactly as the lists
filter: ``zoe`` finds Zoë, ``odegaard`` finds Ødegaard, ``strasse`` finds Straße, and the other way
round.

Snippets mark each match between ``MARK_START`` (‹) and ``MARK_END`` (›); the UI styles what lies
between them (``snippet_parts`` splits a snippet for that). Any ‹ or › that was in the coach's own
text is shown as < or > inside snippets, so every marker in a snippet is a real one.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from coachdesk.domain.phrases import phrase
from coachdesk.services.folding import fold_uncached

MARK_START = "\u2039"  # ‹ opens a matched word in SearchHit.snippet
MARK_END = "\u203a"  # › closes it
ELLIPSIS = "\u2026"  # … where the snippet cuts the text
MAX_QUERY_CHARS = 1_000  # longer input is cut: nobody types more into a search box
MAX_TERMS = 12  # words beyond these are ignored
MIN_PREFIX = 3  # letters the last word needs before it matches as a prefix
MAX_HITS = 500  # the most a single search returns, whatever ``limit`` asks for
# Ranking costs a few microseconds per matching record. A query matching more than this many
# (a word in most notes, like "the") is ranked among its newest matches only, which bounds the
# time a search can take; selective queries are ranked over every match.
MAX_RANKED = 4_000
# Counts the records an expression matches (the index's doclists only: no ranking, no text).
_COUNT = sa.text("SELECT count(*) FROM search_text WHERE search_text MATCH :match")

# Words as SQLite's unicode61 tokenizer sees them: runs of letters and digits. Everything else
# (quotes, *, -, :, parentheses, NUL, lone surrogates, underscores) separates words and is dropped.
_WORD = re.compile(r"[^\W_]+")
# Sentinels SQLite puts around matches (Unicode noncharacters, never in real text); they become
# MARK_START/MARK_END once any literal ‹ › from the record itself has been neutralised.
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"
_MARKS = str.maketrans({MARK_START: "<", MARK_END: ">", _OPEN: MARK_START, _CLOSE: MARK_END})

# Two statements, each one pass over the matches. (1) The best of the newest MAX_RANKED matches by
# bm25, a title match weighing ten times a body match. No snippets here: SQLite would make one
# for every row it ranks.
_RANKED = sa.text(
    """
    WITH newest AS MATERIALIZED (
        SELECT rowid AS entry, bm25(search_text, 10.0, 1.0) AS score FROM search_text
        WHERE search_text MATCH :match ORDER BY rowid DESC LIMIT :window
    )
    SELECT entry, score FROM newest ORDER BY score, entry DESC LIMIT :limit
    """
)
# (2) Snippets and names for the chosen rows only, in one scan of their rowid range: the unary
# plus keeps SQLite from turning the IN list into one FTS5 lookup per row (each one re-reading
# every matching term), and CROSS JOIN keeps search_text the outer loop.
_DETAILS = sa.text(
    """
    SELECT search_text.rowid, search_text.title,
           snippet(search_text, 0, :open, :close, :ellipsis, 16),
           snippet(search_text, 1, :open, :close, :ellipsis, 16),
           e.kind, e.ref, e.client_ref, c.name, coalesce(s.starts_at, amended.starts_at)
    FROM search_text
    CROSS JOIN search_entry AS e ON e.id = search_text.rowid
    LEFT JOIN client AS c ON c.id = e.client_ref
    LEFT JOIN coaching_session AS s ON e.kind = 'session' AND s.id = e.ref
    LEFT JOIN note_amendment AS a ON e.kind = 'amendment' AND a.id = e.ref
    LEFT JOIN coaching_session AS amended ON amended.id = a.session_id
    WHERE search_text MATCH :match AND search_text.rowid BETWEEN :low AND :high
      AND +search_text.rowid IN :entries
    """
).bindparams(sa.bindparam("entries", expanding=True))


@dataclass(frozen=True)
class SearchHit:
    """One record that matches; ``search`` returns them best first.

    ``kind`` is 'client', 'session', 'amendment', 'goal' or 'action_item'; ``record_id`` is that
    record's id and ``client_id``/``client_name`` the client it belongs to (the client itself for
    'client'). ``title`` is the client's name, the goal's statement, the action's description, or a
    label for session notes and amendments. ``snippet`` is a short excerpt with the matches between
    MARK_START and MARK_END. ``rank`` is SQLite's bm25 score: lower (more negative) is better.
    ``when`` is the session's start (UTC) for 'session' and 'amendment', else None.
    """

    kind: str
    record_id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    title: str
    snippet: str
    rank: float
    when: datetime | None = None


def match_expression(text: str) -> str:
    """A safe FTS5 query for what the coach typed ('' when there is no word to look for).

    ``Zoë  board-meet`` becomes ``"zoe" "board" "meet"*``: each word folded and quoted (so OR, NEAR, column
    filters and stars are plain words), all required, and the last one a prefix once it has
    MIN_PREFIX letters (a shorter prefix matches much of the index and is slow to expand).
    """
    words = _WORD.findall(fold_uncached(text[:MAX_QUERY_CHARS]))[:MAX_TERMS]
    if not words:
        return ""
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    last = words[-1]
    if len(last) >= MIN_PREFIX or ord(last[0]) >= 0x2E80:  # from CJK on, a character is a syllable or word
        quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Session, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Records matching every word of ``query`` (the last as a prefix), best first, at most ``limit``."""
    match = match_expression(query) if isinstance(query, str) else ""
    limit = min(limit, MAX_HITS)
    if not match or limit < 1:
        return []
    connection = db.connection()
    match = _narrowest(connection, match)
    ranked = connection.execute(_RANKED, {"match": match, "window": MAX_RANKED, "limit": limit}).all()
    if not ranked:
        return []
    scores: dict[int, float] = {row[0]: float(row[1]) for row in ranked}
    params = {"match": match, "low": min(scores), "high": max(scores), "entries": list(scores)}
    marks = {"open": _OPEN, "close": _CLOSE, "ellipsis": ELLIPSIS}
    found = {row[0]: _hit(row, scores[row[0]]) for row in connection.execute(_DETAILS, params | marks)}
    return [found[entry] for entry in scores if entry in found]  # scores keeps the ranked order


def _narrowest(connection: sa.Connection, match: str) -> str:
    """The words as typed instead of the last as a prefix, when the words as typed already match more
    records than are ranked (a word in most notes, like "the"): the ranked window is then the
    newest of those records either way, and reading one word's matches costs a fraction of
    merging those of every word it begins (the, them, then, there, theory, ...)."""
    if not match.endswith("*"):
        return match
    whole = match[:-1]
    count = connection.execute(_COUNT, {"match": whole}).scalar_one()
    return whole if count >= MAX_RANKED else match


def _hit(row: Sequence[Any], rank: float) -> SearchHit:
    _, title, title_snippet, body_snippet, kind, ref, client_ref, client_name, starts_at = row
    if _OPEN in body_snippet or _OPEN not in title_snippet:
        snippet = body_snippet or title_snippet
    else:
        snippet = title_snippet
    if kind == "client":
        title = client_name or title
    return SearchHit(
        kind=kind,
        record_id=uuid.UUID(hex=ref),
        client_id=uuid.UUID(hex=client_ref) if client_ref else None,
        client_name=client_name or "",
        title=title.strip() or _kind_titles().get(kind, ""),
        snippet=snippet.strip().translate(_MARKS),
        rank=rank,
        when=datetime.fromisoformat(starts_at).astimezone(UTC) if starts_at else None,
    )


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces in order, for views that style the matches."""
    parts: list[tuple[str, bool]] = []
    for number, piece in enumerate(snippet.split(MARK_START)):
        matched, marker, rest = piece.partition(MARK_END)
        if number == 0 or not marker:
            matched, rest = "", piece
        if matched:
            parts.append((matched, True))
        if rest:
            parts.append((rest, False))
    return parts


def _kind_titles() -> dict[str, str]:
    return {"session": phrase("services", "Session notes"), "amendment": phrase("services", "Note amendment")}
