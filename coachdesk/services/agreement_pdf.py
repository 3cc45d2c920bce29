"""The coaching agreement of an engagement, gathered from the vault and rendered as a PDF."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time

from sqlmodel import Session, col, select

from coachdesk.documents.agreement_data import (
    AgreementData,
    Amendment,
    DeclaredConflict,
    Party,
    Sponsor,
    Terms,
)
from coachdesk.documents.agreement_snapshot import load_agreement
from coachdesk.documents.letterhead import Letterhead, document_id
from coachdesk.domain import (
    AgreementAmendment,
    Client,
    Conflict,
    Engagement,
    EngagementStatus,
    Organisation,
    SignedAgreement,
)
from coachdesk.domain.engagement import clauses_off_set
from coachdesk.services import validation as v
from coachdesk.services.conflict_wording import safeguards_for, wording_for
from coachdesk.services.conflicts import CONFLICT_LABELS, conflicts_concerning
from coachdesk.services.document_language import chosen_language
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French"}
# Statuses whose agreement was signed: their reprint comes from the copy frozen at signing.
SIGNED_OR_LATER = frozenset(
    {
        EngagementStatus.SIGNED,
        EngagementStatus.ACTIVE,
        EngagementStatus.COMPLETED,
        EngagementStatus.TERMINATED,
    }
)


def _declared(db: Session, conflicts: list[Conflict], reader: uuid.UUID) -> tuple[DeclaredConflict, ...]:
    """The conflicts as the agreement of client ``reader`` prints them: the wording for the document
    (guarded against other clients' names), never the coach's internal description."""
    return tuple(
        DeclaredConflict(
            kind=CONFLICT_LABELS.get(str(c.kind), str(c.kind)),
            wording=wording_for(db, c, reader),
            decision=str(c.decision) if c.decision else None,
            safeguards=safeguards_for(db, c, reader),
        )
        for c in conflicts
    )


def live_agreement_data(
    db: Session, engagement: Engagement, today: date, language: str | None = None
) -> AgreementData:
    """The agreement as the engagement's terms stand now, dated ``today``, in ``language`` (None: the
    client's document language)."""
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
    # A signed agreement keeps the reference of the day it was signed.
    dated = e.signed_on if e.status in SIGNED_OR_LATER and e.signed_on else today
    return AgreementData(
        letterhead=letterhead,
        document_id=document_id("AGR", e.id, datetime.combine(dated, time())),
        created_on=dated,
        client=Party(client.name, tuple(line for line in client_details if line)),
        terms=terms,
        sponsor=sponsor,
        conflicts=_declared(db, conflicts_concerning(db, e), e.client_id),
        qualifications=profile.qualifications if profile else "",
        professional_body=profile.professional_body if profile else "",
        code_of_ethics=profile.code_of_ethics if profile else "",
        complaints_route=profile.complaints_route if profile else "",
        coach_details=tuple(line for line in coach_details if line),
        draft=e.status == EngagementStatus.DRAFT,
        signed_on=e.signed_on if e.status in SIGNED_OR_LATER else None,
        country=profile.country if profile else "",
        data_protection_authority=profile.data_protection_authority if profile else "",
        platforms=profile.platforms if profile else "",
        processors=profile.processors if profile else "",
        limitation_of_liability=profile.limitation_of_liability if profile else "",
        client_named_in_log=client.named_in_hours_log,
        clauses_off=tuple(sorted(clauses_off_set(e.clauses_off))),
        signature_place=e.signature_place,
        language=chosen_language(db, e.client_id, language),
    )


def _frozen(db: Session, engagement: Engagement) -> SignedAgreement | None:
    if engagement.status not in SIGNED_OR_LATER:
        return None
    query = select(SignedAgreement).where(SignedAgreement.engagement_id == engagement.id)
    return db.exec(query).first()


def _reprint(db: Session, engagement: Engagement, frozen: SignedAgreement, today: date) -> AgreementData:
    """The signed agreement from its frozen copy, with what was agreed or declared since signing."""
    data = load_agreement(frozen.data)
    later = [c for c in conflicts_concerning(db, engagement) if c.created_at > frozen.created_at]
    rows = db.exec(
        select(AgreementAmendment)
        .where(AgreementAmendment.engagement_id == engagement.id)
        .order_by(col(AgreementAmendment.agreed_on), col(AgreementAmendment.created_at))
    ).all()
    return replace(
        data,
        draft=False,
        signed_on=frozen.signed_on,
        copy_printed_on=today,
        amendments=tuple(Amendment(a.agreed_on, a.what_changed) for a in rows),
        conflicts_since_signing=_declared(db, later, engagement.client_id),
        clause_text=frozen.template_text,
    )


def agreement_data(
    db: Session, engagement_id: uuid.UUID | str, today: date, language: str | None = None
) -> AgreementData:
    """Everything the agreement of ``engagement_id`` prints on ``today``; NotFound if unknown.

    A signed agreement (signed, active, completed or terminated) prints as it was signed, from the
    copy kept at signing (in the language it was signed in: asking for another is a ValidationError
    naming ``language``), with the amendments agreed since; otherwise the terms as they stand, in
    ``language`` (None: the client's document language).
    """
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    frozen = _frozen(db, engagement)
    if frozen is None:
        return live_agreement_data(db, engagement, today, language)
    data = _reprint(db, engagement, frozen, today)
    chosen = v.document_language("language", language)
    if chosen is not None and chosen != data.language:
        raise ValidationError(
            "language",
            f"This agreement was signed in {LANGUAGE_NAMES[data.language]} and prints as it was signed; "
            f"it cannot be printed in {LANGUAGE_NAMES[chosen]}.",
        )
    return data


def agreement_pdf(
    db: Session, engagement_id: uuid.UUID | str, today: date, language: str | None = None
) -> bytes:
    """The agreement as PDF bytes (nothing recorded: ``services.document_export`` records an export).

    A signed agreement fills the clause text it was signed with, not today's template.
    """
    from coachdesk.documents.agreement import AgreementRenderer  # reportlab: only to draw

    return AgreementRenderer(agreement_data(db, engagement_id, today, language)).render()
