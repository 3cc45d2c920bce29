"""Signed agreements frozen as signed, and the amendments the parties agree in writing afterwards."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.documents.agreement_snapshot import dump_agreement
from coachdesk.documents.clauses import template_text
from coachdesk.domain import AgreementAmendment, AuditAction, Engagement, SignedAgreement
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.agreement_pdf import live_agreement_data
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction


def freeze_agreement(db: Session, engagement: Engagement, signed_on: date) -> SignedAgreement:
    """Keep the agreement as signed on ``signed_on``: its printed data, clause text and reference.

    Called inside the transaction that records the signing; a reprint renders from this copy.
    """
    data = live_agreement_data(db, engagement, signed_on)
    clauses = template_text(language=data.language)  # the template of the language it is signed in
    frozen = SignedAgreement(
        engagement_id=engagement.id,
        signed_on=signed_on,
        document_id=data.document_id,
        template_version=hashlib.sha256(clauses.encode("utf-8")).hexdigest()[:16],
        template_text=clauses,
        data=dump_agreement(data),
    )
    db.add(frozen)
    audit(db, frozen, AuditAction.CREATED)
    return frozen


def signed_copy(db: Session, engagement_id: uuid.UUID) -> SignedAgreement | None:
    """The agreement frozen at signing, or None (never signed, or signed before copies were kept)."""
    return db.exec(select(SignedAgreement).where(SignedAgreement.engagement_id == engagement_id)).first()


def amendments(db: Session, engagement_id: uuid.UUID) -> list[AgreementAmendment]:
    """The amendments agreed in writing for the engagement, in the order they were agreed."""
    query = (
        select(AgreementAmendment)
        .where(AgreementAmendment.engagement_id == engagement_id)
        .order_by(col(AgreementAmendment.agreed_on), col(AgreementAmendment.created_at))
    )
    return list(db.exec(query).all())


@dataclass(frozen=True)
class AmendmentRow:
    """One amendment as the agreement editor lists it."""

    id: uuid.UUID
    agreed_on: date
    what_changed: str


def amendment_rows(db: Session, engagement_id: uuid.UUID) -> list[AmendmentRow]:
    """The engagement's amendments as plain rows, in the order they were agreed."""
    return [AmendmentRow(a.id, a.agreed_on, a.what_changed) for a in amendments(db, engagement_id)]


def get_amendment(db: Session, amendment_id: uuid.UUID) -> AmendmentRow:
    """The amendment with ``amendment_id``; NotFound if it is gone."""
    a = fetch(db, AgreementAmendment, amendment_id, field="amendment_id", label="amendment")
    return AmendmentRow(a.id, a.agreed_on, a.what_changed)


def _amendment_values(engagement: Engagement, agreed_on: date | None, what_changed: str) -> dict[str, Any]:
    if engagement.signed_on is None:
        raise ValidationError(
            "agreed_on",
            phrase("services", "Only a signed agreement has amendments; until it is signed, edit its terms."),
        )
    day = v.required_date("agreed_on", agreed_on, label="date agreed")
    if day < engagement.signed_on:
        raise ValidationError(
            "agreed_on",
            phrase("services", "An amendment is agreed after signing ({signed_on}), not before.").format(
                signed_on=engagement.signed_on.isoformat()
            ),
        )
    return {"agreed_on": day, "what_changed": v.text("what_changed", what_changed, required=True, long=True,
                                                      label="what changed")}  # fmt: skip


def add_amendment(
    db: Session, engagement_id: uuid.UUID, agreed_on: date | None, what_changed: str
) -> Changes:
    """Record a change to the signed agreement that the parties agreed in writing."""
    with transaction(db):
        engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
        amendment = AgreementAmendment(
            engagement_id=engagement.id, **_amendment_values(engagement, agreed_on, what_changed)
        )
        db.add(amendment)
        audit(db, amendment, AuditAction.CREATED)
    return changed("agreement_amendment", created=amendment.id)


def update_amendment(
    db: Session, amendment_id: uuid.UUID, agreed_on: date | None, what_changed: str
) -> Changes:
    """Correct an amendment's date or what it changed."""
    with transaction(db):
        amendment = fetch(db, AgreementAmendment, amendment_id, field="amendment_id", label="amendment")
        engagement = fetch(db, Engagement, amendment.engagement_id, field="engagement_id", label="engagement")
        fields = apply(amendment, _amendment_values(engagement, agreed_on, what_changed))
        if fields:
            audit(db, amendment, AuditAction.UPDATED, fields)
    return changed("agreement_amendment", ids=(amendment.id,))


def delete_amendment(db: Session, amendment_id: uuid.UUID) -> Changes:
    """Remove an amendment recorded by mistake."""
    with transaction(db):
        amendment = fetch(db, AgreementAmendment, amendment_id, field="amendment_id", label="amendment")
        db.delete(amendment)
        audit(db, "agreement_amendment", AuditAction.DELETED, record_id=amendment.id)
    return changed("agreement_amendment", ids=(amendment.id,))
