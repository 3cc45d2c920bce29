"""Queries over the sessions table (twenty years of notes) seek the index that narrows them most:
SQLite keeps no statistics, so an index that merely covers a query can be taken for it and read
whole. These pin the plans a large practice depends on."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from coachdesk.services.agreement_list import agreement_rows
from coachdesk.services.demo import populate_demo
from tests.services.checks import query_plans


def test_the_agreements_list_counts_each_engagements_sessions_by_the_engagement(db: Session) -> None:
    populate_demo(db, date(2026, 11, 27))
    plans = [plan for sql, plan in query_plans(db, lambda: agreement_rows(db)) if "coaching_session" in sql]
    searches = [step for plan in plans for step in plan.split("), (") if "coaching_session" in step]
    assert searches, plans
    # Each engagement's completed sessions: a seek on its engagement, not every completed session.
    assert all("engagement_id=?" in step for step in searches), searches
