"""What the sponsor report dialog offers: the client's own goals to pick, the consent's reach, and the
next three-way review (kept on the engagement)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, Engagement, Goal, GoalOrigin, Organisation
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.sponsor_report_pdf import sponsor_consent
from coachdesk.services.work import apply, fetch, transaction


@dataclass(frozen=True)
class ClientGoalChoice:
    """One of the client's own goals, which the coach may include when the client agreed."""

    id: uuid.UUID
    statement: str


@dataclass(frozen=True)
class SponsorReportOptions:
    """What the dialog shows before a report is written."""

    receives_goals: bool
    receives_summary: bool
    client_goals: tuple[ClientGoalChoice, ...]
    unagreed_goals: int  # the organisation's goals the client has not agreed to: left out
    next_review_on: date | None
    client_id: uuid.UUID  # whose consent the report rests on
    sponsor_name: str
    consent_problem: str  # why no report can be written today ("" when the consent is in force)
    consent_ends_on: date | None
    engagement_ends_on: date | None

    @property
    def consent_ends_early(self) -> bool:
        """The consent in force runs out before the engagement does (or the engagement has no end)."""
        if self.consent_ends_on is None:
            return False
        return self.engagement_ends_on is None or self.consent_ends_on < self.engagement_ends_on


def _three_way(db: Session, engagement_id: uuid.UUID | str) -> tuple[Engagement, Organisation]:
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    if engagement.sponsor_id is None:
        raise ValidationError(
            "engagement_id",
            phrase("services", "This is a two-party agreement: there is no sponsor to report to."),
        )
    return engagement, fetch(db, Organisation, engagement.sponsor_id, field="sponsor_id", label="sponsor")


def sponsor_report_options(db: Session, engagement_id: uuid.UUID | str, today: date) -> SponsorReportOptions:
    """The choices for a report dated ``today`` on the three-way engagement ``engagement_id``."""
    day = v.required_date("today", today, label="date of the report")
    engagement, organisation = _three_way(db, engagement_id)
    goals = db.exec(
        select(Goal).where(Goal.engagement_id == engagement.id).order_by(col(Goal.created_at))
    ).all()
    problem, ends_on = "", None
    try:
        ends_on = sponsor_consent(db, engagement, organisation.name, day).expires_on
    except ValidationError as error:
        problem = error.message
    return SponsorReportOptions(
        receives_goals=engagement.sponsor_receives_goals,
        receives_summary=engagement.sponsor_receives_progress_summary,
        client_goals=tuple(
            ClientGoalChoice(g.id, g.statement) for g in goals if g.origin is GoalOrigin.CLIENT
        ),
        unagreed_goals=sum(
            1
            for g in goals
            if g.origin is GoalOrigin.ORGANISATION
            and (g.client_agreed_on is None or g.client_agreed_on > day)
        ),
        next_review_on=engagement.next_review_on,
        client_id=engagement.client_id,
        sponsor_name=organisation.name,
        consent_problem=problem,
        consent_ends_on=ends_on,
        engagement_ends_on=engagement.end_date,
    )


def set_next_review(db: Session, engagement_id: uuid.UUID | str, on: date | None) -> Changes:
    """Plan the next three-way review of ``engagement_id`` for ``on`` (None: not planned); audited."""
    with transaction(db):
        engagement, _sponsor = _three_way(db, engagement_id)
        day = v.optional_date("next_review_on", on, label="date of the next three-way review")
        fields = apply(engagement, {"next_review_on": day})
        if fields:
            audit(db, engagement, AuditAction.UPDATED, fields)
    return changed("engagement", ids=(engagement.id,))
