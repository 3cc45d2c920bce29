"""The session list and the session editor's loads: rows, ranges, one client, pickers, action items."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event
from sqlmodel import Session

from coachdesk.domain import (
    ActionOwner,
    ConcernFlag,
    EngagementStatus,
    SessionFormat,
    SessionStatus,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.goals import ActionItemDetails, complete_action_item, create_action_item
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.session_list import (
    ClientChoice,
    SessionRow,
    action_item_rows,
    client_choices,
    default_session_minutes,
    engagement_choices,
    has_sessions,
    session_record,
    session_rows,
)
from coachdesk.services.sessions import (
    SessionDetails,
    amend_notes,
    create_session,
    delete_session,
    finalise_notes,
)
from coachdesk.vault import Vault

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(created: uuid.UUID | None) -> uuid.UUID:
    assert created is not None
    return created


def _session(db: Session, client: uuid.UUID, starts_at: datetime, **fields: object) -> uuid.UUID:
    details = SessionDetails(client_id=client, starts_at=starts_at, **fields)  # type: ignore[arg-type]
    return _id(create_session(db, details).created)


def _ids(rows: list[SessionRow]) -> list[uuid.UUID]:
    return [row.id for row in rows]


def test_rows_carry_what_the_list_shows(db: Session, client_id: uuid.UUID) -> None:
    engagement = _id(create_engagement(db, EngagementDetails(client_id=client_id, title="Leading")).created)
    plain = _session(db, client_id, MONDAY)
    rich = _session(
        db,
        client_id,
        MONDAY + timedelta(days=7),
        engagement_id=engagement,
        duration_minutes=90,
        format=SessionFormat.IN_PERSON,
        is_group=True,
        group_size=6,
        paid=False,
        status=SessionStatus.COMPLETED,
        private_notes="## Trust\nThe team.",
        concern_flags={ConcernFlag.LEGAL, ConcernFlag.MEDICAL},
    )
    finalise_notes(db, rich)
    first, second = session_rows(db)
    assert first == SessionRow(
        plain,
        client_id,
        "Zoë Ørsted",
        None,
        "",
        MONDAY,
        60,
        SessionFormat.VIDEO,
        SessionStatus.SCHEDULED,
        False,
        1,
        True,
        False,
        frozenset(),
        False,
    )
    assert second.id == rich
    assert (second.engagement_id, second.engagement_title) == (engagement, "Leading")
    assert second.starts_at == MONDAY + timedelta(days=7)
    assert second.starts_at.tzinfo is not None
    assert (second.duration_minutes, second.format, second.status) == (
        90,
        SessionFormat.IN_PERSON,
        SessionStatus.COMPLETED,
    )
    assert (second.is_group, second.group_size, second.paid) == (True, 6, False)
    assert (second.finalised, second.has_notes) == (True, True)
    assert second.concern_flags == {ConcernFlag.LEGAL, ConcernFlag.MEDICAL}


def test_rows_are_oldest_first_and_empty_without_sessions(db: Session, client_id: uuid.UUID) -> None:
    assert session_rows(db) == []
    assert not has_sessions(db)
    later = _session(db, client_id, MONDAY + timedelta(hours=3))
    earlier = _session(db, client_id, MONDAY)
    assert _ids(session_rows(db)) == [earlier, later]
    assert has_sessions(db)


def test_range_includes_its_start_and_excludes_its_end(db: Session, client_id: uuid.UUID) -> None:
    days = [_session(db, client_id, MONDAY + timedelta(days=n)) for n in range(5)]
    rows = session_rows(db, start=MONDAY + timedelta(days=1), end=MONDAY + timedelta(days=3))
    assert _ids(rows) == days[1:3]
    assert _ids(session_rows(db, start=MONDAY + timedelta(days=3))) == days[3:]
    assert _ids(session_rows(db, end=MONDAY + timedelta(days=1))) == days[:1]
    assert session_rows(db, start=MONDAY + timedelta(days=9)) == []


def test_range_compares_instants_whatever_the_time_zone(db: Session, client_id: uuid.UUID) -> None:
    tokyo = timezone(timedelta(hours=9))
    made = _session(db, client_id, datetime(2026, 3, 2, 18, 30, tzinfo=tokyo))  # 09:30 UTC
    assert _ids(session_rows(db, start=MONDAY + timedelta(minutes=30))) == [made]
    assert session_rows(db, start=MONDAY + timedelta(minutes=31)) == []
    assert session_rows(db, end=datetime(2026, 3, 2, 18, 30, tzinfo=tokyo)) == []


def test_naive_range_is_refused(db: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        session_rows(db, start=datetime(2026, 3, 2, 9, 0))  # naive: the mistake under test
    assert caught.value.field == "start"
    with pytest.raises(ValidationError) as caught:
        session_rows(db, end=datetime(2026, 3, 2, 9, 0))
    assert caught.value.field == "end"


def test_one_clients_sessions(db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID) -> None:
    mine = _session(db, client_id, MONDAY)
    theirs = _session(db, other_client_id, MONDAY + timedelta(hours=1))
    also_mine = _session(db, client_id, MONDAY + timedelta(days=1))
    assert _ids(session_rows(db, client_id=client_id)) == [mine, also_mine]
    assert _ids(session_rows(db, client_id=other_client_id)) == [theirs]
    assert [r.client_name for r in session_rows(db, client_id=other_client_id)] == ["Дмитрий Иванов"]
    assert _ids(session_rows(db, client_id=client_id, start=MONDAY + timedelta(hours=1))) == [also_mine]
    assert session_rows(db, client_id=uuid.uuid4()) == []


def test_deleted_engagement_leaves_the_row_without_a_title(db: Session, client_id: uuid.UUID) -> None:
    from coachdesk.services.engagements import delete_engagement

    engagement = _id(create_engagement(db, EngagementDetails(client_id=client_id, title="Leading")).created)
    _session(db, client_id, MONDAY, engagement_id=engagement)
    delete_engagement(db, engagement)
    [row] = session_rows(db)
    assert (row.engagement_id, row.engagement_title) == (None, "")


def _statements(vault: Vault, call: object) -> list[tuple[str, object]]:
    captured: list[tuple[str, object]] = []

    def grab(_conn: object, _cursor: object, statement: str, parameters: object, *_args: object) -> None:
        captured.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", grab)
    try:
        assert callable(call)
        call()
    finally:
        event.remove(vault.engine, "before_cursor_execute", grab)
    return captured


def test_rows_seek_the_index_of_their_filter(vault: Vault) -> None:
    with vault.session() as db:
        client = _id(create_client(db, ClientDetails(name="Zoë")).created)
        for n in range(3):
            _session(db, client, MONDAY + timedelta(days=n), private_notes="x" * 50)
        db.commit()
        for call, index in [
            (lambda: session_rows(db, start=MONDAY, end=MONDAY), "ix_coaching_session_starts_at"),
            (lambda: session_rows(db, client_id=client), "ix_coaching_session_client_status_start"),
        ]:
            [(statement, parameters)] = [
                found for found in _statements(vault, call) if "FROM coaching_session" in found[0]
            ]
            steps = vault.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)  # type: ignore[arg-type]
            plan = " ".join(step[3] for step in steps)
            assert index in plan
            assert "SCAN coaching_session" not in plan


# ----- the editor's loads --------------------------------------------------------------------------


def test_session_record_holds_the_form_notes_history_and_items(db: Session, client_id: uuid.UUID) -> None:
    engagement = _id(create_engagement(db, EngagementDetails(client_id=client_id, title="Leading")).created)
    made = _session(
        db,
        client_id,
        MONDAY,
        engagement_id=engagement,
        duration_minutes=45,
        format="phone",
        status="completed",
        private_notes="First thoughts.",
        shared_summary="Next: the board.",
        concern_flags={"financial"},
    )
    first_item = _id(
        create_action_item(
            db,
            ActionItemDetails(client_id=client_id, description="Draft the memo", session_id=made),
        ).created
    )
    second_item = _id(
        create_action_item(
            db,
            ActionItemDetails(
                client_id=client_id,
                description="Send the reading list",
                owner=ActionOwner.COACH,
                due_date=date(2026, 3, 9),
                session_id=made,
            ),
        ).created
    )
    complete_action_item(db, first_item, True)
    finalise_notes(db, made, MONDAY + timedelta(hours=2))
    amend_notes(db, made, "On reflection: the memo matters more.")

    record = session_record(db, made)
    assert (record.id, record.client_id, record.client_name) == (made, client_id, "Zoë Ørsted")
    assert record.engagement_id == engagement
    assert (record.starts_at, record.duration_minutes, record.format) == (MONDAY, 45, SessionFormat.PHONE)
    assert (record.status, record.private_notes, record.shared_summary) == (
        SessionStatus.COMPLETED,
        "First thoughts.",
        "Next: the board.",
    )
    assert record.concern_flags == {ConcernFlag.FINANCIAL}
    assert record.finalised_at == MONDAY + timedelta(hours=2)
    assert [a.text for a in record.amendments] == ["On reflection: the memo matters more."]
    # Open items first, done ones after.
    assert [i.id for i in record.action_items] == [second_item, first_item]
    second, first = record.action_items
    assert (second.owner, second.due_date, second.done) == (ActionOwner.COACH, date(2026, 3, 9), False)
    assert first.done and first.done_at is not None
    details = record.details()
    assert (details.client_id, details.engagement_id, details.private_notes) == (
        client_id,
        engagement,
        "First thoughts.",
    )


def test_session_record_of_a_deleted_session_is_not_found(db: Session, client_id: uuid.UUID) -> None:
    made = _session(db, client_id, MONDAY)
    delete_session(db, made)
    with pytest.raises(NotFound) as caught:
        session_record(db, made)
    assert caught.value.field == "session_id"


def test_action_item_rows_are_only_this_sessions(db: Session, client_id: uuid.UUID) -> None:
    one, two = _session(db, client_id, MONDAY), _session(db, client_id, MONDAY + timedelta(days=1))
    create_action_item(db, ActionItemDetails(client_id=client_id, description="Mine", session_id=one))
    create_action_item(db, ActionItemDetails(client_id=client_id, description="Other", session_id=two))
    create_action_item(db, ActionItemDetails(client_id=client_id, description="Loose"))
    assert [i.description for i in action_item_rows(db, one)] == ["Mine"]


def test_client_choices_sort_by_folded_name(db: Session) -> None:
    names = ["Zoë Ørsted", "émile Dubois", "Adam Brook", "Łukasz Nowak", "bea Carter"]
    ids = {name: _id(create_client(db, ClientDetails(name=name)).created) for name in names}
    choices = client_choices(db)
    assert [c.name for c in choices] == [
        "Adam Brook",
        "bea Carter",
        "émile Dubois",
        "Łukasz Nowak",
        "Zoë Ørsted",
    ]
    assert choices[0] == ClientChoice(ids["Adam Brook"], "Adam Brook")


def test_engagement_choices_put_the_likely_ones_first(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    def make(title: str, start: date | None, *path: EngagementStatus) -> uuid.UUID:
        details = EngagementDetails(client_id=client_id, title=title, start_date=start)
        made = _id(create_engagement(db, details).created)
        for status in path:
            set_engagement_status(db, made, status, date(2026, 1, 1))
        return made

    make("Old draft", date(2025, 1, 1))
    make("Active", date(2025, 6, 1), EngagementStatus.SENT, EngagementStatus.SIGNED, EngagementStatus.ACTIVE)
    make("Signed", date(2026, 2, 1), EngagementStatus.SENT, EngagementStatus.SIGNED)
    make("New draft", date(2026, 3, 1))
    make("Undated draft", None)
    create_engagement(db, EngagementDetails(client_id=other_client_id, title="Not theirs"))
    choices = engagement_choices(db, client_id)
    assert [c.title for c in choices] == ["Active", "Signed", "New draft", "Old draft", "Undated draft"]
    assert choices[0].status == EngagementStatus.ACTIVE
    assert engagement_choices(db, other_client_id)[0].title == "Not theirs"


def test_default_session_minutes_follows_the_profile(db: Session) -> None:
    assert default_session_minutes(db) == 60
    save_profile(db, ProfileDetails(name="Alex Moreau", default_session_minutes=50))
    assert default_session_minutes(db) == 50
