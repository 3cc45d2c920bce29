"""Which declaration questions the screening asks, so that each fact is asked about once: the person
when a client is added, and what is new with an agreement (its sponsor, its work) when one is created,
beside what is already on record for the client."""

from __future__ import annotations

import uuid

from sqlmodel import Session, col, select

from coachdesk.domain import Conflict, ConflictDecision, ConflictKind, Engagement, Organisation
from coachdesk.domain.phrases import phrase
from coachdesk.services.ethics_log import CONFLICT_WORDS
from coachdesk.services.work import fetch

Question = tuple[ConflictKind, str]


def client_questions() -> tuple[Question, ...]:
    """Asked when a client is added: about the person."""
    return (
        (
            ConflictKind.PERSONAL_RELATIONSHIP,
            phrase("services", "Do you have a personal relationship with this client?"),
        ),
        (
            ConflictKind.PROFESSIONAL_RELATIONSHIP,
            phrase(
                "services",
                "Do you have another professional relationship with them (employer, supplier, colleague)?",
            ),
        ),
        (
            ConflictKind.OTHER,
            phrase(
                "services", "Is there anything else about this client that could affect your objectivity?"
            ),
        ),
    )


def agreement_questions() -> tuple[Question, ...]:
    """Asked when an agreement is created: about the work it sets up (the client was asked about before)."""
    return (
        (
            ConflictKind.FINANCIAL_BENEFIT,
            phrase(
                "services", "Would you gain a financial or other benefit beyond your fee from this agreement?"
            ),
        ),
        (
            ConflictKind.OTHER,
            phrase(
                "services", "Is there anything else about this agreement that could affect your objectivity?"
            ),
        ),
    )


def declaration_questions(db: Session, engagement_id: uuid.UUID | None) -> tuple[Question, ...]:
    """The questions for a new client (``engagement_id`` None) or a new agreement: with a sponsor, the
    relationships with the sponsor come first, since the sponsor is new to this agreement."""
    if engagement_id is None:
        return client_questions()
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    if engagement.sponsor_id is None:
        return agreement_questions()
    sponsor = fetch(db, Organisation, engagement.sponsor_id, field="sponsor_id", label="sponsor")
    return (
        (
            ConflictKind.PERSONAL_RELATIONSHIP,
            phrase(
                "services", "Do you have a personal relationship with the sponsor, {sponsor}, or its contact?"
            ).format(sponsor=sponsor.name),
        ),
        (
            ConflictKind.PROFESSIONAL_RELATIONSHIP,
            phrase(
                "services",
                "Do you have another professional relationship with {sponsor} (employer, supplier)?",
            ).format(sponsor=sponsor.name),
        ),
        *agreement_questions(),
    )


def on_record_for_client(db: Session, client_id: uuid.UUID) -> list[str]:
    """The conflicts already recorded about the client (declared when they were added, or found since),
    oldest first, each as "Kind: description (decision)"."""
    conflicts = db.exec(
        select(Conflict).where(Conflict.client_id == client_id).order_by(col(Conflict.created_at))
    ).all()
    lines = []
    for conflict in conflicts:
        kind = CONFLICT_WORDS.get(ConflictKind(conflict.kind), str(conflict.kind))
        state = _decision_words().get(conflict.decision, phrase("services", "undecided"))
        lines.append(f"{kind}: {conflict.description} ({state})")
    return lines


def _decision_words() -> dict[ConflictDecision | None, str]:
    return {
        ConflictDecision.PROCEED_WITH_SAFEGUARDS: phrase("services", "proceed with safeguards"),
        ConflictDecision.DECLINE: phrase("services", "decline"),
        ConflictDecision.REFER_ELSEWHERE: phrase("services", "refer elsewhere"),
    }
