"""Control characters, line separators and bidi overrides are refused in one-line fields, named plainly."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from coachdesk.services import validation as v
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.errors import ValidationError

HOSTILE = ["\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x1c", "\x1d", "\x1e", "\x1b", "\x07", "\x7f", "\t",
           "\u202e", "\u202d", "\u2066", "\u2069"]  # fmt: skip


@pytest.mark.parametrize("char", HOSTILE)
def test_one_line_text_refuses_control_characters_naming_the_field(char: str) -> None:
    with pytest.raises(ValidationError) as raised:
        v.text("name", f"Zoë{char}Ørsted")
    assert raised.value.field == "name"
    assert f"U+{ord(char):04X}" in raised.value.message and "position 4" in raised.value.message


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x85", "\x1b", "\x1e", "\x7f"])
def test_notes_allow_tabs_and_line_breaks_but_no_other_control_character(char: str) -> None:
    assert v.text("notes", "First line\n\tindented\r\nthird", long=True) == "First line\n\tindented\r\nthird"
    with pytest.raises(ValidationError, match="control character"):
        v.text("notes", f"Note{char}", long=True)


def test_ordinary_names_in_every_script_pass() -> None:
    for name in ("Zoë Ørsted", "Łukasz", "Дмитрий", "أمينة\u200f", "李小龍", "👩\u200d💻 Ana"):
        assert v.text("name", name) == name


def test_a_client_with_an_escape_sequence_in_the_name_is_refused(db: Session) -> None:
    with pytest.raises(ValidationError) as raised:
        create_client(db, ClientDetails(name="Zoë\x1b[2J"))
    assert raised.value.field == "name"
    with pytest.raises(ValidationError) as raised:
        create_client(db, ClientDetails(name="Zoë", phone="+44\u2028 20"))
    assert raised.value.field == "phone"
