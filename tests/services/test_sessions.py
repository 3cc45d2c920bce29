"""Coaching sessions: rules, group size, finalised notes and their amendments, audit without values."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import (
    ActionItem,
    AuditAction,
    AuditEntry,
    CoachingSession,
    ConcernFlag,
    NoteAmendment,
    SessionFormat,
    SessionStatus,
)
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.sessions import (
    SessionDetails,
    amend_notes,
    create_session,
    delete_session,
    finalise_notes,
    session_notes,
    update_session,
)
from tests.services.checks import attempt as _attempt
from tests.services.checks import audit_text as _audit_text
from tests.services.checks import refused
from tests.services.conftest import table_snapshot

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BERLIN_WINTER = timezone(timedelta(hours=1))


def _id(created: uuid.UUID | None) -> uuid.UUID:
    assert created is not None
    return created


def _engagement(db: Session, client: uuid.UUID) -> uuid.UUID:
    return _id(create_engagement(db, EngagementDetails(client_id=client, title="Programme")).created)


def _details(client: uuid.UUID, /, **fields: object) -> SessionDetails:
    return SessionDetails(**{"client_id": client, "starts_at": START, **fields})  # type: ignore[arg-type]


def _session(db: Session, client: uuid.UUID, /, **fields: object) -> uuid.UUID:
    return _id(create_session(db, _details(client, **fields)).created)


def _get(db: Session, session_id: uuid.UUID) -> CoachingSession:
    found = db.get(CoachingSession, session_id)
    assert found is not None
    return found


# ----- creating and editing -----------------------------------------------------------------------


def test_create_stores_cleaned_values(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    changes = create_session(
        db,
        _details(
            client_id,
            engagement_id=engagement_id,
            starts_at=datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN_WINTER),
            duration_minutes=75,
            format="phone",
            paid=False,
            status="completed",
            private_notes="\n# Heron notes\n\n- *values* work\n\n",
            shared_summary="Heron summary",
            concern_flags=["legal", ConcernFlag.MEDICAL, "legal"],
        ),
    )
    assert changes.tables == frozenset({"coaching_session"}) and changes.created in changes.ids
    stored = _get(db, _id(changes.created))
    assert (
        stored.engagement_id,
        stored.starts_at,
        stored.starts_at.tzinfo,
        stored.duration_minutes,
        stored.format,
        stored.paid,
        stored.status,
        stored.private_notes,
        stored.concern_flags,
        stored.is_group,
        stored.group_size,
        stored.finalised_at,
    ) == (
        engagement_id,
        START,
        UTC,
        75,
        SessionFormat.PHONE,
        False,
        SessionStatus.COMPLETED,
        "# Heron notes\n\n- *values* work",
        frozenset({ConcernFlag.LEGAL, ConcernFlag.MEDICAL}),
        False,
        1,
        None,
    )
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity == "coaching_session")).all()
    assert [(e.entity_id, e.action) for e in entries] == [(changes.created, AuditAction.CREATED)]
    assert "Heron" not in _audit_text(db)


def test_individual_session_is_a_group_of_one(db: Session, client_id: uuid.UUID) -> None:
    assert _get(db, _session(db, client_id, is_group=False, group_size=12)).group_size == 1
    group = _get(db, _session(db, client_id, is_group=True, group_size=6))
    assert (group.is_group, group.group_size) == (True, 6)


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"client_id": uuid.uuid4()}, "client_id", "client no longer exists"),
        ({"engagement_id": uuid.uuid4()}, "engagement_id", "engagement no longer exists"),
        ({"engagement_id": "nonsense"}, "engagement_id", "No such record"),
        ({"starts_at": datetime(2026, 3, 2, 9, 0)}, "starts_at", "needs a time zone"),
        ({"starts_at": "2026-03-02 09:00"}, "starts_at", "must be a date and time"),
        ({"starts_at": datetime(1800, 1, 1, tzinfo=UTC)}, "starts_at", "not a plausible date"),
        ({"duration_minutes": 0}, "duration_minutes", "more than zero"),
        ({"duration_minutes": 1441}, "duration_minutes", "between 1 and 1,440"),
        ({"duration_minutes": None}, "duration_minutes", "whole number"),
        ({"is_group": True, "group_size": 1}, "group_size", "A group session of fewer than 2"),
        ({"is_group": True, "group_size": 0}, "group_size", "A group session of fewer than 2"),
        ({"is_group": True, "group_size": -4}, "group_size", "A group session of fewer than 2"),
        ({"is_group": True, "group_size": "three"}, "group_size", "whole number"),
        ({"is_group": True, "group_size": 501}, "group_size", "between 2 and 500"),
        ({"is_group": "yes"}, "is_group", "yes or no"),
        ({"paid": None}, "paid", "yes or no"),
        ({"status": "postponed"}, "status", "must be one of"),
        ({"format": "telepathy"}, "format", "must be one of"),
        ({"concern_flags": {"spiritual"}}, "concern_flags", "concern must be one of"),
        ({"concern_flags": "legal"}, "concern_flags", "must be a set of"),
        ({"concern_flags": 3}, "concern_flags", "must be a set of"),
        ({"private_notes": 42}, "private_notes", "must be text"),
        ({"private_notes": "x" * 200_001}, "private_notes", "too long"),
        ({"shared_summary": "a\x00b"}, "shared_summary", "null character"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    db: Session, client_id: uuid.UUID, fields: dict[str, object], field: str, phrase: str
) -> None:
    refused(lambda: _session(db, client_id, **fields), db, field, phrase)


def test_engagement_of_another_client_is_refused(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    theirs = _engagement(db, other_client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        _session(db, client_id, engagement_id=theirs)
    assert caught.value.field == "engagement_id"
    assert "another client's" in caught.value.message
    assert table_snapshot(db) == before


def test_update_audits_changed_field_names_only(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id)
    changes = update_session(
        db,
        session_id,
        _details(
            client_id, private_notes="Cormorant secret", status="completed", concern_flags={"financial"}
        ),
    )
    assert changes.tables == frozenset({"coaching_session"}) and changes.ids == frozenset({session_id})
    update = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert (update.entity, update.entity_id, update.fields) == (
        "coaching_session",
        session_id,
        "concern_flags,private_notes,status",
    )
    assert "Cormorant" not in _audit_text(db) and "financial" not in _audit_text(db)


def test_update_unknown_session(db: Session, client_id: uuid.UUID) -> None:
    with pytest.raises(NotFound) as caught:
        update_session(db, uuid.uuid4(), _details(client_id))
    assert caught.value.field == "session_id"


def test_update_refuses_bad_input_and_writes_nothing(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_session(db, session_id, _details(client_id, private_notes="new", is_group=True))
    assert caught.value.field == "group_size"
    assert table_snapshot(db) == before


# ----- finalised notes and amendments -------------------------------------------------------------


def test_finalise_records_the_time_and_audits_it(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id, private_notes="Egret notes")
    at = datetime(2026, 3, 2, 11, 0, tzinfo=BERLIN_WINTER)
    changes = finalise_notes(db, session_id, at)
    assert changes.ids == frozenset({session_id})
    assert _get(db, session_id).finalised_at == at
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.FINALISED)).one()
    assert (entry.entity, entry.entity_id, entry.fields) == ("coaching_session", session_id, "finalised_at")


def test_finalise_defaults_to_now(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id)
    before = datetime.now(UTC)
    finalise_notes(db, session_id)
    finalised_at = _get(db, session_id).finalised_at
    assert finalised_at is not None and before <= finalised_at <= datetime.now(UTC)


def test_finalise_refuses_twice_a_naive_time_and_unknown_sessions(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        finalise_notes(db, session_id, datetime(2026, 3, 2, 11, 0))
    assert (caught.value.field, "needs a time zone" in caught.value.message) == ("at", True)
    assert table_snapshot(db) == before
    finalise_notes(db, session_id, START)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        finalise_notes(db, session_id)
    assert (caught.value.field, "already finalised" in caught.value.message) == ("private_notes", True)
    assert table_snapshot(db) == before
    with pytest.raises(NotFound):
        finalise_notes(db, uuid.uuid4())


def test_finalised_notes_cannot_be_edited_but_the_rest_can(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id, private_notes="As written")
    finalise_notes(db, session_id, START)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_session(db, session_id, _details(client_id, private_notes="Rewritten"))
    assert caught.value.field == "private_notes"
    assert "notes are finalised; add an amendment" in caught.value.message
    assert table_snapshot(db) == before
    update_session(
        db,
        session_id,
        _details(
            client_id,
            private_notes="As written\n",  # the same notes, as the form sends them back
            status="completed",
            shared_summary="Summary for the client",
            concern_flags={"mental_health"},
            starts_at=START + timedelta(hours=1),
        ),
    )
    stored = _get(db, session_id)
    assert (stored.private_notes, stored.status, stored.shared_summary, stored.concern_flags) == (
        "As written",
        SessionStatus.COMPLETED,
        "Summary for the client",
        frozenset({ConcernFlag.MENTAL_HEALTH}),
    )


def test_amendments_follow_the_original_in_date_order(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id, private_notes="Original Ibis notes")
    finalise_notes(db, session_id, START)
    changes = amend_notes(db, session_id, "  First Ibis addition\n")
    assert changes.touches("note_amendment") and changes.created is not None
    assert changes.ids == {session_id, changes.created}
    amend_notes(db, session_id, "Second Ibis addition")
    notes = session_notes(db, session_id)
    assert (notes.original, notes.finalised_at) == ("Original Ibis notes", START)
    assert [a.text for a in notes.amendments] == ["First Ibis addition", "Second Ibis addition"]
    assert notes.amendments[0].id == changes.created
    assert notes.amendments[0].written_at <= notes.amendments[1].written_at
    assert notes.amendments[0].written_at.tzinfo is not None
    entries = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.AMENDED)).all()
    assert [(e.entity, e.entity_id, e.fields) for e in entries] == [
        ("coaching_session", session_id, "private_notes")
    ] * 2
    assert "Ibis" not in _audit_text(db)


def test_notes_not_yet_finalised_have_no_amendments(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id, private_notes="Draft")
    notes = session_notes(db, session_id)
    assert (notes.original, notes.finalised_at, notes.amendments) == ("Draft", None, ())
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        amend_notes(db, session_id, "An addition")
    assert (caught.value.field, "not finalised yet" in caught.value.message) == ("private_notes", True)
    assert table_snapshot(db) == before
    with pytest.raises(NotFound):
        session_notes(db, uuid.uuid4())


@pytest.mark.parametrize(
    ("text", "phrase"), [("", "is required"), ("  \n", "is required"), (None, "is required"), (7, "text")]
)
def test_amendment_text_is_required(db: Session, client_id: uuid.UUID, text: object, phrase: str) -> None:
    session_id = _session(db, client_id)
    finalise_notes(db, session_id, START)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        amend_notes(db, session_id, text)  # type: ignore[arg-type]
    assert caught.value.field == "text" and phrase in caught.value.message
    assert table_snapshot(db) == before


def test_client_changes_only_while_nothing_links_to_the_session(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    moved = _session(db, client_id)
    update_session(db, moved, _details(other_client_id))
    assert _get(db, moved).client_id == other_client_id

    finalised = _session(db, client_id)
    finalise_notes(db, finalised, START)
    with_item = _session(db, client_id)
    db.add(ActionItem(client_id=client_id, session_id=with_item, description="Journal"))
    db.commit()
    before = table_snapshot(db)
    for session_id in (finalised, with_item):
        with pytest.raises(ValidationError) as caught:
            update_session(db, session_id, _details(other_client_id))
        assert (caught.value.field, "stays with its client" in caught.value.message) == ("client_id", True)
    assert table_snapshot(db) == before


def test_delete_takes_amendments_and_action_items(db: Session, client_id: uuid.UUID) -> None:
    session_id = _session(db, client_id)
    kept = _session(db, client_id)
    finalise_notes(db, session_id, START)
    amendment_id = _id(amend_notes(db, session_id, "Later").created)
    item = ActionItem(client_id=client_id, session_id=session_id, description="Journal")
    db.add(item)
    db.commit()
    item_id = item.id
    changes = delete_session(db, session_id)
    assert changes.tables == {"coaching_session", "note_amendment", "action_item"}
    assert changes.ids == {session_id, amendment_id, item_id}
    assert [s.id for s in db.exec(select(CoachingSession)).all()] == [kept]
    assert db.exec(select(NoteAmendment)).all() == [] and db.exec(select(ActionItem)).all() == []
    audit = {(e.entity, e.entity_id, e.action) for e in db.exec(select(AuditEntry)).all()}
    assert {
        ("coaching_session", session_id, AuditAction.DELETED),
        ("note_amendment", amendment_id, AuditAction.DELETED),
        ("action_item", item_id, AuditAction.DELETED),
    } <= audit
    with pytest.raises(NotFound):
        delete_session(db, session_id)


# ----- arbitrary input ----------------------------------------------------------------------------

anything = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.uuids(),
    st.datetimes(timezones=st.one_of(st.none(), st.just(UTC))),
    st.frozensets(st.one_of(st.sampled_from(list(ConcernFlag)), st.text(max_size=5)), max_size=3),
)


def or_anything(valid: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """Half the time a value of the right kind, half the time anything (not drowned by its branches)."""
    return st.booleans().flatmap(lambda right_kind: valid if right_kind else anything)


fields_strategy = st.fixed_dictionaries(
    {},
    optional={
        "client_id": or_anything(st.sampled_from(["CLIENT", "OTHER"])),
        "engagement_id": or_anything(st.sampled_from(["ENGAGEMENT", "THEIRS", None])),
        "starts_at": or_anything(st.datetimes(timezones=st.just(UTC))),
        "duration_minutes": or_anything(st.integers(-1, 1500)),
        "format": or_anything(st.sampled_from(list(SessionFormat))),
        "is_group": or_anything(st.booleans()),
        "group_size": or_anything(st.integers(-1, 600)),
        "paid": or_anything(st.booleans()),
        "status": or_anything(st.sampled_from(list(SessionStatus))),
        "private_notes": anything,
        "shared_summary": anything,
        "concern_flags": or_anything(st.frozensets(st.sampled_from(list(ConcernFlag)))),
    },
)


def _arbitrary(db: Session, fields: dict[str, object], client: uuid.UUID, other: uuid.UUID) -> SessionDetails:
    ids = {
        "CLIENT": client,
        "OTHER": other,
        "ENGAGEMENT": _engagement(db, client),
        "THEIRS": _engagement(db, other),
    }
    values = {
        name: ids.get(value, value) if isinstance(value, str) else value for name, value in fields.items()
    }
    return dataclasses.replace(_details(client), **values)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=fields_strategy)
def test_arbitrary_new_sessions_raise_only_validation_errors(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID, fields: dict[str, object]
) -> None:
    details = _arbitrary(db, fields, client_id, other_client_id)
    _attempt(db, "create", lambda: create_session(db, details))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=fields_strategy,
    finalised=st.booleans(),
    amendment=or_anything(st.text(min_size=1)),
    at=or_anything(st.datetimes(timezones=st.just(UTC))),
)
def test_arbitrary_edits_and_amendments_raise_only_validation_errors(
    db: Session,
    client_id: uuid.UUID,
    other_client_id: uuid.UUID,
    fields: dict[str, object],
    finalised: bool,
    amendment: object,
    at: object,
) -> None:
    session_id = _session(db, client_id, private_notes="Original")
    details = _arbitrary(db, fields, client_id, other_client_id)
    if finalised:
        _attempt(db, "finalise", lambda: finalise_notes(db, session_id, at))  # type: ignore[arg-type]
    _attempt(db, "update", lambda: update_session(db, session_id, details))
    _attempt(db, "amend", lambda: amend_notes(db, session_id, amendment))  # type: ignore[arg-type]
