"""Conflicts of interest and decisions, the boundary log: every rule, audit without values, no half-writes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    BoundaryIncident,
    BoundaryKind,
    Conflict,
    ConflictDecision,
    ConflictKind,
    Engagement,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import (
    BoundaryIncidentDetails,
    ConflictDetails,
    create_boundary_incident,
    create_conflict,
    decide_conflict,
    delete_boundary_incident,
    open_conflicts,
    update_boundary_incident,
    update_conflict,
)
from coachdesk.services.errors import NotFound, ValidationError
from tests.services.checks import ANYTHING, mostly, refused
from tests.services.checks import audit_text as _audit_text
from tests.services.conftest import table_snapshot

MARCH_1, MARCH_14 = date(2026, 3, 1), date(2026, 3, 14)
PROCEED, DECLINE, REFER_ELSEWHERE = ConflictDecision


def _client(db: Session, name: str = "Zoë Ørsted") -> uuid.UUID:
    created = create_client(db, ClientDetails(name=name)).created
    assert created is not None
    return created


def _engagement(db: Session, client_id: uuid.UUID) -> uuid.UUID:
    engagement = Engagement(client_id=client_id, title="Leadership coaching 2026")
    db.add(engagement)
    db.commit()
    return engagement.id


def _conflict(db: Session, **fields: Any) -> Conflict:
    values: dict[str, Any] = {
        "kind": ConflictKind.SAME_ORGANISATION,
        "description": "Her manager is also my client",
        **fields,
    }
    created = create_conflict(db, ConflictDetails(**values)).created
    conflict = db.get(Conflict, created)
    assert conflict is not None
    return conflict


def _incident(db: Session, client: uuid.UUID, /, **fields: Any) -> BoundaryIncident:
    values: dict[str, Any] = {
        "client_id": client,
        "occurred_on": MARCH_14,
        "kind": BoundaryKind.GIFT,
        "description": "Offered concert tickets",
        **fields,
    }
    created = create_boundary_incident(db, BoundaryIncidentDetails(**values)).created
    incident = db.get(BoundaryIncident, created)
    assert incident is not None
    return incident


# Conflicts


def test_create_a_clients_conflict_stores_values_and_audits_without_them(db: Session) -> None:
    client_id = _client(db)
    changes = create_conflict(
        db, ConflictDetails("personal_relationship", "We sing in the same choir", client_id)
    )
    assert changes.tables == {"conflict"} and changes.created is not None and changes.ids == {changes.created}
    conflict = db.get(Conflict, changes.created)
    assert conflict is not None
    assert (conflict.client_id, conflict.engagement_id, conflict.kind, conflict.decision) == (
        client_id,
        None,
        ConflictKind.PERSONAL_RELATIONSHIP,
        None,
    )
    entry = db.exec(select(AuditEntry).where(AuditEntry.entity == "conflict")).one()
    assert (entry.entity_id, entry.action, entry.fields) == (conflict.id, AuditAction.CREATED, "")
    assert "choir" not in _audit_text(db) and "personal" not in _audit_text(db)


def test_an_engagements_conflict_also_names_its_client(db: Session) -> None:
    client_id = _client(db)
    engagement_id = _engagement(db, client_id)
    conflict = _conflict(db, engagement_id=engagement_id)
    assert (conflict.client_id, conflict.engagement_id) == (client_id, engagement_id)
    both = _conflict(db, client_id=client_id, engagement_id=engagement_id)
    assert (both.client_id, both.engagement_id) == (client_id, engagement_id)


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({}, "client_id", "Choose the client or the engagement"),
        ({"client_id": uuid.uuid4()}, "client_id", "That client no longer exists"),
        ({"engagement_id": uuid.uuid4()}, "engagement_id", "That engagement no longer exists"),
        ({"client_id": "x"}, "client_id", "No such record"),
    ],
)
def test_a_conflict_concerns_a_known_client_or_engagement(
    db: Session, fields: dict[str, Any], field: str, phrase: str
) -> None:
    refused(lambda: _conflict(db, **fields), db, field, phrase)


def test_the_engagement_must_be_the_clients_own(db: Session) -> None:
    client_id = _client(db)
    others = _engagement(db, _client(db, "Дмитрий Иванов"))
    refused(
        lambda: _conflict(db, client_id=client_id, engagement_id=others),
        db,
        "engagement_id",
        "That engagement is with another client.",
    )


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"kind": "awkward"}, "kind", "kind of conflict must be one of"),
        ({"kind": None}, "kind", "Choose the"),
        ({"description": " \n "}, "description", "description is required"),
        ({"description": None}, "description", "description is required"),
        ({"description": 7}, "description", "must be text"),
    ],
)
def test_conflict_rules(db: Session, fields: dict[str, Any], field: str, phrase: str) -> None:
    client_id = _client(db)
    refused(lambda: _conflict(db, client_id=client_id, **fields), db, field, phrase)


def test_update_conflict_audits_field_names_and_applies_the_rules(db: Session) -> None:
    client_id = _client(db)
    conflict = _conflict(db, client_id=client_id)
    engagement_id = _engagement(db, client_id)
    details = ConflictDetails(ConflictKind.OTHER, "Same board", client_id, engagement_id)
    changes = update_conflict(db, conflict.id, details)
    assert changes.tables == {"conflict"} and changes.ids == {conflict.id}
    db.refresh(conflict)
    assert (conflict.kind, conflict.description, conflict.engagement_id) == (
        ConflictKind.OTHER,
        "Same board",
        engagement_id,
    )
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert entry.fields == "description,engagement_id,kind"
    assert "Same board" not in _audit_text(db)
    elsewhere = ConflictDetails(
        ConflictKind.OTHER, "x", client_id, _engagement(db, _client(db, "Someone else"))
    )
    refused(lambda: update_conflict(db, conflict.id, elsewhere), db, "engagement_id", "another client")
    with pytest.raises(NotFound):
        update_conflict(db, uuid.uuid4(), details)


def test_proceeding_needs_safeguards(db: Session) -> None:
    conflict = _conflict(db, client_id=_client(db))
    refused(lambda: decide_conflict(db, conflict.id, PROCEED, "  ", MARCH_14), db, "safeguards", "Say which")
    changes = decide_conflict(
        db, conflict.id, "proceed_with_safeguards", "No sessions about her manager", MARCH_14
    )
    assert changes.tables == {"conflict"} and changes.ids == {conflict.id}
    db.refresh(conflict)
    assert (conflict.decision, conflict.safeguards, conflict.decided_on) == (
        PROCEED,
        "No sessions about her manager",
        MARCH_14,
    )
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.STATUS_CHANGED)).one()
    assert (entry.entity_id, entry.fields) == (conflict.id, "decided_on,decision,safeguards")
    assert "manager" not in _audit_text(db) and "proceed" not in _audit_text(db)


@pytest.mark.parametrize("decision", [DECLINE, REFER_ELSEWHERE])
def test_declining_or_referring_elsewhere_needs_no_safeguards(
    db: Session, decision: ConflictDecision
) -> None:
    conflict = _conflict(db, client_id=_client(db))
    decide_conflict(db, conflict.id, decision, "", MARCH_14)
    db.refresh(conflict)
    assert (conflict.decision, conflict.safeguards, conflict.decided_on) == (decision, "", MARCH_14)


@pytest.mark.parametrize(
    ("decision", "safeguards", "on", "field", "phrase"),
    [
        ("ignore", "", MARCH_14, "decision", "must be one of"),
        (None, "", MARCH_14, "decision", "Choose the"),
        (DECLINE, 5, MARCH_14, "safeguards", "must be text"),
        (DECLINE, "", None, "decided_on", "date of the decision is required"),
        (DECLINE, "", "next week", "decided_on", "date like"),
    ],
)
def test_decision_rules(
    db: Session, decision: Any, safeguards: Any, on: Any, field: str, phrase: str
) -> None:
    conflict = _conflict(db, client_id=_client(db))
    refused(lambda: decide_conflict(db, conflict.id, decision, safeguards, on), db, field, phrase)


def test_deciding_a_missing_conflict_is_not_found(db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        decide_conflict(db, uuid.uuid4(), DECLINE, "", MARCH_14)
    assert (caught.value.field, caught.value.message) == ("conflict_id", "That conflict no longer exists.")


def test_open_conflicts_are_the_undecided_ones_oldest_first(db: Session) -> None:
    client_id = _client(db)
    first, decided, last = (_conflict(db, client_id=client_id) for _ in range(3))
    decide_conflict(db, decided.id, REFER_ELSEWHERE, "", MARCH_1)
    assert [c.id for c in open_conflicts(db)] == [first.id, last.id]


def test_a_later_decision_replaces_the_earlier_one(db: Session) -> None:
    conflict = _conflict(db, client_id=_client(db))
    decide_conflict(db, conflict.id, PROCEED, "Separate notes", MARCH_1)
    decide_conflict(db, conflict.id, DECLINE, "", MARCH_14)
    db.refresh(conflict)
    assert (conflict.decision, conflict.safeguards, conflict.decided_on) == (DECLINE, "", MARCH_14)
    assert open_conflicts(db) == []


# Boundary incidents


def test_create_incident_stores_values_and_audits_without_them(db: Session) -> None:
    client_id = _client(db)
    incident = _incident(db, client_id, kind="contact_outside_agreed_hours", action_taken="Restated hours")
    assert (incident.client_id, incident.occurred_on, incident.kind, incident.action_taken) == (
        client_id,
        MARCH_14,
        BoundaryKind.CONTACT_OUTSIDE_AGREED_HOURS,
        "Restated hours",
    )
    entry = db.exec(select(AuditEntry).where(AuditEntry.entity == "boundary_incident")).one()
    assert (entry.entity_id, entry.action, entry.fields) == (incident.id, AuditAction.CREATED, "")
    for value in ("concert", "Restated", "2026", "outside"):
        assert value not in _audit_text(db)


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"client_id": uuid.uuid4()}, "client_id", "That client no longer exists"),
        ({"occurred_on": None}, "occurred_on", "date it happened is required"),
        ({"occurred_on": "last Tuesday"}, "occurred_on", "date like"),
        ({"occurred_on": date(1812, 1, 1)}, "occurred_on", "not a plausible date"),
        ({"kind": "rude"}, "kind", "kind of incident must be one of"),
        ({"description": ""}, "description", "description is required"),
        ({"action_taken": 1.5}, "action_taken", "action taken must be text"),
    ],
)
def test_incident_rules(db: Session, fields: dict[str, Any], field: str, phrase: str) -> None:
    client_id = _client(db)
    refused(lambda: _incident(db, client_id, **fields), db, field, phrase)


def test_update_incident_audits_field_names_and_applies_the_rules(db: Session) -> None:
    client_id = _client(db)
    incident = _incident(db, client_id)
    details = BoundaryIncidentDetails(
        client_id, MARCH_1, BoundaryKind.GIFT, "Offered tickets", "Declined politely"
    )
    changes = update_boundary_incident(db, incident.id, details)
    assert changes.tables == {"boundary_incident"} and changes.ids == {incident.id}
    db.refresh(incident)
    assert (incident.occurred_on, incident.action_taken) == (MARCH_1, "Declined politely")
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert entry.fields == "action_taken,description,occurred_on"
    assert "politely" not in _audit_text(db)
    undated = BoundaryIncidentDetails(client_id, None, BoundaryKind.GIFT, "x")
    refused(lambda: update_boundary_incident(db, incident.id, undated), db, "occurred_on", "is required")
    with pytest.raises(NotFound):
        update_boundary_incident(db, uuid.uuid4(), details)


def test_delete_incident_removes_it_and_audits_it(db: Session) -> None:
    incident = _incident(db, _client(db))
    changes = delete_boundary_incident(db, incident.id)
    assert changes.tables == {"boundary_incident"} and changes.ids == {incident.id}
    assert db.exec(select(BoundaryIncident)).all() == []
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.DELETED)).one()
    assert (entry.entity, entry.entity_id) == ("boundary_incident", incident.id)
    with pytest.raises(NotFound) as caught:
        delete_boundary_incident(db, incident.id)
    assert (caught.value.field, caught.value.message) == ("incident_id", "That incident no longer exists.")


# Arbitrary input


HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _stored_or_refused_cleanly(db: Session, call: Callable[[], object]) -> None:
    before = table_snapshot(db)
    try:
        call()
    except ValidationError as refused:
        event(f"refused: {refused.field}")
        assert table_snapshot(db) == before
    else:
        event("stored")


@HYPOTHESIS
@given(data=st.data())
def test_arbitrary_conflict_input(db: Session, data: st.DataObject) -> None:
    conflict = db.exec(select(Conflict)).first()
    if conflict is None:
        client_id = _client(db)
        conflict = _conflict(db, client_id=client_id, engagement_id=_engagement(db, client_id))
    details = ConflictDetails(
        kind=data.draw(mostly(st.sampled_from(ConflictKind))),
        description=data.draw(mostly(st.text())),
        client_id=data.draw(mostly(st.sampled_from([None, conflict.client_id]))),
        engagement_id=data.draw(mostly(st.sampled_from([None, conflict.engagement_id]))),
    )
    _stored_or_refused_cleanly(db, lambda: create_conflict(db, details))
    _stored_or_refused_cleanly(db, lambda: update_conflict(db, conflict.id, details))
    decision = data.draw(mostly(st.sampled_from(ConflictDecision)))
    safeguards = data.draw(mostly(st.text()))
    on = data.draw(mostly(st.dates(date(2000, 1, 1), date(2100, 12, 31))))
    _stored_or_refused_cleanly(db, lambda: decide_conflict(db, conflict.id, decision, safeguards, on))


@HYPOTHESIS
@given(data=st.data())
def test_arbitrary_incident_input(db: Session, data: st.DataObject) -> None:
    incident = db.exec(select(BoundaryIncident)).first() or _incident(db, _client(db))
    details = BoundaryIncidentDetails(
        client_id=data.draw(mostly(incident.client_id)),
        occurred_on=data.draw(mostly(MARCH_14)),
        kind=data.draw(mostly(st.sampled_from(BoundaryKind))),
        description=data.draw(mostly("Messaged at midnight")),
        action_taken=data.draw(ANYTHING),
    )
    _stored_or_refused_cleanly(db, lambda: create_boundary_incident(db, details))
    _stored_or_refused_cleanly(db, lambda: update_boundary_incident(db, incident.id, details))
