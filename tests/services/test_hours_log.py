"""The coaching-hours log: rows, group caps, pro bono, what is not claimable, the window, thresholds."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from coachdesk.documents.hours_log import CSV_COLUMNS
from coachdesk.domain import ConsentScope, DocumentKind, GeneratedDocument
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent, withdraw_consent
from coachdesk.services.credentials import CREDENTIALS, HoursTotals, hours, progress
from coachdesk.services.errors import ValidationError
from coachdesk.services.hours_log import HoursLog, hours_log
from coachdesk.services.hours_log_export import export_hours_log, hours_log_csv
from coachdesk.services.sessions import SessionDetails, create_session
from tests.services.checks import refused

TODAY = date(2026, 11, 27)


def _client(db: Session, name: str, *, named: bool = True, email: str = "", phone: str = "") -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name, named_in_hours_log=named, email=email, phone=phone))
    assert created.created is not None
    return created.created


def _session(
    db: Session,
    client: uuid.UUID,
    when: datetime | date,
    minutes: int = 60,
    *,
    paid: bool = True,
    group: int = 0,
    status: str = "completed",
) -> None:
    starts = when if isinstance(when, datetime) else datetime(when.year, when.month, when.day, 9, tzinfo=UTC)
    create_session(
        db,
        SessionDetails(
            client_id=client,
            starts_at=starts,
            duration_minutes=minutes,
            paid=paid,
            is_group=group > 1,
            group_size=group if group > 1 else 1,
            status=status,
        ),
    )


def _log(db: Session, **kwargs: object) -> HoursLog:
    return hours_log(db, TODAY, zone=UTC, **kwargs)  # type: ignore[arg-type]


def test_hours_are_minutes_over_sixty_to_two_decimals() -> None:
    assert [hours(m) for m in (0, 1, 45, 50, 95, 100, 90, 1)] == [
        Decimal("0.00"), Decimal("0.02"), Decimal("0.75"), Decimal("0.83"),
        Decimal("1.58"), Decimal("1.67"), Decimal("1.50"), Decimal("0.02"),
    ]  # fmt: skip


def test_individual_row_sums_paid_and_pro_bono_minutes(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted", email="zoe@example.org", phone="+33 6 00 00 00 00")
    _session(db, zoe, date(2026, 1, 10), 50)
    _session(db, zoe, date(2026, 2, 10), 45)
    _session(db, zoe, date(2026, 3, 1), 60, paid=False)
    log = _log(db)
    (row,) = log.rows
    assert (row.number, row.client_name, row.kind, row.number_in_group) == (
        1,
        "Zoë Ørsted",
        "Individual",
        None,
    )
    assert row.contact == "zoe@example.org; +33 6 00 00 00 00"
    assert (row.first_date, row.last_date) == (date(2026, 1, 10), date(2026, 3, 1))
    assert (row.paid_hours, row.pro_bono_hours) == (Decimal("1.58"), Decimal("1.00"))  # 95 min, 60 min
    assert log.not_claimable == ()
    t = log.totals
    assert (t.clients, t.paid_minutes, t.pro_bono_minutes, t.hours) == (1, 95, 60, Decimal("2.58"))


def test_only_completed_sessions_up_to_today_count(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, date(2026, 11, 1), 60)
    for status in ("scheduled", "cancelled", "no_show"):
        _session(db, zoe, date(2026, 11, 2), 60, status=status)
    _session(db, zoe, datetime(2026, 11, 27, 23, 0, tzinfo=UTC), 30)  # later today: counts
    _session(db, zoe, date(2026, 11, 28), 60)  # marked completed, but tomorrow
    log = _log(db)
    assert log.totals.paid_minutes == 90
    assert log.rows[0].last_date == TODAY


def test_group_counts_its_hours_once_and_its_participants_as_clients_up_to_fifteen(db: Session) -> None:
    big = _client(db, "Ana Lúcia Ferreira")
    _session(db, big, date(2026, 6, 1), 90, group=20)  # 20 in the group: counts as 15 clients
    _session(db, big, date(2026, 6, 8), 90, group=12)
    log = _log(db)
    (row,) = log.rows
    assert (row.kind, row.number_in_group, row.paid_hours) == ("Group", 15, Decimal("3.00"))
    assert log.totals.clients == 15


def test_a_group_meeting_recorded_for_several_clients_is_one_row_counted_once(db: Session) -> None:
    chloe, keiko, zoe = (_client(db, n) for n in ("Chloé Girard", "Keiko Tanaka", "Zoë Ørsted"))
    meeting = datetime(2026, 5, 4, 17, 0, tzinfo=UTC)
    for member in (zoe, chloe):
        _session(db, member, meeting, 120, group=5)
        _session(db, member, meeting + timedelta(days=7), 120, group=5, paid=False)
    _session(db, chloe, date(2026, 5, 20), 60)  # Chloé also has individual coaching
    _session(db, keiko, date(2026, 5, 21), 60)
    log = _log(db)
    group = next(r for r in log.rows if r.kind == "Group")
    assert group.client_name == "Chloé Girard; Zoë Ørsted"
    assert (group.number_in_group, group.paid_hours, group.pro_bono_hours) == (
        5,
        Decimal("2.00"),
        Decimal("2.00"),
    )
    # Hours: 2 + 2 for the group (not 8), 1 + 1 individual. Clients: Chloé, Zoë, Keiko + 3 more in the group.
    assert (log.totals.hours, log.totals.clients) == (Decimal("6.00"), 6)
    assert [r.client_name for r in log.rows] == ["Chloé Girard; Zoë Ørsted", "Chloé Girard", "Keiko Tanaka"]
    assert [r.number for r in log.rows] == [1, 2, 3]


def test_clients_without_consent_are_counted_in_one_line(db: Session) -> None:
    named = _client(db, "Łukasz Nowak")
    unticked = _client(db, "Дмитрий Иванов", named=False)
    withdrawn = _client(db, "Björn Åkesson", named=True)
    by_record = _client(db, "Keiko Tanaka", named=False)
    consent = create_consent(
        db,
        ConsentDetails(
            client_id=withdrawn, scope=ConsentScope.NAMED_IN_HOURS_LOG, granted_on=date(2026, 1, 1)
        ),
    ).created
    assert consent is not None
    withdraw_consent(db, consent, date(2026, 10, 1))
    create_consent(
        db,
        ConsentDetails(
            client_id=by_record, scope=ConsentScope.NAMED_IN_HOURS_LOG, granted_on=date(2026, 1, 1)
        ),
    )
    _session(db, named, date(2026, 4, 1))
    _session(db, unticked, date(2026, 4, 2), 60)
    _session(db, withdrawn, date(2026, 4, 3), 30, paid=False)
    _session(db, by_record, date(2026, 4, 4))
    _session(db, unticked, date(2026, 4, 6), 90, group=4)  # a group of unnamed clients: 3 more clients
    log = _log(db)
    assert [r.client_name for r in log.rows] == ["Łukasz Nowak", "Keiko Tanaka"]
    (u,) = log.not_claimable
    assert (u.reason, u.clients, u.individual, u.group, u.first_date, u.last_date) == (
        "no consent to be named",
        5,
        True,
        True,
        date(2026, 4, 2),
        date(2026, 4, 6),
    )
    assert (u.paid_minutes, u.pro_bono_minutes, u.hours) == (150, 30, Decimal("3.00"))
    # Claimable only: the two named clients, their hours, and progress measured on them.
    assert (log.totals.clients, log.totals.hours) == (2, Decimal("2.00"))
    assert log.progress[0].requirements[2].achieved == Decimal(2)
    text = hours_log_csv(log).decode("utf-8-sig")
    assert "Дмитрий" not in text and "Björn" not in text
    assert "not" not in text.lower() and len(text.strip().splitlines()) == 3  # header and two lines


def test_group_is_named_by_its_consenting_clients_only(db: Session) -> None:
    yes, no = _client(db, "Aiyana Redcloud", email="a@example.org"), _client(db, "Nnamdi Okafor", named=False)
    meeting = datetime(2026, 3, 3, 12, tzinfo=UTC)
    _session(db, yes, meeting, 60, group=6)
    _session(db, no, meeting, 60, group=6)
    log = _log(db)
    (row,) = log.rows
    assert (row.client_name, row.contact, row.number_in_group) == ("Aiyana Redcloud", "a@example.org", 6)
    assert log.not_claimable == ()
    assert log.totals.clients == 6


def test_recent_hours_count_from_eighteen_months_before_the_day_of_the_log(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, date(2025, 5, 26), 60)  # the day before the window
    _session(db, zoe, date(2025, 5, 27), 45)  # its first day
    _session(db, zoe, date(2026, 11, 27), 30, paid=False)
    log = _log(db)
    assert log.recent_since == date(2025, 5, 27)
    assert (log.totals.minutes, log.totals.recent_minutes) == (135, 75)
    recent = log.progress[0].requirements[-1]
    assert (recent.label, recent.achieved, recent.met) == (
        "Hours in the last 18 months",
        Decimal("1.25"),
        False,
    )


def test_date_range_uses_local_dates_and_includes_both_ends(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, datetime(2026, 1, 31, 23, 30, tzinfo=UTC), 60)  # 1 February, 00:30 in Paris
    _session(db, zoe, datetime(2026, 2, 28, 10, 0, tzinfo=UTC), 30)
    _session(db, zoe, datetime(2026, 3, 1, 10, 0, tzinfo=UTC), 45)
    paris = ZoneInfo("Europe/Paris")
    february = hours_log(db, TODAY, start=date(2026, 2, 1), end=date(2026, 2, 28), zone=paris)
    assert (february.totals.minutes, february.start, february.end) == (
        90,
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    assert february.rows[0].first_date == date(2026, 2, 1)
    in_utc = hours_log(db, TODAY, start=date(2026, 2, 1), end=date(2026, 2, 28), zone=UTC)
    assert in_utc.totals.minutes == 30
    assert _log(db, start=date(2026, 3, 1)).totals.minutes == 45
    assert _log(db, end=date(2026, 1, 31)).totals.minutes == 60


def test_a_period_ending_before_it_starts_is_refused(db: Session) -> None:
    refused(
        lambda: _log(db, start=date(2026, 3, 1), end=date(2026, 2, 1)), db, "end_date", "before its start"
    )
    with pytest.raises(ValidationError, match="must be a date"):
        _log(db, start="1 March")


@pytest.mark.parametrize(
    ("minutes", "paid", "clients", "recent", "met"),
    [
        (6000, 4500, 8, 1500, True),  # exactly the thresholds
        (5999, 4500, 8, 1500, False),  # a minute short of 100 hours
        (6000, 4499, 8, 1500, False),  # a minute short of 75 paid
        (6000, 4500, 7, 1500, False),  # a client short
        (6000, 4500, 8, 1499, False),  # a minute short in the last 18 months
    ],
)
def test_acc_thresholds(minutes: int, paid: int, clients: int, recent: int, met: bool) -> None:
    acc = progress(CREDENTIALS[0], HoursTotals(clients, paid, minutes - paid, recent))
    assert acc.met is met
    assert [(r.label, r.required) for r in acc.requirements] == [
        ("Coaching hours", 100),
        ("Paid hours", 75),
        ("Clients", 8),
        ("Hours in the last 18 months", 25),
    ]


def test_pcc_and_mcc_thresholds() -> None:
    pcc, mcc = CREDENTIALS[1], CREDENTIALS[2]
    assert progress(pcc, HoursTotals(25, 450 * 60, 50 * 60, 50 * 60)).met
    assert not progress(pcc, HoursTotals(25, 450 * 60, 50 * 60, 50 * 60 - 1)).met
    assert not progress(pcc, HoursTotals(24, 450 * 60, 50 * 60, 50 * 60)).met
    # MCC asks nothing of the last 18 months.
    enough = progress(mcc, HoursTotals(35, 2250 * 60, 250 * 60, 0))
    assert enough.met and [r.required for r in enough.requirements] == [2500, 2250, 35]
    short = progress(mcc, HoursTotals(35, 2249 * 60, 251 * 60, 0))
    assert not short.met
    paid = short.requirements[1]
    assert (paid.achieved, paid.remaining, paid.met) == (Decimal("2249.00"), Decimal("1.00"), False)


def test_acc_met_exactly_from_the_sessions_of_eight_clients(db: Session) -> None:
    for n in range(8):
        client = _client(db, f"Client {n}")
        _session(db, client, date(2026, 6, 1) + timedelta(days=n), 750, paid=n < 6)  # 12.5 hours
    log = _log(db)
    t = log.totals
    assert (t.hours, t.paid_hours, t.pro_bono_hours, t.clients) == (Decimal(100), Decimal(75), Decimal(25), 8)
    assert [p.met for p in log.progress] == [True, False, False]


def test_csv_has_exactly_the_log_columns(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted", email="zoe@example.org")
    _session(db, zoe, date(2026, 1, 10), 50)
    _session(db, _client(db, "Dima", named=False), date(2026, 1, 11), 30, paid=False)
    data = hours_log_csv(_log(db))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "No.", "Client Name", "Individual/Group", "No. in Group", "Contact Info",
        "Start Date", "End Date", "Paid Hours", "Pro-bono Hours",
    )  # fmt: skip
    assert rows[1:] == [
        ["1", "Zoë Ørsted", "Individual", "", "zoe@example.org", "2026-01-10", "2026-01-10", "0.83", "0.00"],
    ]  # the client not named is not a line of the CSV


def test_export_writes_the_file_and_records_it(db: Session, tmp_path: Path) -> None:
    zoe = _client(db, "Zoë Ørsted")
    _session(db, zoe, date(2026, 1, 10), 60)
    target = tmp_path / "hours.csv"
    export_hours_log(db, target, TODAY, zone=UTC)
    assert "Zoë Ørsted" in target.read_text(encoding="utf-8-sig")
    (record,) = db.exec(select(GeneratedDocument)).all()
    assert (record.kind, record.entity, record.entity_id) == (DocumentKind.HOURS_LOG, "hours_log", None)
    refused(lambda: export_hours_log(db, tmp_path / "hours.xlsx", TODAY), db, "path", ".csv or a .pdf")
