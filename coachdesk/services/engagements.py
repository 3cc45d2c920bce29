"""Engagements (coaching agreements): draft and edit the terms, move them through their status, delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, func, select

from coachdesk.documents.clauses import OptionalClause, optional_clauses
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    CoachingSession,
    Engagement,
    EngagementStatus,
    FeeBasis,
    Goal,
    Organisation,
    Payer,
    SessionFormat,
    VatTreatment,
)
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.cascade import detached_ids
from coachdesk.services.changes import Changes, changed
from coachdesk.services.conflicts import refuse_undecided
from coachdesk.services.enum_words import value_words
from coachdesk.services.errors import ValidationError
from coachdesk.services.signed_agreements import freeze_agreement
from coachdesk.services.work import apply, fetch, transaction

MAX_SESSION_COUNT = 1000
MAX_NOTICE_DAYS = 365

# Where an engagement may go next: forward through the agreement, back to draft only while it is out
# for signature (withdrawn to revise), and terminated from anywhere before it has ended.
NEXT_STATUSES: dict[EngagementStatus, frozenset[EngagementStatus]] = {
    EngagementStatus.DRAFT: frozenset({EngagementStatus.SENT, EngagementStatus.TERMINATED}),
    EngagementStatus.SENT: frozenset(
        {EngagementStatus.DRAFT, EngagementStatus.SIGNED, EngagementStatus.TERMINATED}
    ),
    EngagementStatus.SIGNED: frozenset({EngagementStatus.ACTIVE, EngagementStatus.TERMINATED}),
    EngagementStatus.ACTIVE: frozenset({EngagementStatus.COMPLETED, EngagementStatus.TERMINATED}),
    EngagementStatus.COMPLETED: frozenset(),
    EngagementStatus.TERMINATED: frozenset(),
}
ENDED = frozenset({EngagementStatus.COMPLETED, EngagementStatus.TERMINATED})

# The date each status records, and the milestones (in order) a later date may not precede.
_DATE_OF = {
    EngagementStatus.SENT: "sent_on",
    EngagementStatus.SIGNED: "signed_on",
    EngagementStatus.ACTIVE: "activated_on",
    EngagementStatus.COMPLETED: "ended_on",
    EngagementStatus.TERMINATED: "ended_on",
}
# Statuses an undecided conflict of interest blocks, and what the refusal says cannot happen.
_NEEDS_DECIDED_CONFLICTS = {
    EngagementStatus.SENT: "sent",
    EngagementStatus.SIGNED: "signed",
    EngagementStatus.ACTIVE: "made active",
}
_MILESTONES = (("sent_on", "sent"), ("signed_on", "signed"), ("activated_on", "made active"))


@dataclass(frozen=True)
class EngagementDetails:
    """The agreement form: parties, dates, sessions, fees, confidentiality, sharing, boundaries."""

    client_id: uuid.UUID
    title: str
    sponsor_id: uuid.UUID | None = None
    sponsor_contact_name: str = ""
    sponsor_contact_email: str = ""
    start_date: date | None = None
    end_date: date | None = None
    session_count: int | None = None
    session_minutes: int = 60
    format: SessionFormat | str = SessionFormat.VIDEO
    fee: Decimal | str | int | float = 0
    currency: str = "EUR"
    fee_basis: FeeBasis | str = FeeBasis.PER_SESSION
    payer: Payer | str = Payer.CLIENT
    payment_terms: str = ""
    cancellation_policy: str = ""
    confidentiality_terms: str = ""
    sponsor_receives_attendance: bool = False
    sponsor_receives_goals: bool = False
    sponsor_receives_progress_summary: bool = False
    log_as_alias: bool = False  # the hours log lists it under an alias, verified by the sponsor's contact
    contact_channels: str = ""
    contact_hours: str = ""
    response_time: str = ""
    gifts_policy: str = ""
    termination_notice_days: int = 14
    vat: VatTreatment | str = VatTreatment.INCLUDED
    three_way_meetings: str = ""
    clauses_off: frozenset[str] = frozenset()  # keys of optional clauses left out of this agreement
    signature_place: bool = True
    # Late cancellations and no-shows use a session of the package (and are billed); None keeps it as is.
    late_cancel_uses_credit: bool | None = None


def clauses_to_choose() -> tuple[OptionalClause, ...]:
    """The clause template's optional clauses, which a coach may leave out of one agreement."""
    return optional_clauses()


