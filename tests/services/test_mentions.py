"""Before an erasure: the client's name in other records is found, shown and redacted with it."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from coachdesk.domain import AuditEntry, CoachingSession, Conflict, Consent, Referral
from coachdesk.services.client_records import erase_client
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.mentions import REDACTED, find_mentions, redact_mentions, spans
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.services.search import search
from coachdesk.services.sessions import SessionDetails, create_session, finalise_notes
from coachdesk.vault import Vault
from tests.conftest import PASSPHRASE


def _client(db: Session, name: str, email: str = "") -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name, email=email)).created
    assert created is not None
    return created


@pytest.fixture
def practice(db: Session) -> dict[str, uuid.UUID]:
    """Zoë, who will be erased, and Björn, whose records mention her in four places."""
    zoe = _client(db, "Zoë Ørsted", "zoe.orsted@nordlicht.example")
    bjorn = _client(db, "Björn Berg")
    ids = {"zoe": zoe, "bjorn": bjorn}
    ids["conflict"] = create_conflict(
        db,
        ConflictDetails(
            "professional_relationship", "Björn reports to ZOE, who is also a client", client_id=bjorn
        ),
    ).created  # type: ignore[assignment]
    ids["consent"] = create_consent(
        db,
        ConsentDetails(
            bjorn,
            "referral",
            date(2026, 3, 1),
            recipient="Dr Ada Lind",
            evidence="e-mail copied to zoe.orsted@nordlicht.example",
        ),
    ).created  # type: ignore[assignment]
    ids["session"] = create_session(
        db,
        SessionDetails(
            bjorn,
            datetime(2026, 3, 2, 9, tzinfo=UTC),
            private_notes="Talked about working with Ørsted; Zoëlle from finance is fine.",
        ),
    ).created  # type: ignore[assignment]
    finalise_notes(db, ids["session"])
    professional = create_professional(
        db, ProfessionalDetails(name="Dr Ada Lind", profession="Therapist")
    ).created
    assert professional is not None
    ids["referral"] = create_referral(
        db,
        ReferralDetails(
            bjorn, professional, "Stress since his conflict with Zoë Ørsted.", consent_id=ids["consent"]
        ),
    ).created  # type: ignore[assignment]
    return ids


def test_spans_fold_case_and_accents_and_keep_to_whole_words() -> None:
    text = "ZOE met Zoëlle and zoë; also Ørsted, Zoë Ørsted."
    needles = ["zoe orsted", "orsted", "zoe"]
    assert [text[s:e] for s, e in spans(text, needles)] == ["ZOE", "zoë", "Ørsted", "Zoë Ørsted"]


def test_every_mention_outside_the_clients_own_records_is_found(
    db: Session, practice: dict[str, uuid.UUID]
) -> None:
    found = find_mentions(db, practice["zoe"])
    places = {(m.table, m.field, m.matched) for m in found}
    assert places == {
        ("conflict", "description", "ZOE"),
        ("consent", "evidence", "zoe.orsted@nordlicht.example"),
        ("coaching_session", "private_notes", "Ørsted"),
        ("referral", "reason", "Zoë Ørsted"),
    }
    conflict = next(m for m in found if m.table == "conflict")
    assert conflict.where == "Conflict record · Björn Berg"
    session = next(m for m in found if m.table == "coaching_session")
    assert session.where == "Session of 2026-03-02 · Björn Berg"  # the day tells sessions apart
    assert conflict.excerpt == "Björn reports to ZOE, who is also a client"
    assert all(m.record_id != practice["zoe"] for m in found)  # her own client row is erased anyway


def test_erasure_redacts_the_chosen_mentions_in_the_same_step(
    db: Session, practice: dict[str, uuid.UUID], vault: Vault
) -> None:
    found = find_mentions(db, practice["zoe"])
    kept_in_consent = [m for m in found if m.table != "consent"]
    changes = erase_client(db, practice["zoe"], redact=kept_in_consent)
    assert changes.touches("conflict", "referral", "coaching_session")
    assert (
        db.get(Conflict, practice["conflict"]).description
        == f"Björn reports to {REDACTED}, who is also a client"
    )  # type: ignore[union-attr]
    assert db.get(Referral, practice["referral"]).reason == f"Stress since his conflict with {REDACTED}."  # type: ignore[union-attr]
    notes = db.get(CoachingSession, practice["session"]).private_notes  # type: ignore[union-attr]
    assert notes == f"Talked about working with {REDACTED}; Zoëlle from finance is fine."
    assert "zoe.orsted@" in db.get(Consent, practice["consent"]).evidence  # type: ignore[union-attr]  # not chosen
    assert search(db, "Ørsted") == []
    audit_fields = {(e.entity, e.fields) for e in db.exec(select(AuditEntry)).all()}
    assert ("conflict", "description") in audit_fields
    vault.save()
    with Vault.open(vault.path, PASSPHRASE, read_only=True) as saved:
        image = saved.connection.serialize()
    assert b"reports to ZOE" not in image and "Ørsted".encode() not in image


def test_finalised_notes_stay_locked_after_a_redaction(db: Session, practice: dict[str, uuid.UUID]) -> None:
    found = [m for m in find_mentions(db, practice["zoe"]) if m.table == "coaching_session"]
    redact_mentions(db, found)
    db.commit()
    session = db.get(CoachingSession, practice["session"])
    assert session is not None
    session.private_notes = "rewritten"
    db.add(session)
    with pytest.raises(Exception, match="finalised session notes cannot be changed"):
        db.commit()
    db.rollback()


def test_a_mention_changed_since_it_was_found_is_left_alone(
    db: Session, practice: dict[str, uuid.UUID]
) -> None:
    found = [m for m in find_mentions(db, practice["zoe"]) if m.table == "conflict"]
    conflict = db.get(Conflict, practice["conflict"])
    assert conflict is not None
    conflict.description = "Rewritten meanwhile: ZOE is on leave"
    db.add(conflict)
    db.commit()
    assert redact_mentions(db, found).ids == frozenset()
    db.commit()
    assert db.get(Conflict, practice["conflict"]).description == "Rewritten meanwhile: ZOE is on leave"  # type: ignore[union-attr]


def test_a_failed_erasure_redacts_nothing(db: Session, practice: dict[str, uuid.UUID]) -> None:
    found = find_mentions(db, practice["zoe"])
    with pytest.raises(Exception, match="no longer exists"):
        erase_client(db, uuid.uuid4(), redact=found)
    assert "ZOE" in db.get(Conflict, practice["conflict"]).description  # type: ignore[union-attr]
