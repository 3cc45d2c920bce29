"""The referral letter prints exactly what the consent ticks, dated on the referral date, and warns
about typed text that looks like notes before it is printed."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import event
from sqlmodel import Session, col, select

from coachdesk.domain import Client, CoachingSession, Consent, Goal, GoalOrigin, Referral
from coachdesk.domain.ethics import RiskRaised, SharedItem
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.referral_letter_items import referral_letter_warnings
from coachdesk.services.referral_letter_pdf import referral_letter_data, referral_letter_pdf
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)
NOTE = "She said the argument with her sister kept her awake until four in the morning"


def _flat(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault.session() as session:
        yield session
    vault.close()


def _records(db: Session) -> tuple[Referral, Consent, Client]:
    referral = db.exec(select(Referral)).one()
    consent, client = db.get(Consent, referral.consent_id), db.get(Client, referral.client_id)
    assert consent is not None and client is not None
    return referral, consent, client


def _save(db: Session, *records: Any) -> None:
    for record in records:
        db.add(record)
    db.commit()


def _letter(db: Session, today: date = TODAY) -> str:
    return _flat(referral_letter_pdf(db, db.exec(select(Referral)).one().id, today))


def _plant_note(db: Session, client: Client) -> None:
    held = db.exec(select(CoachingSession).where(col(CoachingSession.client_id) == client.id)).first()
    assert held is not None
    held.private_notes += f"\n\n{NOTE}. ZEBRA-NOTE-8801"
    _save(db, held)


# --- exactly the consented kinds, with their content ------------------------------------------------


def test_every_kind_ticked_prints_with_its_content_and_is_listed(demo: Session) -> None:
    referral, consent, client = _records(demo)
    consent.shared_items = frozenset(SharedItem)
    consent.shared_other = "That she has a quiet studio to work from"
    referral.summary_client_read = "Chloé has been coaching on the studio's growth since October."
    client.phone = "+33 6 98 76 54 32"
    goal = Goal(client_id=client.id, statement="Take two full days off a week")
    sponsor_goal = Goal(client_id=client.id, statement="ZEBRA-UNAGREED-GOAL", origin=GoalOrigin.ORGANISATION)
    _save(demo, referral, consent, client, goal, sponsor_goal)
    text = _letter(demo)
    assert "Contact details: e-mail chloe@atelier-girard.example; telephone +33 6 98 76 54 32" in text
    assert "Dates of coaching: 3 sessions, from 30 October 2026 to 20 November 2026." in text
    assert "Coaching goals: • " in text and "• Take two full days off a week" in text
    assert "ZEBRA-UNAGREED-GOAL" not in text  # an organisation's goal the client never agreed to
    assert "A summary the client has read: Chloé has been coaching on the studio's growth" in text
    assert "Also: That she has a quiet studio to work from" in text
    assert (
        "consented to my sharing the reason for referral above, their contact details, the reason in their "
        "own words, the dates of our coaching, their coaching goals and a summary they have read with "
        "Dr Inès Laurent for the purpose of this referral, and also: That she has a quiet studio" in text
    )


def test_nothing_ticked_shares_only_the_reason(demo: Session) -> None:
    _referral, consent, _client = _records(demo)
    consent.shared_items = frozenset()
    consent.recipient_may_reply = False
    _save(demo, consent)
    text = _letter(demo)
    assert "Information shared with consent" not in text
    assert "chloe@atelier-girard.example" not in text
    assert "I haven't slept" not in text  # written on the referral, but not consented
    assert (
        "consented to my sharing the reason for referral above with Dr Inès Laurent for the purpose" in text
    )
    assert "Chloé Girard knows of this letter; I have not been asked to pass on contact details." in text
    assert "please do not send me any information about Chloé Girard" in text
    assert "tell me whether you can offer an appointment" not in text


def test_a_ticked_kind_with_nothing_in_the_record_is_neither_printed_nor_listed(demo: Session) -> None:
    referral, consent, client = _records(demo)
    client.email = ""
    consent.shared_items = frozenset({SharedItem.CONTACT_DETAILS, SharedItem.READ_SUMMARY})
    referral.client_will_contact = True
    _save(demo, referral, consent, client)
    text = _letter(demo)
    assert "Contact details" not in text and "contact details" not in text
    assert "summary" not in text.casefold()
    assert "Chloé Girard will get in touch with you directly to arrange an appointment." in text
    warnings = [w.message for w in referral_letter_warnings(demo, referral.id)]
    assert any(w.startswith("Contact details: consented, but there is nothing to print") for w in warnings)
    assert any(w.startswith("A summary the client has read: consented") for w in warnings)


def test_dates_of_coaching_read_no_note_or_summary(demo: Session) -> None:
    statements: list[str] = []

    def _seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    referral, _consent, _client = _records(demo)
    engine = demo.get_bind()
    event.listen(engine, "before_cursor_execute", _seen)
    try:
        demo.expire_all()
        referral_letter_pdf(demo, referral.id, TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", _seen)
    reads = [s for s in statements if "coaching_session" in s]
    assert reads, "the demo consents to the dates of coaching"
    assert not [s for s in reads if "private_notes" in s or "shared_summary" in s]


# --- warnings before printing ----------------------------------------------------------------------


def test_note_text_typed_into_a_consented_item_is_warned_about(demo: Session) -> None:
    referral, _consent, client = _records(demo)
    _plant_note(demo, client)
    assert referral_letter_warnings(demo, referral.id) == []
    referral.reason_in_clients_words = f"In her words: {NOTE.lower()}."
    _save(demo, referral)
    (warning,) = referral_letter_warnings(demo, referral.id)
    assert warning.field == "reason_in_clients_words"
    assert "repeats your notes of the session of" in warning.message
    assert "(“she said the argument with her”)" in warning.message
    # The warning is advice, not a gate: the coach decides, and the text prints as consented.
    assert "the argument with her sister" in _letter(demo)


def test_note_text_in_the_consents_free_line_is_warned_about(demo: Session) -> None:
    referral, consent, client = _records(demo)
    _plant_note(demo, client)
    consent.shared_other = "ZEBRA-NOTE-8801"
    _save(demo, consent)
    (warning,) = referral_letter_warnings(demo, referral.id)
    assert warning.field == "shared_other"
    assert "(“ZEBRA-NOTE-8801”)" in warning.message


def test_a_long_free_line_is_warned_about(demo: Session) -> None:
    referral, consent, _client = _records(demo)
    consent.shared_other = "Background " * 30
    _save(demo, consent)
    (warning,) = referral_letter_warnings(demo, referral.id)
    assert warning.field == "shared_other" and "is long (330 characters)" in warning.message


def test_note_text_in_an_unconsented_item_never_prints_and_is_said_so(demo: Session) -> None:
    referral, _consent, client = _records(demo)
    _plant_note(demo, client)
    referral.summary_client_read = f"{NOTE}. ZEBRA-NOTE-8801"
    _save(demo, referral)
    (warning,) = referral_letter_warnings(demo, referral.id)
    assert (
        warning.field == "summary_client_read" and "does not cover it: it is not printed" in warning.message
    )
    text = _letter(demo)
    assert "ZEBRA-NOTE-8801" not in text and "argument with her sister" not in text


def test_no_way_to_reach_the_client_is_warned_about(demo: Session) -> None:
    referral, consent, _client = _records(demo)
    consent.shared_items = frozenset({SharedItem.COACHING_DATES, SharedItem.REASON_IN_CLIENTS_WORDS})
    _save(demo, consent)
    (warning,) = referral_letter_warnings(demo, referral.id)
    assert warning.field == "client_will_contact"
    referral.client_will_contact = True
    _save(demo, referral)
    assert referral_letter_warnings(demo, referral.id) == []


# --- dated on the referral date; copies; cc; risk ---------------------------------------------------


def test_dated_on_the_referral_date_and_a_later_print_is_a_copy_with_the_same_reference(
    demo: Session,
) -> None:
    referral, _consent, _client = _records(demo)
    on_the_day = referral_letter_data(demo, referral.id, date(2026, 11, 21))
    later = referral_letter_data(demo, referral.id, TODAY)
    assert on_the_day.letter_date == later.letter_date == date(2026, 11, 21)
    assert on_the_day.printed_on is None and later.printed_on == TODAY
    assert on_the_day.document_id == later.document_id
    first = _letter(demo, date(2026, 11, 21))
    assert "21 November 2026" in first and "copy printed" not in first
    assert "Letter of 21 November 2026; copy printed on 27 November 2026" in _letter(demo)


def test_a_letter_before_the_referral_is_made_is_dated_today(demo: Session) -> None:
    referral, _consent, _client = _records(demo)
    referral.referred_on = TODAY + timedelta(days=2)
    _save(demo, referral)
    data = referral_letter_data(demo, referral.id, TODAY)
    assert (data.letter_date, data.printed_on) == (TODAY, None)


def test_cc_the_client_only_when_the_client_gets_a_copy(demo: Session) -> None:
    referral, _consent, _client = _records(demo)
    assert "cc: the client" in _letter(demo)
    referral.client_gets_copy = False
    _save(demo, referral)
    assert "cc:" not in _letter(demo)


@pytest.mark.parametrize(
    ("risk", "sentence"),
    [
        (
            RiskRaised.YES,
            "A risk to Chloé Girard's own safety or to others was raised during our coaching. "
            "I am not qualified to assess it and make no assessment here.",
        ),
        (RiskRaised.NO, "No risk to Chloé Girard's own safety or to others was raised during our coaching."),
        (
            RiskRaised.NOT_KNOWN,
            "I do not know whether there is a risk to Chloé Girard's own safety or to others.",
        ),
        (None, ""),
    ],
)
def test_the_risk_statement_states_without_diagnosing(
    demo: Session, risk: RiskRaised | None, sentence: str
) -> None:
    referral, _consent, _client = _records(demo)
    referral.risk_raised = risk
    _save(demo, referral)
    text = _letter(demo)
    if risk is None:
        assert "Risk to self or others" not in text
    else:
        assert f"Risk to self or others: {sentence}" in text
