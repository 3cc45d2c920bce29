"""The sponsor report of a three-way engagement: only what its terms and the client's current consent
allow, refused without that consent."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime, time

from sqlmodel import Session, col, select

from coachdesk.documents.letterhead import Letterhead, document_id
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
from coachdesk.services.document_language import chosen_language
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

__all__ = ["sponsor_consent", "sponsor_report_data", "sponsor_report_pdf"]

# The words are English keys: the report prints them in its language (documents/…/sponsor_report.po).
# Only what has happened: a scheduled session is a plan between coach and client, not attendance.
OUTCOMES = {
    SessionStatus.COMPLETED: "Held",
    SessionStatus.CANCELLED: "Cancelled",
    SessionStatus.LATE_CANCELLED: "Cancelled late",
    SessionStatus.NO_SHOW: "Did not attend",
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


def _attendance(
    db: Session, engagement: Engagement, day: date
) -> tuple[tuple[AttendanceLine, ...], int | None]:
    """The sessions up to ``day`` that were held, cancelled or missed, and how many agreed remain."""
    now = datetime.combine(day, time.max, tzinfo=UTC)
    rows = db.exec(
        select(CoachingSession.starts_at, CoachingSession.status)
        .where(
            CoachingSession.engagement_id == engagement.id,
            CoachingSession.starts_at <= now,
            col(CoachingSession.status).in_(list(OUTCOMES)),
        )
        .order_by(col(CoachingSession.starts_at))
    ).all()
    lines = tuple(AttendanceLine(_local_day(at), OUTCOMES[SessionStatus(status)]) for at, status in rows)
    remaining = None
    if engagement.session_count:
        # A session the client did not attend is used; a cancelled one is not.
        used = sum(1 for line in lines if line.outcome != OUTCOMES[SessionStatus.CANCELLED])
        remaining = max(0, engagement.session_count - used)
    return lines, remaining


def progress_words(goal: Goal) -> str:
    """A goal's progress as the sponsor may read it: the client's agreed words, else the percentage
    where the client agreed to share it, else nothing."""
    if goal.sponsor_progress:
        return goal.sponsor_progress
    if goal.sponsor_sees_percent:
        return f"{goal.progress}%"
    return "Not reported"


def _agreed(goal: Goal, day: date) -> bool:
    """Whether the client's agreement to the goal is on record by ``day``."""
    if goal.origin is GoalOrigin.ORGANISATION:
        return goal.client_agreed_on is not None and goal.client_agreed_on <= day
    # A shared goal is recorded as the client's and the organisation's alike; the client's own goals
    # are chosen one by one for each report.
    return goal.origin is GoalOrigin.SHARED


def _goals(
    db: Session, engagement: Engagement, day: date, client_goal_ids: Collection[uuid.UUID | str]
) -> tuple[SponsorGoal, ...]:
    """The goals the sponsor may read: those with the client's recorded agreement, and the client's
    own goals the client agreed to share in this report.

    An organisation's goal the client has not agreed to is left out, not printed as "not yet agreed
    by the client": that line would tell the sponsor where the client stands on its aims, which the
    client has not agreed to share. Only information agreed among the parties is exchanged, with the
    strictest confidentiality towards each of them (ICF Code of Ethics 2025, standards 2.1 and 2.2;
    EMCC Global Code, Working with clients: contracting and confidentiality). The report says that
    only goals the client agreed to appear, so no absence reads as dropped; a difference between the
    sponsor's aims and the client's is raised in the next three-way review instead.
    """
    found = db.exec(
        select(Goal).where(Goal.engagement_id == engagement.id).order_by(col(Goal.created_at))
    ).all()
    chosen = _client_goal_ids(found, client_goal_ids)
    return tuple(
        SponsorGoal(g.statement, ORIGIN_WORDS[g.origin], STATUS_WORDS[g.status], progress_words(g))
        for g in found
        if _agreed(g, day) or g.id in chosen
    )


def _client_goal_ids(goals: Sequence[Goal], picked: Collection[uuid.UUID | str]) -> set[uuid.UUID]:
    """The picked ids, each one of this engagement's goals of the client's own."""
    own = {g.id for g in goals if g.origin is GoalOrigin.CLIENT}
    chosen: set[uuid.UUID] = set()
    for value in picked:
        try:
            goal_id = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            goal_id = None
        if goal_id is None or goal_id not in own:
            raise ValidationError(
                "client_goal_ids", "Choose only the client's own goals of this engagement to share."
            )
        chosen.add(goal_id)
    return chosen


def sponsor_report_data(
    db: Session,
    engagement_id: uuid.UUID | str,
    today: date,
    *,
    progress_summary: str = "",
    summary_agreed: bool = False,
    client_goal_ids: Collection[uuid.UUID | str] = (),
    language: str | None = None,
) -> SponsorReportData:
    """What the report prints. Reads the engagement's own sessions (dates and whether they took place)
    and goals; never notes, summaries shared with the client, or other engagements.

    ``client_goal_ids`` are the client's own goals the client agreed to share in this report. The
    report prints in ``language``, else in the client's document language: it is about the client's
    engagement, and the client reads it too."""
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
    remaining: int | None = None
    if engagement.sponsor_receives_attendance:
        attendance, remaining = _attendance(db, engagement, day)

    goals: tuple[SponsorGoal, ...] | None = None
    if engagement.sponsor_receives_goals:
        goals = _goals(db, engagement, day, client_goal_ids)
    elif client_goal_ids:
        raise ValidationError("client_goal_ids", "The agreement does not provide for goals to the sponsor.")

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
        sessions_remaining=remaining,
        goals=goals,
        progress_summary=progress,
        next_review_on=engagement.next_review_on,
        withheld=tuple(withheld),
        coach_qualifications=", ".join(x for x in (profile.credentials, profile.qualifications) if x),
        language=chosen_language(db, client.id, language),
    )


def sponsor_report_pdf(
    db: Session,
    engagement_id: uuid.UUID | str,
    today: date,
    *,
    progress_summary: str = "",
    summary_agreed: bool = False,
    client_goal_ids: Collection[uuid.UUID | str] = (),
    language: str | None = None,
) -> bytes:
    """The report as PDF bytes (nothing recorded: ``services.document_export`` records an export)."""
    report = sponsor_report_data(
        db,
        engagement_id,
        today,
        progress_summary=progress_summary,
        summary_agreed=summary_agreed,
        client_goal_ids=client_goal_ids,
        language=language,
    )
    return SponsorReportRenderer(report).render()
