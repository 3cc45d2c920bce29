"""Conflict-of-interest screening: what the practice's own records reveal when a client is added,
an engagement is created or a referral is made, and what the coach declares."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from coachdesk.domain import (
    AuditAction,
    Client,
    ClientStatus,
    Conflict,
    ConflictKind,
    Engagement,
    EngagementStatus,
    Organisation,
    Professional,
    Referral,
)
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.work import fetch, transaction

# Engagements that are still running or about to: a client with one is an active client.
LIVE_ENGAGEMENT = (
    EngagementStatus.DRAFT,
    EngagementStatus.SENT,
    EngagementStatus.SIGNED,
    EngagementStatus.ACTIVE,
)


@dataclass(frozen=True)
class Finding:
    """One possible conflict of interest, before the coach decides on it."""

    kind: ConflictKind
    description: str
    client_id: uuid.UUID
    engagement_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Declaration:
    """The coach's answers to the declaration questions; an empty answer means "no"."""

    personal_relationship: str = ""
    professional_relationship: str = ""
    financial_benefit: str = ""
    other: str = ""

    def answers(self) -> dict[ConflictKind, str]:
        return {
            ConflictKind.PERSONAL_RELATIONSHIP: self.personal_relationship,
            ConflictKind.PROFESSIONAL_RELATIONSHIP: self.professional_relationship,
            ConflictKind.FINANCIAL_BENEFIT: self.financial_benefit,
            ConflictKind.OTHER: self.other,
        }


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_active(db: Session, client: Client) -> bool:
    if client.status == ClientStatus.ACTIVE:
        return True
    live = select(func.count()).where(
        Engagement.client_id == client.id, col(Engagement.status).in_(LIVE_ENGAGEMENT)
    )
    return bool(db.exec(live).one())


def _same_organisation(db: Session, client: Client, engagement_id: uuid.UUID | None) -> list[Finding]:
    if client.organisation_id is None:
        return []
    organisation = db.get(Organisation, client.organisation_id)
    others = db.exec(
        select(Client)
        .where(Client.organisation_id == client.organisation_id, Client.id != client.id)
        .order_by(func.lower(col(Client.name)))
    ).all()
    findings = []
    for other in others:
        if _is_active(db, other):
            name = organisation.name if organisation is not None else "the same organisation"
            findings.append(
                Finding(
                    ConflictKind.SAME_ORGANISATION,
                    f"{other.name} is also an active client at {name}. What each tells you in "
                    "confidence must stay apart, including from their shared sponsor.",
                    client.id,
                    engagement_id,
                )
            )
    return findings


def _contacts_matching(db: Session, client: Client) -> list[str]:
    """Organisations (and three-way engagements) that name this client as their sponsor contact."""
    name, email = _norm(client.name), _norm(client.email)
    places: list[str] = []
    for organisation in db.exec(select(Organisation)).all():
        if (name and _norm(organisation.contact_name) == name) or (
            email and _norm(organisation.contact_email) == email
        ):
            places.append(organisation.name)
    engagements = db.exec(
        select(Engagement, Organisation.name)
        .join(Organisation, col(Engagement.sponsor_id) == col(Organisation.id))
        .where(Engagement.client_id != client.id)
    ).all()
    for engagement, organisation_name in engagements:
        named = name and _norm(engagement.sponsor_contact_name) == name
        mailed = email and _norm(engagement.sponsor_contact_email) == email
        if (named or mailed) and organisation_name not in places:
            places.append(organisation_name)
    return places


def _sponsor_contact(db: Session, client: Client, engagement_id: uuid.UUID | None) -> list[Finding]:
    return [
        Finding(
            ConflictKind.CLIENT_IS_SPONSOR_CONTACT,
            f"{client.name} is also the sponsor contact for {place}, who may receive reports about "
            "other clients you coach there.",
            client.id,
            engagement_id,
        )
        for place in _contacts_matching(db, client)
    ]


