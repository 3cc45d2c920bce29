"""What was disclosed is an account, not a label: several lines and more than a line's length are kept
as written (the one-line limit applies to the recipient)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from coachdesk.domain import Disclosure, DisclosureBasis
from coachdesk.services.consents import DisclosureDetails, record_disclosure
from tests.services.checks import refused

ACCOUNT = (
    "Told the GP's duty doctor, by phone at 16:40, that the client had described a plan to harm "
    "himself this weekend and had the means at home.\n"
    "Gave his name, date of birth and address; nothing about the coaching itself, his employer or the "
    "sponsor's goals. The doctor arranged a same-day call back to the client; I stayed on the line "
    "until the practice confirmed."
)


def _details(client_id: uuid.UUID, recipient: str, account: str) -> DisclosureDetails:
    return DisclosureDetails(
        client_id, date(2026, 3, 14), recipient, DisclosureBasis.RISK_OF_HARM_TO_SELF, account
    )


def test_a_long_account_over_several_lines_is_kept_as_written(db: Session, client_id: uuid.UUID) -> None:
    assert len(ACCOUNT) > 300 and "\n" in ACCOUNT
    created = record_disclosure(db, _details(client_id, "Dr Brandt, GP practice", ACCOUNT)).created
    disclosure = db.get(Disclosure, created)
    assert disclosure is not None and disclosure.what_was_disclosed == ACCOUNT


def test_the_recipient_stays_on_one_line(db: Session, client_id: uuid.UUID) -> None:
    refused(
        lambda: record_disclosure(db, _details(client_id, "Dr Brandt\nGP practice", "Name and address")),
        db,
        "recipient",
        "one line",
    )
