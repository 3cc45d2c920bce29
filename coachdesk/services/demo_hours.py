"""The demo practice's coaching-log history: a sponsor's confidential clients logged as an alias, and
lines entered for hours coached before CoachDesk."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import Session

from coachdesk.domain import Payer, SessionFormat, SessionStatus
from coachdesk.services.demo_casework import DemoPractice, created_id
from coachdesk.services.earlier_hours import EarlierLineDetails, add_earlier_line
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.sessions import SessionDetails, create_session

# Client name, group size (None: individual), contact, start and end (days before today), paid and pro
# bono hours: a fictional earlier log, from the coach's first years.
EARLIER = (
    ("Marta Kowalska", None, "marta.k@example.pl", 1_150, 1_010, "14.00", "0.00"),
    ("Henrik Lund", None, "henrik.lund@example.dk", 1_100, 900, "9.50", "2.00"),
    ("Léa Fontaine", 6, "lea.fontaine@example.fr", 1_000, 960, "6.00", "0.00"),
)


def add_hours_history(db: Session, practice: DemoPractice) -> None:
    """Ana Lúcia's individual coaching for Vale & Tejo, logged as an alias; three earlier log lines."""
    today, clients = practice.today, practice.clients
    engagement = created_id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=clients["Ana Lúcia Ferreira"],
                title="Team lead development (Vale & Tejo programme)",
                sponsor_id=practice.sponsors["valetejo"],
                sponsor_contact_name="João Araújo",
                sponsor_contact_email="joao.araujo@valetejo.example",
                start_date=today - timedelta(days=60),
                end_date=today + timedelta(days=30),
                session_count=4,
                format=SessionFormat.VIDEO,
                fee=Decimal("240.00"),
                payer=Payer.SPONSOR,
                sponsor_receives_attendance=True,
                log_as_alias=True,  # Vale & Tejo's policy: no names of its people leave the company
            ),
        )
    )
    for status, days in (("sent", 58), ("signed", 56), ("active", 55)):
        set_engagement_status(db, engagement, status, today - timedelta(days=days))
    practice.engagements["ana"] = engagement
    for days in (50, 36, 22):
        create_session(
            db,
            SessionDetails(
                client_id=clients["Ana Lúcia Ferreira"],
                engagement_id=engagement,
                starts_at=datetime.combine(today - timedelta(days=days), time(11), tzinfo=UTC),
                duration_minutes=60,
                status=SessionStatus.COMPLETED,
                private_notes="Delegation: what the team leads decide without her.",
            ),
        )
    for name, size, contact, began, ended, paid, pro_bono in EARLIER:
        add_earlier_line(
            db,
            EarlierLineDetails(
                client_name=name,
                is_group=size is not None,
                number_in_group=size,
                contact=contact,
                start_date=today - timedelta(days=began),
                end_date=today - timedelta(days=ended),
                paid_hours=paid,
                pro_bono_hours=pro_bono,
            ),
            today,
        )
