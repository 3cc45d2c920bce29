"""What one copy deleted or erased goes in the merge, and only that: nothing of anyone else's with it."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.domain.enums import ConflictKind
from coachdesk.services import clients, conflicts, goals, organisations, sessions
from coachdesk.services.client_records import erase_client
from coachdesk.services.merge import MergeSummary
from coachdesk.vault import Vault
from tests.services.merge_helpers import content, copy_of, merge

START = datetime(2026, 12, 1, 10, tzinfo=UTC)
Copies = tuple[Vault, Vault, uuid.UUID, uuid.UUID]


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """This computer's copy and the laptop's, of a practice with two clients, Zoë and Ada."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        ada = clients.create_client(db, clients.ClientDetails(name="Ada Lind")).created
        assert zoe is not None and ada is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    laptop = copy_of(vault, tmp_path / "laptop.coachdesk")
    yield mine, laptop, zoe, ada
    mine.close()
    laptop.close()


def _both_ways(mine: Vault, laptop: Vault, tmp_path: Path) -> tuple[Vault, MergeSummary, MergeSummary]:
    """Merge each copy into a copy of the other; the two results agree; return one and the summaries."""
    into_mine = copy_of(mine, tmp_path / "into-mine.coachdesk")
    into_laptop = copy_of(laptop, tmp_path / "into-laptop.coachdesk")
    first = merge(into_mine, laptop)
    second = merge(into_laptop, mine)
    assert content(into_mine) == content(into_laptop)
    into_laptop.close()
    return into_mine, first, second


def _audit_lines_of(copy: Vault, client: uuid.UUID) -> int:
    row = copy.connection.execute("SELECT count(*) FROM audit_entry WHERE entity_id = ?", (client.hex,))
    return int(row.fetchone()[0])


def test_erasing_one_client_keeps_every_other_clients_audit_trail(copies: Copies, tmp_path: Path) -> None:
    mine, laptop, zoe, ada = copies
    with laptop.session() as db:
        clients.update_client(db, ada, clients.ClientDetails(name="Ada Lind", email="ada@example.org"))
    with mine.session() as db:
        erase_client(db, zoe)
    ada_lines = _audit_lines_of(laptop, ada)
    everyone_else = mine.connection.execute(
        "SELECT count(*) FROM audit_entry WHERE entity_id IS NULL OR entity_id != ?", (ada.hex,)
    ).fetchone()[0]
    assert ada_lines >= 2  # her creation and the new address
    merged, _first, second = _both_ways(mine, laptop, tmp_path)
    assert _audit_lines_of(merged, ada) == ada_lines
    assert _audit_lines_of(merged, zoe) == 0
    assert merged.connection.execute(
        "SELECT count(*) FROM audit_entry WHERE entity_id IS NULL OR entity_id != ?", (ada.hex,)
    ).fetchone() == (everyone_else,)  # the lines that name nobody (the erasure's own) stay too
    assert second.removed == 2  # on the laptop: Zoë and the line of her creation
    merged.close()


def test_a_conflict_about_a_client_the_other_copy_deleted_leaves_the_review_list(copies: Copies) -> None:
    mine, laptop, _zoe, ada = copies
    with laptop.session() as db:
        clients.update_client(db, ada, clients.ClientDetails(name="Ada Berg"))
    with mine.session() as db:
        clients.update_client(db, ada, clients.ClientDetails(name="Ada Lund"))
    assert merge(mine, laptop).conflicts == 1
    with laptop.session() as db:  # the laptop then deletes her
        clients.delete_client(db, ada)
    summary = merge(mine, laptop)
    assert summary.removed >= 1
    assert mine.connection.execute("SELECT count(*) FROM client WHERE id = ?", (ada.hex,)).fetchone() == (0,)
    assert mine.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (0,)
    assert b"Ada Berg" not in mine.connection.serialize()


def test_a_conflict_of_interest_naming_a_client_deleted_here_comes_without_the_name(
    copies: Copies, tmp_path: Path
) -> None:
    mine, laptop, zoe, ada = copies
    with laptop.session() as db:  # Ada's conflict of interest: she and Zoë are related
        details = conflicts.ConflictDetails(
            kind=ConflictKind.PERSONAL_RELATIONSHIP,
            description="Ada's sister-in-law is also a client.",
            client_id=ada,
            other_client_id=zoe,
        )
        conflict_id = conflicts.create_conflict(db, details).created
        assert conflict_id is not None
    with mine.session() as db:
        clients.delete_client(db, zoe)
    merged, first, _second = _both_ways(mine, laptop, tmp_path)
    row = merged.connection.execute(
        "SELECT client_id, other_client_id, description FROM conflict WHERE id = ?", (conflict_id.hex,)
    ).fetchone()
    assert row == (ada.hex, None, "Ada's sister-in-law is also a client.")
    assert first.refused == 0
    merged.close()


