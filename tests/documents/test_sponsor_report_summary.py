"""A progress summary the client agreed to reaches the sponsor as written, several paragraphs long."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from coachdesk.services.sponsor_report_pdf import sponsor_report_data
from tests.documents.acme_engagement import acme_engagement

TODAY = date(2026, 11, 27)
SUMMARY = (
    "Zoë now delegates the weekly figures to her deputy and has kept her evenings free since October.\n\n"
    "She chairs the team meeting without preparing every slide herself; the team reports the meetings "
    "are shorter. The next step she chose is a first one-to-one with each new starter within a week of "
    "their arrival, which she has planned for January."
)


def test_a_long_summary_of_several_paragraphs_is_kept_as_the_client_agreed_it(db: Session) -> None:
    _client, engagement = acme_engagement(db, sponsor_receives_progress_summary=True)
    assert len(SUMMARY) > 300
    report = sponsor_report_data(db, engagement, TODAY, progress_summary=SUMMARY, summary_agreed=True)
    assert report.progress_summary == SUMMARY and report.withheld == ()