def _clauses_off(value: Any) -> str:
    """The optional clauses switched off, as stored: known keys only, sorted, comma-separated."""
    if isinstance(value, str) or not all(isinstance(key, str) for key in value):
        raise ValidationError(
            "clauses_off", phrase("services", "The clauses left out must be a set of clause names.")
        )
    known = {clause.key for clause in optional_clauses()}
    unknown = sorted(set(value) - known)
    if unknown:
        raise ValidationError(
            "clauses_off",
            phrase(
                "services",
                "The agreement template has no optional clause called {unknown}; the optional clauses are "
                "{known}.",
            ).format(unknown=", ".join(unknown), known=", ".join(sorted(known))),
        )
    return ",".join(sorted(value))


def _fee(value: Any) -> int:
    try:
        return v.money_minor("fee", value)
    except ValidationError:
        raise
    except ValueError:  # e.g. an integer too long to turn into text
        raise ValidationError("fee", phrase("services", "The fee is implausibly large.")) from None


# What the sponsor receives under the information-sharing terms (never the private notes).
SPONSOR_RECEIVES = (
    "sponsor_receives_attendance",
    "sponsor_receives_goals",
    "sponsor_receives_progress_summary",
)


def _sponsor_terms(db: Session, d: EngagementDetails) -> dict[str, Any]:
    """The three-way part: sponsor, its contact, what it receives; refused without a sponsor."""
    values: dict[str, Any] = {
        "sponsor_id": None,
        "sponsor_contact_name": v.text(
            "sponsor_contact_name", d.sponsor_contact_name, label="contact's name"
        ),
        "sponsor_contact_email": v.email("sponsor_contact_email", d.sponsor_contact_email),
    }
    values.update({field: v.boolean(field, getattr(d, field)) for field in SPONSOR_RECEIVES})
    values["log_as_alias"] = v.boolean("log_as_alias", d.log_as_alias)
    payer = v.choice("payer", d.payer, Payer)
    if d.sponsor_id is not None:
        values["sponsor_id"] = fetch(
            db, Organisation, d.sponsor_id, field="sponsor_id", label="sponsor organisation"
        ).id
        return values
    if payer is Payer.SPONSOR:
        raise ValidationError(
            "payer",
            phrase(
                "services",
                "The sponsor cannot pay: no sponsor is chosen, and a three-way engagement without a "
                "sponsor is not possible. Choose the sponsoring organisation, or make the client the payer.",
            ),
        )
    for field in ("sponsor_contact_name", "sponsor_contact_email"):
        if values[field]:
            raise ValidationError(
                field, phrase("services", "A sponsor contact needs a sponsor; choose the organisation first.")
            )
    for field in SPONSOR_RECEIVES:
        if values[field]:
            raise ValidationError(
                field,
                phrase("services", "Only a sponsor receives information; choose the organisation first."),
            )
    if values["log_as_alias"]:
        raise ValidationError(
            "log_as_alias",
            phrase(
                "services",
                "Only coaching for a sponsor can be logged as an alias verified by the organisation; "
                "choose the organisation first.",
            ),
        )
    return values


