"""The merge summary counts what the merge did, once: merging the same copy again counts nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.services import clients, retention, sessions
from coachdesk.services.client_records import erase_client
from coachdesk.services.merge import describe_summary
from coachdesk.vault import Vault
from tests.services.merge_helpers import copy_of, merge

START = datetime(2026, 12, 1, 10, tzinfo=UTC)
TWINS = "A practice setting made in both copies: the newer one is kept."
AMENDED = "Notes finalised in both copies: the second text was kept as an amendment."
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


def _finalise(copy: Vault, session_id: uuid.UUID, zoe: uuid.UUID, notes: str, hour: int) -> None:
    with copy.session() as db:
        details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes=notes)
        sessions.update_session(db, session_id, details)
        sessions.finalise_notes(db, session_id, at=datetime(2026, 12, 1, hour, tzinfo=UTC))


def test_a_name_changed_in_both_is_one_conflict_and_merging_again_counts_none(copies: Copies) -> None:
    mine, laptop, zoe, _session_id = copies
    with laptop.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Berg"))
    with mine.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Lund"))
    first = merge(mine, laptop)
    assert (first.added, first.updated, first.removed, first.conflicts, first.refused) == (0, 0, 0, 1, 0)
    again = merge(mine, laptop)  # the laptop has not changed: its conflict is already listed
    assert (again.added, again.updated, again.removed, again.conflicts, again.refused) == (0, 0, 0, 0, 0)
    assert mine.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (1,)


def test_a_second_finalised_text_counts_as_one_record_added_and_merging_again_adds_none(
    copies: Copies,
) -> None:
    mine, laptop, zoe, session_id = copies
    _finalise(laptop, session_id, zoe, "The laptop's notes, finalised first", 12)
    _finalise(mine, session_id, zoe, "My notes, finalised later", 18)
    summary = merge(laptop, mine)  # this computer's text comes to the laptop as an amendment
    assert (summary.added, summary.updated, summary.conflicts) == (1, 1, 0)  # the session's time, too
    assert summary.notes == (AMENDED,)
    again = merge(laptop, mine)  # the same amendment, already there: not added twice, not counted
    assert (again.added, again.updated, again.conflicts, again.notes) == (0, 0, 0, ())
    assert not again.changed_anything
    with laptop.session() as db:
        notes = sessions.session_notes(db, session_id)
    assert notes.original == "The laptop's notes, finalised first"
    (amendment,) = notes.amendments
    assert amendment.text.endswith("\nMy notes, finalised later")


def test_the_records_of_an_erased_client_are_counted_as_not_taken_one_by_one(copies: Copies) -> None:
    mine, laptop, zoe, _session_id = copies
    with laptop.session() as db:  # the laptop records a second session with her ...
        details = sessions.SessionDetails(client_id=zoe, starts_at=START.replace(day=8))
        sessions.create_session(db, details)
    added_on_laptop = laptop.connection.execute(
        "SELECT (SELECT count(*) FROM coaching_session) - 1 + "
        "(SELECT count(*) FROM audit_entry) - (SELECT count(*) FROM audit_entry WHERE entity_id IS NULL)"
    ).fetchone()[0]
    with mine.session() as db:  # ... while this computer erases her
        erase_client(db, zoe)
    summary = merge(mine, laptop)
    new_of_hers = 2  # the session and its audit line; the rest was erased here already
    assert added_on_laptop >= new_of_hers
    assert (summary.added, summary.refused) == (0, new_of_hers)
    assert f"Not taken (records of deleted or erased clients): {new_of_hers}" in describe_summary(summary)


def test_a_setting_made_in_both_copies_is_one_update_where_the_other_is_newer(copies: Copies) -> None:
    mine, laptop, _zoe, _session_id = copies
    with mine.session() as db:
        retention.set_retention_years(db, 7)
    with laptop.session() as db:  # the later choice
        retention.set_retention_years(db, 10)
    here = merge(mine, laptop)
    assert (here.added, here.updated, here.refused) == (0, 1, 0)
    assert TWINS in here.notes
    with mine.session() as db:
        assert retention.retention_years(db) == 10


def test_a_setting_made_in_both_copies_newer_here_is_no_record_of_an_erased_client(copies: Copies) -> None:
    mine, laptop, _zoe, _session_id = copies
    with laptop.session() as db:
        retention.set_retention_years(db, 10)
    with mine.session() as db:  # the later choice
        retention.set_retention_years(db, 7)
    summary = merge(mine, laptop)
    assert (summary.added, summary.updated, summary.refused) == (0, 0, 0)
    assert summary.notes == (TWINS,)
    assert not any(line.startswith("Not taken") for line in describe_summary(summary))
    with mine.session() as db:
        assert retention.retention_years(db) == 7


def test_copies_from_before_the_merge_history_merged_again_count_their_conflict_once(copies: Copies) -> None:
    mine, laptop, zoe, _session_id = copies
    with laptop.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Berg"))
    with mine.session() as db:  # the later change
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Lund"))
    for copy in (mine, laptop):  # as two copies changed by a version that kept no merge history
        copy.connection.execute("DELETE FROM sync_stamp")
        copy.connection.commit()
    assert merge(mine, laptop).conflicts == 1
    again = merge(mine, laptop)  # decided by time again, to the same conflict: already listed
    assert (again.updated, again.conflicts) == (0, 0)
    assert mine.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (1,)
