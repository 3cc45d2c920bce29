"""What the client agreed to on the report's own date counts that day: an organisation's goal agreed
that morning is printed, one agreed the next day is not."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from coachdesk.domain import GoalOrigin
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.sponsor_report_pdf import sponsor_report_data
from tests.documents.acme_engagement import acme_engagement

TODAY = date(2026, 11, 27)


def test_an_organisations_goal_agreed_on_the_report_date_is_printed(db: Session) -> None:
    client, engagement = acme_engagement(db, sponsor_receives_goals=True)
    for statement, agreed in (("Cut costs", TODAY), ("Grow sales", date(2026, 11, 28))):
        create_goal(
            db, GoalDetails(client, statement, engagement, GoalOrigin.ORGANISATION, client_agreed_on=agreed)
        )
    report = sponsor_report_data(db, engagement, TODAY)
    assert report.goals is not None and [g.statement for g in report.goals] == ["Cut costs"]