def _values(db: Session, d: EngagementDetails) -> dict[str, Any]:
    client = fetch(db, Client, d.client_id, field="client_id", label="client")
    start = v.optional_date("start_date", d.start_date, label="start date")
    end = v.optional_date("end_date", d.end_date, label="end date")
    v.not_before("end_date", start, end, label="end date")
    count = None
    if d.session_count is not None:
        count = v.integer(
            "session_count", d.session_count, minimum=1, maximum=MAX_SESSION_COUNT, label="number of sessions"
        )
    return {
        "client_id": client.id,
        "title": v.text("title", d.title, required=True),
        "start_date": start,
        "end_date": end,
        "session_count": count,
        "session_minutes": v.minutes("session_minutes", d.session_minutes, label="session length"),
        "format": v.choice("format", d.format, SessionFormat),
        "fee_minor": _fee(d.fee),
        "currency": v.currency("currency", d.currency),
        "fee_basis": v.choice("fee_basis", d.fee_basis, FeeBasis, label="fee basis"),
        "payer": v.choice("payer", d.payer, Payer),
        **_sponsor_terms(db, d),
        "payment_terms": v.text("payment_terms", d.payment_terms, long=True, label="payment terms"),
        "cancellation_policy": v.text(
            "cancellation_policy", d.cancellation_policy, long=True, label="cancellation policy"
        ),
        "confidentiality_terms": v.text(
            "confidentiality_terms", d.confidentiality_terms, long=True, label="confidentiality terms"
        ),
        "contact_channels": v.text(
            "contact_channels", d.contact_channels, long=True, label="contact channels"
        ),
        "contact_hours": v.text("contact_hours", d.contact_hours, long=True, label="contact hours"),
        "response_time": v.text("response_time", d.response_time, label="response time"),
        "gifts_policy": v.text("gifts_policy", d.gifts_policy, long=True, label="gifts policy"),
        "termination_notice_days": v.integer(
            "termination_notice_days",
            d.termination_notice_days,
            minimum=0,
            maximum=MAX_NOTICE_DAYS,
            label="termination notice in days",
        ),
        "vat": v.choice("vat", d.vat, VatTreatment, label="VAT treatment"),
        "three_way_meetings": v.text(
            "three_way_meetings", d.three_way_meetings, long=True, label="planned three-way meetings"
        )
        if d.sponsor_id is not None
        else "",
        "clauses_off": _clauses_off(d.clauses_off),
        "signature_place": v.boolean("signature_place", d.signature_place),
    } | (
        {}
        if d.late_cancel_uses_credit is None
        else {"late_cancel_uses_credit": v.boolean("late_cancel_uses_credit", d.late_cancel_uses_credit)}
    )


def _linked(db: Session, engagement_id: uuid.UUID) -> int:
    sessions = db.exec(select(func.count()).where(col(CoachingSession.engagement_id) == engagement_id)).one()
    goals = db.exec(select(func.count()).where(col(Goal.engagement_id) == engagement_id)).one()
    return sessions + goals


def create_engagement(db: Session, details: EngagementDetails) -> Changes:
    """A new agreement, always a draft; its status moves on with ``set_engagement_status``."""
    with transaction(db):
        engagement = Engagement(**_values(db, details))
        db.add(engagement)
        audit(db, engagement, AuditAction.CREATED)
    return changed("engagement", created=engagement.id)


def update_engagement(db: Session, engagement_id: uuid.UUID, details: EngagementDetails) -> Changes:
    """Edit the terms.

    Drafts and sent agreements change freely (a sent one should be withdrawn to draft and re-sent).
    Signed and active agreements may be varied, as coaches and clients renegotiate, and every
    variation is in the audit (field names, see ``terms_changed_since_signing``) so the agreement
    can show what changed after signing. Completed and terminated agreements are a closed record:
    any change to them is refused. The client changes only while nothing (sessions, goals) links to
    the engagement.
    """
    with transaction(db):
        engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
        values = _values(db, details)
        differs = [
            name
            for name, value in values.items()
            if getattr(engagement, name) != value and name not in _NOT_TERMS
        ]
        if differs and engagement.status in ENDED:
            raise ValidationError(
                "status",
                phrase("services", "This engagement is {status}; its terms can no longer change.").format(
                    status=value_words(engagement.status)
                ),
            )
        if values["client_id"] != engagement.client_id and _linked(db, engagement.id):
            raise ValidationError(
                "client_id",
                phrase(
                    "services", "This engagement already has sessions or goals, so it stays with its client."
                ),
            )
        fields = apply(engagement, values)
        if fields:
            audit(db, engagement, AuditAction.UPDATED, fields)
    return changed("engagement", ids=(engagement.id,))


