"""The dashboard: each section's boundaries (today, day 7, day 8, day 30, day 31), exclusions, and hours."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session

from coachdesk.domain import ConflictDecision, ConflictKind, ConsentScope, EngagementStatus, ReferralStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict, decide_conflict
from coachdesk.services.consents import ConsentDetails, create_consent, withdraw_consent
from coachdesk.services.dashboard import CoachingMinutes, DashboardItem, coaching_minutes, dashboard, hours
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.errors import ValidationError
from coachdesk.services.goals import ActionItemDetails, complete_action_item, create_action_item
from coachdesk.services.referrals import ReferralDetails, create_referral, set_referral_status
from coachdesk.services.sessions import SessionDetails, create_session

OSLO = ZoneInfo("Europe/Oslo")
# Wednesday 25 March 2026, 09:00 in Oslo. Summer time starts on Sunday 29 March, so the week ahead
# spans the change: day 8 begins at 22:00 UTC on day 7, not 23:00.
NOW = datetime(2026, 3, 25, 9, 0, tzinfo=OSLO)
TODAY = NOW.date()


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def at(offset: int, hour: int, minute: int = 0) -> datetime:
    """A moment in Oslo, ``offset`` days from today."""
    return datetime.combine(day(offset), time(hour, minute), tzinfo=OSLO)


def created(changes: object) -> uuid.UUID:
    record_id = getattr(changes, "created", None)
    assert isinstance(record_id, uuid.UUID)
    return record_id


@dataclass
class Practice:
    """The ids of the records ``build_practice`` made, by what they test."""

    client: uuid.UUID
    other: uuid.UUID
    ids: dict[str, uuid.UUID] = field(default_factory=dict)


def _session(db: Session, client: uuid.UUID, starts_at: datetime, **fields: object) -> uuid.UUID:
    return created(create_session(db, SessionDetails(client_id=client, starts_at=starts_at, **fields)))  # type: ignore[arg-type]


def build_practice(db: Session) -> Practice:
    """A small practice with a record on each side of every section's boundary."""
    zoe = created(create_client(db, ClientDetails(name="Zoë Ørsted", named_in_hours_log=True)))
    dima = created(create_client(db, ClientDetails(name="Дмитрий Иванов", named_in_hours_log=True)))
    p = Practice(zoe, dima)
    ids = p.ids
    # Sessions: today from its first minute, the week to day 7's last hour, nothing from day 8.
    ids["yesterday_late"] = _session(db, zoe, at(-1, 23, 30), status="completed")
    ids["today_early"] = _session(db, zoe, at(0, 0, 30))
    ids["today_done"] = _session(db, dima, at(0, 8), status="completed", duration_minutes=45, paid=False)
    ids["today_cancelled"] = _session(db, zoe, at(0, 11), status="cancelled")
    ids["tomorrow"] = _session(db, dima, at(1, 10), is_group=True, group_size=4)
    ids["day_7_late"] = _session(db, zoe, at(7, 23, 30))
    ids["day_8_early"] = _session(db, zoe, at(8, 0, 30))
    # Action items: overdue and due by day 7, not done.
    item = ActionItemDetails
    ids["overdue"] = created(create_action_item(db, item(zoe, "Draft the hand-over note", due_date=day(-3))))
    ids["due_today"] = created(create_action_item(db, item(dima, "Call the board chair", due_date=day(0))))
    ids["due_day_7"] = created(
        create_action_item(db, item(zoe, "Send the reading list", owner="coach", due_date=day(7)))
    )
    ids["due_day_8"] = created(create_action_item(db, item(zoe, "Book the offsite", due_date=day(8))))
    ids["undated"] = created(create_action_item(db, item(zoe, "Someday")))
    ids["done_overdue"] = created(create_action_item(db, item(zoe, "Already done", due_date=day(-1))))
    complete_action_item(db, ids["done_overdue"], True)
    # Agreements: sent (awaiting signature), draft, signed (neither).
    ids["sent"] = created(create_engagement(db, EngagementDetails(zoe, "Leadership transition")))
    set_engagement_status(db, ids["sent"], EngagementStatus.SENT, day(-9))
    ids["draft"] = created(create_engagement(db, EngagementDetails(dima, "From founder to CEO")))
    ids["signed"] = created(create_engagement(db, EngagementDetails(dima, "Signed already")))
    set_engagement_status(db, ids["signed"], EngagementStatus.SENT, day(-20))
    set_engagement_status(db, ids["signed"], EngagementStatus.SIGNED, day(-18))
    # Consents: expiring today to day 30; day 31, withdrawn, expired or open-ended ones are not shown.
    consent = ConsentDetails
    granted = day(-60)
    sponsor = ConsentScope.SHARE_WITH_SPONSOR
    ids["expires_today"] = created(
        create_consent(db, consent(zoe, "testimonial", granted, expires_on=day(0)))
    )
    ids["expires_day_30"] = created(
        create_consent(db, consent(zoe, sponsor, granted, recipient="Ingrid Haugen", expires_on=day(30)))
    )
    ids["expires_day_31"] = created(
        create_consent(db, consent(zoe, "testimonial", granted, expires_on=day(31)))
    )
    ids["expired"] = created(create_consent(db, consent(zoe, "testimonial", granted, expires_on=day(-1))))
    ids["open_ended"] = created(create_consent(db, consent(zoe, "testimonial", granted)))
    ids["withdrawn"] = created(create_consent(db, consent(dima, "testimonial", granted, expires_on=day(5))))
    withdraw_consent(db, ids["withdrawn"], day(-2))
    # Conflicts: one awaiting a decision, one decided.
    ids["open_conflict"] = created(
        create_conflict(db, ConflictDetails("referral_fee", "Priya offers a referral fee.", client_id=dima))
    )
    ids["decided_conflict"] = created(
        create_conflict(db, ConflictDetails(ConflictKind.OTHER, "Same gym.", client_id=zoe))
    )
    decide_conflict(db, ids["decided_conflict"], ConflictDecision.DECLINE, "", day(-1))
    # Referrals: follow-up date reached and no outcome; not yet due, with an outcome, or cancelled: not shown.
    therapist = created(create_professional(db, ProfessionalDetails("Priya Raman", "Psychotherapist")))
    referral_consent = created(
        create_consent(db, consent(zoe, "referral", day(-40), recipient="Priya Raman", expires_on=day(200)))
    )

    def referral(name: str, follow_up: int, outcome: str = "") -> uuid.UUID:
        details = ReferralDetails(
            zoe, therapist, f"Reason {name}", consent_id=referral_consent, referred_on=day(-30),
            follow_up_on=day(follow_up), outcome=outcome,
        )  # fmt: skip
        ids[name] = created(create_referral(db, details))
        return ids[name]

    referral("follow_up_today", 0)
    referral("follow_up_overdue", -5)
    referral("follow_up_tomorrow", 1)
    referral("with_outcome", -5, outcome="Started therapy; weekly sessions.")
    set_referral_status(db, referral("cancelled", -5), ReferralStatus.CANCELLED, day(-4))
    return p


