"""An amendment to finalised notes is written like the notes themselves: several lines, more than a
line's length, kept as written."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlmodel import Session

from coachdesk.services.sessions import (
    SessionDetails,
    amend_notes,
    create_session,
    finalise_notes,
    session_notes,
)

AMENDMENT = (
    "Correction after the client's email of the next morning: the deadline she described is the end of "
    "the quarter, not the end of the month.\n"
    "She also asked that the name of her manager not appear in anything written for the sponsor; noted "
    "here so the three-way review is prepared without it, and the goal wording will be checked with "
    "her before the report."
)


def test_an_amendment_of_several_long_lines_is_kept_as_written(db: Session, client_id: uuid.UUID) -> None:
    starts = datetime(2026, 3, 14, 9, tzinfo=UTC)
    created = create_session(db, SessionDetails(client_id, starts, private_notes="First notes")).created
    assert created is not None
    finalise_notes(db, created, datetime(2026, 3, 14, 11, tzinfo=UTC))
    assert len(AMENDMENT) > 300 and "\n" in AMENDMENT
    amend_notes(db, created, AMENDMENT)
    assert [a.text for a in session_notes(db, created).amendments] == [AMENDMENT]
