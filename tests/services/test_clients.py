"""Clients: validation, audit without values, the client list, and deletion with everything linked."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    ClientStatus,
    CoachingSession,
    DocumentKind,
    Engagement,
    EngagementStatus,
    GeneratedDocument,
    SessionStatus,
)
from coachdesk.services.clients import (
    ClientDetails,
    client_rows,
    create_client,
    delete_client,
    deletion_summary,
    update_client,
)
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from tests.services.checks import refused
from tests.services.conftest import table_snapshot

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _client(db: Session, **fields: object) -> uuid.UUID:
    details = ClientDetails(**{"name": "Zoë Ørsted", **fields})  # type: ignore[arg-type]
    created = create_client(db, details).created
    assert created is not None
    return created


def test_create_stores_cleaned_values_and_audits_without_values(db: Session) -> None:
    client_id = _client(db, email=" zoe@example.org ", tags="leadership, Board,leadership ,", role="CFO")
    client = db.get(Client, client_id)
    assert client is not None
    assert (client.name, client.email, client.tags, client.status) == (
        "Zoë Ørsted",
        "zoe@example.org",
        "leadership, Board",
        ClientStatus.PROSPECT,
    )
    entries = db.exec(select(AuditEntry)).all()
    assert [(e.entity, e.entity_id, e.action) for e in entries] == [
        ("client", client_id, AuditAction.CREATED)
    ]


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"name": "   "}, "name", "name is required"),
        ({"email": "zoe.example.org"}, "email", "is not an e-mail address"),
        ({"email": "zoe@localhost"}, "email", "is not an e-mail address"),
        ({"status": "happy"}, "status", "must be one of"),
        ({"intake_date": "14/03/2026"}, "intake_date", "date like"),
        ({"organisation_id": uuid.uuid4()}, "organisation_id", "no longer exists"),
        ({"name": "a\nb"}, "name", "one line"),
        ({"name": "x" * 301}, "name", "too long"),
        ({"named_in_hours_log": "yes"}, "named_in_hours_log", "yes or no"),
    ],
)
def test_bad_input_names_the_field(db: Session, fields: dict[str, object], field: str, phrase: str) -> None:
    refused(lambda: _client(db, **fields), db, field, phrase)


def test_update_audits_changed_field_names_only(db: Session) -> None:
    client_id = _client(db)
    update_client(
        db, client_id, ClientDetails(name="Zoë Ørsted", email="z@example.org", private_notes="secret")
    )
    update = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert update.fields == "email,private_notes"
    assert "secret" not in repr(db.exec(select(AuditEntry)).all())


def test_update_unknown_client(db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        update_client(db, uuid.uuid4(), ClientDetails(name="x"))
    assert caught.value.field == "client_id"


def test_client_rows_show_last_and_next_session_and_active_engagement(db: Session) -> None:
    organisation = create_organisation(db, OrganisationDetails(name="Nordlicht GmbH")).created
    ana = _client(db, name="Ana", organisation_id=organisation)
    ben = _client(db, name="ben")
    for days, status in [
        (-30, SessionStatus.COMPLETED),
        (-7, SessionStatus.COMPLETED),
        (-1, SessionStatus.CANCELLED),
        (3, SessionStatus.SCHEDULED),
        (10, SessionStatus.SCHEDULED),
    ]:
        db.add(CoachingSession(client_id=ana, starts_at=NOW + timedelta(days=days), status=status))
    db.add(
        Engagement(
            client_id=ana,
            title="Leadership 2026",
            status=EngagementStatus.ACTIVE,
            start_date=date(2026, 1, 1),
        )
    )
    db.commit()
    rows = client_rows(db, NOW)
    assert [r.name for r in rows] == ["Ana", "ben"]
    assert (rows[0].organisation, rows[0].last_session, rows[0].next_session, rows[0].active_engagement) == (
        "Nordlicht GmbH",
        NOW - timedelta(days=7),
        NOW + timedelta(days=3),
        "Leadership 2026",
    )
    assert (rows[1].id, rows[1].last_session, rows[1].next_session) == (ben, None, None)


def test_delete_removes_everything_linked_and_keeps_only_that_it_happened(db: Session) -> None:
    keep = _client(db, name="Stays")
    gone = _client(db, name="Goes")
    engagement = Engagement(client_id=gone, title="Programme")
    db.add(engagement)
    db.commit()
    engagement_id = engagement.id
    db.add(CoachingSession(client_id=gone, engagement_id=engagement_id, starts_at=NOW, private_notes="zebra"))
    db.add(CoachingSession(client_id=keep, starts_at=NOW))
    db.add(
        GeneratedDocument(
            kind=DocumentKind.AGREEMENT, entity="engagement", entity_id=engagement.id, sha256="0" * 64
        )
    )
    db.commit()
    assert deletion_summary(db, gone) == {"engagement": 1, "coaching_session": 1}
    changes = delete_client(db, gone)
    assert changes.touches("client", "coaching_session")
    assert db.get(Client, gone) is None and db.get(Client, keep) is not None
    assert len(db.exec(select(CoachingSession)).all()) == 1
    assert db.exec(select(GeneratedDocument)).all() == []
    audit = db.exec(select(AuditEntry)).all()
    assert all(e.entity_id not in (gone, engagement_id) for e in audit)
    assert ("client", None, AuditAction.DELETED) in [(e.entity, e.entity_id, e.action) for e in audit]
    found = (
        db.connection()
        .exec_driver_sql("SELECT count(*) FROM search_text WHERE search_text MATCH 'zebra OR goes'")
        .scalar()
    )
    assert found == 0


anything = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.booleans())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=anything,
    email=anything,
    status=anything,
    intake=anything,
    tags=anything,
    named=anything,
    notes=anything,
)
def test_arbitrary_input_raises_only_validation_errors(
    db: Session,
    name: object,
    email: object,
    status: object,
    intake: object,
    tags: object,
    named: object,
    notes: object,
) -> None:
    before = table_snapshot(db)
    details = ClientDetails(
        name=name,
        email=email,
        status=status,
        intake_date=intake,
        tags=tags,  # type: ignore[arg-type]
        named_in_hours_log=named,
        private_notes=notes,  # type: ignore[arg-type]
    )
    try:
        create_client(db, details)
    except ValidationError:
        assert table_snapshot(db) == before
