"""Finalised notes across two copies: the first finalised text stays word for word, nothing is lost."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.services import clients, sessions
from coachdesk.services.merge import MergeSummary
from coachdesk.vault import Vault
from tests.services.merge_helpers import content, copy_of, merge

START = datetime(2026, 12, 1, 10, tzinfo=UTC)
NOON = datetime(2026, 12, 1, 12, tzinfo=UTC)
EVENING = datetime(2026, 12, 1, 18, tzinfo=UTC)
Copies = tuple[Vault, Vault, uuid.UUID, uuid.UUID]


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """This computer's copy and the other's, of a practice with Zoë and one session of hers."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert zoe is not None
        session_id = sessions.create_session(db, _session(zoe, "first draft")).created
        assert session_id is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, zoe, session_id
    mine.close()
    theirs.close()


def _session(zoe: uuid.UUID, notes: str, minutes: int = 60) -> sessions.SessionDetails:
    return sessions.SessionDetails(
        client_id=zoe, starts_at=START, private_notes=notes, duration_minutes=minutes
    )


def _write(copy: Vault, session_id: uuid.UUID, details: sessions.SessionDetails) -> None:
    with copy.session() as db:
        sessions.update_session(db, session_id, details)


def _finalise(copy: Vault, session_id: uuid.UUID, at: datetime) -> None:
    with copy.session() as db:
        sessions.finalise_notes(db, session_id, at=at)


def _both_ways(mine: Vault, theirs: Vault, tmp_path: Path) -> tuple[Vault, MergeSummary]:
    """Merge each copy into a copy of the other; the two results agree; return one."""
    into_mine = copy_of(mine, tmp_path / "into-mine.coachdesk")
    into_theirs = copy_of(theirs, tmp_path / "into-theirs.coachdesk")
    summary = merge(into_mine, theirs)
    merge(into_theirs, mine)
    assert content(into_mine) == content(into_theirs)
    into_theirs.close()
    return into_mine, summary


def _notes(vault: Vault, session_id: uuid.UUID) -> sessions.SessionNotes:
    with vault.session() as db:
        return sessions.session_notes(db, session_id)


def test_notes_edited_in_one_copy_while_the_other_finalised_become_an_amendment(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, zoe, session_id = copies
    _finalise(theirs, session_id, NOON)
    _write(mine, session_id, _session(zoe, "first draft, and what I added later"))
    merged, summary = _both_ways(mine, theirs, tmp_path)
    notes = _notes(merged, session_id)
    assert (notes.original, notes.finalised_at) == ("first draft", NOON)
    (amendment,) = notes.amendments
    assert amendment.text.startswith("[From the other copy of the vault: notes written, not finalised, ")
    assert amendment.text.endswith(" UTC]\nfirst draft, and what I added later")
    assert summary.conflicts == 0 and any("amendment" in note for note in summary.notes)
    assert not merge(merged, mine).changed_anything  # merging again adds no second amendment
    merged.close()


def test_a_copy_that_did_not_touch_the_notes_adds_no_amendment(copies: Copies, tmp_path: Path) -> None:
    mine, theirs, zoe, session_id = copies
    _write(theirs, session_id, _session(zoe, "the notes as finalised"))
    _finalise(theirs, session_id, NOON)
    _write(mine, session_id, _session(zoe, "first draft", minutes=90))  # only the length changed here
    merged, summary = _both_ways(mine, theirs, tmp_path)
    notes = _notes(merged, session_id)
    assert (notes.original, notes.finalised_at, notes.amendments) == ("the notes as finalised", NOON, ())
    duration = merged.connection.execute("SELECT duration_minutes FROM coaching_session").fetchone()
    assert duration == (90,)
    assert not any("amendment" in note for note in summary.notes)
    merged.close()


def test_the_same_text_finalised_in_both_keeps_the_earlier_finalising_and_no_amendment(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, _zoe, session_id = copies
    _finalise(mine, session_id, EVENING)
    _finalise(theirs, session_id, NOON)
    merged, summary = _both_ways(mine, theirs, tmp_path)
    notes = _notes(merged, session_id)
    assert (notes.original, notes.finalised_at, notes.amendments) == ("first draft", NOON, ())
    assert summary.conflicts == 0
    merged.close()


def test_notes_emptied_in_the_other_copy_leave_no_empty_amendment(copies: Copies, tmp_path: Path) -> None:
    mine, theirs, zoe, session_id = copies
    _finalise(theirs, session_id, NOON)
    _write(mine, session_id, _session(zoe, ""))
    merged, _summary = _both_ways(mine, theirs, tmp_path)
    notes = _notes(merged, session_id)
    assert (notes.original, notes.finalised_at, notes.amendments) == ("first draft", NOON, ())
    merged.close()
