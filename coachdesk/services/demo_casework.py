"""The demo practice's casework: sessions and notes, goals, consent and referral, conflicts, amendments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from coachdesk.domain import (
    ActionOwner,
    BoundaryKind,
    ConcernFlag,
    ConflictDecision,
    ConflictKind,
    ConsentScope,
    GoalOrigin,
    ReferralStatus,
    ReferralUrgency,
    SessionFormat,
    SessionStatus,
)
from coachdesk.domain.ethics import RiskRaised, SharedItem
from coachdesk.services.changes import Changes
from coachdesk.services.conflicts import (
    BoundaryIncidentDetails,
    ConflictDetails,
    create_boundary_incident,
    create_conflict,
    decide_conflict,
)
from coachdesk.services.consents import ConsentDetails, create_consent, default_expiry
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.engagements import set_engagement_status
from coachdesk.services.goals import ActionItemDetails, GoalDetails, create_action_item, create_goal
from coachdesk.services.referrals import ReferralDetails, create_referral, set_referral_status
from coachdesk.services.sessions import SessionDetails, create_session, finalise_notes
from coachdesk.services.signed_agreements import add_amendment

NOTES = {
    "first": (
        "## Contracting\n\nWent through the agreement together; questions about what the sponsor sees. "
        "Confirmed: attendance and the agreed progress summary only, never these notes.\n\n"
        "## Themes\n\n- Moving from doing to leading: still answers every escalation herself\n"
        "- Energy dips late in the week\n\n## Next\n\nNotice which escalations truly need her."
    ),
    "middle": (
        "## Since last time\n\nTried the *two-question filter* before answering escalations: "
        '"Is this mine?" and "What happens if I wait a day?". Saved roughly four hours.\n\n'
        "## Explored\n\n- Fear of being seen as distant by the team\n"
        "- A conversation with the CFO that went well\n\n"
        "## Observations\n\nMore spacious in her speech today; laughed twice about the old habits."
    ),
    "concern": (
        "## Session\n\nStarted on pricing for the studio, but most of the hour was about sleep: "
        "weeks of waking at 4 a.m., racing thoughts, no appetite.\n\n"
        "## Boundary of coaching\n\nThis sounds beyond coaching. Talked openly about it; she agreed "
        "to speak to a therapist and consented to a referral to Dr Laurent (consent recorded)."
    ),
}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def created_id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


@dataclass
class DemoPractice:
    """Ids of what the demo made, by name, for the later parts to refer to."""

    today: date
    clients: dict[str, uuid.UUID] = field(default_factory=dict)
    sponsors: dict[str, uuid.UUID] = field(default_factory=dict)
    engagements: dict[str, uuid.UUID] = field(default_factory=dict)
    sessions: dict[str, uuid.UUID] = field(default_factory=dict)


def add_sessions(db: Session, practice: DemoPractice) -> None:
    """Past sessions with notes, upcoming ones, a group and a pro bono session."""
    today, clients, engagements = practice.today, practice.clients, practice.engagements

    # Sessions: fortnightly in the past with notes, and the next ones scheduled.
    def series(
        client: str, engagement: uuid.UUID | None, first: int, count: int, hour: int
    ) -> list[uuid.UUID]:
        made = []
        for n in range(count):
            day = today - timedelta(days=first - 14 * n)
            past = day < today
            notes = NOTES["first"] if n == 0 else NOTES["middle"]
            made.append(
                created_id(
                    create_session(
                        db,
                        SessionDetails(
                            client_id=clients[client],
                            engagement_id=engagement,
                            starts_at=_at(day, hour),
                            status=SessionStatus.COMPLETED if past else SessionStatus.SCHEDULED,
                            private_notes=notes if past else "",
                            shared_summary="Agreed next step: keep a log of escalations for two weeks."
                            if past
                            else "",
                        ),
                    )
                )
            )
        return made

    zoe_sessions = series("Zoë Ørsted", engagements["zoe"], 70, 6, 8)
    practice.sessions["zoe, fifth"] = zoe_sessions[4]
    finalise_notes(db, zoe_sessions[0], _at(today - timedelta(days=69), 9))
    series("Mateus Gonçalves", engagements["mateus"], 40, 4, 13)
    series("Łukasz Nowak", engagements["lukasz"], 35, 3, 16)
    series("Siobhán Ní Bhriain", engagements["siobhan"], 180, 8, 10)
    series("Aiyana Redcloud", None, 20, 2, 15)
    series("Chloé Girard", engagements["chloe"], 28, 2, 9)
    create_session(
        db,
        SessionDetails(
            client_id=clients["Chloé Girard"],
            engagement_id=engagements["chloe"],
            starts_at=_at(today - timedelta(days=7), 9),
            status=SessionStatus.COMPLETED,
            private_notes=NOTES["concern"],
            concern_flags=frozenset({ConcernFlag.MENTAL_HEALTH}),
        ),
    )
    create_session(
        db,
        SessionDetails(
            client_id=clients["Keiko Tanaka"],
            starts_at=_at(today - timedelta(days=12), 17),
            duration_minutes=45,
            format=SessionFormat.PHONE,
            paid=False,
            status=SessionStatus.COMPLETED,
            private_notes="Pro bono session for the charity's new programme managers' circle.",
        ),
    )
    create_session(
        db,
        SessionDetails(
            client_id=clients["Ana Lúcia Ferreira"],
            engagement_id=None,
            starts_at=_at(today - timedelta(days=5), 14),
            duration_minutes=90,
            format=SessionFormat.IN_PERSON,
            is_group=True,
            group_size=5,
            status=SessionStatus.COMPLETED,
            private_notes="Team coaching with the Porto team leads: trust, and how decisions reach the "
            "floor.",
        ),
    )
    create_session(
        db,
        SessionDetails(
            client_id=clients["Nnamdi Okafor"],
            starts_at=_at(today - timedelta(days=30), 18),
            status=SessionStatus.NO_SHOW,
        ),
    )
    create_session(
        db,
        SessionDetails(client_id=clients["Дмитрий Иванов"], starts_at=_at(today + timedelta(days=2), 11)),
    )


def add_goals(db: Session, practice: DemoPractice) -> None:
    """Goals of each origin (client, organisation, shared) and action items."""
    today, clients, engagements = practice.today, practice.clients, practice.engagements
    # Goals of each origin, and what was agreed.
    zoe = clients["Zoë Ørsted"]
    create_goal(
        db,
        GoalDetails(
            client_id=zoe,
            engagement_id=engagements["zoe"],
            origin=GoalOrigin.ORGANISATION,
            statement="Set up a monthly operations review with the board",
            measure_of_success="Three reviews held, with decisions minuted",
            progress=40,
        ),
    )
    delegate = created_id(
        create_goal(
            db,
            GoalDetails(
                client_id=zoe,
                engagement_id=engagements["zoe"],
                origin=GoalOrigin.CLIENT,
                statement="Hand weekly reporting to my two leads",
                measure_of_success="I write no weekly report myself for a month",
                progress=60,
                sponsor_progress="My two leads have written the weekly report for three weeks.",
            ),
        )
    )
    create_goal(
        db,
        GoalDetails(
            client_id=zoe,
            engagement_id=engagements["zoe"],
            origin=GoalOrigin.SHARED,
            statement="Leave work by 18:30 four days a week",
            progress=25,
            sponsor_sees_percent=True,  # Zoë agreed Nordlicht may see this percentage
        ),
    )
    create_goal(
        db,
        GoalDetails(
            client_id=zoe,
            engagement_id=engagements["zoe"],
            origin=GoalOrigin.ORGANISATION,
            statement="Bring both sites onto one planning cycle",
            measure_of_success="One joint plan for the next quarter",
            progress=50,
            client_agreed_on=today - timedelta(days=65),
            sponsor_progress="Both sites now plan on the same cycle; the first joint plan is being drafted.",
        ),
    )
    create_goal(
        db,
        GoalDetails(
            client_id=clients["Mateus Gonçalves"],
            engagement_id=engagements["mateus"],
            origin=GoalOrigin.SHARED,
            statement="One team rhythm across both sites",
            progress=30,
        ),
    )
    create_action_item(
        db,
        ActionItemDetails(
            client_id=zoe,
            description="Draft the hand-over note for weekly reporting",
            owner=ActionOwner.CLIENT,
            due_date=today + timedelta(days=4),
            session_id=practice.sessions["zoe, fifth"],
            goal_id=delegate,
        ),
    )
    create_action_item(
        db,
        ActionItemDetails(
            client_id=clients["Łukasz Nowak"],
            description="Send the list of UX research bootcamps we discussed",
            owner=ActionOwner.COACH,
            due_date=today + timedelta(days=1),
        ),
    )


def add_confidentiality(db: Session, practice: DemoPractice) -> None:
    """Consent to share with a sponsor, the directory, a referral with consent."""
    today, clients, zoe = practice.today, practice.clients, practice.clients["Zoë Ørsted"]
    create_consent(
        db,
        ConsentDetails(
            client_id=zoe,
            scope=ConsentScope.SHARE_WITH_SPONSOR,
            recipient="Ingrid Haugen, Nordlicht Energie GmbH",
            granted_on=today - timedelta(days=72),
            expires_on=today + timedelta(days=20),
            evidence="Signed three-way agreement, section 7",
        ),
    )
    laurent = created_id(
        create_professional(
            db,
            ProfessionalDetails(
                name="Dr Inès Laurent",
                profession="Clinical psychologist",
                specialties="Burnout, anxiety, sleep",
                organisation="Cabinet Laurent",
                email="contact@cabinet-laurent.example",
                phone="+33 3 88 00 00 00",
            ),
        )
    )
    create_professional(
        db,
        ProfessionalDetails(
            name="Marcus Feldmann",
            profession="Employment lawyer",
            specialties="Contracts, redundancy, workplace disputes",
            email="m.feldmann@kanzlei.example",
        ),
    )
    create_professional(
        db,
        ProfessionalDetails(
            name="Priya Raman",
            profession="Independent financial adviser",
            specialties="Small-business finances, pensions",
            email="priya@raman-advice.example",
            pays_referral_fee=True,
            notes="Offers a referral fee; declined so far (see conflicts).",
        ),
    )
    chloe = clients["Chloé Girard"]
    granted_on = today - timedelta(days=7)
    consent = created_id(
        create_consent(
            db,
            ConsentDetails(
                client_id=chloe,
                scope=ConsentScope.REFERRAL,
                recipient="Dr Inès Laurent",
                granted_on=granted_on,
                expires_on=default_expiry(ConsentScope.REFERRAL, granted_on),
                evidence="E-mail from Chloé the same evening",
                shared_items=(
                    SharedItem.CONTACT_DETAILS,
                    SharedItem.REASON_IN_CLIENTS_WORDS,
                    SharedItem.COACHING_DATES,
                ),
                recipient_may_reply=True,
            ),
        )
    )
    referral = created_id(
        create_referral(
            db,
            ReferralDetails(
                client_id=chloe,
                professional_id=laurent,
                reason="Persistent sleep problems and low mood over several weeks, beyond the scope "
                "of coaching.",
                urgency=ReferralUrgency.SOON,
                consent_id=consent,
                reason_in_clients_words="I haven't slept properly for weeks and most days I feel flat. "
                "I'd like to talk to someone who knows about this.",
                client_gets_copy=True,
                risk_raised=RiskRaised.NO,
                referred_on=today - timedelta(days=6),
                follow_up_on=today + timedelta(days=8),
            ),
        )
    )
    set_referral_status(db, referral, ReferralStatus.SENT, today - timedelta(days=6))


def add_conflicts(db: Session, practice: DemoPractice) -> None:
    """A conflict decided with safeguards, one awaiting a decision, a boundary incident, an amendment."""
    today, clients, engagements = practice.today, practice.clients, practice.engagements
    # A declared conflict concerning two clients, decided with safeguards: the coach's own record
    # names both; what the agreements print (Björn's and Zoë's) identifies neither.
    conflict = created_id(
        create_conflict(
            db,
            ConflictDetails(
                kind=ConflictKind.SAME_ORGANISATION,
                description="Björn reports to Zoë, who is also a client, at Nordlicht.",
                client_id=clients["Björn Åkesson"],
                engagement_id=engagements["bjorn"],
                document_wording="The coach also coaches another person at the same organisation; "
                "the two coaching relationships are kept entirely separate.",
                other_client_id=clients["Zoë Ørsted"],
            ),
        )
    )
    decide_conflict(
        db,
        conflict,
        ConflictDecision.PROCEED_WITH_SAFEGUARDS,
        "Each client was told before coaching began; nothing from one coaching relationship is used "
        "in the other; either client may end the arrangement at any time.",
        today - timedelta(days=2),
    )
    # Decided, so Björn's agreement can go out for signature.
    set_engagement_status(db, engagements["bjorn"], "sent", today - timedelta(days=1))
    # Awaiting a decision: Дмитрий's agreement stays a draft until the coach decides.
    create_conflict(
        db,
        ConflictDetails(
            kind=ConflictKind.REFERRAL_FEE,
            description="Priya Raman offers a referral fee for clients referred to her.",
            client_id=clients["Дмитрий Иванов"],
            document_wording="A professional to whom the coach may refer clients has offered the coach "
            "a referral fee.",
        ),
    )
    # A change to Zoë's signed agreement, agreed in writing after signing.
    add_amendment(
        db,
        engagements["zoe"],
        today - timedelta(days=20),
        "Invoices go to Nordlicht's finance team (accounts@nordlicht.example) instead of the sponsor "
        "contact; the fee and payment terms are unchanged.",
    )
    create_boundary_incident(
        db,
        BoundaryIncidentDetails(
            client_id=clients["Łukasz Nowak"],
            occurred_on=today - timedelta(days=10),
            kind=BoundaryKind.UNAGREED_CHANNEL,
            description="Sent several WhatsApp voice messages late in the evening.",
            action_taken="Replied the next working day by e-mail and recalled the agreed channels and hours.",
        ),
    )
