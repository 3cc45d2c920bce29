"""Session prep (the coach's own page) and the client recap (summary and action items, never notes)."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from coachdesk.domain import OWN_USE, OutboundBasis, OutboundChannel, OutboundEntry, SessionStatus
from coachdesk.services.changes import Changes
from coachdesk.services.client_recap import recap_data, recap_document, recap_mail, record_mail_draft
from coachdesk.services.clients import ClientDetails, update_client
from coachdesk.services.consent_filter import clear_to_leave
from coachdesk.services.document_export import export_document
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.goals import ActionItemDetails, GoalDetails, create_action_item, create_goal
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.services.session_prep import session_prep, session_prep_document
from coachdesk.services.sessions import SessionDetails, create_session

TODAY = date(2026, 3, 9)
NEXT = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
SECRET = "PRIVATE-PHRASE-Kestrel-42"


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def practice(db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID) -> dict[str, uuid.UUID]:
    update_client(
        db, client_id, ClientDetails(name="Zoë Ørsted", preferred_name="Zoë", email="zoe@example.com")
    )
    engagement = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client_id, title="Leading the new team", session_count=6, end_date=date(2026, 6, 30)
            ),
        )
    )
    ids = {"client": client_id, "engagement": engagement}
    for n, summary in enumerate(("First themes.", "We looked at delegation & trust.")):
        ids[f"held{n}"] = _id(
            create_session(
                db,
                SessionDetails(
                    client_id=client_id,
                    engagement_id=engagement,
                    starts_at=NEXT - timedelta(days=14 - 7 * n),
                    status=SessionStatus.COMPLETED,
                    private_notes=f"{SECRET} seemed anxious about her manager.",
                    shared_summary=summary,
                ),
            )
        )
    create_action_item(
        db,
        ActionItemDetails(
            client_id=client_id,
            session_id=ids["held1"],
            description="Delegate the budget review",
            due_date=TODAY,
        ),
    )
    create_goal(
        db, GoalDetails(client_id=client_id, engagement_id=engagement, statement="Build trust", progress=30)
    )
    other = _id(create_engagement(db, EngagementDetails(client_id=other_client_id, title="Other")))
    create_session(
        db,
        SessionDetails(
            client_id=other_client_id,
            engagement_id=other,
            starts_at=NEXT - timedelta(days=3),
            status=SessionStatus.COMPLETED,
            shared_summary="Дмитрий's summary",
        ),
    )
    create_action_item(db, ActionItemDetails(client_id=other_client_id, description="Дмитрий's action"))
    return ids


def test_prep_holds_the_last_shared_summary_open_actions_goals_and_what_is_left(
    db: Session, practice: dict[str, uuid.UUID]
) -> None:
    prep = session_prep(db, practice["client"], practice["engagement"], NEXT, TODAY)
    assert prep.session_number == "3 of 6"
    assert prep.last_summary == "We looked at delegation & trust."
    assert prep.last_session == "2 March 2026"
    assert [i.text for i in prep.open_actions] == ["Delegate the budget review (due 9 March 2026)"]
    assert [g.text for g in prep.goals] == ["Build trust: 30%"]
    assert (
        prep.agreement
        == "Leading the new team: 2 of 6 sessions held, 4 left; ends 30 June 2026 (in 16 weeks)"
    )
    text = _pdf_text(
        session_prep_document(practice["client"], practice["engagement"], NEXT, TODAY).render(db)
    )
    for expected in (
        "Session prep: Zoë Ørsted",
        "delegation & trust",
        "Delegate the budget review",
        "4 left",
    ):
        assert expected in text
    assert SECRET not in text and "Дмитрий" not in text


def test_prep_leaves_only_for_the_coachs_own_use(
    db: Session, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    source = session_prep_document(practice["client"], practice["engagement"], NEXT, TODAY)
    assert clear_to_leave(db, source).recipient == OWN_USE
    with pytest.raises(ValidationError) as refused:
        clear_to_leave(db, source, recipient="Zoë Ørsted")
    assert refused.value.field == "recipient" and "own use" in refused.value.message
    export_document(db, tmp_path / "prep.pdf", source.render(db), source)
    entry = db.exec(select(OutboundEntry)).one()
    assert (entry.basis, entry.recipient, entry.channel) == (
        OutboundBasis.OWN_USE,
        OWN_USE,
        OutboundChannel.FILE,
    )


def test_the_recap_holds_the_shared_summary_and_action_items_never_private_notes(
    db: Session, practice: dict[str, uuid.UUID]
) -> None:
    data = recap_data(db, practice["held1"], TODAY)
    assert data.summary == "We looked at delegation & trust."
    assert [a.text for a in data.actions] == ["Delegate the budget review (by 9 March 2026)"]
    text = _pdf_text(recap_document(practice["held1"], TODAY).render(db))
    assert "delegation & trust" in text and "Delegate the budget review" in text and "Zoë" in text
    mail = recap_mail(db, practice["held1"], TODAY)
    assert mail.url.startswith("mailto:zoe@example.com?subject=")
    body = unquote(mail.url.split("&body=", 1)[1])
    assert "Dear Zoë," in body and "delegation & trust" in body and "\r\n" in body
    for leaked in (SECRET, "anxious", "Дмитрий", "First themes"):
        assert leaked not in text and leaked not in body and leaked not in mail.subject


def test_a_mail_draft_is_recorded_to_the_client_under_the_agreement(
    db: Session, practice: dict[str, uuid.UUID]
) -> None:
    mail = recap_mail(db, practice["held1"], TODAY)
    record_mail_draft(db, practice["held1"], mail, TODAY)
    entry = db.exec(select(OutboundEntry)).one()
    assert (entry.channel, entry.basis, entry.recipient, entry.entity_id) == (
        OutboundChannel.MAIL_DRAFT,
        OutboundBasis.AGREEMENT,
        "Zoë Ørsted",
        practice["held1"],
    )
    line = ledger_lines(db)[0]
    assert line.what == "Session recap" and line.clients == ("Zoë Ørsted",)


def test_a_recap_goes_to_its_client_only_and_needs_an_agreement_and_something_to_say(
    db: Session, practice: dict[str, uuid.UUID]
) -> None:
    with pytest.raises(ValidationError) as other:
        clear_to_leave(db, recap_document(practice["held1"], TODAY), recipient="Ingrid Haugen")
    assert other.value.field == "recipient"
    loose = _id(
        create_session(
            db,
            SessionDetails(
                client_id=practice["client"],
                starts_at=NEXT,
                shared_summary="Something",
                status=SessionStatus.COMPLETED,
            ),
        )
    )
    with pytest.raises(ValidationError) as unbound:
        clear_to_leave(db, recap_document(loose, TODAY))
    assert unbound.value.field == "engagement_id"
    empty = _id(
        create_session(
            db,
            SessionDetails(
                client_id=practice["client"], engagement_id=practice["engagement"], starts_at=NEXT
            ),
        )
    )
    with pytest.raises(ValidationError) as nothing:
        recap_data(db, empty, TODAY)
    assert nothing.value.field == "shared_summary"
