"""Search: what it finds, in which order, how it marks matches, and that no typed text can break it."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from coachdesk.domain import ActionItem, CoachingSession, Goal, NoteAmendment
from coachdesk.services import search as search_module
from coachdesk.services.clients import ClientDetails, create_client, delete_client, update_client
from coachdesk.services.folding import PLAIN_LETTERS, fold
from coachdesk.services.search import (
    MARK_END,
    MARK_START,
    MAX_HITS,
    SearchHit,
    match_expression,
    search,
    snippet_parts,
)
from coachdesk.vault import Vault
from tests.conftest import PASSPHRASE

START = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _client(db: Session, name: str = "Zoë Ørsted", **fields: str) -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name, **fields)).created  # type: ignore[arg-type]
    assert created is not None
    return created


def _session(
    db: Session, client_id: uuid.UUID, notes: str = "", summary: str = "", days: int = 0
) -> uuid.UUID:
    row = CoachingSession(
        client_id=client_id,
        starts_at=START + timedelta(days=days),
        private_notes=notes,
        shared_summary=summary,
    )
    db.add(row)
    db.commit()
    return row.id


def _add(db: Session, row: Goal | ActionItem | NoteAmendment) -> uuid.UUID:
    db.add(row)
    db.commit()
    return row.id


def _found(db: Session, query: str) -> set[tuple[str, uuid.UUID]]:
    return {(hit.kind, hit.record_id) for hit in search(db, query)}


# ----- what it finds ------------------------------------------------------------------------------


def test_finds_a_client_by_name_notes_and_tags(db: Session) -> None:
    client_id = _client(
        db, "Zoë Ørsted", tags="leadership, board", private_notes="Met through the Aarhus network."
    )
    _client(db, "Ben Okafor")
    for query in ("Ørsted", "Zoë Ørsted", "aarhus", "leadership", "board"):
        hits = search(db, query)
        assert [(h.kind, h.record_id) for h in hits] == [("client", client_id)], query
    (hit,) = search(db, "Aarhus")
    assert (hit.client_id, hit.client_name, hit.title, hit.when) == (
        client_id,
        "Zoë Ørsted",
        "Zoë Ørsted",
        None,
    )


def test_finds_sessions_by_private_notes_and_shared_summary(db: Session) -> None:
    client_id = _client(db)
    session_id = _session(
        db, client_id, notes="She wants to **delegate** the budget review.", summary="Agreed a plan"
    )
    assert _found(db, "budget review") == {("session", session_id)}
    assert _found(db, "agreed plan") == {("session", session_id)}
    (hit,) = search(db, "budget")
    assert (hit.client_id, hit.client_name, hit.title, hit.when) == (
        client_id,
        "Zoë Ørsted",
        "Session notes",
        START,
    )
    assert f"{MARK_START}budget{MARK_END}" in hit.snippet


def test_finds_amendments_goals_and_action_items(db: Session) -> None:
    client_id = _client(db)
    session_id = _session(db, client_id, notes="First conversation.", days=3)
    amendment = _add(db, NoteAmendment(session_id=session_id, text="Correction: the offsite is in Lisbon."))
    goal = _add(
        db,
        Goal(client_id=client_id, statement="Speak up in board meetings", measure_of_success="Once a week"),
    )
    action = _add(db, ActionItem(client_id=client_id, description="Draft the hiring scorecard"))
    assert _found(db, "lisbon") == {("amendment", amendment)}
    assert _found(db, "speak board") == {("goal", goal)}
    assert _found(db, "once week") == {("goal", goal)}
    assert _found(db, "scorecard") == {("action_item", action)}
    (hit,) = search(db, "lisbon")
    assert (hit.client_id, hit.client_name, hit.title, hit.when) == (
        client_id,
        "Zoë Ørsted",
        "Note amendment",
        START + timedelta(days=3),
    )
    (hit,) = search(db, "scorecard")
    assert (hit.client_name, hit.title) == ("Zoë Ørsted", "Draft the hiring scorecard")
    assert hit.snippet == f"Draft the hiring {MARK_START}scorecard{MARK_END}"


def test_every_word_must_match(db: Session) -> None:
    client_id = _client(db)
    both = _session(db, client_id, notes="Resilience and energy at work.")
    _session(db, client_id, notes="Resilience only.")
    assert _found(db, "energy resilience") == {("session", both)}
    assert search(db, "resilience nowhere") == []


# ----- order, prefix, diacritics --------------------------------------------------------------------


def test_a_title_match_ranks_above_a_body_only_match(db: Session) -> None:
    client_id = _client(db, "Ana Delegate")
    body_only = _session(db, client_id, notes="We talked about how to delegate, and about delegate meetings.")
    goal = _add(db, Goal(client_id=client_id, statement="Delegate the weekly report"))
    hits = search(db, "delegate")
    assert [h.kind for h in hits][:2] in (["client", "goal"], ["goal", "client"])
    assert hits[-1].record_id == body_only
    assert goal in {h.record_id for h in hits[:2]}
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_the_last_word_matches_as_a_prefix(db: Session) -> None:
    client_id = _client(db, "Maja Kowalski")
    session_id = _session(db, client_id, notes="Delegation is the theme.")
    assert _found(db, "deleg") == {("session", session_id)}
    assert _found(db, "kowal") == {("client", client_id)}
    assert _found(db, "delegation them") == {("session", session_id)}
    assert _found(db, "theme deleg") == {("session", session_id)}
    assert search(db, "deleg theme") == []  # only the last word is a prefix


def test_very_short_last_words_match_whole_words_only(db: Session) -> None:
    client_id = _client(db, "Wen Li")
    assert _found(db, "li") == {("client", client_id)}
    assert search(db, "w") == []  # no prefix for a single letter: it would match most of the index
    assert match_expression("we") == '"we"'
    assert match_expression("wen") == '"wen"*'


def test_a_single_cjk_character_matches_as_a_prefix(db: Session) -> None:
    client_id = _client(db, "王小明")
    assert _found(db, "王") == {("client", client_id)}


@pytest.mark.parametrize("query", ["zoe", "ZOE", "Zoë", "zoë", "Zoe\u0308"])
def test_diacritics_and_case_are_folded(db: Session, query: str) -> None:
    plain = _client(db, "Zoe Smith")
    accented = _client(db, "Zoë Ørsted")
    decomposed = _client(db, "Zoe\u0308 Nowak")
    assert {hit.record_id for hit in search(db, query)} == {plain, accented, decomposed}


def test_accents_are_folded_in_notes_too(db: Session) -> None:
    client_id = _client(db)
    session_id = _session(db, client_id, notes="Talked about the café and her résumé.")
    assert _found(db, "cafe resume") == {("session", session_id)}
    assert _found(db, "CAFÉ RÉSUMÉ") == {("session", session_id)}


# Every letter fold() maps that SQLite's own tokenizer leaves alone, upper and lower case, and ß.
_FOLDED_LETTERS = sorted(
    {letter for plain in PLAIN_LETTERS for letter in (plain, plain.upper()) if fold(letter) != letter}
    | {"ß", "ẞ"}
)


@pytest.mark.parametrize("letter", _FOLDED_LETTERS)
def test_search_folds_every_letter_the_lists_fold(db: Session, letter: str) -> None:
    name = f"Ka{letter}sen"
    client_id = _client(db, name)
    session_id = _session(db, client_id, notes=f"Spoke with ma{letter}quette today.")
    for query in (fold(name), name, name.upper(), name.lower()):
        assert ("client", client_id) in _found(db, query), query
    assert _found(db, fold(f"ma{letter}quette")) == {("session", session_id)}
    assert _found(db, f"ma{letter}quette") == {("session", session_id)}


def test_odegaard_finds_odegaard_and_snippets_keep_the_spelling(db: Session) -> None:
    client_id = _client(db, "Martin Ødegaard", private_notes="Prefers Łódź and the Straße café.")
    assert _found(db, "odegaard") == {("client", client_id)}
    assert _found(db, "lodz strasse") == {("client", client_id)}
    (hit,) = search(db, "strasse")
    assert f"{MARK_START}Straße{MARK_END}" in hit.snippet
    assert hit.title == "Martin Ødegaard"


def test_search_matches_what_the_client_list_filter_matches(db: Session) -> None:
    names = ["Zoë Ørsted", "Łukasz Żak", "Æsa Þórsdóttir", "Jürgen Straße", "Œdipe Ħaġar", "Đorđe Ðurić"]
    ids = {name: _client(db, name) for name in names}
    for query in ("orsted", "lukasz zak", "aesa thorsdottir", "strasse", "oedipe hagar", "dorde duric"):
        listed = {ids[name] for name in names if all(w in fold(name) for w in query.split())}
        assert {hit.record_id for hit in search(db, query)} == listed, query


# ----- snippets -------------------------------------------------------------------------------------


def test_snippet_marks_matches_and_neutralises_marker_characters_in_the_text(db: Session) -> None:
    client_id = _client(db)
    _session(db, client_id, notes="The ‹sponsor› asked about the sponsor report.")
    (hit,) = search(db, "report")
    assert hit.snippet == f"The <sponsor> asked about the sponsor {MARK_START}report{MARK_END}."
    assert snippet_parts(hit.snippet) == [
        ("The <sponsor> asked about the sponsor ", False),
        ("report", True),
        (".", False),
    ]


def test_snippet_is_cut_with_an_ellipsis_around_the_match(db: Session) -> None:
    client_id = _client(db)
    words = " ".join(f"word{n}" for n in range(200))
    _session(db, client_id, notes=f"{words} milestone {words}")
    (hit,) = search(db, "milestone")
    assert f"{MARK_START}milestone{MARK_END}" in hit.snippet
    assert "\u2026" in hit.snippet
    assert len(hit.snippet) < 200


def test_snippet_parts_of_text_without_matches() -> None:
    assert snippet_parts("") == []
    assert snippet_parts("plain") == [("plain", False)]
    assert snippet_parts(f"{MARK_START}a{MARK_END}{MARK_START}b{MARK_END}") == [("a", True), ("b", True)]
    assert snippet_parts(f"x {MARK_START}dangling") == [("x ", False), ("dangling", False)]


# ----- nothing typed can break it -------------------------------------------------------------------

HOSTILE = [
    '"',
    '"unbalanced',
    "unbalanced'",
    "NEAR(",
    "NEAR(zoe board, 2)",
    "*",
    "zoe*",
    "* zoe",
    "-",
    "-zoe",
    "zoe -board",
    "NOT",
    "zoe NOT board",
    "OR",
    "zoe OR",
    "AND AND",
    "title:x",
    "title:zoe",
    "{title body}: zoe",
    "body : board",
    "^zoe",
    "zoe + board",
    "(zoe",
    "zoe)",
    "'); DROP TABLE client; --",
    "\x00",
    "zo\x00e",
    "\ud800",
    "zoe\udfff",
    "\ud83d\ude00",
    "😀 zoe",
    "zoe" * 5000,
    "zoe " * 50_000,
    "\u200b\u200d\ufeff",
    "\ufdd0zoe\ufdd1",
    "_",
    "a_b",
    "%",
    "?",
    ":1",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_return_results_or_nothing(db: Session, query: str) -> None:
    client_id = _client(db, "Zoe Board")
    _session(db, client_id, notes="Zoe talked about the board.")
    hits = search(db, query)
    assert isinstance(hits, list)
    assert all(isinstance(hit, SearchHit) for hit in hits)


def test_hostile_syntax_is_searched_as_plain_words(db: Session) -> None:
    client_id = _client(db, "Zoe Board")
    assert _found(db, "zoe OR nobody") == set()  # OR is a word to find, not an operator
    assert _found(db, 'NEAR("zoe" "board")') == set()  # so is NEAR
    assert _found(db, "-zoe") == {("client", client_id)}
    assert _found(db, '"zoe board') == {("client", client_id)}
    assert _found(db, "zo\x00e board") == set()
    assert _found(db, "\ud800zoe") == {("client", client_id)}


@pytest.mark.parametrize("query", ["", " ", "\t\n", "   \u3000 ", "!!!", '"*"', "- * :", "()", "...", "\x00"])
def test_empty_and_punctuation_only_queries_return_nothing(db: Session, query: str) -> None:
    _client(db, "Zoe Board")
    assert match_expression(query) == ""
    assert search(db, query) == []


SAFE = re.compile(r'^"[^"\s]+"( "[^"\s]+")*\*?$')
FRAGMENTS = st.sampled_from(
    ['"', "*", "NEAR(", "OR", "AND", "NOT", "-", ":", "^", "(", ")", "\x00", "\ud800", " "]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=12).map("".join))
def test_any_text_gives_a_safe_query_and_never_an_error(db: Session, query: str) -> None:
    expression = match_expression(query)
    assert expression == "" or SAFE.match(expression)
    assert isinstance(search(db, query), list)


def test_a_non_text_query_or_limit_below_one_returns_nothing(db: Session) -> None:
    _client(db, "Zoe Board")
    assert search(db, None) == []  # type: ignore[arg-type]
    assert search(db, "zoe", limit=0) == []
    assert search(db, "zoe", limit=-5) == []


# ----- changes show at once -------------------------------------------------------------------------


def test_updates_are_reflected_immediately(db: Session) -> None:
    client_id = _client(db, "Zoë Ørsted")
    update_client(db, client_id, ClientDetails(name="Zoë Lindqvist"))
    assert search(db, "Ørsted") == []
    assert _found(db, "lindqvist") == {("client", client_id)}
    session_id = _session(db, client_id, notes="Talked about the merger.")
    row = db.get(CoachingSession, session_id)
    assert row is not None
    row.private_notes = "Talked about the reorganisation."
    db.add(row)
    db.commit()
    assert search(db, "merger") == []
    assert _found(db, "reorganisation") == {("session", session_id)}


def test_deleted_records_never_appear(db: Session) -> None:
    client_id = _client(db, "Zoë Ørsted", private_notes="Quarterly sponsor check-in.")
    kept = _client(db, "Ben Okafor", private_notes="Quarterly sponsor check-in.")
    session_id = _session(db, client_id, notes="Quarterly review of the sponsor goals.")
    goal = _add(db, Goal(client_id=client_id, statement="Quarterly sponsor update"))
    _add(db, NoteAmendment(session_id=session_id, text="Quarterly numbers corrected."))
    _add(db, ActionItem(client_id=client_id, session_id=session_id, description="Send quarterly summary"))
    assert len(search(db, "quarterly")) == 6

    db.delete(db.get(Goal, goal))
    db.commit()
    assert ("goal", goal) not in _found(db, "quarterly")
    db.delete(db.get(CoachingSession, session_id))  # the database cascades to its amendment and action item
    db.commit()
    assert _found(db, "quarterly") == {("client", client_id), ("client", kept)}

    delete_client(db, client_id)
    assert _found(db, "quarterly") == {("client", kept)}
    assert search(db, "zoe") == []


def test_deleting_a_client_removes_everything_of_theirs_from_the_index(db: Session) -> None:
    client_id = _client(db, "Zoë Ørsted")
    session_id = _session(db, client_id, notes="Offsite planning.")
    _add(db, NoteAmendment(session_id=session_id, text="Offsite moved."))
    _add(db, Goal(client_id=client_id, statement="Offsite agenda"))
    _add(db, ActionItem(client_id=client_id, description="Book the offsite"))
    delete_client(db, client_id)
    assert search(db, "offsite") == []
    connection = db.connection().connection.dbapi_connection
    assert connection is not None
    assert connection.execute("SELECT count(*) FROM search_entry").fetchone() == (0,)
    assert connection.execute("SELECT count(*) FROM search_text").fetchone() == (0,)


# ----- limits and the bounded ranking ---------------------------------------------------------------


def test_limit_is_respected(db: Session) -> None:
    client_id = _client(db)
    for n in range(30):
        _add(db, Goal(client_id=client_id, statement=f"Milestone number {n}"))
    assert len(search(db, "milestone")) == 30
    assert len(search(db, "milestone", limit=5)) == 5
    assert len(search(db, "milestone", limit=1)) == 1
    assert len(search(db, "milestone", limit=10**9)) == 30
    assert MAX_HITS >= 50


def test_a_very_common_word_is_ranked_among_its_newest_matches(
    db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = _client(db)
    goals = [_add(db, Goal(client_id=client_id, statement=f"Common goal {n}")) for n in range(6)]
    monkeypatch.setattr(search_module, "MAX_RANKED", 3)
    assert {hit.record_id for hit in search(db, "common")} == set(goals[-3:])
    assert {hit.record_id for hit in search(db, "common", limit=2)} <= set(goals[-3:])


def test_the_index_survives_save_and_reopen(vault: Vault, vault_path: Path) -> None:
    with vault.session() as db:
        client_id = _client(db, "Zoë Ørsted", private_notes="Prefers mornings.")
    vault.save()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened, reopened.session() as db:
        assert _found(db, "mornings") == {("client", client_id)}


def test_a_word_filling_the_ranked_window_as_typed_is_searched_as_typed(
    db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "the" in most notes: the newest records holding "the" itself are ranked, not those holding
    any word it begins; a word that does not fill the window still matches as a prefix."""
    client_id = _client(db)
    monkeypatch.setattr(search_module, "MAX_RANKED", 3)
    plans = [_add(db, Goal(client_id=client_id, statement=f"The plan {n}")) for n in range(2)]
    therapy = _add(db, Goal(client_id=client_id, statement="Therapy referral"))
    assert {hit.record_id for hit in search(db, "the")} == {*plans, therapy}  # 2 < 3: a prefix
    more = [_add(db, Goal(client_id=client_id, statement=f"The step {n}")) for n in range(2)]
    assert {hit.record_id for hit in search(db, "the")} == {plans[1], *more}
    assert {hit.record_id for hit in search(db, "thera")} == {therapy}
