"""The merge's review list: each field changed in both copies, named so the coach can find it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coachdesk.services import clients, organisations, sessions
from coachdesk.services.merge_review import mark_reviewed, merge_conflicts
from coachdesk.vault import Vault
from tests.services.merge_helpers import copy_of, merge

START = datetime(2026, 12, 1, 10, tzinfo=UTC)
ZOE = clients.ClientDetails(name="Zoë Ørsted", email="zoe@example.org")


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[tuple[Vault, Vault, uuid.UUID, uuid.UUID]]:
    """This computer's copy and the other's, of a practice with Zoë and one session of hers."""
    with vault.session() as db:
        zoe = clients.create_client(db, ZOE).created
        assert zoe is not None
        details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes="first draft")
        session_id = sessions.create_session(db, details).created
        assert session_id is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, zoe, session_id
    mine.close()
    theirs.close()


def _rename(copy: Vault, zoe: uuid.UUID, name: str, email: str = "zoe@example.org") -> None:
    with copy.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name=name, email=email))


def test_a_name_changed_in_both_is_listed_with_the_client_the_value_kept_and_the_other(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID],
) -> None:
    mine, theirs, zoe, _session_id = copies
    _rename(theirs, zoe, "Zoë Berg")
    _rename(mine, zoe, "Zoë Lund")  # later: it is kept
    assert merge(mine, theirs).conflicts == 1
    with mine.session() as db:
        (line,) = merge_conflicts(db)
    assert (line.table, uuid.UUID(line.row_id), line.record, line.field) == (
        "client",
        zoe,
        "Client: Zoë Lund",
        "name",
    )
    assert (line.kept_value, line.other_value, line.reviewed) == ("Zoë Lund", "Zoë Berg", False)
    assert line.kept_at is not None and line.other_at is not None
    assert line.other_at < line.kept_at <= datetime.now(UTC)  # the kept change was the later one


def test_a_value_cleared_in_the_other_copy_is_listed_as_empty_not_as_none(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID],
) -> None:
    mine, theirs, zoe, _session_id = copies
    changes = ((theirs, date(2026, 11, 2)), (theirs, None), (mine, date(2026, 11, 3)))
    for copy, intake in changes:  # the other computer set the intake date and cleared it again
        with copy.session() as db:
            details = clients.ClientDetails(name="Zoë Ørsted", email="zoe@example.org", intake_date=intake)
            clients.update_client(db, zoe, details)
    merge(mine, theirs)
    with mine.session() as db:
        (line,) = merge_conflicts(db)
    assert (line.field, line.kept_value, line.other_value) == ("intake date", "2026-11-03", "")


def test_session_notes_changed_in_both_are_listed_under_the_client_and_the_day(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID],
) -> None:
    mine, theirs, zoe, session_id = copies
    for copy, notes in ((theirs, "notes from the laptop"), (mine, "notes from the desktop")):
        with copy.session() as db:
            details = sessions.SessionDetails(client_id=zoe, starts_at=START, private_notes=notes)
            sessions.update_session(db, session_id, details)
    merge(mine, theirs)
    with mine.session() as db:
        (line,) = merge_conflicts(db)
    assert (line.record, line.field) == ("Session: Zoë Ørsted, 2026-12-01", "private notes")
    assert (line.kept_value, line.other_value) == ("notes from the desktop", "notes from the laptop")


def test_reviewed_conflicts_leave_the_list_and_stay_recorded(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID],
) -> None:
    mine, theirs, zoe, _session_id = copies
    _rename(theirs, zoe, "Zoë Berg", email="zoe@home.example")
    _rename(mine, zoe, "Zoë Lund", email="zoe@work.example")
    assert merge(mine, theirs).conflicts == 2
    with mine.session() as db:
        email, name = merge_conflicts(db)
        assert (email.field, name.field) == ("email", "name")
        changes = mark_reviewed(db, [email.id])
        assert changes.touches("merge_conflict") and changes.ids == {uuid.UUID(email.id)}
        assert [line.id for line in merge_conflicts(db)] == [name.id]
        listed = {line.id: line.reviewed for line in merge_conflicts(db, include_reviewed=True)}
    assert listed == {email.id: True, name.id: False}
    mine.save()
    assert merge(mine, theirs).conflicts == 0  # merging the same copy again lists nothing anew
    with mine.session() as db:
        assert [line.id for line in merge_conflicts(db)] == [name.id]


def test_a_conflict_reviewed_on_the_other_computer_is_reviewed_here_after_the_next_merge(
    copies: tuple[Vault, Vault, uuid.UUID, uuid.UUID],
) -> None:
    mine, theirs, zoe, _session_id = copies
    _rename(theirs, zoe, "Zoë Berg")
    _rename(mine, zoe, "Zoë Lund")
    merge(mine, theirs)
    merge(theirs, mine)  # both computers now list the same conflict
    with theirs.session() as db:
        (line,) = merge_conflicts(db)
        mark_reviewed(db, [line.id])
    merge(mine, theirs)
    with mine.session() as db:
        assert merge_conflicts(db) == []
        (kept,) = merge_conflicts(db, include_reviewed=True)
    assert (kept.id, kept.reviewed) == (line.id, True)


def test_a_record_of_another_kind_is_named_by_its_kind(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as db:
        organisations.create_organisation(db, organisations.OrganisationDetails(name="Fjord AS"))
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    for copy, name in ((theirs, "Fjord ASA"), (mine, "Fjord Group AS")):
        with copy.session() as db:
            (fjord,) = organisations.organisation_choices(db)
            organisations.update_organisation(db, fjord[0], organisations.OrganisationDetails(name=name))
    merge(mine, theirs)
    with mine.session() as db:
        (line,) = merge_conflicts(db)
    assert (line.record, line.field, line.kept_value, line.other_value) == (
        "Organisation",
        "name",
        "Fjord Group AS",
        "Fjord ASA",
    )
    mine.close()
    theirs.close()
