"""Goals and action items: rules, same-client links, completion, deletion, audit without values."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import (
    ActionItem,
    ActionOwner,
    AuditAction,
    AuditEntry,
    Goal,
    GoalOrigin,
    GoalStatus,
)
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.goals import (
    ActionItemDetails,
    GoalDetails,
    complete_action_item,
    create_action_item,
    create_goal,
    delete_action_item,
    delete_goal,
    update_action_item,
    update_goal,
)
from coachdesk.services.sessions import SessionDetails, create_session
from tests.services.checks import attempt as _attempt
from tests.services.checks import audit_text as _audit_text
from tests.services.checks import refused
from tests.services.conftest import table_snapshot

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(created: uuid.UUID | None) -> uuid.UUID:
    assert created is not None
    return created


def _engagement(db: Session, client: uuid.UUID) -> uuid.UUID:
    return _id(create_engagement(db, EngagementDetails(client_id=client, title="Programme")).created)


def _coaching_session(db: Session, client: uuid.UUID) -> uuid.UUID:
    return _id(create_session(db, SessionDetails(client_id=client, starts_at=START)).created)


def _goal_details(client: uuid.UUID, /, **fields: object) -> GoalDetails:
    return GoalDetails(**{"client_id": client, "statement": "Delegate the weekly report", **fields})  # type: ignore[arg-type]


def _goal(db: Session, client: uuid.UUID, /, **fields: object) -> uuid.UUID:
    return _id(create_goal(db, _goal_details(client, **fields)).created)


def _item_details(client: uuid.UUID, /, **fields: object) -> ActionItemDetails:
    return ActionItemDetails(**{"client_id": client, "description": "Ask for feedback", **fields})  # type: ignore[arg-type]


def _item(db: Session, client: uuid.UUID, /, **fields: object) -> uuid.UUID:
    return _id(create_action_item(db, _item_details(client, **fields)).created)


# ----- goals --------------------------------------------------------------------------------------


def test_create_goal_stores_values_and_audits(db: Session, client_id: uuid.UUID) -> None:
    engagement_id = _engagement(db, client_id)
    changes = create_goal(
        db,
        _goal_details(
            client_id,
            statement=" Lead the Puffin project ",
            engagement_id=engagement_id,
            origin="shared",
            measure_of_success="Puffin milestones met\n",
            status="achieved",
            progress=100,
        ),
    )
    assert changes.tables == frozenset({"goal"}) and changes.created in changes.ids
    goal = db.get(Goal, changes.created)
    assert goal is not None
    assert (
        goal.statement,
        goal.engagement_id,
        goal.origin,
        goal.measure_of_success,
        goal.status,
        goal.progress,
    ) == (
        "Lead the Puffin project",
        engagement_id,
        GoalOrigin.SHARED,
        "Puffin milestones met",
        GoalStatus.ACHIEVED,
        100,
    )
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity == "goal")).all()
    assert [(e.entity_id, e.action, e.fields) for e in entries] == [
        (changes.created, AuditAction.CREATED, "")
    ]
    assert "Puffin" not in _audit_text(db)


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"statement": " "}, "statement", "goal is required"),
        ({"statement": None}, "statement", "goal is required"),
        ({"client_id": uuid.uuid4()}, "client_id", "client no longer exists"),
        ({"engagement_id": uuid.uuid4()}, "engagement_id", "engagement no longer exists"),
        ({"origin": "boss"}, "origin", "must be one of"),
        ({"status": "done"}, "status", "must be one of"),
        ({"progress": -1}, "progress", "between 0 and 100"),
        ({"progress": 101}, "progress", "between 0 and 100"),
        ({"progress": "half"}, "progress", "whole number"),
        ({"progress": 50.5}, "progress", "whole number"),
        ({"measure_of_success": 3}, "measure_of_success", "must be text"),
    ],
)
def test_bad_goal_names_the_field_and_writes_nothing(
    db: Session, client_id: uuid.UUID, fields: dict[str, object], field: str, phrase: str
) -> None:
    refused(lambda: _goal(db, client_id, **fields), db, field, phrase)


def test_goal_in_another_clients_engagement_is_refused(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    theirs = _engagement(db, other_client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        _goal(db, client_id, engagement_id=theirs)
    assert (caught.value.field, "another client's" in caught.value.message) == ("engagement_id", True)
    assert table_snapshot(db) == before


def test_update_goal_audits_field_names_only(db: Session, client_id: uuid.UUID) -> None:
    goal_id = _goal(db, client_id)
    changes = update_goal(db, goal_id, _goal_details(client_id, statement="Albatross goal", progress=40))
    assert changes.ids == frozenset({goal_id})
    update = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert (update.entity, update.entity_id, update.fields) == ("goal", goal_id, "progress,statement")
    assert "Albatross" not in _audit_text(db) and "40" not in _audit_text(db)
    with pytest.raises(NotFound) as caught:
        update_goal(db, uuid.uuid4(), _goal_details(client_id))
    assert caught.value.field == "goal_id"


def test_update_goal_refuses_bad_input_and_writes_nothing(db: Session, client_id: uuid.UUID) -> None:
    goal_id = _goal(db, client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_goal(db, goal_id, _goal_details(client_id, statement="New", progress=200))
    assert caught.value.field == "progress"
    assert table_snapshot(db) == before


def test_goal_changes_client_only_without_action_items(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    goal_id = _goal(db, client_id)
    update_goal(db, goal_id, _goal_details(other_client_id))
    goal = db.get(Goal, goal_id)
    assert goal is not None and goal.client_id == other_client_id
    _item(db, other_client_id, goal_id=goal_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_goal(db, goal_id, _goal_details(client_id))
    assert (caught.value.field, "stays with its client" in caught.value.message) == ("client_id", True)
    assert table_snapshot(db) == before


def test_delete_goal_keeps_its_action_items_without_a_goal(db: Session, client_id: uuid.UUID) -> None:
    goal_id = _goal(db, client_id)
    item_id = _item(db, client_id, goal_id=goal_id)
    changes = delete_goal(db, goal_id)
    assert changes.tables == {"goal", "action_item"} and changes.ids == {goal_id, item_id}
    assert db.get(Goal, goal_id) is None
    item = db.get(ActionItem, item_id)
    assert item is not None and item.goal_id is None
    audit = {(e.entity, e.entity_id, e.action, e.fields) for e in db.exec(select(AuditEntry)).all()}
    assert {
        ("goal", goal_id, AuditAction.DELETED, ""),
        ("action_item", item_id, AuditAction.UPDATED, "goal_id"),
    } <= audit
    with pytest.raises(NotFound):
        delete_goal(db, goal_id)


# ----- action items -------------------------------------------------------------------------------


def test_create_action_item_stores_values_and_audits(db: Session, client_id: uuid.UUID) -> None:
    session_id = _coaching_session(db, client_id)
    goal_id = _goal(db, client_id)
    changes = create_action_item(
        db,
        _item_details(
            client_id,
            description=" Draft the Gannet memo ",
            owner="coach",
            due_date="2026-03-09",
            session_id=session_id,
            goal_id=goal_id,
        ),
    )
    assert changes.tables == frozenset({"action_item"}) and changes.created in changes.ids
    item = db.get(ActionItem, changes.created)
    assert item is not None
    assert (item.description, item.owner, item.due_date, item.session_id, item.goal_id, item.done) == (
        "Draft the Gannet memo",
        ActionOwner.COACH,
        date(2026, 3, 9),
        session_id,
        goal_id,
        False,
    )
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity == "action_item")).all()
    assert [(e.entity_id, e.action) for e in entries] == [(changes.created, AuditAction.CREATED)]
    assert "Gannet" not in _audit_text(db)


@pytest.mark.parametrize(
    ("fields", "field", "phrase"),
    [
        ({"description": ""}, "description", "action is required"),
        ({"description": "a\nb"}, "description", "one line"),
        ({"client_id": uuid.uuid4()}, "client_id", "client no longer exists"),
        ({"owner": "manager"}, "owner", "must be one of"),
        ({"due_date": "next week"}, "due_date", "date like"),
        ({"due_date": datetime(2026, 3, 9, tzinfo=UTC)}, "due_date", "must be a date"),
        ({"session_id": uuid.uuid4()}, "session_id", "session no longer exists"),
        ({"goal_id": uuid.uuid4()}, "goal_id", "goal no longer exists"),
        ({"goal_id": 17}, "goal_id", "No such record"),
    ],
)
def test_bad_action_item_names_the_field_and_writes_nothing(
    db: Session, client_id: uuid.UUID, fields: dict[str, object], field: str, phrase: str
) -> None:
    refused(lambda: _item(db, client_id, **fields), db, field, phrase)


@pytest.mark.parametrize("link", ["session_id", "goal_id"])
def test_action_item_linked_to_another_clients_record_is_refused(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID, link: str
) -> None:
    theirs = _coaching_session(db, other_client_id) if link == "session_id" else _goal(db, other_client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        _item(db, client_id, **{link: theirs})
    assert (caught.value.field, "another client's" in caught.value.message) == (link, True)
    assert table_snapshot(db) == before


def test_update_action_item_audits_field_names_only(db: Session, client_id: uuid.UUID) -> None:
    item_id = _item(db, client_id)
    update_action_item(
        db, item_id, _item_details(client_id, description="Call the Skua team", due_date=date(2026, 4, 1))
    )
    update = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).one()
    assert (update.entity, update.entity_id, update.fields) == (
        "action_item",
        item_id,
        "description,due_date",
    )
    assert "Skua" not in _audit_text(db) and "2026" not in _audit_text(db)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        update_action_item(db, item_id, _item_details(client_id, description="New", owner="nobody"))
    assert caught.value.field == "owner"
    assert table_snapshot(db) == before
    with pytest.raises(NotFound) as not_found:
        update_action_item(db, uuid.uuid4(), _item_details(client_id))
    assert not_found.value.field == "action_item_id"


def test_complete_and_reopen_action_item(db: Session, client_id: uuid.UUID) -> None:
    item_id = _item(db, client_id)
    at = datetime(2026, 3, 5, 18, 0, tzinfo=timezone(timedelta(hours=-5)))
    changes = complete_action_item(db, item_id, True, at)
    assert changes.ids == frozenset({item_id})
    item = db.get(ActionItem, item_id)
    assert item is not None and (item.done, item.done_at) == (True, at)
    complete_action_item(db, item_id, True)  # already done: keeps when it was done
    db.refresh(item)
    assert item.done_at == at
    complete_action_item(db, item_id, False)
    db.refresh(item)
    assert (item.done, item.done_at) == (False, None)
    earliest = datetime.now(UTC)
    complete_action_item(db, item_id, True)
    db.refresh(item)
    assert item.done and item.done_at is not None and earliest <= item.done_at <= datetime.now(UTC)
    entries = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATED)).all()
    assert [e.fields for e in entries] == ["done,done_at"] * 3


@pytest.mark.parametrize(
    ("done", "at", "field", "phrase"),
    [
        ("yes", None, "done", "yes or no"),
        (None, None, "done", "yes or no"),
        (True, datetime(2026, 3, 5, 18, 0), "at", "needs a time zone"),
        (True, date(2026, 3, 5), "at", "date and time"),
    ],
)
def test_complete_refuses_bad_input(
    db: Session, client_id: uuid.UUID, done: object, at: object, field: str, phrase: str
) -> None:
    item_id = _item(db, client_id)
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        complete_action_item(db, item_id, done, at)  # type: ignore[arg-type]
    assert (caught.value.field, phrase in caught.value.message) == (field, True)
    assert table_snapshot(db) == before
    with pytest.raises(NotFound):
        complete_action_item(db, uuid.uuid4(), True)


def test_delete_action_item(db: Session, client_id: uuid.UUID) -> None:
    item_id = _item(db, client_id)
    changes = delete_action_item(db, item_id)
    assert changes.tables == {"action_item"} and changes.ids == {item_id}
    assert db.get(ActionItem, item_id) is None
    entry = db.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.DELETED)).one()
    assert (entry.entity, entry.entity_id) == ("action_item", item_id)
    with pytest.raises(NotFound):
        delete_action_item(db, item_id)


# ----- arbitrary input ----------------------------------------------------------------------------

anything = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.uuids(),
    st.dates(),
    st.datetimes(timezones=st.one_of(st.none(), st.just(UTC))),
)


def or_anything(valid: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """Half the time a value of the right kind, half the time anything (not drowned by its branches)."""
    return st.booleans().flatmap(lambda right_kind: valid if right_kind else anything)


client_ref = or_anything(st.sampled_from(["CLIENT", "CLIENT", "OTHER"]))
goal_fields = st.fixed_dictionaries(
    {},
    optional={
        "client_id": client_ref,
        "engagement_id": or_anything(st.sampled_from(["ENGAGEMENT", "THEIR_ENGAGEMENT", None])),
        "statement": anything,
        "origin": or_anything(st.sampled_from(list(GoalOrigin))),
        "measure_of_success": anything,
        "status": or_anything(st.sampled_from(list(GoalStatus))),
        "progress": or_anything(st.integers(-5, 105)),
    },
)
item_fields = st.fixed_dictionaries(
    {},
    optional={
        "client_id": client_ref,
        "description": anything,
        "owner": or_anything(st.sampled_from(list(ActionOwner))),
        "due_date": or_anything(st.dates(date(2020, 1, 1), date(2030, 1, 1))),
        "session_id": or_anything(st.sampled_from(["SESSION", "THEIR_SESSION", None])),
        "goal_id": or_anything(st.sampled_from(["GOAL", "THEIR_GOAL", None])),
    },
)


def _resolve(
    db: Session, fields: dict[str, object], client: uuid.UUID, other: uuid.UUID
) -> dict[str, object]:
    wanted = {value for value in fields.values() if isinstance(value, str)}
    makers = {
        "CLIENT": lambda: client,
        "OTHER": lambda: other,
        "ENGAGEMENT": lambda: _engagement(db, client),
        "THEIR_ENGAGEMENT": lambda: _engagement(db, other),
        "SESSION": lambda: _coaching_session(db, client),
        "THEIR_SESSION": lambda: _coaching_session(db, other),
        "GOAL": lambda: _goal(db, client),
        "THEIR_GOAL": lambda: _goal(db, other),
    }
    ids = {name: make() for name, make in makers.items() if name in wanted}
    return {
        name: ids.get(value, value) if isinstance(value, str) else value for name, value in fields.items()
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=goal_fields)
def test_arbitrary_goals_raise_only_validation_errors(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID, fields: dict[str, object]
) -> None:
    details = dataclasses.replace(
        _goal_details(client_id), **_resolve(db, fields, client_id, other_client_id)
    )
    goal_id = _goal(db, client_id)
    _attempt(db, "create goal", lambda: create_goal(db, details))
    _attempt(db, "update goal", lambda: update_goal(db, goal_id, details))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=item_fields, done=or_anything(st.booleans()), at=or_anything(st.datetimes(timezones=st.just(UTC)))
)
def test_arbitrary_action_items_raise_only_validation_errors(
    db: Session,
    client_id: uuid.UUID,
    other_client_id: uuid.UUID,
    fields: dict[str, object],
    done: object,
    at: object,
) -> None:
    details = dataclasses.replace(
        _item_details(client_id), **_resolve(db, fields, client_id, other_client_id)
    )
    item_id = _item(db, client_id)
    _attempt(db, "create item", lambda: create_action_item(db, details))
    _attempt(db, "update item", lambda: update_action_item(db, item_id, details))
    _attempt(db, "complete item", lambda: complete_action_item(db, item_id, done, at))  # type: ignore[arg-type]