def _contact_is_client(db: Session, engagement: Engagement) -> list[Finding]:
    """A three-way engagement whose sponsor contact is one of the coach's own clients."""
    if engagement.sponsor_id is None:
        return []
    organisation = db.get(Organisation, engagement.sponsor_id)
    names = {
        _norm(n) for n in (engagement.sponsor_contact_name, organisation.contact_name if organisation else "")
    }
    emails = {
        _norm(e)
        for e in (engagement.sponsor_contact_email, organisation.contact_email if organisation else "")
    }
    names.discard("")
    emails.discard("")
    people = db.exec(select(Client.id, Client.name, Client.email).where(Client.id != engagement.client_id))
    clients = [
        name
        for _id, name, email in people.all()
        if _norm(name) in names or (email and _norm(email) in emails)
    ]
    sponsor = organisation.name if organisation is not None else "the sponsor"
    return [
        Finding(
            ConflictKind.CLIENT_IS_SPONSOR_CONTACT,
            f"The sponsor contact at {sponsor} is your client {other}: they would receive what "
            "this engagement reports to the sponsor.",
            engagement.client_id,
            engagement.id,
        )
        for other in sorted(clients, key=_norm)
    ]


def _referral_fees(
    db: Session,
    client_id: uuid.UUID,
    engagement_id: uuid.UUID | None,
    referral_id: uuid.UUID | None = None,
) -> list[Finding]:
    query = (
        select(Professional)
        .join(Referral, col(Referral.professional_id) == col(Professional.id))
        .where(Referral.client_id == client_id, col(Professional.pays_referral_fee).is_(True))
    )
    if referral_id is not None:
        query = query.where(Referral.id == referral_id)
    professionals = {p.id: p for p in db.exec(query).all()}
    return [
        Finding(
            ConflictKind.REFERRAL_FEE,
            f"{p.name} ({p.profession}) pays you a referral fee. Tell the client before referring them, "
            "and refer there only if it is the best choice for them.",
            client_id,
            engagement_id,
        )
        for p in sorted(professionals.values(), key=lambda p: _norm(p.name))
    ]


def screen_client(db: Session, client_id: uuid.UUID) -> list[Finding]:
    """What the records reveal about a client just added (or changed)."""
    client = fetch(db, Client, client_id, field="client_id", label="client")
    return (
        _same_organisation(db, client, None)
        + _sponsor_contact(db, client, None)
        + _referral_fees(db, client.id, None)
    )


def screen_engagement(db: Session, engagement_id: uuid.UUID) -> list[Finding]:
    """What the records reveal about a new engagement: its client, and its sponsor's contact."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    client = fetch(db, Client, engagement.client_id, field="client_id", label="client")
    return (
        _same_organisation(db, client, engagement.id)
        + _sponsor_contact(db, client, engagement.id)
        + _contact_is_client(db, engagement)
        + _referral_fees(db, client.id, engagement.id)
    )


def screen_referral(db: Session, referral_id: uuid.UUID) -> list[Finding]:
    """A referral to a professional who pays the coach a referral fee."""
    referral = fetch(db, Referral, referral_id, field="referral_id", label="referral")
    return _referral_fees(db, referral.client_id, None, referral.id)


def declared(
    declaration: Declaration, client_id: uuid.UUID, engagement_id: uuid.UUID | None = None
) -> list[Finding]:
    """The coach's "yes" answers, each a finding in their own words."""
    findings = []
    for kind, answer in declaration.answers().items():
        text = v.text(kind.value, answer, long=True)
        if text:
            findings.append(Finding(kind, text, client_id, engagement_id))
    return findings


def _already_recorded(db: Session, finding: Finding) -> bool:
    query = select(func.count()).where(
        Conflict.kind == finding.kind,
        Conflict.client_id == finding.client_id,
        Conflict.description == finding.description,
    )
    if finding.engagement_id is None:
        query = query.where(col(Conflict.engagement_id).is_(None))
    else:
        query = query.where(Conflict.engagement_id == finding.engagement_id)
    return bool(db.exec(query).one())


def record_findings(db: Session, findings: Iterable[Finding]) -> Changes:
    """Each finding not already on record becomes a conflict awaiting the coach's decision."""
    created: list[uuid.UUID] = []
    with transaction(db):
        for finding in findings:
            if _already_recorded(db, finding):
                continue
            conflict = Conflict(
                client_id=finding.client_id,
                engagement_id=finding.engagement_id,
                kind=finding.kind,
                description=finding.description,
            )
            db.add(conflict)
            db.flush()
            audit(db, conflict, AuditAction.CREATED)
            created.append(conflict.id)
    if not created:
        return Changes()
    return changed("conflict", ids=tuple(created), created=created[0])
