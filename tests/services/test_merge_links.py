"""Links between records across two copies: a merge never leaves a record pointing at nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services import clients, engagements, organisations
from coachdesk.services.merge import MergeSummary
from coachdesk.vault import Vault
from tests.services.merge_helpers import content, copy_of, merge

Copies = tuple[Vault, Vault, uuid.UUID, uuid.UUID]
KEPT = "A deleted organisation is kept: a record still refers to it."


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """This computer's copy and the other's, of a practice with Zoë and a sponsor, Fjord AS."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        details = organisations.OrganisationDetails(name="Fjord AS")
        fjord = organisations.create_organisation(db, details).created
        assert zoe is not None and fjord is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, zoe, fjord
    mine.close()
    theirs.close()


def _both_ways(mine: Vault, theirs: Vault, tmp_path: Path) -> tuple[Vault, MergeSummary, MergeSummary]:
    """Merge each copy into a copy of the other; the two results agree; return one."""
    into_mine = copy_of(mine, tmp_path / "into-mine.coachdesk")
    into_theirs = copy_of(theirs, tmp_path / "into-theirs.coachdesk")
    first = merge(into_mine, theirs)
    second = merge(into_theirs, mine)
    assert content(into_mine) == content(into_theirs)
    into_theirs.close()
    return into_mine, first, second


def _delete_fjord(copy: Vault, fjord: uuid.UUID) -> None:
    with copy.session() as db:
        organisations.delete_organisation(db, fjord)


def test_a_client_added_at_an_organisation_the_other_copy_deleted_comes_without_it(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, _zoe, fjord = copies
    _delete_fjord(mine, fjord)
    with theirs.session() as db:
        clients.create_client(db, clients.ClientDetails(name="Björn Berg", organisation_id=fjord))
    merged, first, _second = _both_ways(mine, theirs, tmp_path)
    rows = merged.connection.execute("SELECT name, organisation_id FROM client ORDER BY name").fetchall()
    assert rows == [("Björn Berg", None), ("Zoë Ørsted", None)]
    assert merged.connection.execute("SELECT count(*) FROM organisation").fetchone() == (0,)
    assert (first.added, first.refused) == (1, 0)
    merged.close()


def test_a_sponsor_deleted_here_that_the_other_copy_gave_an_agreement_is_kept(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, zoe, fjord = copies
    _delete_fjord(mine, fjord)
    with theirs.session() as db:
        details = engagements.EngagementDetails(client_id=zoe, title="Leadership", sponsor_id=fjord)
        engagement = engagements.create_engagement(db, details).created
    merged, first, second = _both_ways(mine, theirs, tmp_path)
    row = merged.connection.execute("SELECT id, sponsor_id FROM engagement").fetchone()
    assert row is not None and uuid.UUID(str(row[0])) == engagement and uuid.UUID(str(row[1])) == fjord
    assert merged.connection.execute("SELECT name FROM organisation").fetchall() == [("Fjord AS",)]
    assert first.added == 2 and KEPT in first.notes  # the agreement, and its sponsor brought back
    assert second.removed == 0 and KEPT in second.notes
    assert not merge(merged, theirs).changed_anything
    merged.close()


def test_a_record_of_a_client_deleted_in_the_other_copy_is_not_taken(copies: Copies, tmp_path: Path) -> None:
    mine, theirs, zoe, _fjord = copies
    with mine.session() as db:
        clients.delete_client(db, zoe)
    with theirs.session() as db:
        details = engagements.EngagementDetails(client_id=zoe, title="Leadership")
        engagements.create_engagement(db, details)
    merged, first, second = _both_ways(mine, theirs, tmp_path)
    counts = merged.connection.execute(
        "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM engagement)"
    ).fetchone()
    assert counts == (0, 0)
    assert first.added == 0 and first.refused >= 1
    assert second.removed >= 1
    merged.close()
