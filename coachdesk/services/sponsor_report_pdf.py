"""The sponsor report of a three-way engagement: only what its terms and the client's current consent
allow, refused without that consent."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from sqlmodel import Session, col, select

from coachdesk.documents.base import Letterhead, document_id
from coachdesk.documents.sponsor_report import (
    AttendanceLine,
    SponsorGoal,
    SponsorReportData,
    SponsorReportRenderer,
)
from coachdesk.domain import (
    Client,
    CoachingSession,
    Engagement,
    Goal,
    GoalOrigin,
    GoalStatus,
    Organisation,
    SessionStatus,
)
from coachdesk.services import validation as v
from coachdesk.services.consent_rules import sponsor_consent
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

__all__ = ["sponsor_consent", "sponsor_report_data", "sponsor_report_pdf"]

OUTCOMES = {
    SessionStatus.COMPLETED: "Held",
    SessionStatus.CANCELLED: "Cancelled",
    SessionStatus.NO_SHOW: "Did not attend",
    SessionStatus.SCHEDULED: "Scheduled",
}
ORIGIN_WORDS = {
    GoalOrigin.ORGANISATION: "Organisational",
    GoalOrigin.SHARED: "Shared",
    GoalOrigin.CLIENT: "Client's own",
}
STATUS_WORDS = {
    GoalStatus.ACTIVE: "In progress",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.DROPPED: "Set aside",
}


def _local_day(moment: datetime) -> date:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


def sponsor_report_data(
    db: Session,
    engagement_id: uuid.UUID | str,
    today: date,
    *,
    progress_summary: str = "",
    summary_agreed: bool = False,
    client_goals_agreed: bool = False,
) -> SponsorReportData:
    """What the report prints. Reads the engagement's own sessions (dates and whether they took place)
    and goals; never notes, summaries shared with the client, or other engagements."""
    day = v.required_date("today", today, label="date of the report")
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    if engagement.sponsor_id is None:
        raise ValidationError(
            "engagement_id", "This is a two-party agreement: there is no sponsor to report to."
        )
    if not (
        engagement.sponsor_receives_attendance
        or engagement.sponsor_receives_goals
        or engagement.sponsor_receives_progress_summary
    ):
        raise ValidationError(
            "engagement_id",
            "The agreement gives the sponsor no information (attendance, goals or a progress summary): "
            "there is nothing to report.",
        )
    organisation = fetch(db, Organisation, engagement.sponsor_id, field="sponsor_id", label="sponsor")
    consent = sponsor_consent(db, engagement, organisation.name, day)
    client = fetch(db, Client, engagement.client_id, field="client_id", label="client")
    profile = get_profile(db)
    if profile is None:
        raise ValidationError("profile", "Fill in your coach profile before writing a sponsor report.")
    summary = v.text("progress_summary", progress_summary, long=True)
    withheld: list[str] = []

    attendance: tuple[AttendanceLine, ...] | None = None
    if engagement.sponsor_receives_attendance:
        now = datetime.combine(day, time.max, tzinfo=UTC)
        rows = db.exec(
            select(CoachingSession.starts_at, CoachingSession.status)
            .where(CoachingSession.engagement_id == engagement.id, CoachingSession.starts_at <= now)
            .order_by(col(CoachingSession.starts_at))
        ).all()
        attendance = tuple(
            AttendanceLine(_local_day(at), OUTCOMES[SessionStatus(status)]) for at, status in rows
        )

    goals: tuple[SponsorGoal, ...] | None = None
    if engagement.sponsor_receives_goals:
        origins = [GoalOrigin.ORGANISATION, GoalOrigin.SHARED]
        if client_goals_agreed:
            origins.append(GoalOrigin.CLIENT)
        found = db.exec(
            select(Goal)
            .where(Goal.engagement_id == engagement.id, col(Goal.origin).in_(origins))
            .order_by(col(Goal.created_at))
        ).all()
        goals = tuple(
            SponsorGoal(g.statement, ORIGIN_WORDS[g.origin], STATUS_WORDS[g.status], g.progress)
            for g in found
        )

    progress: str | None = None
    if summary and not engagement.sponsor_receives_progress_summary:
        raise ValidationError(
            "progress_summary", "The agreement does not provide for a progress summary to the sponsor."
        )
    if engagement.sponsor_receives_progress_summary:
        if summary and summary_agreed:
            progress = summary
        elif summary:
            raise ValidationError(
                "summary_agreed",
                f"Confirm that {client.name} has read and agreed to the progress summary, or leave it out.",
            )
        else:
            withheld.append("No progress summary is included in this report.")
    return SponsorReportData(
        letterhead=Letterhead.from_profile(profile),
        document_id=document_id("SPR", engagement.id, datetime.combine(day, time())),
        report_date=day,
        client_name=client.name,
        sponsor_name=organisation.name,
        sponsor_contact=engagement.sponsor_contact_name or organisation.contact_name,
        engagement_title=engagement.title,
        period_start=engagement.start_date,
        period_end=engagement.end_date,
        consent_granted_on=consent.granted_on,
        consent_expires_on=consent.expires_on,
        attendance=attendance,
        sessions_agreed=engagement.session_count,
        goals=goals,
        progress_summary=progress,
        withheld=tuple(withheld),
        coach_qualifications=", ".join(x for x in (profile.credentials, profile.qualifications) if x),
    )


def sponsor_report_pdf(
    db: Session,
    engagement_id: uuid.UUID | str,
    today: date,
    *,
    progress_summary: str = "",
    summary_agreed: bool = False,
    client_goals_agreed: bool = False,
) -> bytes:
    """The report as PDF bytes (nothing recorded: ``services.document_export`` records an export)."""
    report = sponsor_report_data(
        db,
        engagement_id,
        today,
        progress_summary=progress_summary,
        summary_agreed=summary_agreed,
        client_goals_agreed=client_goals_agreed,
    )
    return SponsorReportRenderer(report).render()