def ids_of(items: tuple[DashboardItem, ...]) -> list[uuid.UUID]:
    return [item.record_id for item in items]


@pytest.fixture
def practice(db: Session) -> Practice:
    return build_practice(db)


def test_sessions_today_and_the_next_seven_days_in_local_time(db: Session, practice: Practice) -> None:
    board = dashboard(db, NOW)
    ids = practice.ids
    assert board.today == TODAY
    assert ids_of(board.sessions_today) == [ids["today_early"], ids["today_done"]]
    assert ids_of(board.sessions_coming) == [ids["tomorrow"], ids["day_7_late"]]
    first = board.sessions_today[0]
    assert (first.kind, first.client_id, first.client_name) == ("session", practice.client, "Zoë Ørsted")
    assert first.when == at(0, 0, 30).astimezone(UTC)
    assert "done" in board.sessions_today[1].note
    assert "group of 4" in board.sessions_coming[0].note


def test_the_same_moment_seen_from_utc_moves_the_day(db: Session, practice: Practice) -> None:
    """At 23:30 UTC on the 24th it is already the 25th in Oslo; the zone decides what 'today' is."""
    moment = datetime(2026, 3, 24, 23, 30, tzinfo=UTC)
    assert dashboard(db, moment, OSLO).today == TODAY
    in_utc = dashboard(db, moment)
    assert in_utc.today == day(-1)
    assert practice.ids["yesterday_late"] in ids_of(in_utc.sessions_today)


def test_action_items_overdue_first_then_due_by_day_7(db: Session, practice: Practice) -> None:
    items = dashboard(db, NOW).action_items
    ids = practice.ids
    assert ids_of(items) == [ids["overdue"], ids["due_today"], ids["due_day_7"]]
    assert [item.overdue for item in items] == [True, False, False]
    assert [item.on for item in items] == [day(-3), day(0), day(7)]
    assert items[2].note == "your action"
    assert items[1].client_name == "Дмитрий Иванов"


def test_agreements_sent_await_signature_and_drafts_are_apart(db: Session, practice: Practice) -> None:
    board = dashboard(db, NOW)
    assert ids_of(board.awaiting_signature) == [practice.ids["sent"]]
    assert board.awaiting_signature[0].on == day(-9)
    assert board.awaiting_signature[0].text == "Leadership transition"
    assert ids_of(board.draft_agreements) == [practice.ids["draft"]]
    assert board.draft_agreements[0].on is None
    assert (board.awaiting_signature[0].status, board.draft_agreements[0].status) == ("sent", "draft")


