"""A record a merge brings back (a sponsor deleted here that the other copy's new agreement names)
is a live record again: the changes the other copy made to it keep their time, so a later merge
with a third copy decides by time, not by which copy came last."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from coachdesk.services import clients, engagements, organisations
from coachdesk.vault import Vault
from coachdesk.vault.history import NOW_SQL
from tests.services.merge_helpers import copy_of, merge


def _later() -> None:
    """Wait until the stamps' clock (milliseconds) has moved on."""
    now = sqlite3.connect(":memory:")
    first = now.execute(f"SELECT {NOW_SQL}").fetchone()
    while now.execute(f"SELECT {NOW_SQL}").fetchone() == first:
        pass
    now.close()


def _rename(copy: Vault, fjord: uuid.UUID, name: str) -> None:
    _later()
    with copy.session() as db:
        organisations.update_organisation(db, fjord, organisations.OrganisationDetails(name=name))


def test_a_revived_sponsor_keeps_the_newer_name_when_a_third_copy_with_an_older_one_is_merged(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.session() as db:
        zoe = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        fjord = organisations.create_organisation(
            db, organisations.OrganisationDetails(name="Fjord AS")
        ).created
        assert zoe is not None and fjord is not None
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    laptop = copy_of(vault, tmp_path / "laptop.coachdesk")
    tablet = copy_of(vault, tmp_path / "tablet.coachdesk")
    _rename(tablet, fjord, "Fjord A/S")  # the older change
    _rename(laptop, fjord, "Fjord Group AS")  # the newer one, with an agreement naming Fjord
    with laptop.session() as db:
        details = engagements.EngagementDetails(client_id=zoe, title="Leadership", sponsor_id=fjord)
        engagements.create_engagement(db, details)
    with mine.session() as db:
        organisations.delete_organisation(db, fjord)  # deleted here: the laptop's agreement brings it back

    merge(mine, laptop)
    assert mine.connection.execute("SELECT name FROM organisation").fetchall() == [("Fjord Group AS",)]
    merge(mine, tablet)
    assert mine.connection.execute("SELECT name FROM organisation").fetchall() == [("Fjord Group AS",)]
    for copy in (mine, laptop, tablet):
        copy.close()