def test_an_action_item_added_to_a_session_deleted_here_is_not_taken(copies: Copies, tmp_path: Path) -> None:
    mine, laptop, zoe, _ada = copies
    with mine.session() as db:
        details = sessions.SessionDetails(client_id=zoe, starts_at=START)
        session_id = sessions.create_session(db, details).created
        assert session_id is not None
    laptop.close()
    laptop = copy_of(mine, tmp_path / "laptop-with-session.coachdesk")
    with laptop.session() as db:
        item = goals.ActionItemDetails(client_id=zoe, description="Draft the pitch", session_id=session_id)
        item_id = goals.create_action_item(db, item).created
        assert item_id is not None
    with mine.session() as db:
        sessions.delete_session(db, session_id)
    merged, first, second = _both_ways(mine, laptop, tmp_path)
    assert merged.connection.execute("SELECT count(*) FROM action_item").fetchone() == (0,)
    assert merged.connection.execute("SELECT count(*) FROM coaching_session").fetchone() == (0,)
    assert first.added == 0 and first.refused >= 1
    for summary in (first, second):  # no word of a record "made in both copies"
        assert not any("made in both copies" in note for note in summary.notes)
    laptop.close()
    merged.close()


def test_a_client_moved_to_an_organisation_deleted_here_stays_without_it(
    copies: Copies, tmp_path: Path
) -> None:
    mine, laptop, zoe, _ada = copies
    with mine.session() as db:
        fjord = organisations.create_organisation(db, organisations.OrganisationDetails(name="Fjord AS"))
        assert fjord.created is not None
    laptop.close()
    laptop = copy_of(mine, tmp_path / "laptop-with-fjord.coachdesk")
    with laptop.session() as db:
        phone = "+47 22 00 00 00"
        details = clients.ClientDetails(name="Zoë Ørsted", phone=phone, organisation_id=fjord.created)
        clients.update_client(db, zoe, details)
    with mine.session() as db:
        organisations.delete_organisation(db, fjord.created)
    merged, first, _second = _both_ways(mine, laptop, tmp_path)
    row = merged.connection.execute("SELECT phone, organisation_id FROM client WHERE id = ?", (zoe.hex,))
    assert row.fetchone() == ("+47 22 00 00 00", None)
    assert merged.connection.execute("SELECT count(*) FROM organisation").fetchone() == (0,)
    assert first.updated == 1
    laptop.close()
    merged.close()


def test_finalised_notes_stay_guarded_after_a_merge_that_amended_them(copies: Copies) -> None:
    mine, laptop, zoe, _ada = copies
    with mine.session() as db:
        details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes="first draft")
        session_id = sessions.create_session(db, details).created
        assert session_id is not None
    laptop_copy = copy_of(mine, laptop.real_path.with_name("laptop-with-session.coachdesk"))
    for copy, text, hour in ((laptop_copy, "The laptop's notes", 12), (mine, "My notes", 18)):
        with copy.session() as db:
            details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes=text)
            sessions.update_session(db, session_id, details)
            sessions.finalise_notes(db, session_id, at=datetime(2026, 12, 1, hour, tzinfo=UTC))
    merge(mine, laptop_copy)  # this computer's text, finalised second, becomes an amendment
    laptop_copy.close()
    with mine.session() as db:
        assert sessions.session_notes(db, session_id).original == "The laptop's notes"
    mine.save()
    with pytest.raises(sqlite3.IntegrityError):  # the vault itself still refuses to change them
        mine.connection.execute(
            "UPDATE coaching_session SET private_notes = 'rewritten' WHERE id = ?", (session_id.hex,)
        )
    mine.connection.rollback()


def test_a_session_the_other_copy_moved_to_a_client_deleted_here_goes_with_her_both_ways(
    copies: Copies, tmp_path: Path
) -> None:
    mine, laptop, zoe, ada = copies
    with mine.session() as db:
        details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes="Zoë's notes")
        session_id = sessions.create_session(db, details).created
        assert session_id is not None
    laptop.close()
    laptop = copy_of(mine, tmp_path / "laptop-with-session.coachdesk")
    with laptop.session() as db:  # the session was Ada's, not Zoë's: the laptop corrects it ...
        details = sessions.SessionDetails(client_id=ada, starts_at=START, private_notes="Ada's notes")
        sessions.update_session(db, session_id, details)
    with mine.session() as db:  # ... while this computer deletes Ada and everything of hers
        clients.delete_client(db, ada)
    merged, first, second = _both_ways(mine, laptop, tmp_path)
    assert merged.connection.execute("SELECT count(*) FROM coaching_session").fetchone() == (0,)
    assert merged.connection.execute("SELECT id FROM client").fetchall() == [(zoe.hex,)]
    # Here the session and the audit line of its making; there Ada and the session, with theirs.
    assert (first.removed, second.removed) == (2, 4)
    assert (first.updated, second.updated) == (0, 0)  # nothing of it was written before it went
    assert b"Ada's notes" not in merged.connection.serialize()
    laptop.close()
    merged.close()
