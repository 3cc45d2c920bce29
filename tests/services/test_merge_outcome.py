"""A merge is all or nothing, refuses copies it cannot read, and says in plain words what it did."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services import clients, organisations
from coachdesk.services.errors import ValidationError
from coachdesk.services.merge import MergeSummary, describe_summary, merge_databases
from coachdesk.vault import Vault
from coachdesk.vault.migrations import HEAD_REVISION
from tests.conftest import PASSPHRASE
from tests.services.merge_helpers import copy_of, merge

Copies = tuple[Vault, Vault, uuid.UUID]


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """This computer's copy and the other's, of a practice with Zoë."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert zoe is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, zoe
    mine.close()
    theirs.close()


def _phone(copy: Vault, zoe: uuid.UUID, phone: str) -> None:
    with copy.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name="Zoë Ørsted", phone=phone))


def _counts(vault: Vault) -> tuple[int, int]:
    row = vault.connection.execute(
        "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM organisation)"
    ).fetchone()
    return int(row[0]), int(row[1])


def test_the_summary_in_plain_words() -> None:
    assert describe_summary(MergeSummary()) == [
        "Added: 0",
        "Updated: 0",
        "Removed: 0",
        "Conflicts to review: 0",
    ]
    summary = MergeSummary(2, 1, 3, 4, 5, ("A deleted goal is kept: a record still refers to it.",))
    assert describe_summary(summary) == [
        "Added: 2",
        "Updated: 1",
        "Removed: 3",
        "Conflicts to review: 4",
        "Not taken (records of deleted or erased clients): 5",
        "A deleted goal is kept: a record still refers to it.",
    ]


def test_a_merge_changed_something_when_it_added_updated_or_removed_anything() -> None:
    assert not MergeSummary().changed_anything
    assert not MergeSummary(refused=2, notes=("a note",)).changed_anything
    for summary in (MergeSummary(added=1), MergeSummary(updated=1), MergeSummary(removed=1)):
        assert summary.changed_anything


def test_no_merge_while_a_change_is_being_made(copies: Copies) -> None:
    mine, theirs, _zoe = copies
    with theirs.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Björn Berg"))
    mine.connection.execute("BEGIN")
    mine.connection.execute("UPDATE client SET phone = '+47 22 00 00 00'")
    with pytest.raises(ValidationError, match="still being made") as refused:
        merge_databases(mine.connection, theirs.connection.serialize())
    assert refused.value.field == "vault"
    assert mine.connection.in_transaction  # the change under way is left alone
    mine.connection.rollback()
    assert _counts(mine) == (1, 0)


def _as_saved_with_schema(copy: Vault, revision: str) -> bytes:
    copy.connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    copy.connection.commit()
    return copy.connection.serialize()


def test_a_copy_a_newer_version_saved_is_refused_with_update_this_computer_first(copies: Copies) -> None:
    mine, theirs, _zoe = copies
    with theirs.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Björn Berg"))
    newer = _as_saved_with_schema(theirs, "f00dcafe9999")  # a layout this version has no script for
    with pytest.raises(ValidationError) as refused:
        merge_databases(mine.connection, newer)
    assert refused.value.field == "other"
    assert refused.value.message == (
        f"The other copy was saved by a newer version of CoachDesk (schema f00dcafe9999; this one has "
        f"schema {HEAD_REVISION}). Update CoachDesk on this computer, then merge again. Nothing was "
        "merged, and the other copy was not changed."
    )
    assert _counts(mine) == (1, 0) and not mine.connection.in_transaction
    assert not mine.has_unsaved_changes
    with pytest.raises(ValidationError, match="newer version"):  # a dry run says the same
        merge_databases(mine.connection, newer, dry_run=True)


def test_a_copy_of_an_older_schema_not_brought_up_to_date_is_refused_as_older(copies: Copies) -> None:
    mine, theirs, _zoe = copies
    older = _as_saved_with_schema(theirs, "0016")  # only this function is given such a copy
    with pytest.raises(ValidationError) as refused:
        merge_databases(mine.connection, older)
    assert refused.value.message.startswith(
        f"The other copy was saved by an older version of CoachDesk (schema 0016; this one has schema "
        f"{HEAD_REVISION}) and was not brought up to date"
    )
    assert "Update CoachDesk" not in refused.value.message
    assert _counts(mine) == (1, 0) and not mine.connection.in_transaction


def test_a_copy_without_its_version_or_merge_history_is_refused_as_incomplete(copies: Copies) -> None:
    mine, theirs, _zoe = copies
    for damage in ("DELETE FROM alembic_version", "DROP TABLE sync_stamp"):
        with Vault.open(theirs.real_path, PASSPHRASE, read_only=True) as damaged:
            damaged.connection.execute(damage)
            damaged.connection.commit()
            with pytest.raises(ValidationError, match="database is incomplete") as refused:
                merge_databases(mine.connection, damaged.connection.serialize())
        assert refused.value.field == "other" and "nothing was merged" in refused.value.message
    assert _counts(mine) == (1, 0) and not mine.connection.in_transaction