def test_consents_expiring_from_today_to_day_30_not_withdrawn(db: Session, practice: Practice) -> None:
    consents = dashboard(db, NOW).expiring_consents
    assert ids_of(consents) == [practice.ids["expires_today"], practice.ids["expires_day_30"]]
    assert consents[1].text == "Sharing with the sponsor: Ingrid Haugen"
    assert consents[1].on == day(30)


def test_only_conflicts_without_a_decision(db: Session, practice: Practice) -> None:
    conflicts = dashboard(db, NOW).open_conflicts
    assert ids_of(conflicts) == [practice.ids["open_conflict"]]
    assert (conflicts[0].text, conflicts[0].note) == ("Referral fee", "Priya offers a referral fee.")
    assert conflicts[0].client_id == practice.other


def test_referrals_whose_follow_up_came_without_an_outcome(db: Session, practice: Practice) -> None:
    referrals = dashboard(db, NOW).referral_follow_ups
    assert ids_of(referrals) == [practice.ids["follow_up_overdue"], practice.ids["follow_up_today"]]
    assert [r.overdue for r in referrals] == [True, False]
    assert referrals[0].text == "Priya Raman (Psychotherapist)"


def test_hours_this_month_and_in_total_paid_and_pro_bono(db: Session, practice: Practice) -> None:
    zoe = practice.client
    # The month starts at midnight in Oslo: 23:30 on 28 February is February's, 00:30 on 1 March is March's.
    _session(db, zoe, datetime(2026, 2, 28, 23, 30, tzinfo=OSLO), status="completed", duration_minutes=90)
    _session(db, zoe, datetime(2026, 3, 1, 0, 30, tzinfo=OSLO), status="completed", duration_minutes=30)
    _session(db, zoe, at(-2, 9), status="no_show", duration_minutes=60)
    hours_logged = dashboard(db, NOW).hours
    # March: yesterday_late 60 + 1 March 30 paid, today_done 45 pro bono; no-shows and planned ones not.
    assert hours_logged.this_month == CoachingMinutes(paid=90, pro_bono=45)
    assert hours_logged.in_total == CoachingMinutes(paid=180, pro_bono=45)
    assert hours_logged.in_total.total == 225


def test_hours_count_only_what_the_log_can_claim(db: Session, practice: Practice) -> None:
    before = dashboard(db, NOW).hours
    noor = created(create_client(db, ClientDetails(name="Noor Haddad")))  # not named in the log
    _session(db, noor, at(-1, 10), status="completed", duration_minutes=60)
    after = dashboard(db, NOW).hours
    assert after == before  # an hour with a client who may not be named is not claimable
    assert coaching_minutes(db).total == before.in_total.total + 60  # though it was coached


def test_coaching_minutes_between_bounds(db: Session, practice: Practice) -> None:
    assert coaching_minutes(db, at(0, 0), at(1, 0)) == CoachingMinutes(paid=0, pro_bono=45)
    assert coaching_minutes(db, end=at(0, 0)) == CoachingMinutes(paid=60, pro_bono=0)
    with pytest.raises(ValidationError) as caught:
        coaching_minutes(db, datetime(2026, 3, 1))
    assert caught.value.field == "start"


@pytest.mark.parametrize(
    ("minutes", "shown"), [(0, "0.0"), (45, "0.8"), (15, "0.3"), (60, "1.0"), (100, "1.7"), (630, "10.5")]
)
def test_hours_to_one_decimal_halves_up(minutes: int, shown: str) -> None:
    assert hours(minutes) == Decimal(shown)


def test_an_empty_practice_has_an_empty_dashboard(db: Session) -> None:
    board = dashboard(db, NOW)
    assert board.clients == 0
    assert board.sessions_today == board.sessions_coming == board.action_items == ()
    assert board.hours.in_total == CoachingMinutes()


def test_now_needs_a_time_zone(db: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        dashboard(db, datetime(2026, 3, 25, 9))
    assert caught.value.field == "now"


def test_a_group_session_recorded_for_each_participant_counts_once(db: Session) -> None:
    from coachdesk.services.clients import ClientDetails, create_client
    from coachdesk.services.dashboard import coaching_minutes
    from coachdesk.services.sessions import SessionDetails, create_session

    start = datetime(2026, 3, 4, 9, tzinfo=UTC)
    for name in ("Ana", "Ben", "Chloé"):
        client = create_client(db, ClientDetails(name=name)).created
        assert client is not None
        create_session(
            db,
            SessionDetails(
                client, start, duration_minutes=90, is_group=True, group_size=3, status="completed"
            ),
        )
    alone = create_client(db, ClientDetails(name="Dana")).created
    assert alone is not None
    create_session(db, SessionDetails(alone, start, duration_minutes=60, status="completed", paid=False))
    assert coaching_minutes(db) == CoachingMinutes(paid=90, pro_bono=60)
