"""The ethics record in one place: open conflicts, consents expiring or withdrawn, disclosures,
referrals awaiting follow-up and boundary incidents, each pointing at its record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, or_, select

from coachdesk.domain import (
    BoundaryIncident,
    BoundaryKind,
    Client,
    Conflict,
    ConflictKind,
    Consent,
    ConsentScope,
    Disclosure,
    DisclosureBasis,
    Engagement,
    Professional,
    Referral,
    ReferralStatus,
)
from coachdesk.domain.lazy_words import LazyWords
from coachdesk.domain.phrases import phrase

EXPIRY_WINDOW_DAYS = 30
WITHDRAWN_WINDOW_DAYS = 365


def _conflict_words() -> dict[ConflictKind, str]:
    return {
        ConflictKind.SAME_ORGANISATION: phrase("services", "Another client at the same organisation"),
        ConflictKind.CLIENT_IS_SPONSOR_CONTACT: phrase("services", "Client is also a sponsor's contact"),
        ConflictKind.REFERRAL_FEE: phrase("services", "Referral fee"),
        ConflictKind.PERSONAL_RELATIONSHIP: phrase("services", "Personal relationship"),
        ConflictKind.PROFESSIONAL_RELATIONSHIP: phrase("services", "Professional relationship"),
        ConflictKind.FINANCIAL_BENEFIT: phrase("services", "Financial or other benefit"),
        ConflictKind.OTHER: phrase("services", "Other"),
    }


CONFLICT_WORDS: LazyWords[ConflictKind] = LazyWords(_conflict_words)


def _scope_words() -> dict[ConsentScope, str]:
    return {
        ConsentScope.SHARE_WITH_SPONSOR: phrase("services", "Share with the sponsor"),
        ConsentScope.REFERRAL: phrase("services", "Referral"),
        ConsentScope.NAMED_IN_HOURS_LOG: phrase("services", "Named in the hours log"),
        ConsentScope.SESSION_RECORDING: phrase("services", "Session recording"),
        ConsentScope.TESTIMONIAL: phrase("services", "Testimonial"),
    }


SCOPE_WORDS: LazyWords[ConsentScope] = LazyWords(_scope_words)


def _basis_words() -> dict[DisclosureBasis, str]:
    return {
        DisclosureBasis.CLIENT_CONSENT: phrase("services", "Client consent"),
        DisclosureBasis.LAW_OR_COURT_ORDER: phrase("services", "Required by law or court order"),
        DisclosureBasis.ILLEGAL_ACTIVITY: phrase("services", "Illegal activity"),
        DisclosureBasis.RISK_OF_HARM_TO_SELF: phrase("services", "Risk of harm to self"),
        DisclosureBasis.RISK_OF_HARM_TO_OTHERS: phrase("services", "Risk of harm to others"),
    }


BASIS_WORDS: LazyWords[DisclosureBasis] = LazyWords(_basis_words)


def _boundary_words() -> dict[BoundaryKind, str]:
    return {
        BoundaryKind.CONTACT_OUTSIDE_AGREED_HOURS: phrase("services", "Contact outside agreed hours"),
        BoundaryKind.UNAGREED_CHANNEL: phrase("services", "Contact through an unagreed channel"),
        BoundaryKind.GIFT: phrase("services", "Gift offered"),
        BoundaryKind.DUAL_RELATIONSHIP: phrase("services", "Social-media or dual-relationship request"),
        BoundaryKind.SCOPE: phrase("services", "Request outside the scope of coaching"),
        BoundaryKind.OTHER: phrase("services", "Other"),
    }


BOUNDARY_WORDS: LazyWords[BoundaryKind] = LazyWords(_boundary_words)


@dataclass(frozen=True)
class EthicsItem:
    """One line of the ethics record; ``kind`` and ``record_id`` open the record itself."""

    kind: str  # "conflict", "consent", "disclosure", "referral", "boundary_incident"
    record_id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    day: date | None
    title: str
    detail: str
    attention: bool = False  # overdue, expired, client not yet told…


@dataclass(frozen=True)
class EthicsLog:
    conflicts: tuple[EthicsItem, ...]
    consents: tuple[EthicsItem, ...]
    disclosures: tuple[EthicsItem, ...]
    referrals: tuple[EthicsItem, ...]
    boundary_incidents: tuple[EthicsItem, ...]

    def __len__(self) -> int:
        return sum(
            len(part)
            for part in (
                self.conflicts,
                self.consents,
                self.disclosures,
                self.referrals,
                self.boundary_incidents,
            )
        )


def _names(db: Session) -> dict[uuid.UUID, str]:
    return {row[0]: row[1] for row in db.exec(select(Client.id, Client.name)).all()}


def _conflicts(db: Session, names: dict[uuid.UUID, str]) -> tuple[EthicsItem, ...]:
    rows = db.exec(
        select(Conflict, Engagement.title)
        .join(Engagement, col(Conflict.engagement_id) == col(Engagement.id), isouter=True)
        .where(col(Conflict.decision).is_(None))
        .order_by(col(Conflict.created_at))
    ).all()
    return tuple(
        EthicsItem(
            "conflict",
            conflict.id,
            conflict.client_id,
            names.get(conflict.client_id, "") if conflict.client_id else "",
            conflict.created_at.date() if conflict.created_at else None,
            CONFLICT_WORDS.get(ConflictKind(conflict.kind), str(conflict.kind)),
            conflict.description
            + (phrase("services", " (engagement: {title})").format(title=title) if title else ""),
            attention=True,
        )
        for conflict, title in rows
    )


def _consents(db: Session, names: dict[uuid.UUID, str], today: date) -> tuple[EthicsItem, ...]:
    soon = today + timedelta(days=EXPIRY_WINDOW_DAYS)
    since = today - timedelta(days=WITHDRAWN_WINDOW_DAYS)
    rows = db.exec(
        select(Consent).where(
            or_(
                col(Consent.withdrawn_on) >= since,
                (col(Consent.withdrawn_on).is_(None))
                & (col(Consent.expires_on) >= today - timedelta(days=EXPIRY_WINDOW_DAYS))
                & (col(Consent.expires_on) <= soon),
            )
        )
    ).all()
    items = []
    for consent in rows:
        scope = SCOPE_WORDS.get(ConsentScope(consent.scope), str(consent.scope))
        to = (
            phrase("services", " to {recipient}").format(recipient=consent.recipient)
            if consent.recipient
            else ""
        )
        if consent.withdrawn_on is not None:
            day, detail, attention = (
                consent.withdrawn_on,
                phrase("services", "Withdrawn on {day}").format(day=consent.withdrawn_on.isoformat()),
                False,
            )
        else:
            assert consent.expires_on is not None
            expired = consent.expires_on < today
            words = (
                phrase("services", "Expired on {day}") if expired else phrase("services", "Expires on {day}")
            )
            day, detail, attention = (
                consent.expires_on,
                words.format(day=consent.expires_on.isoformat()),
                True,
            )
        items.append(
            EthicsItem(
                "consent",
                consent.id,
                consent.client_id,
                names.get(consent.client_id, ""),
                day,
                scope + to,
                detail,
                attention,
            )
        )
    return tuple(sorted(items, key=lambda item: (not item.attention, item.day or today)))


def _told(informed: bool, informed_on: date | None) -> str:
    if not informed:
        return phrase("services", "Client not yet told")
    if informed_on is None:
        return phrase("services", "Client told")
    return phrase("services", "Client told on {day}").format(day=informed_on.isoformat())


def _disclosures(db: Session, names: dict[uuid.UUID, str]) -> tuple[EthicsItem, ...]:
    rows = db.exec(select(Disclosure).order_by(col(Disclosure.disclosed_on).desc())).all()
    return tuple(
        EthicsItem(
            "disclosure",
            d.id,
            d.client_id,
            names.get(d.client_id, ""),
            d.disclosed_on,
            phrase("services", "To {recipient}: {basis}").format(
                recipient=d.recipient, basis=BASIS_WORDS.get(DisclosureBasis(d.basis), str(d.basis))
            ),
            _told(d.client_informed, d.client_informed_on),
            attention=not d.client_informed,
        )
        for d in rows
    )


def _referrals(db: Session, names: dict[uuid.UUID, str], today: date) -> tuple[EthicsItem, ...]:
    open_statuses = (ReferralStatus.PROPOSED, ReferralStatus.SENT, ReferralStatus.ACCEPTED)
    rows = db.exec(
        select(Referral, Professional.name)
        .join(Professional, col(Referral.professional_id) == col(Professional.id))
        .where(
            col(Referral.status).in_(open_statuses),
            col(Referral.follow_up_on).is_not(None),
            Referral.outcome == "",
        )
        .order_by(col(Referral.follow_up_on))
    ).all()
    items = []
    for referral, professional in rows:
        assert referral.follow_up_on is not None
        due = referral.follow_up_on <= today
        items.append(
            EthicsItem(
                "referral",
                referral.id,
                referral.client_id,
                names.get(referral.client_id, ""),
                referral.follow_up_on,
                phrase("services", "Referral to {professional}").format(professional=professional),
                (
                    phrase("services", "Follow-up due since {day}")
                    if due
                    else phrase("services", "Follow up on {day}")
                ).format(day=referral.follow_up_on.isoformat()),
                attention=due,
            )
        )
    return tuple(items)


def _boundaries(db: Session, names: dict[uuid.UUID, str]) -> tuple[EthicsItem, ...]:
    rows = db.exec(select(BoundaryIncident)).all()
    items = [
        EthicsItem(
            "boundary_incident",
            b.id,
            b.client_id,
            names.get(b.client_id, ""),
            b.occurred_on,
            BOUNDARY_WORDS.get(BoundaryKind(b.kind), str(b.kind)),
            b.description + (f" — {b.action_taken}" if b.action_taken else ""),
            attention=not b.action_taken,
        )
        for b in rows
    ]
    # By client, then newest first within each client.
    items.sort(key=lambda item: (item.client_name.casefold(), -(item.day.toordinal() if item.day else 0)))
    return tuple(items)


def ethics_log(db: Session, today: date) -> EthicsLog:
    """Everything the Ethics area lists, as of ``today``."""
    names = _names(db)
    return EthicsLog(
        conflicts=_conflicts(db, names),
        consents=_consents(db, names, today),
        disclosures=_disclosures(db, names),
        referrals=_referrals(db, names, today),
        boundary_incidents=_boundaries(db, names),
    )