def test_a_merge_that_fails_half_way_leaves_nothing_behind_and_the_vault_usable(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, _zoe = copies
    with theirs.session() as db:
        organisations.create_organisation(db, organisations.OrganisationDetails(name="Fjord AS"))
        clients.create_client(db, clients.ClientDetails(name="Björn Berg"))
    # A copy whose client records are laid out otherwise: organisations merge first, then it fails.
    theirs.connection.execute("ALTER TABLE client ADD COLUMN nickname TEXT")
    theirs.connection.commit()
    with pytest.raises(ValidationError, match="different layout"):
        merge_databases(mine.connection, theirs.connection.serialize())
    assert _counts(mine) == (1, 0) and not mine.connection.in_transaction
    with mine.session() as db:  # and the vault goes on working
        clients.create_client(db, clients.ClientDetails(name="Łukasz Nowak"))
    mine.save()
    assert _counts(mine) == (2, 0)
    fresh = copy_of(mine, tmp_path / "fresh.coachdesk")  # and the next merge goes through
    with fresh.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Chloé Martin"))
    assert merge(mine, fresh).added == 1
    fresh.close()


def test_an_edit_made_after_a_merge_still_counts_as_this_copys_change(copies: Copies) -> None:
    mine, theirs, zoe = copies
    assert not merge(mine, theirs).changed_anything
    _phone(theirs, zoe, "+47 400 00 001")
    _phone(mine, zoe, "+47 400 00 002")  # later, and after the merge
    summary = merge(mine, theirs)
    assert summary.conflicts == 1
    phone = mine.connection.execute("SELECT phone FROM client").fetchone()
    assert phone == ("+47 400 00 002",)


def test_a_dry_run_counts_the_changes_and_keeps_none(copies: Copies) -> None:
    mine, theirs, _zoe = copies
    with theirs.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Björn Berg"))
    summary = merge_databases(mine.connection, theirs.connection.serialize(), dry_run=True)
    assert summary.added == 1 and _counts(mine) == (1, 0)
    assert not mine.connection.in_transaction
    assert merge_databases(mine.connection, theirs.connection.serialize()).added == 1  # kept by default
    assert _counts(mine) == (2, 0)


def test_a_dry_run_leaves_the_vault_exactly_as_it_was_with_nothing_to_save(copies: Copies) -> None:
    mine, theirs, zoe = copies
    with theirs.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Björn Berg"))
    _phone(theirs, zoe, "+47 400 00 001")
    mine.save()
    before = mine.connection.serialize()
    summary = merge_databases(mine.connection, theirs.connection.serialize(), dry_run=True)
    assert (summary.added, summary.updated) == (1, 1)
    assert not mine.has_unsaved_changes  # no autosave, no "save changes?" for a merge not made
    assert mine.connection.serialize() == before
    _phone(mine, zoe, "+47 400 00 002")  # a change of the coach's own after it is still one to save
    assert mine.has_unsaved_changes
    assert merge_databases(mine.connection, theirs.connection.serialize(), dry_run=True).conflicts == 1
    assert mine.has_unsaved_changes


def test_copies_that_differ_from_before_the_merge_history_keep_the_newer_and_list_the_other(
    copies: Copies,
) -> None:
    mine, theirs, zoe = copies
    _phone(mine, zoe, "+47 400 00 001")
    _phone(theirs, zoe, "+47 400 00 002")  # the later change
    for copy in (mine, theirs):  # as two copies changed by a version that kept no merge history
        copy.connection.execute("DELETE FROM sync_stamp")
        copy.connection.commit()
    summary = merge(mine, theirs)
    assert (summary.updated, summary.conflicts) == (1, 1)
    phone = mine.connection.execute("SELECT phone FROM client").fetchone()
    assert phone == ("+47 400 00 002",)
    listed = mine.connection.execute("SELECT kept_value, other_value FROM merge_conflict").fetchall()
    assert listed == [("+47 400 00 002", "+47 400 00 001")]


def test_what_a_merge_writes_is_not_taken_for_a_change_of_this_copy(copies: Copies) -> None:
    mine, theirs, zoe = copies
    _phone(mine, zoe, "+47 400 00 001")
    _phone(theirs, zoe, "+47 400 00 002")
    for copy in (mine, theirs):  # changed before the merge history: the merge decides by time
        copy.connection.execute("DELETE FROM sync_stamp")
        copy.connection.commit()
    merge(mine, theirs)
    _phone(theirs, zoe, "+47 400 00 003")  # the other computer goes on; this one never touched it
    summary = merge(mine, theirs)
    assert (summary.updated, summary.conflicts) == (1, 0)
    phone = mine.connection.execute("SELECT phone FROM client").fetchone()
    assert phone == ("+47 400 00 003",)