def set_engagement_status(
    db: Session, engagement_id: uuid.UUID, status: EngagementStatus | str, on: date
) -> Changes:
    """Move the agreement on (see ``NEXT_STATUSES``), recording the date ``on`` it was sent, signed…

    Withdrawing a sent agreement to draft clears its sent date. Dates may not run backwards:
    signed not before sent, active not before signed, ended not before the latest of them. An
    undecided conflict of interest keeps the agreement from being sent, signed or made active
    (:class:`ConflictUndecided`), and signing keeps a copy of the agreement as signed.
    """
    with transaction(db):
        engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
        target = v.choice("status", status, EngagementStatus)
        day = v.a_date("on", on, label="date")
        current = engagement.status
        if target not in NEXT_STATUSES[current]:
            allowed = ", ".join(sorted(value_words(s) for s in NEXT_STATUSES[current]))
            why = (
                phrase("services", "from {current} it can go to: {allowed}").format(
                    current=value_words(current), allowed=allowed
                )
                if allowed
                else phrase("services", "it has ended")
            )
            raise ValidationError(
                "status",
                phrase("services", "An engagement cannot go from {current} to {target} ({why}).").format(
                    current=value_words(current), target=value_words(target), why=why
                ),
            )
        if target in _NEEDS_DECIDED_CONFLICTS:
            refuse_undecided(db, engagement, _NEEDS_DECIDED_CONFLICTS[target])
        values: dict[str, Any] = {"status": target, "status_changed_at": utc_now()}
        if target is EngagementStatus.DRAFT:
            values["sent_on"] = None
        else:
            for field, milestone in _MILESTONES:
                earlier: date | None = getattr(engagement, field)
                if earlier is not None and day < earlier:
                    raise ValidationError(
                        "on",
                        phrase(
                            "services",
                            "The date ({day}) is before the engagement was {milestone} ({earlier}).",
                        ).format(
                            day=day.isoformat(), milestone=value_words(milestone), earlier=earlier.isoformat()
                        ),
                    )
            values[_DATE_OF[target]] = day
        fields = apply(engagement, values)
        audit(db, engagement, AuditAction.STATUS_CHANGED, fields)
        if target is EngagementStatus.SIGNED:
            freeze_agreement(db, engagement, day)
    return changed("engagement", ids=(engagement.id,))


# Planning the next three-way review follows the agreement's terms; it does not change them.
# Not terms of the agreement: the next review, and how the coach logs the hours for a credential.
_NOT_TERMS = frozenset({"next_review_on", "log_as_alias"})


def terms_changed_since_signing(db: Session, engagement_id: uuid.UUID) -> frozenset[str]:
    """The names of the terms edited after the agreement was signed (empty if never signed)."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    entries = db.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == "engagement", AuditEntry.entity_id == engagement.id)
        .order_by(col(AuditEntry.created_at))
    ).all()
    signed_at = None
    names: set[str] = set()
    for entry in entries:
        fields = set(filter(None, entry.fields.split(",")))
        if entry.action is AuditAction.STATUS_CHANGED and "signed_on" in fields:
            signed_at, names = entry.created_at, set()
        elif entry.action is AuditAction.UPDATED and signed_at is not None:
            names |= fields - _NOT_TERMS
    return frozenset(names)


def engagement_deletion_summary(db: Session, engagement_id: uuid.UUID) -> dict[str, int]:
    """How many records per table stay with the client but lose their link to this agreement."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    return {table: len(ids) for table, ids in detached_ids(db, "engagement", engagement.id).items()}


def delete_engagement(db: Session, engagement_id: uuid.UUID) -> Changes:
    """Delete the agreement. Its sessions (with their notes), goals and conflicts stay with the client,
    no longer linked to it; each unlinking is audited as a change of ``engagement_id``."""
    with transaction(db):
        engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
        detached = detached_ids(db, "engagement", engagement.id)
        db.delete(engagement)
        audit(db, "engagement", AuditAction.DELETED, record_id=engagement.id)
        for table, ids in detached.items():
            for record_id in ids:
                audit(db, table, AuditAction.UPDATED, ["engagement_id"], record_id=record_id)
    every_id = {engagement.id}.union(*detached.values())
    return Changes(frozenset({"engagement", *detached}), frozenset(every_id))


@dataclass(frozen=True)
class BoundaryTerms:
    """What the agreement says about contact and gifts, as shown beside the session editor."""

    title: str
    contact_channels: str
    contact_hours: str
    response_time: str
    gifts_policy: str

    def lines(self) -> list[tuple[str, str]]:
        pairs = [
            (phrase("services", "Channels"), self.contact_channels),
            (phrase("services", "Hours"), self.contact_hours),
            (phrase("services", "Response time"), self.response_time),
            (phrase("services", "Gifts"), self.gifts_policy),
        ]
        return [(label, " ".join(text.split())) for label, text in pairs if text.strip()]


def boundary_terms(db: Session, engagement_id: uuid.UUID) -> BoundaryTerms:
    e = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    return BoundaryTerms(e.title, e.contact_channels, e.contact_hours, e.response_time, e.gifts_policy)


def find_engagement(db: Session, engagement_id: uuid.UUID) -> Engagement | None:
    """The engagement with ``engagement_id``, or None when there is none (an id of another record)."""
    return db.get(Engagement, engagement_id)
