"""The agreement list, what the agreement editor reads (an engagement's form, the choices), exports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    Client,
    CoachingSession,
    Engagement,
    EngagementStatus,
    FeeBasis,
    Goal,
    Organisation,
    Payer,
    SessionStatus,
)
from coachdesk.domain.engagement import clauses_off_set
from coachdesk.services.engagements import EngagementDetails, terms_changed_since_signing
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class AgreementRow:
    """One line of the agreement list."""

    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    title: str
    sponsor: str  # the sponsoring organisation's name; '' for a two-party agreement
    three_way: bool
    status: EngagementStatus
    start_date: date | None
    end_date: date | None
    sent_on: date | None
    signed_on: date | None
    sessions_planned: int | None  # None: as agreed
    sessions_done: int
    fee_minor: int
    currency: str
    fee_basis: FeeBasis
    payer: Payer


# Completed sessions by engagement, in one pass over the start index: it holds every session's
# status and engagement, so no session is read with its notes (counting each engagement's sessions
# on the engagement index reads every one of them to see its status).
_DONE = (
    "SELECT engagement_id, count(*) FROM coaching_session INDEXED BY ix_coaching_session_starts_at"
    " WHERE status = ? AND engagement_id IS NOT NULL GROUP BY engagement_id"
)


def agreement_rows(db: Session) -> list[AgreementRow]:
    """Every engagement with its client, sponsor and completed sessions."""
    connection = db.connection()
    counted = connection.exec_driver_sql(_DONE, (SessionStatus.COMPLETED.value,)).fetchall()
    done: dict[str, int] = dict(counted)  # by engagement, as stored
    e = Engagement
    query = (
        sa.select(
            col(e.id),
            col(e.client_id),
            col(Client.name),
            col(e.title),
            col(Organisation.name),
            col(e.status),
            col(e.start_date),
            col(e.end_date),
            col(e.sent_on),
            col(e.signed_on),
            col(e.session_count),
            col(e.fee_minor),
            col(e.currency),
            col(e.fee_basis),
            col(e.payer),
        )
        .join(Client, col(e.client_id) == Client.id)
        .join(Organisation, col(e.sponsor_id) == Organisation.id, isouter=True)
        .order_by(sa.func.lower(Client.name), col(e.start_date).desc(), col(e.created_at))
    )
    return [
        AgreementRow(
            id=r[0],
            client_id=r[1],
            client_name=r[2],
            title=r[3],
            sponsor=r[4] or "",
            three_way=r[4] is not None,
            status=EngagementStatus(r[5]),
            start_date=r[6],
            end_date=r[7],
            sent_on=r[8],
            signed_on=r[9],
            sessions_planned=r[10],
            sessions_done=done.get(r[0].hex, 0),
            fee_minor=r[11],
            currency=r[12],
            fee_basis=FeeBasis(r[13]),
            payer=Payer(r[14]),
        )
        for r in connection.execute(query)
    ]


@dataclass(frozen=True)
class AgreementClientChoice:
    """A client the agreement can be with."""

    id: uuid.UUID
    name: str
    organisation_id: uuid.UUID | None


@dataclass(frozen=True)
class SponsorChoice:
    """An organisation that can sponsor the agreement, with the contact printed when none is given."""

    id: uuid.UUID
    name: str
    contact_name: str
    contact_email: str


@dataclass(frozen=True)
class EditorChoices:
    """What the agreement editor offers: clients, sponsors, and the currency to start a new one in."""

    clients: tuple[AgreementClientChoice, ...]
    sponsors: tuple[SponsorChoice, ...]
    # The profile's default currency; without a profile, the most recent agreement's; '' when neither.
    currency: str


def editor_choices(db: Session) -> EditorChoices:
    clients = db.exec(
        select(Client.id, Client.name, Client.organisation_id).order_by(func.lower(col(Client.name)))
    ).all()
    sponsors = db.exec(
        select(
            Organisation.id, Organisation.name, Organisation.contact_name, Organisation.contact_email
        ).order_by(func.lower(col(Organisation.name)))
    ).all()
    profile = get_profile(db)
    currency = (
        profile.default_currency
        if profile is not None
        else db.exec(select(Engagement.currency).order_by(col(Engagement.created_at).desc()).limit(1)).first()
    )
    return EditorChoices(
        clients=tuple(AgreementClientChoice(*row) for row in clients),
        sponsors=tuple(SponsorChoice(*row) for row in sponsors),
        currency=currency or "",
    )


@dataclass(frozen=True)
class EngagementForm:
    """One engagement as the editor shows it: its terms, where it stands, and what changed after signing."""

    id: uuid.UUID
    details: EngagementDetails
    client_name: str
    status: EngagementStatus
    sent_on: date | None
    signed_on: date | None
    activated_on: date | None
    ended_on: date | None
    has_linked_records: bool  # sessions or goals: the client can no longer change
    changed_since_signing: frozenset[str]


def engagement_form(db: Session, engagement_id: uuid.UUID) -> EngagementForm:
    """The editor's view of ``engagement_id``; NotFound when it no longer exists."""
    e = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    client = db.get(Client, e.client_id)
    linked = (
        db.exec(select(func.count()).where(col(CoachingSession.engagement_id) == e.id)).one()
        + db.exec(select(func.count()).where(col(Goal.engagement_id) == e.id)).one()
    )
    details = EngagementDetails(
        client_id=e.client_id,
        title=e.title,
        sponsor_id=e.sponsor_id,
        sponsor_contact_name=e.sponsor_contact_name,
        sponsor_contact_email=e.sponsor_contact_email,
        start_date=e.start_date,
        end_date=e.end_date,
        session_count=e.session_count,
        session_minutes=e.session_minutes,
        format=e.format,
        fee=Decimal(e.fee_minor) / 100,
        currency=e.currency,
        fee_basis=e.fee_basis,
        payer=e.payer,
        payment_terms=e.payment_terms,
        cancellation_policy=e.cancellation_policy,
        late_cancel_uses_credit=e.late_cancel_uses_credit,
        confidentiality_terms=e.confidentiality_terms,
        sponsor_receives_attendance=e.sponsor_receives_attendance,
        sponsor_receives_goals=e.sponsor_receives_goals,
        log_as_alias=e.log_as_alias,
        sponsor_receives_progress_summary=e.sponsor_receives_progress_summary,
        contact_channels=e.contact_channels,
        contact_hours=e.contact_hours,
        response_time=e.response_time,
        gifts_policy=e.gifts_policy,
        termination_notice_days=e.termination_notice_days,
        vat=e.vat,
        three_way_meetings=e.three_way_meetings,
        clauses_off=clauses_off_set(e.clauses_off),
        signature_place=e.signature_place,
    )
    return EngagementForm(
        id=e.id,
        details=details,
        client_name=client.name if client is not None else "",
        status=EngagementStatus(e.status),
        sent_on=e.sent_on,
        signed_on=e.signed_on,
        activated_on=e.activated_on,
        ended_on=e.ended_on,
        has_linked_records=linked > 0,
        changed_since_signing=terms_changed_since_signing(db, e.id),
    )
