"""Hostile contact files: quoted-printable bombs, odd parameters, broken cards and control characters."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from coachdesk.services.client_import import preview_import
from coachdesk.services.import_vcard import read_vcards


def _soft_broken_note(kilobytes: int) -> str:
    """A vCard 2.1 note in quoted-printable, broken every 20 characters by a soft line break, after a
    parameter whose quote is never closed (so no colon ends the property's name)."""
    lines = ["=C3=A9t=C3=A9 note "] * (kilobytes * 1024 // 21)
    return 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\nNOTE;ENCODING=QUOTED-PRINTABLE;X-A="b:' + (
        "=\r\n".join(lines) + "\r\nEND:VCARD\r\n"
    )


@pytest.mark.timeout(30)  # a quadratic reader took 65 s for 184 KB; a linear one takes milliseconds
def test_a_long_quoted_printable_note_is_read_in_linear_time() -> None:
    (contact,) = read_vcards(_soft_broken_note(92)).contacts  # 16 s before the reader was linear
    assert contact.name == "Ana"
    assert contact.problem == "Line 4 is not a vCard property (it has no colon)."


def test_odd_preferences_and_unknown_charsets_are_read_not_raised() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\n"
        "TEL;PREF=\u00b2:+44 20 7946 0001\r\nTEL;PREF=1:+44 20 7946 0002\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:Caf=E9\r\n"
        "END:VCARD\r\n"
    )
    ana, cafe = read_vcards(text).contacts
    assert ana.phone == "+44 20 7946 0002"
    assert cafe.name == "Café"


def test_a_broken_card_is_a_row_with_its_line_and_the_others_import(db: Session) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ferreira\r\nthis is not a property\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Øster\r\nEND:VCARD\r\n"
    )
    broken, ben = preview_import(db, text.encode(), "contacts.vcf").rows
    assert (broken.ok, broken.line, broken.name) == (False, 1, "Ana Ferreira")
    assert broken.reason == "Line 4 is not a vCard property (it has no colon)."
    assert ben.ok and ben.name == "Ben Øster"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.text(
        alphabet=st.sampled_from(list(';:=,"\\.\r\n \tABCNTELFPRQUOD0123456789²é\x1b')), max_size=300
    )
)
def test_any_card_text_is_read_without_an_exception(db: Session, body: str) -> None:
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\n" + body + "\r\nEND:VCARD\r\n").encode("utf-8")
    preview = preview_import(db, data, "x.vcf")
    assert all(row.ok or row.reason for row in preview.rows)


def test_control_characters_in_imported_one_line_fields_are_taken_out(db: Session) -> None:
    data = (
        "Name,Phone,Company,Notes\r\n"
        '"Zoë\x1b[31m\x0bØrsted\u202e",+44 20\u2028 7946 0000,Nordlicht\x85GmbH,'
        '"Line one\x0c\nline two\tend"\r\n'
    ).encode()
    (row,) = preview_import(db, data, "x.csv").rows
    assert row.details is not None, row.reason
    assert (row.name, row.details.phone, row.organisation) == (
        "Zoë [31m Ørsted",
        "+44 20 7946 0000",
        "Nordlicht GmbH",
    )
    assert row.details.private_notes == "Line one\nline two\tend"


def test_reading_a_large_vcard_file_reports_progress_and_stops_when_told() -> None:
    text = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Client {n}\r\nEND:VCARD\r\n" for n in range(2000))
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 3:
            raise Stop

    with pytest.raises(Stop):
        read_vcards(text, progress)
    assert seen == [(1000, 8001), (2000, 8001), (3000, 8001)]
