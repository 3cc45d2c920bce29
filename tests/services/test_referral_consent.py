"""A referral consent: the kinds it lets a letter share, its free line, and its end date by default."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.domain import Consent, ConsentScope
from coachdesk.domain.ethics import SharedItem
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent, default_expiry, update_consent
from coachdesk.services.referral_letter_items import consent_summary
from tests.services.checks import refused


def _client(db: Session) -> uuid.UUID:
    created = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert created is not None
    return created


def _details(client: uuid.UUID, **fields: object) -> ConsentDetails:
    values: dict[str, object] = {
        "client_id": client,
        "scope": ConsentScope.REFERRAL,
        "granted_on": date(2026, 3, 4),
        "recipient": "Dr Ana Ruiz",
        **fields,
    }
    return ConsentDetails(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("granted", "ends"),
    [
        (date(2026, 3, 4), date(2026, 6, 4)),
        (date(2026, 10, 15), date(2027, 1, 15)),  # into the next year
        (date(2026, 11, 30), date(2027, 2, 28)),  # no 30 February: the month's last day
        (date(2027, 11, 30), date(2028, 2, 29)),
        (date(2026, 12, 31), date(2027, 3, 31)),
    ],
)
def test_a_referral_consent_ends_three_months_after_it_was_given(granted: date, ends: date) -> None:
    assert default_expiry(ConsentScope.REFERRAL, granted) == ends
    assert default_expiry("referral", granted) == ends


def test_other_consents_have_no_end_date_by_default() -> None:
    assert default_expiry(ConsentScope.SHARE_WITH_SPONSOR, date(2026, 3, 4)) is None
    assert default_expiry(None, date(2026, 3, 4)) is None


def test_the_kinds_the_free_line_and_the_reply_are_stored_and_corrected(db: Session) -> None:
    client = _client(db)
    details = _details(
        client,
        shared_items=["contact_details", SharedItem.GOALS],
        shared_other="  That she has moved house  ",
        recipient_may_reply=True,
    )
    consent_id = create_consent(db, details).created
    assert consent_id is not None
    consent = db.get(Consent, consent_id)
    assert consent is not None
    assert (consent.shared_items, consent.shared_other, consent.recipient_may_reply) == (
        frozenset({SharedItem.CONTACT_DETAILS, SharedItem.GOALS}),
        "That she has moved house",
        True,
    )
    assert consent_summary(db, consent_id) == (
        "the reason for referral, contact details, coaching goals; also: That she has moved house. "
        "They may tell you if they can offer an appointment. Valid."
    )
    update_consent(db, consent_id, _details(client, shared_items=(), expires_on=date(2026, 6, 4)))
    db.refresh(consent)
    assert (consent.shared_items, consent.shared_other, consent.recipient_may_reply) == (
        frozenset(),
        "",
        False,
    )
    assert consent_summary(db, consent_id).endswith(
        "may not tell you if they can offer an appointment. Valid until 2026-06-04."
    )


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"shared_items": ["diagnosis"]}, "shared_items", "must be one of: contact_details"),
        ({"shared_other": "one\nline"}, "shared_other", "anything else to share"),
        ({"recipient_may_reply": "yes"}, "recipient_may_reply", "must be yes or no"),
    ],
)
def test_bad_sharing_input_is_refused_clearly(
    db: Session, fields: dict[str, object], field: str, phrase: str
) -> None:
    client = _client(db)
    refused(lambda: create_consent(db, _details(client, **fields)), db, field, phrase)
