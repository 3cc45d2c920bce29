"""The merge's rules, each on two copies from one origin, merged both ways."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.services import clients, retention, sessions
from coachdesk.services.client_records import erase_client
from coachdesk.services.merge import MergeSummary
from coachdesk.vault import Vault
from tests.services.merge_helpers import content, copy_of, merge

START = datetime(2026, 12, 1, 10, tzinfo=UTC)


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[tuple[Vault, Vault, uuid.UUID, uuid.UUID]]:
    """This computer's copy and the other's, of a practice with Zoë and one session of hers."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert zoe is not None
        details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes="first draft")
        session_id = sessions.create_session(db, details).created
        assert session_id is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, zoe, session_id
    mine.close()
    theirs.close()


def both_ways(mine: Vault, theirs: Vault, tmp_path: Path) -> tuple[Vault, MergeSummary, MergeSummary]:
    """Merge each copy into a copy of the other; assert they agree; return one and the summaries."""
    into_mine = copy_of(mine, tmp_path / "into-mine.coachdesk")
    into_theirs = copy_of(theirs, tmp_path / "into-theirs.coachdesk")
    first = merge(into_mine, theirs)
    second = merge(into_theirs, mine)
    assert content(into_mine) == content(into_theirs)
    into_theirs.close()
    return into_mine, first, second


def _notes(details: str, client_id: uuid.UUID) -> sessions.SessionDetails:
    return sessions.SessionDetails(client_id=client_id, starts_at=START, private_notes=details)


def test_notes_finalised_in_both_keep_the_first_and_the_second_becomes_an_amendment(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, zoe, session_id = copies
    with theirs.session() as db:
        sessions.update_session(db, session_id, _notes("Their notes, finalised first", zoe))
        sessions.finalise_notes(db, session_id, at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    with mine.session() as db:
        sessions.update_session(db, session_id, _notes("My notes, finalised later", zoe))
        sessions.finalise_notes(db, session_id, at=datetime(2026, 12, 1, 18, tzinfo=UTC))
    merged, summary, _ = both_ways(mine, theirs, tmp_path)
    with merged.session() as db:
        notes = sessions.session_notes(db, session_id)
    assert notes.original == "Their notes, finalised first"
    assert notes.finalised_at == datetime(2026, 12, 1, 12, tzinfo=UTC)
    (amendment,) = notes.amendments
    assert amendment.text.startswith(
        "[From the other copy of the vault: notes finalised 2026-12-01 18:00 UTC]"
    )
    assert amendment.text.endswith("My notes, finalised later")
    assert summary.conflicts == 0 and any("amendment" in note for note in summary.notes)
    assert not merge(merged, theirs).changed_anything
    merged.close()


def test_an_erased_client_never_comes_back_with_anything_of_theirs(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, zoe, session_id = copies
    with theirs.session() as db:  # the other computer went on working with her
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Ørsted", email="zoe@example.org"))
        sessions.update_session(db, session_id, _notes("more notes", zoe))
        sessions.create_session(db, _notes("a new session", zoe))
    with mine.session() as db:
        erase_client(db, zoe)
    merged, first, second = both_ways(mine, theirs, tmp_path)
    assert merged.connection.execute("SELECT count(*) FROM client").fetchone() == (0,)
    assert merged.connection.execute("SELECT count(*) FROM coaching_session").fetchone() == (0,)
    assert merged.connection.execute(
        "SELECT count(*) FROM audit_entry WHERE entity_id IN (?, ?)", (zoe.hex, session_id.hex)
    ).fetchone() == (0,)
    assert first.added == 0 and first.refused >= 1
    assert second.removed >= 1
    merged.close()


def test_a_change_in_one_copy_is_taken_whatever_the_time_and_both_changed_is_listed(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, zoe, _session_id = copies
    with theirs.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Ørsted", phone="+47 22 00 00 00"))
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Berg", phone="+47 22 00 00 00"))
    with mine.session() as db:  # later, and only the name and the e-mail address
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Lund", email="zoe@example.org"))
    merged, summary, _ = both_ways(mine, theirs, tmp_path)
    row = merged.connection.execute("SELECT name, email, phone FROM client").fetchone()
    assert row == ("Zoë Lund", "zoe@example.org", "+47 22 00 00 00")
    conflicts = merged.connection.execute(
        "SELECT field, kept_value, other_value FROM merge_conflict"
    ).fetchall()
    assert conflicts == [("name", "Zoë Lund", "Zoë Berg")]
    assert summary.conflicts == 1
    merged.close()


def test_a_record_deleted_in_one_copy_stays_deleted_though_the_other_changed_it(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, zoe, session_id = copies
    with theirs.session() as db:
        sessions.update_session(db, session_id, _notes("edited on the laptop", zoe))
    with mine.session() as db:
        sessions.delete_session(db, session_id)
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    assert merged.connection.execute("SELECT count(*) FROM coaching_session").fetchone() == (0,)
    assert merged.connection.execute("SELECT count(*) FROM client").fetchone() == (1,)
    merged.close()


def test_a_setting_made_in_both_copies_keeps_the_newer(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _zoe, _session_id = copies
    with mine.session() as db:
        retention.set_retention_years(db, 7)
    with theirs.session() as db:
        retention.set_retention_years(db, 10)
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    with merged.session() as db:
        assert retention.retention_years(db) == 10
    merged.close()


def test_erasing_a_client_forgets_the_merge_conflicts_that_hold_their_details(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, zoe, _session_id = copies
    with theirs.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Berg"))
    with mine.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Lund"))
    assert merge(mine, theirs).conflicts == 1
    with mine.session() as db:
        erase_client(db, zoe)
    assert mine.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (0,)
    assert b"Zo\xc3\xab Berg" not in mine.connection.serialize()
    assert merge(mine, theirs).conflicts == 0  # nor does merging the other copy again bring them
    assert mine.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (0,)
