"""Earlier log lines: entered one by one or imported from a CSV in the log's columns, all rows or none."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from coachdesk.documents.hours_log import CSV_COLUMNS, HoursLogRenderer
from coachdesk.domain import EarlierLogLine
from coachdesk.services.earlier_hours import (
    EarlierLineDetails,
    add_earlier_line,
    delete_earlier_line,
    earlier_lines,
    update_earlier_line,
)
from coachdesk.services.earlier_hours_import import ImportRefused, import_earlier_lines
from coachdesk.services.hours_log import hours_log
from coachdesk.services.hours_log_export import hours_log_csv, hours_log_data
from tests.services.checks import refused
from tests.services.conftest import table_snapshot
from tests.services.test_hours_log import _client, _session

TODAY = date(2026, 11, 27)
HEADER = ",".join(CSV_COLUMNS)


def _csv(*lines: str) -> bytes:
    return "\n".join((HEADER, *lines)).encode("utf-8")


def test_an_entered_line_prints_in_the_log_marked_and_counts_in_totals_and_progress(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted", email="zoe@example.org")
    _session(db, zoe, date(2026, 6, 1), 60)
    add_earlier_line(
        db,
        EarlierLineDetails(
            "Marta Kowalska", date(2023, 1, 9), date(2023, 6, 30), "12,5", "1.25", contact="m@k.pl"
        ),
        TODAY,
    )
    add_earlier_line(
        db,
        EarlierLineDetails(
            "Léa Fontaine", date(2023, 3, 1), date(2023, 4, 1), "6", is_group=True, number_in_group=20
        ),
        TODAY,
    )
    log = hours_log(db, TODAY, zone=UTC)
    marta, lea, row = log.rows
    assert (marta.entered, marta.client_name, marta.paid_hours, marta.pro_bono_hours) == (
        True, "Marta Kowalska", Decimal("12.50"), Decimal("1.25"),
    )  # fmt: skip
    assert (lea.kind, lea.number_in_group) == ("Group", 15)  # a group counts up to 15
    assert not row.entered
    # Their clients by name (Marta, 15 of Léa's group) and Zoë; hours in the totals, not recent.
    assert (log.totals.clients, log.totals.hours, log.totals.recent_hours) == (
        17,
        Decimal("20.75"),
        Decimal(1),
    )
    assert log.progress[0].requirements[2].achieved == 17
    rows = list(csv.reader(io.StringIO(hours_log_csv(log).decode("utf-8-sig"), newline="")))
    assert rows[1] == [
        "1",
        "Marta Kowalska",
        "Individual",
        "",
        "m@k.pl",
        "2023-01-09",
        "2023-06-30",
        "12.50",
        "1.25",
    ]
    text = HoursLogRenderer(hours_log_data(log)).render()
    from pypdf import PdfReader

    page = " ".join(PdfReader(io.BytesIO(text)).pages[0].extract_text().split())
    assert "Marta Kowalska †" in page and "† Entered by the coach from an earlier log" in page
    assert "Zoë Ørsted †" not in page


def test_an_entered_line_counts_only_wholly_inside_the_period(db: Session) -> None:
    add_earlier_line(db, EarlierLineDetails("Marta", date(2023, 1, 9), date(2023, 6, 30), "10"), TODAY)
    assert hours_log(db, TODAY, start=date(2023, 1, 9), end=date(2023, 6, 30), zone=UTC).totals.hours == 10
    assert hours_log(db, TODAY, start=date(2023, 2, 1), zone=UTC).rows == ()


@pytest.mark.parametrize(
    ("details", "field", "phrase"),
    [
        (EarlierLineDetails("", date(2023, 1, 1), date(2023, 2, 1), "1"), "client_name", "required"),
        (EarlierLineDetails("A", date(2023, 2, 1), date(2023, 1, 1), "1"), "end_date", "end date"),
        (EarlierLineDetails("A", date(2026, 1, 1), date(2026, 12, 1), "1"), "end_date", "after today"),
        (EarlierLineDetails("A", None, date(2023, 1, 1), "1"), "start_date", "start date"),
        (EarlierLineDetails("A", date(2023, 1, 1), date(2023, 2, 1), "-1"), "paid_hours", "negative"),
        (EarlierLineDetails("A", date(2023, 1, 1), date(2023, 2, 1), "1.234"), "paid_hours", "two decimals"),
        (EarlierLineDetails("A", date(2023, 1, 1), date(2023, 2, 1), "many"), "paid_hours", "12.50"),
        (EarlierLineDetails("A", date(2023, 1, 1), date(2023, 2, 1), "0", "0"), "paid_hours", "no hours"),
        (
            EarlierLineDetails("A", date(2023, 1, 1), date(2023, 2, 1), "1", is_group=True),
            "number_in_group",
            "needs",
        ),
        (
            EarlierLineDetails("A", date(2023, 1, 1), date(2023, 2, 1), "1", number_in_group=4),
            "number_in_group",
            "Only",
        ),
    ],
)
def test_a_wrong_line_is_refused_naming_its_field(
    db: Session, details: EarlierLineDetails, field: str, phrase: str
) -> None:
    refused(lambda: add_earlier_line(db, details, TODAY), db, field, phrase)


def test_a_line_is_edited_and_deleted(db: Session) -> None:
    made = add_earlier_line(db, EarlierLineDetails("Marta", date(2023, 1, 9), date(2023, 6, 30), "10"), TODAY)
    assert made.created is not None
    update_earlier_line(
        db, made.created, EarlierLineDetails("Marta K.", date(2023, 1, 9), date(2023, 6, 30), "11"), TODAY
    )
    (line,) = earlier_lines(db)
    assert (line.client_name, line.paid_minutes) == ("Marta K.", 660)
    delete_earlier_line(db, made.created)
    assert earlier_lines(db) == []


def test_import_adds_every_row_of_the_logs_own_columns(db: Session) -> None:
    data = _csv(
        "1,Marta Kowalska,Individual,,m@k.pl,2023-01-09,2023-06-30,12.50,1.25",
        ',Léa Fontaine,group,6,,2023-03-01,2023-04-01,"6,00",',
        "",
    )
    changes = import_earlier_lines(db, b"\xef\xbb\xbf" + data, TODAY)
    assert len(changes.ids) == 2
    assert [(x.client_name, x.is_group, x.number_in_group, x.paid_minutes) for x in earlier_lines(db)] == [
        ("Marta Kowalska", False, None, 750),
        ("Léa Fontaine", True, 6, 360),
    ]


def test_import_reports_every_bad_row_with_its_number_and_imports_nothing(db: Session) -> None:
    data = _csv(
        "1,Marta Kowalska,Individual,,m@k.pl,2023-01-09,2023-06-30,12.50,1.25",
        "2,,Individual,,,2023-01-09,2023-06-30,1,0",
        "3,Henrik,Solo,,,2023-01-09,2023-06-30,1,0",
        "4,Ana,Individual,,,09/01/2023,2023-06-30,1,0",
        "5,Bo,Individual,,,2023-01-09,2023-06-30,lots,0",
    )
    before = table_snapshot(db)
    with pytest.raises(ImportRefused) as caught:
        import_earlier_lines(db, data, TODAY)
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (3, "Client Name"), (4, "Individual/Group"), (5, "Start Date"), (6, "Paid Hours"),
    ]  # fmt: skip
    message = caught.value.message
    assert message.startswith("Nothing was imported: 4 of 5 lines need correcting.")
    assert "Row 3, Client Name: The client name is required." in message
    assert "Row 4, Individual/Group: “Solo” is neither Individual nor Group." in message
    assert "Row 5, Start Date: “09/01/2023” is not a date written as YYYY-MM-DD." in message
    assert table_snapshot(db) == before and db.exec(select(EarlierLogLine)).all() == []


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "empty"),
        (HEADER.encode(), "no lines"),
        (b"Name,Hours\nA,1", "lacks the columns Client Name"),
        ("\n".join((HEADER, "1,Zoë,Individual,,,2023-01-01,2023-01-02,1,0")).encode("latin-1"), "UTF-8"),
    ],
)
def test_a_file_that_is_not_a_log_is_refused_whole(db: Session, data: bytes, phrase: str) -> None:
    refused(lambda: import_earlier_lines(db, data, TODAY), db, "file", phrase)
