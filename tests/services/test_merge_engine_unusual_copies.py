"""Copies not quite as CoachDesk leaves them (a guard missing, a link to nothing) still merge soundly."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.services import clients, engagements, sessions
from coachdesk.vault import Vault
from tests.services.merge_helpers import copy_of, merge

START = datetime(2026, 12, 1, 10, tzinfo=UTC)
Copies = tuple[Vault, Vault, uuid.UUID, uuid.UUID]


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """This computer's copy and the laptop's, of a practice with Zoë and one session of hers."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert zoe is not None
        details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes="first draft")
        session_id = sessions.create_session(db, details).created
        assert session_id is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    laptop = copy_of(vault, tmp_path / "laptop.coachdesk")
    yield mine, laptop, zoe, session_id
    mine.close()
    laptop.close()


def test_notes_finalised_in_both_merge_the_same_where_the_guard_on_them_is_missing(copies: Copies) -> None:
    mine, laptop, zoe, session_id = copies
    for copy, text, hour in ((laptop, "The laptop's notes", 12), (mine, "My notes", 18)):
        with copy.session() as db:
            details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes=text)
            sessions.update_session(db, session_id, details)
            sessions.finalise_notes(db, session_id, at=datetime(2026, 12, 1, hour, tzinfo=UTC))
    mine.connection.execute("DROP TRIGGER coaching_session_finalised_notes")  # a copy without the guard
    mine.connection.commit()
    summary = merge(mine, laptop)
    assert (summary.added, summary.updated, summary.conflicts) == (1, 1, 0)
    with mine.session() as db:
        notes = sessions.session_notes(db, session_id)
    noon = datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert (notes.original, notes.finalised_at) == ("The laptop's notes", noon)
    (amendment,) = notes.amendments
    assert amendment.text.endswith("\nMy notes")
    assert mine.connection.execute("SELECT count(*) FROM coaching_session").fetchone() == (1,)


def test_an_agreement_whose_sponsor_neither_copy_has_is_not_taken_and_the_rest_merges(copies: Copies) -> None:
    mine, laptop, zoe, _session_id = copies
    with laptop.session() as db:
        details = engagements.EngagementDetails(client_id=zoe, title="Leadership")
        engagement = engagements.create_engagement(db, details).created
        assert engagement is not None
        clients.create_client(db, clients.ClientDetails(name="Ada Lind"))
    # A damaged copy: its agreement names a sponsor that is in neither copy.
    laptop.connection.execute("PRAGMA foreign_keys = OFF")
    laptop.connection.execute(
        "UPDATE engagement SET sponsor_id = ? WHERE id = ?", (uuid.uuid4().hex, engagement.hex)
    )
    laptop.connection.commit()
    laptop.connection.execute("PRAGMA foreign_keys = ON")
    summary = merge(mine, laptop)
    assert mine.connection.execute("SELECT count(*) FROM engagement").fetchone() == (0,)
    assert mine.connection.execute("SELECT name FROM client ORDER BY name").fetchall() == [
        ("Ada Lind",),
        ("Zoë Ørsted",),
    ]
    assert summary.refused == 1 and summary.notes == ()
    assert mine.connection.execute("PRAGMA foreign_key_check").fetchall() == []
