"""Hours-log groups: who is in a group, how often it is counted, and which duration counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlmodel import Session

from tests.services.test_hours_log import _client, _log, _session

MEETING = datetime(2026, 5, 4, 17, 0, tzinfo=UTC)


def test_a_group_whose_participants_are_all_clients_of_record_counts_no_one_else(db: Session) -> None:
    members = [_client(db, n) for n in ("Ada Brook", "Ben Okafor", "Chloé Martin")]
    for member in members:
        _session(db, member, MEETING, 60, group=3)
    log = _log(db)
    (row,) = log.rows
    assert (row.number_in_group, log.totals.clients, log.totals.hours) == (3, 3, Decimal("1.00"))


def test_an_unnamed_group_of_clients_of_record_counts_each_once(db: Session) -> None:
    members = [_client(db, n, named=False) for n in ("Ada Brook", "Ben Okafor", "Chloé Martin")]
    for member in members:
        _session(db, member, MEETING, 60, group=3)
    log = _log(db)
    assert log.rows == ()
    (apart,) = log.not_claimable
    assert (apart.clients, apart.group, apart.individual, log.totals.clients) == (3, True, False, 0)


def test_more_clients_of_record_than_the_group_size_given_count_as_they_are(db: Session) -> None:
    members = [_client(db, n) for n in ("Ada Brook", "Ben Okafor", "Chloé Martin")]
    for member in members:
        _session(db, member, MEETING, 60, group=2)  # the size typed was too small
    log = _log(db)
    (row,) = log.rows
    assert (row.number_in_group, log.totals.clients) == (3, 3)


def test_the_same_group_recorded_in_another_order_is_one_row(db: Session) -> None:
    zoe, chloe, keiko = (_client(db, n) for n in ("Zoë Ørsted", "Chloé Girard", "Keiko Tanaka"))
    for week, order in enumerate([(zoe, chloe, keiko), (keiko, chloe, zoe), (chloe, keiko, zoe)]):
        for member in order:
            _session(db, member, MEETING + timedelta(days=7 * week), 60, group=4)
    log = _log(db)
    (row,) = log.rows
    assert row.client_name == "Chloé Girard; Keiko Tanaka; Zoë Ørsted"
    assert (row.number_in_group, row.paid_hours, log.totals.clients) == (4, Decimal("3.00"), 4)


def test_meetings_that_share_a_client_join_into_one_group(db: Session) -> None:
    ada, ben, chloe, dev = (_client(db, n) for n in ("Ada Brook", "Ben Okafor", "Chloé Martin", "Dev Patel"))
    for week, pair in enumerate([(ada, ben), (chloe, dev), (dev, ada)]):
        for member in pair:
            _session(db, member, MEETING + timedelta(days=7 * week), 60, group=4)
    log = _log(db)
    (row,) = log.rows
    assert row.client_name == "Ada Brook; Ben Okafor; Chloé Martin; Dev Patel"
    assert (row.paid_hours, log.totals.clients) == (Decimal("3.00"), 4)


def test_separate_groups_stay_separate_rows(db: Session) -> None:
    ada, ben, chloe, dev = (_client(db, n) for n in ("Ada Brook", "Ben Okafor", "Chloé Martin", "Dev Patel"))
    for member in (ada, ben):
        _session(db, member, MEETING, 60, group=2)
    for member in (chloe, dev):
        _session(db, member, MEETING + timedelta(hours=3), 60, group=2)
    log = _log(db)
    assert [r.client_name for r in log.rows] == ["Ada Brook; Ben Okafor", "Chloé Martin; Dev Patel"]
    assert log.totals.clients == 4


def test_one_meeting_counts_its_longest_recorded_duration_once_and_paid_if_any_record_is(db: Session) -> None:
    ada, ben, chloe = (_client(db, n) for n in ("Ada Brook", "Ben Okafor", "Chloé Martin"))
    _session(db, ada, MEETING, 90, group=5, paid=False)
    _session(db, ben, MEETING, 120, group=6, paid=True)
    _session(db, chloe, MEETING, 60, group=5, paid=False)
    log = _log(db)
    (row,) = log.rows
    assert (row.paid_minutes, row.pro_bono_minutes, row.number_in_group) == (120, 0, 6)
    assert (log.totals.minutes, log.totals.clients) == (120, 6)


def test_a_group_of_more_than_fifteen_counts_fifteen_even_with_clients_of_record(db: Session) -> None:
    ada, ben = _client(db, "Ada Brook"), _client(db, "Ben Okafor")
    _session(db, ada, MEETING, 60, group=16)
    _session(db, ben, MEETING, 60, group=16)
    log = _log(db)
    (row,) = log.rows
    assert (row.number_in_group, log.totals.clients) == (15, 15)


def test_a_group_at_exactly_fifteen_counts_fifteen(db: Session) -> None:
    ada = _client(db, "Ada Brook")
    _session(db, ada, MEETING, 60, group=15)
    log = _log(db)
    assert (log.rows[0].number_in_group, log.totals.clients) == (15, 15)
