"""The Ethics area's record: what each section lists, what it leaves out, and in which order."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlmodel import Session

from coachdesk.services.changes import Changes
from coachdesk.services.conflicts import (
    BoundaryIncidentDetails,
    ConflictDetails,
    create_boundary_incident,
    create_conflict,
    decide_conflict,
)
from coachdesk.services.consents import (
    ConsentDetails,
    DisclosureDetails,
    create_consent,
    record_disclosure,
    withdraw_consent,
)
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.ethics_log import ethics_log
from coachdesk.services.referrals import ReferralDetails, create_referral, set_referral_status

TODAY = date(2026, 11, 27)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def test_an_empty_practice_has_an_empty_record(db: Session) -> None:
    assert len(ethics_log(db, TODAY)) == 0


def test_only_undecided_conflicts_are_listed(db: Session, client_id: uuid.UUID) -> None:
    open_one = _id(create_conflict(db, ConflictDetails("other", "Coached her manager", client_id)))
    decided = _id(create_conflict(db, ConflictDetails("personal_relationship", "Neighbour", client_id)))
    decide_conflict(db, decided, "decline", "", TODAY)
    log = ethics_log(db, TODAY)
    assert [(i.record_id, i.client_name, i.attention) for i in log.conflicts] == [
        (open_one, "Zoë Ørsted", True)
    ]


def test_consents_expiring_within_30_days_and_withdrawn_ones(db: Session, client_id: uuid.UUID) -> None:
    def consent(expires: date | None) -> uuid.UUID:
        return _id(
            create_consent(db, ConsentDetails(client_id, "testimonial", date(2026, 1, 1), expires_on=expires))
        )

    day_30 = consent(TODAY + timedelta(days=30))
    consent(TODAY + timedelta(days=31))
    consent(None)
    expired = consent(TODAY - timedelta(days=2))
    withdrawn = consent(None)
    withdraw_consent(db, withdrawn, TODAY - timedelta(days=3))
    items = ethics_log(db, TODAY).consents
    assert [i.record_id for i in items] == [expired, day_30, withdrawn]
    assert items[0].detail.startswith("Expired") and items[1].detail.startswith("Expires")
    assert items[2].detail.startswith("Withdrawn") and not items[2].attention


def test_disclosures_newest_first_with_whether_the_client_was_told(db: Session, client_id: uuid.UUID) -> None:
    older = _id(
        record_disclosure(
            db, DisclosureDetails(client_id, date(2026, 5, 1), "Police", "risk_of_harm_to_others", "Threat")
        )
    )
    newer = _id(
        record_disclosure(
            db,
            DisclosureDetails(
                client_id, date(2026, 6, 1), "Court", "law_or_court_order", "Dates", True, date(2026, 6, 2)
            ),
        )
    )
    items = ethics_log(db, TODAY).disclosures
    assert [i.record_id for i in items] == [newer, older]
    assert items[0].detail == "Client told on 2026-06-02" and not items[0].attention
    assert items[1].detail == "Client not yet told" and items[1].attention
    assert "Risk of harm to others" in items[1].title


def test_referrals_awaiting_follow_up(db: Session, client_id: uuid.UUID) -> None:
    therapist = _id(
        create_professional(db, ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist"))
    )

    def referral(follow_up: date | None, outcome: str = "") -> uuid.UUID:
        details = ReferralDetails(
            client_id,
            therapist,
            "Sleep",
            referred_on=date(2026, 11, 1),
            follow_up_on=follow_up,
            outcome=outcome,
        )
        return _id(create_referral(db, details))

    due = referral(TODAY - timedelta(days=1))
    later = referral(TODAY + timedelta(days=10))
    referral(None)
    referral(TODAY - timedelta(days=5), outcome="Seen weekly")
    cancelled = referral(TODAY - timedelta(days=3))
    set_referral_status(db, cancelled, "cancelled", TODAY)
    items = ethics_log(db, TODAY).referrals
    assert [(i.record_id, i.attention) for i in items] == [(due, True), (later, False)]
    assert items[0].title == "Referral to Dr Ana Ruiz"


def test_boundary_incidents_by_client_then_newest(
    db: Session, client_id: uuid.UUID, other_client_id: uuid.UUID
) -> None:
    def incident(client: uuid.UUID, day: int, action: str = "Declined politely") -> uuid.UUID:
        details = BoundaryIncidentDetails(client, date(2026, 10, day), "gift", "Offered a bottle", action)
        return _id(create_boundary_incident(db, details))

    first_old = incident(client_id, 1)
    first_new = incident(client_id, 20, action="")
    other = incident(other_client_id, 5)
    items = ethics_log(db, TODAY).boundary_incidents
    assert [i.record_id for i in items] == [first_new, first_old, other]
    assert items[0].attention and not items[1].attention
    assert items[1].detail == "Offered a bottle — Declined politely"
