"""The sponsor report refuses, with a message naming the reason, whatever its terms or the consent do not
allow: nothing to report, a summary the client has not agreed to, a consent not in force on the day."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.domain import Engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.sponsor_report_pdf import sponsor_report_data, sponsor_report_pdf
from tests.documents.acme_engagement import acme_engagement, sponsor_consent

TODAY = date(2026, 11, 27)


def _three_way(
    db: Session, *, profile: bool = True, attendance: bool = False, summary: bool = False
) -> tuple[uuid.UUID, uuid.UUID]:
    """A client of Acme Ltd and their three-way engagement, no consent yet; (client, engagement)."""
    return acme_engagement(
        db,
        profile=profile,
        consent_from=None,
        sponsor_receives_attendance=attendance,
        sponsor_receives_progress_summary=summary,
    )


def _refusal(call: object) -> ValidationError:
    assert callable(call)
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value


def test_terms_that_give_the_sponsor_nothing_are_refused_before_anything_is_read(db: Session) -> None:
    client, engagement = _three_way(db)
    sponsor_consent(db, client, date(2026, 9, 1))
    refused = _refusal(lambda: sponsor_report_data(db, engagement, TODAY))
    assert refused.field == "engagement_id" and "there is nothing to report" in refused.message


def test_the_pdf_leaves_a_summary_out_unless_the_client_agreed_to_it(db: Session) -> None:
    client, engagement = _three_way(db, summary=True)
    sponsor_consent(db, client, date(2026, 9, 1))
    refused = _refusal(lambda: sponsor_report_pdf(db, engagement, TODAY, progress_summary="Delegates more"))
    assert refused.field == "summary_agreed"
    assert "Confirm that Zoë Ørsted has read and agreed to the progress summary" in refused.message
    assert sponsor_report_data(db, engagement, TODAY).withheld == (
        "No progress summary is included in this report.",
    )


def test_a_consent_given_after_the_report_date_is_named_with_its_first_day(db: Session) -> None:
    client, engagement = _three_way(db, attendance=True)
    sponsor_consent(db, client, date(2026, 12, 1))
    refused = _refusal(lambda: sponsor_report_pdf(db, engagement, TODAY))
    assert refused.field == "consent_id"
    assert "consent to share information with Acme Ltd is only given from 2026-12-01" in refused.message
    assert refused.message.endswith("Date the report on or after that day.")
    assert sponsor_report_pdf(db, engagement, date(2026, 12, 1)).startswith(b"%PDF")


def test_an_expired_consent_is_named_with_the_day_it_ended(db: Session) -> None:
    client, engagement = _three_way(db, attendance=True)
    sponsor_consent(db, client, date(2026, 9, 1), expires_on=date(2026, 11, 26))
    refused = _refusal(lambda: sponsor_report_data(db, engagement, TODAY))
    assert refused.field == "consent_id"
    assert "consent to share information with Acme Ltd expired on 2026-11-26" in refused.message
    assert sponsor_report_data(db, engagement, date(2026, 11, 26)).consent_expires_on == date(2026, 11, 26)


def test_without_a_coach_profile_the_report_asks_for_one(db: Session) -> None:
    client, engagement = _three_way(db, profile=False, attendance=True)
    sponsor_consent(db, client, date(2026, 9, 1))
    refused = _refusal(lambda: sponsor_report_data(db, engagement, TODAY))
    assert refused.field == "profile" and "Fill in your coach profile" in refused.message


def test_goals_cannot_be_picked_when_the_terms_give_the_sponsor_none(db: Session) -> None:
    client, engagement = _three_way(db, attendance=True)
    sponsor_consent(db, client, date(2026, 9, 1))
    refused = _refusal(lambda: sponsor_report_data(db, engagement, TODAY, client_goal_ids=[uuid.uuid4()]))
    assert refused.field == "client_goal_ids" and "does not provide for goals" in refused.message
    stored = db.get(Engagement, engagement)
    assert stored is not None and not stored.sponsor_receives_goals
