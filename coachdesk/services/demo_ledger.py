"""The demo practice's outbound ledger: what Alex Moreau sent, to whom and on what basis."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from coachdesk.domain import OWN_USE, OutboundChannel, Referral
from coachdesk.services.demo_casework import DemoPractice
from coachdesk.services.document_export import agreement_document, record_export, referral_letter_document
from coachdesk.services.hours_log import hours_log
from coachdesk.services.hours_log_export import hours_log_document


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def add_outbound(db: Session, practice: DemoPractice) -> None:
    """Zoë's three-way agreement sent to her and her sponsor, printed for signing; the referral letter
    to Dr Laurent under Chloé's consent; the hours log kept for the coach's own use."""
    today = practice.today
    sent = today - timedelta(days=80)
    agreement = agreement_document(practice.engagements["zoe"], sent)
    pdf = agreement.render(db)
    record_export(db, agreement, pdf, description="Coaching agreement.pdf", sent_at=_at(sent, 9))
    record_export(
        db,
        agreement,
        pdf,
        channel=OutboundChannel.PRINT,
        recipient=OWN_USE,
        description="Printed for signing",
        sent_at=_at(sent, 10),
    )
    referral = db.exec(select(Referral).order_by(col(Referral.created_at))).first()
    if referral is not None and referral.referred_on is not None:
        letter = referral_letter_document(referral.id, referral.referred_on)
        record_export(
            db,
            letter,
            letter.render(db),
            description="Referral letter.pdf",
            sent_at=_at(referral.referred_on, 17),
        )
    logged = today - timedelta(days=14)
    log = hours_log(db, logged)
    csv = hours_log_document(log, ".csv")
    record_export(db, csv, csv.render(db), description="Coaching hours.csv", sent_at=_at(logged, 8))
