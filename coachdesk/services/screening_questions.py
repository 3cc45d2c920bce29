"""Which declaration questions the screening asks, so that each fact is asked about once: the person
when a client is added, and what is new with an agreement (its sponsor, its work) when one is created,
beside what is already on record for the client."""

from __future__ import annotations

import uuid

from sqlmodel import Session, col, select

from coachdesk.domain import Conflict, ConflictKind, Engagement, Organisation
from coachdesk.services.ethics_log import CONFLICT_WORDS
from coachdesk.services.work import fetch

Question = tuple[ConflictKind, str]

# Asked when a client is added: about the person.
CLIENT_QUESTIONS: tuple[Question, ...] = (
    (ConflictKind.PERSONAL_RELATIONSHIP, "Do you have a personal relationship with this client?"),
    (
        ConflictKind.PROFESSIONAL_RELATIONSHIP,
        "Do you have another professional relationship with them (employer, supplier, colleague)?",
    ),
    (ConflictKind.OTHER, "Is there anything else about this client that could affect your objectivity?"),
)
# Asked when an agreement is created: about the work it sets up (the client was asked about before).
AGREEMENT_QUESTIONS: tuple[Question, ...] = (
    (
        ConflictKind.FINANCIAL_BENEFIT,
        "Would you gain a financial or other benefit beyond your fee from this agreement?",
    ),
    (ConflictKind.OTHER, "Is there anything else about this agreement that could affect your objectivity?"),
)


def declaration_questions(db: Session, engagement_id: uuid.UUID | None) -> tuple[Question, ...]:
    """The questions for a new client (``engagement_id`` None) or a new agreement: with a sponsor, the
    relationships with the sponsor come first, since the sponsor is new to this agreement."""
    if engagement_id is None:
        return CLIENT_QUESTIONS
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    if engagement.sponsor_id is None:
        return AGREEMENT_QUESTIONS
    sponsor = fetch(db, Organisation, engagement.sponsor_id, field="sponsor_id", label="sponsor")
    return (
        (
            ConflictKind.PERSONAL_RELATIONSHIP,
            f"Do you have a personal relationship with the sponsor, {sponsor.name}, or its contact?",
        ),
        (
            ConflictKind.PROFESSIONAL_RELATIONSHIP,
            f"Do you have another professional relationship with {sponsor.name} (employer, supplier)?",
        ),
        *AGREEMENT_QUESTIONS,
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
        state = "undecided" if conflict.decision is None else conflict.decision.value.replace("_", " ")
        lines.append(f"{kind}: {conflict.description} ({state})")
    return lines
