"""Cells a spreadsheet would evaluate are written as text; numbers and phone numbers stay as they are."""

from __future__ import annotations

import pytest

from coachdesk.documents.csv_cells import safe_cell, safe_row
from coachdesk.documents.plain_text import one_line


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil.example","Click")', '\'=HYPERLINK("http://evil.example","Click")'),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("=1+1", "'=1+1"),
        ("  =1+1", "'  =1+1"),  # spreadsheets that trim spaces first would still evaluate it
        ("\t=1+1", "'=1+1"),
        ("\r=1+1", "'=1+1"),
        ("\tplain", "'plain"),
        ("+1-555-0100", "'+1-555-0100"),  # a hyphen is an operator: written as text, still readable
    ],
)
def test_a_cell_a_spreadsheet_would_evaluate_is_written_as_text(value: str, written: str) -> None:
    assert safe_cell(value) == written


@pytest.mark.parametrize(
    "value",
    [
        "+44 20 7946 0000",
        "+49 (0)30 1234567",
        "-12.50",
        "2.50",
        "2026-03-14",
        "Zoë Ørsted",
        "",
        "a=b",
        "O'Neil",
    ],
)
def test_plain_numbers_phone_numbers_and_text_stay_as_they_are(value: str) -> None:
    assert safe_cell(value) == value


def test_control_characters_become_spaces_on_one_line() -> None:
    assert safe_cell("Zoë\x1b[31m\x0bRed\u2028\u202eX\x85") == "Zoë [31m Red X"
    assert one_line("a\r\nb\tc") == "a b c"
    assert safe_row(["=A1", "3"]) == ["'=A1", "3"]
