"""Note templates: shipped and own ones, an agreement's default, and filling the placeholders."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, col, select

from coachdesk.domain import Engagement, SessionStatus
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, update_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.goals import ActionItemDetails, GoalDetails, create_action_item, create_goal
from coachdesk.services.note_placeholders import fill, filled_template
from coachdesk.services.note_templates import (
    SHIPPED,
    add_note_template,
    agreement_template,
    copy_note_template,
    delete_note_template,
    find_template,
    note_templates,
    set_agreement_template,
    update_note_template,
)
from coachdesk.services.sessions import SessionDetails, create_session

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def test_the_shipped_templates_come_first_with_headings_and_placeholders(db: Session) -> None:
    found = note_templates(db)
    assert [t.name for t in found] == ["GROW", "CLEAR", "OSKAR", "Blank"]
    grow = found[0]
    assert grow.shipped
    for heading in ("## Goal", "## Reality", "## Options", "## Way forward"):
        assert heading in grow.body
    assert "{goals}" in grow.body and "{open_actions}" in grow.body
    assert "## Outcome" in found[2].body and "## Scaling" in found[2].body
    assert "## Contracting" in found[1].body


def test_own_templates_are_added_edited_copied_and_deleted_shipped_ones_stay(db: Session) -> None:
    own = _id(add_note_template(db, "Chemistry call", "## Why coaching now?\n"))
    assert [t.name for t in note_templates(db)][-1] == "Chemistry call"
    update_note_template(db, own, "First session", "## Hopes\n{client}")
    found = find_template(db, str(own))
    assert found is not None and found.name == "First session" and found.body == "## Hopes\n{client}"
    copy = _id(copy_note_template(db, "grow", "My GROW"))
    copied = find_template(db, str(copy))
    assert copied is not None and "## Reality" in copied.body and not copied.shipped
    with pytest.raises(ValidationError) as shipped:
        delete_note_template(db, "grow")
    assert shipped.value.field == "key"
    with pytest.raises(ValidationError):
        update_note_template(db, "clear", "CLEAR", "changed")
    with pytest.raises(ValidationError) as taken:
        add_note_template(db, "grow", "")
    assert taken.value.field == "name"
    with pytest.raises(ValidationError) as empty:
        add_note_template(db, "  ", "body")
    assert empty.value.field == "name"
    delete_note_template(db, own)
    assert find_template(db, str(own)) is None
    assert len(note_templates(db)) == len(SHIPPED) + 1


def test_an_agreement_keeps_its_default_template_until_that_template_is_deleted(
    db: Session, client_id: uuid.UUID
) -> None:
    engagement = _id(create_engagement(db, EngagementDetails(client_id=client_id, title="Leading")))
    assert agreement_template(db, engagement) is None
    set_agreement_template(db, engagement, "oskar")
    chosen = agreement_template(db, engagement)
    assert chosen is not None and chosen.name == "OSKAR"
    own = _id(add_note_template(db, "Mine", "x"))
    set_agreement_template(db, engagement, str(own))
    with pytest.raises(ValidationError) as unknown:
        set_agreement_template(db, engagement, str(uuid.uuid4()))
    assert unknown.value.field == "note_template"
    delete_note_template(db, own)
    assert agreement_template(db, engagement) is None
    found = db.get(Engagement, engagement)
    assert found is not None and found.note_template == ""


def test_placeholders_fill_from_the_client_the_agreement_and_its_sessions(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    update_client(db, client_id, ClientDetails(name="Zoë Ørsted", preferred_name="Zo"))
    engagement = _id(
        create_engagement(db, EngagementDetails(client_id=client_id, title="Leading", session_count=6))
    )
    for days, status in (
        (-14, SessionStatus.COMPLETED),
        (-7, SessionStatus.CANCELLED),
        (-3, SessionStatus.COMPLETED),
    ):
        create_session(
            db,
            SessionDetails(
                client_id=client_id,
                engagement_id=engagement,
                starts_at=START + timedelta(days=days),
                status=status,
            ),
        )
    create_goal(
        db, GoalDetails(client_id=client_id, engagement_id=engagement, statement="Delegate more", progress=40)
    )
    create_goal(db, GoalDetails(client_id=other_client_id, statement="Someone else's goal"))
    create_action_item(
        db, ActionItemDetails(client_id=client_id, description="Draft the plan", due_date=date(2026, 3, 9))
    )
    create_action_item(db, ActionItemDetails(client_id=other_client_id, description="Not hers"))
    body = "{client}, session {session_number} on {date}\n{goals}\n{open_actions}\n{mood} {client}"
    filled = filled_template(db, body, client_id, engagement, START)
    assert filled.text.startswith("Zo, session 3 of 6 on 2 March 2026\n")
    assert "- Delegate more (40%)" in filled.text
    assert "- Draft the plan (due 9 March 2026)" in filled.text
    assert "Someone else's goal" not in filled.text and "Not hers" not in filled.text
    assert filled.text.endswith("{mood} Zo")
    assert filled.unknown == ("mood",)


def test_braces_that_are_not_placeholders_are_left_alone() -> None:
    filled = fill("A set {1, 2} and {client} and {}", {"client": "Ana"})
    assert filled.text == "A set {1, 2} and Ana and {}"
    assert filled.unknown == ()


def test_the_demo_practice_has_a_template_of_the_coachs_own(db: Session) -> None:
    from coachdesk.services.demo import populate_demo

    populate_demo(db, date(2026, 11, 27))
    own = [t for t in note_templates(db) if not t.shipped]
    assert [t.name for t in own] == ["Career change check-in"]
    lukasz = db.exec(
        select(Engagement).where(col(Engagement.title) == "Career change into UX research")
    ).one()
    chosen = agreement_template(db, lukasz.id)
    assert chosen is not None and chosen.key == own[0].key
