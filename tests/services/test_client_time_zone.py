"""A client's time zone: checked and spelt as the time zone database does, and the time on their clock."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session

from coachdesk.services.clients import ClientDetails, create_client, get_client, update_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.local_time import client_zone, time_elsewhere, zone_names
from coachdesk.services.session_list import client_choices, session_rows
from coachdesk.services.sessions import SessionDetails, create_session
from tests.services.conftest import table_snapshot

PARIS = ZoneInfo("Europe/Paris")


def _client(db: Session, zone: str = "") -> uuid.UUID:
    created = create_client(db, ClientDetails(name="Mateus Gonçalves", time_zone=zone)).created
    assert created is not None
    return created


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Europe/Lisbon", "Europe/Lisbon"),
        ("europe/lisbon", "Europe/Lisbon"),
        ("  America/New York ", "America/New_York"),
        ("", ""),
        ("UTC", "UTC"),
    ],
)
def test_a_time_zone_is_stored_as_the_database_spells_it(db: Session, typed: str, stored: str) -> None:
    client_id = _client(db, typed)
    assert get_client(db, client_id).time_zone == stored


@pytest.mark.parametrize("typed", ["Lisbon", "Europe/Atlantis", "GMT+1", "posixrules", "Etc/GMT-1"])
def test_an_unknown_time_zone_is_refused_naming_it_and_nothing_changes(db: Session, typed: str) -> None:
    client_id = _client(db, "Europe/Lisbon")
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_client(db, client_id, ClientDetails(name="Mateus Gonçalves", time_zone=typed))
    assert caught.value.field == "time_zone"
    assert f"“{typed}” is not a time zone" in str(caught.value)
    assert "Europe/Lisbon" in str(caught.value)  # how to write one
    assert table_snapshot(db) == before


def test_the_zone_list_holds_cities_not_old_aliases() -> None:
    names = zone_names()
    assert {"Europe/Lisbon", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "UTC"} <= set(names)
    assert not {"EST5EDT", "posixrules", "Etc/GMT+1", "CET"} & set(names)
    assert list(names[:-1]) == sorted(names[:-1])


def test_time_elsewhere_compares_the_clocks_at_that_moment() -> None:
    lisbon, oslo, new_york = ZoneInfo("Europe/Lisbon"), ZoneInfo("Europe/Oslo"), ZoneInfo("America/New_York")
    winter = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    assert time_elsewhere(winter, lisbon, PARIS) == datetime(2026, 12, 8, 9, 0, tzinfo=lisbon)
    assert time_elsewhere(winter, oslo, PARIS) is None  # another name, the same clock
    assert time_elsewhere(winter, None, PARIS) is None
    # Between the American and the European change to summer time the gap is 5 hours, not 6.
    march = datetime(2026, 3, 20, 14, 0, tzinfo=UTC)
    there = time_elsewhere(march, new_york, PARIS)
    assert there is not None and (there.hour, march.astimezone(PARIS).hour) == (10, 15)
    # Lisbon in winter keeps UTC's clock: no second time beside a coach on UTC.
    assert time_elsewhere(winter, lisbon, UTC) is None


def test_client_zone_of_a_stored_name() -> None:
    assert client_zone("Europe/Lisbon") == ZoneInfo("Europe/Lisbon")
    assert client_zone("") is None


def test_the_session_list_and_the_pickers_carry_the_clients_zone(db: Session) -> None:
    away = _client(db, "Asia/Tokyo")
    home = create_client(db, ClientDetails(name="Chloé Girard")).created
    assert home is not None
    start = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    for client in (away, home):
        create_session(db, SessionDetails(client_id=client, starts_at=start))
    assert {r.client_name: r.client_zone for r in session_rows(db)} == {
        "Mateus Gonçalves": "Asia/Tokyo",
        "Chloé Girard": "",
    }
    assert {c.name: c.time_zone for c in client_choices(db)} == {
        "Mateus Gonçalves": "Asia/Tokyo",
        "Chloé Girard": "",
    }
