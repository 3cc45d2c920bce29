"""The coaching agreement of an engagement, gathered from the vault and rendered as a PDF."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlmodel import Session, col, or_, select

from coachdesk.documents.agreement import AgreementRenderer
from coachdesk.documents.agreement_data import AgreementData, DeclaredConflict, Party, Sponsor, Terms
from coachdesk.documents.base import Letterhead, document_id
from coachdesk.domain import (
    Client,
    Conflict,
    Engagement,
    EngagementStatus,
    Organisation,
)
from coachdesk.services.engagements import clauses_off_set
from coachdesk.services.errors import NotFound
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

CONFLICT_KINDS = {
    "same_organisation": "Another client at the same organisation",
    "client_is_sponsor_contact": "The client is also the sponsor’s contact",
    "referral_fee": "Referral fee",
    "personal_relationship": "Personal relationship",
    "professional_relationship": "Professional relationship",
    "financial_benefit": "Financial benefit",
    "other": "Other",
}


def _conflicts(db: Session, engagement: Engagement) -> tuple[DeclaredConflict, ...]:
    """Conflicts declared for this engagement, or for its client without naming an engagement."""
    rows = db.exec(
        select(Conflict)
        .where(
            or_(
                col(Conflict.engagement_id) == engagement.id,
                (col(Conflict.client_id) == engagement.client_id) & col(Conflict.engagement_id).is_(None),
            )
        )
        .order_by(col(Conflict.created_at))
    ).all()
    return tuple(
        DeclaredConflict(
            kind=CONFLICT_KINDS.get(str(c.kind), str(c.kind)),
            description=c.description,
            decision=str(c.decision) if c.decision else None,
            safeguards=c.safeguards,
        )
        for c in rows
    )


def agreement_data(db: Session, engagement_id: uuid.UUID | str, today: date) -> AgreementData:
    """Everything the agreement of ``engagement_id`` prints; NotFound for an unknown engagement."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    client = db.get(Client, engagement.client_id)
    if client is None:  # pragma: no cover - the foreign key cascades
        raise NotFound("engagement_id", "That engagement's client no longer exists.")
    sponsor = None
    if engagement.sponsor_id is not None:
        organisation = db.get(Organisation, engagement.sponsor_id)
        if organisation is None:  # pragma: no cover - the foreign key restricts
            raise NotFound("engagement_id", "That engagement's sponsor no longer exists.")
        sponsor = Sponsor(
            name=organisation.name,
            contact_name=engagement.sponsor_contact_name or organisation.contact_name,
            contact_role=organisation.contact_role
            if not engagement.sponsor_contact_name
            or engagement.sponsor_contact_name == organisation.contact_name
            else "",
            contact_email=engagement.sponsor_contact_email or organisation.contact_email,
        )
    profile = get_profile(db)
    letterhead = Letterhead.from_profile(profile)
    coach_details: list[str] = []
    if profile is not None:
        coach_details = [
            profile.practice_name,
            ", ".join(line.strip() for line in profile.address.splitlines() if line.strip()),
            profile.email,
            profile.phone,
        ]
    e = engagement
    terms = Terms(
        title=e.title,
        start_date=e.start_date,
        end_date=e.end_date,
        session_count=e.session_count,
        session_minutes=e.session_minutes,
        format=str(e.format),
        fee_minor=e.fee_minor,
        currency=e.currency,
        fee_basis=str(e.fee_basis),
        payer=str(e.payer),
        payment_terms=e.payment_terms,
        cancellation_policy=e.cancellation_policy,
        confidentiality_terms=e.confidentiality_terms,
        sponsor_receives_attendance=e.sponsor_receives_attendance and sponsor is not None,
        sponsor_receives_goals=e.sponsor_receives_goals and sponsor is not None,
        sponsor_receives_progress_summary=e.sponsor_receives_progress_summary and sponsor is not None,
        contact_channels=e.contact_channels,
        contact_hours=e.contact_hours,
        response_time=e.response_time,
        gifts_policy=e.gifts_policy,
        notice_days=e.termination_notice_days,
        vat=str(e.vat),
        three_way_meetings=e.three_way_meetings if sponsor is not None else "",
    )
    client_details = [client.role, client.email]
    return AgreementData(
        letterhead=letterhead,
        document_id=document_id("AGR", e.id, datetime.combine(today, time())),
        created_on=today,
        client=Party(client.name, tuple(line for line in client_details if line)),
        terms=terms,
        sponsor=sponsor,
        conflicts=_conflicts(db, e),
        qualifications=profile.qualifications if profile else "",
        professional_body=profile.professional_body if profile else "",
        code_of_ethics=profile.code_of_ethics if profile else "",
        complaints_route=profile.complaints_route if profile else "",
        coach_details=tuple(line for line in coach_details if line),
        draft=e.status == EngagementStatus.DRAFT,
        country=profile.country if profile else "",
        data_protection_authority=profile.data_protection_authority if profile else "",
        platforms=profile.platforms if profile else "",
        processors=profile.processors if profile else "",
        limitation_of_liability=profile.limitation_of_liability if profile else "",
        client_named_in_log=client.named_in_hours_log,
        clauses_off=tuple(sorted(clauses_off_set(e.clauses_off))),
        signature_place=e.signature_place,
    )


def agreement_pdf(db: Session, engagement_id: uuid.UUID | str, today: date) -> bytes:
    """The agreement as PDF bytes (nothing recorded: ``services.document_export`` records an export)."""
    return AgreementRenderer(agreement_data(db, engagement_id, today)).render()
