"""Engagements: the agreement's rules, its status from draft to ended, audit without values, deletion."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import (
    ActionItem,
    AuditAction,
    AuditEntry,
    Client,
    CoachingSession,
    Engagement,
    EngagementStatus,
    FeeBasis,
    Goal,
    NoteAmendment,
    Payer,
    SessionFormat,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import (
    EngagementDetails,
    create_engagement,
    delete_engagement,
    engagement_deletion_summary,
    set_engagement_status,
    terms_changed_since_signing,
    update_engagement,
)
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from tests.services.checks import attempt as _attempt
from tests.services.checks import audit_text as _audit_text
from tests.services.checks import refused
from tests.services.conftest import table_snapshot

S = EngagementStatus
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(changes_created: uuid.UUID | None) -> uuid.UUID:
    assert changes_created is not None
    return changes_created


@pytest.fixture
def sponsor_id(db: Session) -> uuid.UUID:
    return _id(create_organisation(db, OrganisationDetails(name="Nordlicht GmbH")).created)


def _details(client: uuid.UUID, /, **fields: object) -> EngagementDetails:
    return EngagementDetails(**{"client_id": client, "title": "Leadership 2026", **fields})  # type: ignore[arg-type]


def _engagement(db: Session, client: uuid.UUID, /, **fields: object) -> uuid.UUID:
    return _id(create_engagement(db, _details(client, **fields)).created)


def _advance(db: Session, engagement_id: uuid.UUID, *steps: tuple[EngagementStatus, date]) -> None:
    for status, on in steps:
        set_engagement_status(db, engagement_id, status, on)


TO_ACTIVE = ((S.SENT, date(2026, 2, 1)), (S.SIGNED, date(2026, 2, 5)), (S.ACTIVE, date(2026, 3, 1)))


# ----- creating and editing the terms ---------------------------------------------------------------


def test_create_stores_a_draft_with_cleaned_values(db: Session, client_id: uuid.UUID) -> None:
    changes = create_engagement(
        db,
        _details(
            client_id,
            title="  Leadership 2026 ",
            start_date=date(2026, 3, 1),
            end_date=date(2026, 9, 1),
            session_count=8,
            session_minutes=90,
            format="in_person",
            fee="150,50",
            currency="gbp",
            fee_basis="per_engagement",
            confidentiality_terms="Kestrel confidentiality\n",
            termination_notice_days=0,
        ),
    )
    assert changes.tables == frozenset({"engagement"}) and changes.created in changes.ids
    engagement = db.get(Engagement, changes.created)
    assert engagement is not None
    assert (
        engagement.title,
        engagement.session_count,
        engagement.session_minutes,
        engagement.format,
        engagement.fee_minor,
        engagement.currency,
        engagement.fee_basis,
        engagement.confidentiality_terms,
        engagement.termination_notice_days,
        engagement.status,
        engagement.is_three_way,
    ) == (
        "Leadership 2026",
        8,
        90,
        SessionFormat.IN_PERSON,
        15050,
        "GBP",
        FeeBasis.PER_ENGAGEMENT,
        "Kestrel confidentiality",
        0,
        S.DRAFT,
        False,
    )
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity == "engagement")).all()
    assert [(e.entity_id, e.action, e.fields) for e in entries] == [
        (changes.created, AuditAction.CREATED, "")
    ]
    assert "Kestrel" not in _audit_text(db)


@pytest.mark.parametrize(
    ("fee", "minor"),
    [(Decimal("150.5"), 15050), ("99", 9900), (120, 12000), (80.25, 8025), (0, 0), ("0.01", 1)],
)
def test_fee_is_stored_in_minor_units(db: Session, client_id: uuid.UUID, fee: object, minor: int) -> None:
    engagement = db.get(Engagement, _engagement(db, client_id, fee=fee))
    assert engagement is not None and engagement.fee_minor == minor


def test_three_way_engagement_with_sponsor(db: Session, client_id: uuid.UUID, sponsor_id: uuid.UUID) -> None:
    engagement_id = _engagement(
        db,
        client_id,
        sponsor_id=sponsor_id,
        payer="sponsor",
        sponsor_contact_name="Dmitri Ivanov",
        sponsor_contact_email=" hr@nordlicht.example ",
        sponsor_receives_attendance=True,
        sponsor_receives_goals=True,
    )
    engagement = db.get(Engagement, engagement_id)
    assert engagement is not None
    assert engagement.is_three_way and engagement.payer is Payer.SPONSOR
    assert engagement.sponsor_contact_email == "hr@nordlicht.example"
    assert (engagement.sponsor_receives_attendance, engagement.sponsor_receives_progress_summary) == (
        True,
        False,
    )


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"title": "  "}, "title", "title is required"),
        ({"title": None}, "title", "title is required"),
        ({"title": "a\nb"}, "title", "one line"),
        ({"client_id": uuid.uuid4()}, "client_id", "client no longer exists"),
        ({"client_id": "not an id"}, "client_id", "No such record"),
        ({"sponsor_id": uuid.uuid4()}, "sponsor_id", "sponsor organisation no longer exists"),
        ({"payer": "sponsor"}, "payer", "a three-way engagement without a sponsor"),
        ({"payer": "employer"}, "payer", "must be one of"),
        ({"sponsor_contact_name": "Dmitri"}, "sponsor_contact_name", "needs a sponsor"),
        ({"sponsor_contact_email": "hr@nordlicht.example"}, "sponsor_contact_email", "needs a sponsor"),
        ({"sponsor_receives_goals": True}, "sponsor_receives_goals", "Only a sponsor"),
        ({"sponsor_receives_attendance": "yes"}, "sponsor_receives_attendance", "yes or no"),
        (
            {"start_date": date(2026, 5, 1), "end_date": date(2026, 4, 30)},
            "end_date",
            "end date is before the start",
        ),
        ({"start_date": "1/5/2026"}, "start_date", "date like"),
        ({"session_count": 0}, "session_count", "more than zero"),
        ({"session_count": -3}, "session_count", "more than zero"),
        ({"session_count": "six"}, "session_count", "whole number"),
        ({"session_minutes": 0}, "session_minutes", "more than zero"),
        ({"session_minutes": 1441}, "session_minutes", "between 1 and 1,440"),
        ({"session_minutes": 45.5}, "session_minutes", "whole number"),
        ({"fee": -1}, "fee", "cannot be negative"),
        ({"fee": "lots"}, "fee", "amount of money"),
        ({"fee": float("nan")}, "fee", "amount of money"),
        ({"fee": "10.005"}, "fee", "two decimal places"),
        ({"fee": True}, "fee", "amount of money"),
        ({"fee": 10**5000}, "fee", "implausibly large"),
        ({"currency": "EU"}, "currency", "not a currency code"),
        ({"currency": "E1R"}, "currency", "not a currency code"),
        ({"currency": ""}, "currency", "currency is required"),
        ({"termination_notice_days": -1}, "termination_notice_days", "between 0 and 365"),
        ({"termination_notice_days": 366}, "termination_notice_days", "between 0 and 365"),
        ({"format": "carrier pigeon"}, "format", "must be one of"),
        ({"fee_basis": "hourly"}, "fee_basis", "must be one of"),
    ],
)
def test_bad_terms_name_the_field_and_write_nothing(
    db: Session, client_id: uuid.UUID, fields: dict[str, object], field: str, phrase: str
) -> None:
    refused(lambda: _engagement(db, client_id, **fields), db, field, phrase)


def test_sponsor_contact_email_is_checked(db: Session, client_id: uuid.UUID, sponsor_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as caught:
        _engagement(db, client_id, sponsor_id=sponsor_id, sponsor_contact_email="hr.nordlicht")
    assert caught.value.field == "sponsor_contact_email"
    assert "not an e-mail address" in caught.value.message


def test_update_audits_changed_field_names_only(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    changes = update_engagement(
        db,
        engagement_id,
        _details(client_id, gifts_policy="Osprey gifts policy", fee="200", contact_hours="Mon–Thu 9–17"),
    )
    assert changes.tables == frozenset({"engagement"}) and changes.ids == frozenset({engagement_id})
    update = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert (update.entity, update.entity_id, update.fields) == (
        "engagement",
        engagement_id,
        "contact_hours,fee_minor,gifts_policy",
    )
    audit_text = _audit_text(db)
    assert "Osprey" not in audit_text and "Mon–Thu" not in audit_text and "200" not in audit_text


def test_update_without_changes_adds_no_audit_entry(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    update_engagement(db, engagement_id, _details(client_id))
    assert db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).all() == []


def test_update_unknown_engagement(db: Session, client_id: uuid.UUID) -> None:
    with pytest.raises(NotFound) as caught:
        update_engagement(db, uuid.uuid4(), _details(client_id))
    assert caught.value.field == "engagement_id"


def test_update_refuses_bad_terms_and_writes_nothing(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_engagement(db, engagement_id, _details(client_id, title="New", session_minutes=0))
    assert caught.value.field == "session_minutes"
    assert table_snapshot(db) == before


def test_client_changes_only_while_nothing_links_to_the_engagement(db: Session, client_id: uuid.UUID) -> None:
    other = _id(create_client(db, ClientDetails(name="Łukasz")).created)
    engagement_id = _engagement(db, client_id)
    update_engagement(db, engagement_id, _details(other))
    engagement = db.get(Engagement, engagement_id)
    assert engagement is not None and engagement.client_id == other
    db.add(CoachingSession(client_id=other, engagement_id=engagement_id, starts_at=START))
    db.commit()
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_engagement(db, engagement_id, _details(client_id))
    assert caught.value.field == "client_id"
    assert "stays with its client" in caught.value.message
    assert table_snapshot(db) == before


# ----- status -------------------------------------------------------------------------------------


def test_status_moves_forward_recording_each_date(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    _advance(db, engagement_id, *TO_ACTIVE)
    changes = set_engagement_status(db, engagement_id, "completed", date(2026, 9, 1))
    assert changes.ids == frozenset({engagement_id}) and changes.tables == frozenset({"engagement"})
    engagement = db.get(Engagement, engagement_id)
    assert engagement is not None
    assert (
        engagement.status,
        engagement.sent_on,
        engagement.signed_on,
        engagement.activated_on,
        engagement.ended_on,
    ) == (S.COMPLETED, date(2026, 2, 1), date(2026, 2, 5), date(2026, 3, 1), date(2026, 9, 1))
    assert engagement.status_changed_at is not None and engagement.status_changed_at.tzinfo is not None
    entries = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.STATUS_CHANGED)).all()
    assert [e.fields for e in entries] == [
        "sent_on,status,status_changed_at",
        "signed_on,status,status_changed_at",
        "activated_on,status,status_changed_at",
        "ended_on,status,status_changed_at",
    ]
    assert "2026" not in _audit_text(db)


def test_sent_agreement_withdrawn_to_draft_forgets_its_sent_date(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    _advance(db, engagement_id, (S.SENT, date(2026, 2, 1)), (S.DRAFT, date(2026, 2, 2)))
    engagement = db.get(Engagement, engagement_id)
    assert engagement is not None and (engagement.status, engagement.sent_on) == (S.DRAFT, None)
    _advance(db, engagement_id, (S.SENT, date(2026, 1, 20)))  # the sent date may now be earlier


@pytest.mark.parametrize("steps", [0, 1, 2, 3])
def test_terminated_from_any_status_before_the_end(db: Session, client_id: uuid.UUID, steps: int) -> None:
    engagement_id = _engagement(db, client_id)
    _advance(db, engagement_id, *TO_ACTIVE[:steps])
    set_engagement_status(db, engagement_id, S.TERMINATED, date(2026, 4, 1))
    engagement = db.get(Engagement, engagement_id)
    assert engagement is not None and (engagement.status, engagement.ended_on) == (
        S.TERMINATED,
        date(2026, 4, 1),
    )


@pytest.mark.parametrize(
    ("steps", "target"),
    [
        (0, S.DRAFT),
        (0, S.SIGNED),
        (0, S.ACTIVE),
        (0, S.COMPLETED),
        (1, S.ACTIVE),
        (1, S.COMPLETED),
        (2, S.DRAFT),
        (2, S.SENT),
        (2, S.COMPLETED),
        (3, S.DRAFT),
        (3, S.SIGNED),
        (4, S.ACTIVE),
        (4, S.TERMINATED),
        (5, S.ACTIVE),
        (5, S.COMPLETED),
    ],
)
def test_nonsensical_status_changes_name_both_states(
    db: Session, client_id: uuid.UUID, steps: int, target: EngagementStatus
) -> None:
    engagement_id = _engagement(db, client_id)
    path = (
        [*TO_ACTIVE, (S.COMPLETED, date(2026, 9, 1))][:steps]
        if steps < 5
        else [(S.TERMINATED, date(2026, 2, 1))]
    )
    _advance(db, engagement_id, *path)
    engagement = db.get(Engagement, engagement_id)
    assert engagement is not None
    current = engagement.status
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        set_engagement_status(db, engagement_id, target, date(2026, 12, 1))
    assert caught.value.field == "status"
    assert f"from {current.value} to {target.value}" in caught.value.message
    assert table_snapshot(db) == before


def test_unknown_status_and_bad_dates_are_refused(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    _advance(db, engagement_id, (S.SENT, date(2026, 2, 10)))
    before = table_snapshot(db)
    for status, on, field, phrase in [
        ("happy", date(2026, 3, 1), "status", "must be one of"),
        (S.SIGNED, "soon", "on", "date like"),
        (S.SIGNED, datetime(2026, 3, 1, tzinfo=UTC), "on", "must be a date"),
        (S.SIGNED, date(2026, 2, 9), "on", "before the engagement was sent (2026-02-10)"),
    ]:
        with pytest.raises(ValidationError) as caught:
            set_engagement_status(db, engagement_id, status, on)  # type: ignore[arg-type]
        assert (caught.value.field, phrase in caught.value.message) == (field, True)
    assert table_snapshot(db) == before
    with pytest.raises(NotFound):
        set_engagement_status(db, uuid.uuid4(), S.SENT, date(2026, 1, 1))


def test_ended_date_not_before_activation(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    _advance(db, engagement_id, *TO_ACTIVE)
    with pytest.raises(ValidationError) as caught:
        set_engagement_status(db, engagement_id, S.TERMINATED, date(2026, 2, 28))
    assert caught.value.field == "on" and "made active (2026-03-01)" in caught.value.message


def test_signed_terms_may_be_varied_and_the_variation_is_known(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id, fee=100)
    update_engagement(db, engagement_id, _details(client_id, fee=110))  # before signing: not a variation
    _advance(db, engagement_id, *TO_ACTIVE[:2])
    assert terms_changed_since_signing(db, engagement_id) == frozenset()
    update_engagement(db, engagement_id, _details(client_id, fee=120, session_count=10))
    _advance(db, engagement_id, TO_ACTIVE[2])
    update_engagement(
        db, engagement_id, _details(client_id, fee=120, session_count=10, response_time="1 day")
    )
    assert terms_changed_since_signing(db, engagement_id) == {"fee_minor", "session_count", "response_time"}


def test_planning_the_next_three_way_review_is_not_a_change_of_the_signed_terms(db: Session) -> None:
    from coachdesk.services.demo import populate_demo
    from coachdesk.services.sponsor_report_options import set_next_review

    populate_demo(db, date(2026, 11, 27))
    zoe = db.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
    engagement = db.exec(select(Engagement).where(Engagement.client_id == zoe.id)).one()
    set_next_review(db, engagement.id, date(2027, 1, 10))
    assert "next_review_on" not in terms_changed_since_signing(db, engagement.id)


@pytest.mark.parametrize("end", [S.COMPLETED, S.TERMINATED])
def test_ended_engagement_terms_are_closed(db: Session, client_id: uuid.UUID, end: EngagementStatus) -> None:
    engagement_id = _engagement(db, client_id)
    _advance(db, engagement_id, *TO_ACTIVE, (end, date(2026, 9, 1)))
    update_engagement(db, engagement_id, _details(client_id))  # saving unchanged terms is harmless
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_engagement(db, engagement_id, _details(client_id, title="Renamed"))
    assert caught.value.field == "status"
    assert f"is {end.value}; its terms can no longer change" in caught.value.message
    assert table_snapshot(db) == before


# ----- deleting -----------------------------------------------------------------------------------


def test_delete_keeps_sessions_and_goals_with_the_client(db: Session, client_id: uuid.UUID) -> None:
    """Deleting an agreement never deletes notes: sessions and goals stay, unlinked (and audited)."""
    engagement_id = _engagement(db, client_id)
    keep_id = _engagement(db, client_id, title="Other")
    coaching_session = CoachingSession(
        client_id=client_id, engagement_id=engagement_id, starts_at=START, private_notes="kept notes"
    )
    goal = Goal(client_id=client_id, engagement_id=engagement_id, statement="Delegate more")
    db.add_all([coaching_session, goal])
    db.commit()
    session_id, goal_id = coaching_session.id, goal.id
    db.add(NoteAmendment(session_id=session_id, text="later"))
    db.add(ActionItem(client_id=client_id, session_id=session_id, goal_id=goal_id, description="a"))
    db.commit()

    assert engagement_deletion_summary(db, engagement_id) == {"coaching_session": 1, "goal": 1}
    changes = delete_engagement(db, engagement_id)
    assert changes.touches("engagement", "coaching_session", "goal")
    assert changes.ids == {engagement_id, session_id, goal_id}
    assert db.get(Engagement, engagement_id) is None and db.get(Engagement, keep_id) is not None
    kept_session, kept_goal = db.get(CoachingSession, session_id), db.get(Goal, goal_id)
    assert kept_session is not None and kept_goal is not None
    assert (kept_session.engagement_id, kept_session.private_notes, kept_goal.engagement_id) == (
        None,
        "kept notes",
        None,
    )
    assert len(db.exec(select(NoteAmendment)).all()) == 1 and len(db.exec(select(ActionItem)).all()) == 1
    audit = {(e.entity, e.entity_id, e.action, e.fields) for e in db.exec(select(AuditEntry)).all()}
    assert ("engagement", engagement_id, AuditAction.DELETED, "") in audit
    assert ("coaching_session", session_id, AuditAction.UPDATED, "engagement_id") in audit
    assert ("goal", goal_id, AuditAction.UPDATED, "engagement_id") in audit


def test_delete_unknown_engagement(db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        delete_engagement(db, uuid.uuid4())
    assert caught.value.field == "engagement_id"


# ----- arbitrary input ----------------------------------------------------------------------------

anything = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.decimals(allow_nan=True),
    st.dates(),
    st.uuids(),
)


def or_anything(valid: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """Half the time a value of the right kind, half the time anything (not drowned by its branches)."""
    return st.booleans().flatmap(lambda right_kind: valid if right_kind else anything)


TEXT_FIELDS = [
    "title",
    "sponsor_contact_name",
    "sponsor_contact_email",
    "payment_terms",
    "cancellation_policy",
    "confidentiality_terms",
    "contact_channels",
    "contact_hours",
    "response_time",
    "gifts_policy",
]
terms = st.fixed_dictionaries(
    {},
    optional={
        **dict.fromkeys(TEXT_FIELDS, anything),
        "client_id": or_anything(st.just("CLIENT")),
        "sponsor_id": or_anything(st.sampled_from(["SPONSOR", None])),
        "start_date": or_anything(st.dates(date(2020, 1, 1), date(2030, 1, 1))),
        "end_date": or_anything(st.dates(date(2020, 1, 1), date(2030, 1, 1))),
        "session_count": or_anything(st.integers(-1, 30) | st.none()),
        "session_minutes": or_anything(st.integers(-1, 1500)),
        "format": or_anything(st.sampled_from(list(SessionFormat))),
        "fee": or_anything(st.decimals(-10, 10**8, places=2) | st.floats(-1, 1e4)),
        "currency": or_anything(st.sampled_from(["EUR", "gbp", "E"])),
        "fee_basis": or_anything(st.sampled_from(list(FeeBasis))),
        "payer": or_anything(st.sampled_from(list(Payer))),
        "sponsor_receives_goals": or_anything(st.booleans()),
        "sponsor_receives_attendance": or_anything(st.booleans()),
        "termination_notice_days": or_anything(st.integers(-1, 400)),
    },
)


def _arbitrary(fields: dict[str, object], client_id: uuid.UUID, sponsor_id: uuid.UUID) -> EngagementDetails:
    ids = {"CLIENT": client_id, "SPONSOR": sponsor_id}
    values = {
        name: ids.get(value, value) if isinstance(value, str) else value for name, value in fields.items()
    }
    return dataclasses.replace(_details(client_id), **values)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=terms)
def test_arbitrary_new_terms_raise_only_validation_errors(
    db: Session, client_id: uuid.UUID, sponsor_id: uuid.UUID, fields: dict[str, object]
) -> None:
    details = _arbitrary(fields, client_id, sponsor_id)
    _attempt(db, "create", lambda: create_engagement(db, details))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=terms,
    status=or_anything(st.sampled_from(list(S))),
    on=or_anything(st.dates(date(2020, 1, 1), date(2030, 1, 1))),
)
def test_arbitrary_edits_and_status_changes_raise_only_validation_errors(
    db: Session,
    client_id: uuid.UUID,
    sponsor_id: uuid.UUID,
    fields: dict[str, object],
    status: object,
    on: object,
) -> None:
    engagement_id = _engagement(db, client_id)
    details = _arbitrary(fields, client_id, sponsor_id)
    _attempt(db, "update", lambda: update_engagement(db, engagement_id, details))
    _attempt(db, "status", lambda: set_engagement_status(db, engagement_id, status, on))  # type: ignore[arg-type]
