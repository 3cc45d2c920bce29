"""A merge remembers who changed each field and what each copy had seen, so later merges decide right."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services import clients
from coachdesk.vault import Vault
from coachdesk.vault.history import NOW_SQL
from tests.services.merge_helpers import content, copy_of, merge

Copies = tuple[Vault, Vault, uuid.UUID]


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """This computer's copy and the laptop's, of a practice with Zoë."""
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert zoe is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    laptop = copy_of(vault, tmp_path / "laptop.coachdesk")
    yield mine, laptop, zoe
    mine.close()
    laptop.close()


def _rename(copy: Vault, zoe: uuid.UUID, name: str) -> None:
    """Change Zoë's name in ``copy``, at a moment later than any change before it (stamps keep ms)."""
    now = sqlite3.connect(":memory:")
    first = now.execute(f"SELECT {NOW_SQL}").fetchone()
    while now.execute(f"SELECT {NOW_SQL}").fetchone() == first:
        pass
    now.close()
    with copy.session() as db:
        clients.update_client(db, zoe, clients.ClientDetails(name=name))


def _name(copy: Vault) -> str:
    return str(copy.connection.execute("SELECT name FROM client").fetchone()[0])


def _listed(copy: Vault) -> list[tuple[str, str]]:
    rows = copy.connection.execute("SELECT kept_value, other_value FROM merge_conflict").fetchall()
    return [(str(kept), str(other)) for kept, other in rows]


def test_a_change_made_after_taking_the_other_copys_wins_both_ways_and_is_no_conflict(
    copies: Copies, tmp_path: Path
) -> None:
    mine, laptop, zoe = copies
    _rename(mine, zoe, "Zoë Lund")
    assert merge(laptop, mine).updated == 1  # the laptop takes the new name ...
    _rename(laptop, zoe, "Zoë Lund-Berg")  # ... and corrects it afterwards
    into_mine = copy_of(mine, tmp_path / "into-mine.coachdesk")
    into_laptop = copy_of(laptop, tmp_path / "into-laptop.coachdesk")
    first = merge(into_mine, laptop)  # the correction made on top of this computer's change wins
    second = merge(into_laptop, mine)  # and this computer's older change does not undo it
    assert (first.updated, first.conflicts) == (1, 0)
    assert (second.updated, second.conflicts) == (0, 0)
    assert _name(into_mine) == _name(into_laptop) == "Zoë Lund-Berg"
    assert _listed(into_mine) == _listed(into_laptop) == []
    into_mine.close()
    into_laptop.close()


def test_a_change_made_here_after_a_merge_wins_over_the_change_that_merge_brought(copies: Copies) -> None:
    mine, laptop, zoe = copies
    _rename(laptop, zoe, "Zoë Lund")
    assert merge(mine, laptop).updated == 1
    _rename(mine, zoe, "Zoë Lund-Berg")  # the coach corrects what came from the laptop
    summary = merge(mine, laptop)  # the laptop, unchanged since, is merged again
    assert (summary.updated, summary.conflicts) == (0, 0)
    assert _name(mine) == "Zoë Lund-Berg" and _listed(mine) == []


def test_the_latest_of_three_computers_edits_stays_whatever_the_order_of_the_merges(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert zoe is not None
    names = {"office": "Zoë Lund", "home": "Zoë Holm", "laptop": "Zoë Berg"}  # edited in this order
    copies = {where: copy_of(vault, tmp_path / f"{where}.coachdesk") for where in names}
    for where, name in names.items():
        _rename(copies[where], zoe, name)
    laptop_first = copy_of(copies["office"], tmp_path / "laptop-first.coachdesk")
    home_first = copy_of(copies["office"], tmp_path / "home-first.coachdesk")
    for into, order in ((laptop_first, ("laptop", "home")), (home_first, ("home", "laptop"))):
        for where in order:
            assert merge(into, copies[where]).conflicts == 1  # each merge lists the name it did not keep
        assert _name(into) == "Zoë Berg"
    # Once the latest name is in, the home computer's older one is listed against it, not taken.
    assert sorted(_listed(laptop_first)) == [("Zoë Berg", "Zoë Holm"), ("Zoë Berg", "Zoë Lund")]
    assert sorted(_listed(home_first)) == [("Zoë Berg", "Zoë Holm"), ("Zoë Holm", "Zoë Lund")]
    for copy in (*copies.values(), laptop_first, home_first):
        copy.close()


def test_an_edit_kept_over_the_other_copys_reaches_that_copy_when_merged_back(copies: Copies) -> None:
    mine, laptop, zoe = copies
    _rename(laptop, zoe, "Zoë Berg")
    _rename(mine, zoe, "Zoë Lund")  # the later change
    assert merge(mine, laptop).conflicts == 1
    assert _name(mine) == "Zoë Lund"
    summary = merge(laptop, mine)  # the laptop takes the merged copy back
    assert summary.updated == 1 and summary.conflicts == 0  # the same conflict, already listed
    assert _name(laptop) == "Zoë Lund"
    assert _listed(laptop) == [("Zoë Lund", "Zoë Berg")]
    assert not merge(mine, laptop).changed_anything  # and now the two agree


def test_copies_from_before_the_merge_history_list_their_conflict_once_when_merged_back(
    copies: Copies, tmp_path: Path
) -> None:
    mine, laptop, zoe = copies
    _rename(mine, zoe, "Zoë Lund")
    _rename(laptop, zoe, "Zoë Berg")  # the later change
    for copy in (mine, laptop):  # as two copies changed by a version that kept no merge history
        copy.connection.execute("DELETE FROM sync_stamp")
        copy.connection.commit()
    into_mine = copy_of(mine, tmp_path / "into-mine.coachdesk")
    into_laptop = copy_of(laptop, tmp_path / "into-laptop.coachdesk")
    assert merge(into_mine, laptop).conflicts == 1
    assert merge(into_laptop, mine).conflicts == 1
    assert content(into_mine) == content(into_laptop)  # the same conflict, by the same id
    assert merge(into_mine, into_laptop).conflicts == 0  # so merging the two results lists it once
    assert _listed(into_mine) == [("Zoë Berg", "Zoë Lund")]
    into_mine.close()
    into_laptop.close()
