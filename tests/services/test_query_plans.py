"""Queries over the sessions table (twenty years of notes) seek the index that narrows them most:
SQLite keeps no statistics, so an index that merely covers a query can be taken for it and read
whole. These pin the plans a large practice depends on."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from coachdesk.services.agreement_list import agreement_rows
from coachdesk.services.demo import populate_demo
from tests.services.checks import query_plans


def test_the_agreements_list_counts_sessions_on_the_start_index_without_reading_one(db: Session) -> None:
    populate_demo(db, date(2026, 11, 27))
    plans = [plan for sql, plan in query_plans(db, lambda: agreement_rows(db)) if "coaching_session" in sql]
    steps = [step for plan in plans for step in plan.split("), (") if "coaching_session" in step]
    assert steps, plans
    # Every engagement's completed sessions counted in one pass over the index that holds their
    # status and engagement: no session row, with its notes, is read (nor a seek per engagement).
    assert all("USING COVERING INDEX ix_coaching_session_starts_at" in step for step in steps), steps


def test_the_agreements_list_counts_each_engagements_completed_sessions(db: Session) -> None:
    populate_demo(db, date(2026, 11, 27))
    from sqlmodel import select

    from coachdesk.domain import CoachingSession, SessionStatus

    sessions = db.exec(select(CoachingSession)).all()
    rows = agreement_rows(db)
    assert any(row.sessions_done for row in rows)
    completed = [s.engagement_id for s in sessions if s.status == SessionStatus.COMPLETED]
    for row in rows:
        assert row.sessions_done == completed.count(row.id), row.title
