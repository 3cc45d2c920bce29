"""A realistic fictional practice, for trying CoachDesk out and for tests (``coachdesk demo``)."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from coachdesk.domain import (
    ClientStatus,
    FeeBasis,
    Payer,
    SessionFormat,
    VatTreatment,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo_casework import (
    DemoPractice,
    add_confidentiality,
    add_conflicts,
    add_goals,
    add_sessions,
    created_id,
)
from coachdesk.services.demo_development import add_development
from coachdesk.services.demo_hours import add_hours_history
from coachdesk.services.demo_invoices import add_invoices
from coachdesk.services.demo_ledger import add_outbound
from coachdesk.services.demo_templates import add_note_templates
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.sponsor_report_options import set_next_review
from coachdesk.vault import KdfAlgorithm, KdfParams, Vault

# Clients who live in another time zone than the coach (Strasbourg); the rest keep the coach's time.
CLIENT_ZONES = {
    "Mateus Gonçalves": "Europe/Lisbon",
    "Ana Lúcia Ferreira": "Europe/Lisbon",
    "Siobhán Ní Bhriain": "Europe/Dublin",
    "Łukasz Nowak": "Europe/Warsaw",  # the same time as the coach's
}
CLIENTS = [
    # name, preferred name, e-mail, organisation key, role, status, named in hours log
    ("Zoë Ørsted", "Zoë", "zoe.orsted@nordlicht.example", "nordlicht", "Head of Operations", "active", True),
    ("Björn Åkesson", "", "bjorn.akesson@nordlicht.example", "nordlicht", "Shift Lead", "prospect", False),
    (
        "Mateus Gonçalves",
        "Mateus",
        "mateus.g@valetejo.example",
        "valetejo",
        "Logistics Director",
        "active",
        True,
    ),
    ("Łukasz Nowak", "", "lukasz.nowak@posteo.example", None, "Product designer", "active", True),
    ("Дмитрий Иванов", "Dima", "d.ivanov@mail.example", None, "Founder", "active", False),
    ("Siobhán Ní Bhriain", "", "siobhan.nb@eircom.example", None, "Senior solicitor", "completed", True),
    ("Chloé Girard", "", "chloe@atelier-girard.example", None, "Studio owner", "active", True),
    ("Keiko Tanaka", "", "keiko.tanaka@ngo.example", None, "Programme manager (charity)", "active", True),
    ("Nnamdi Okafor", "", "nnamdi.okafor@example.org", None, "Engineering manager", "paused", True),
    ("Ana Lúcia Ferreira", "Ana", "ana.ferreira@valetejo.example", "valetejo", "Team lead", "active", False),
    (
        "Fatima Zahra El Idrissi",
        "Fatima",
        "fz.elidrissi@example.net",
        None,
        "PhD candidate",
        "prospect",
        False,
    ),
    ("Aiyana Redcloud", "", "aiyana.r@example.com", None, "Head teacher", "active", True),
]


def populate_demo(db: Session, today: date) -> None:
    """Fill an empty vault with the fictional practice of Alex Moreau, dated around ``today``."""
    practice = DemoPractice(today)
    _people(db, practice)
    _engagements(db, practice)
    add_sessions(db, practice)
    add_hours_history(db, practice)
    add_goals(db, practice)
    add_confidentiality(db, practice)
    add_conflicts(db, practice)
    add_outbound(db, practice)
    add_development(db, today)
    add_note_templates(db, practice)
    add_invoices(db, practice)


def _people(db: Session, practice: DemoPractice) -> None:
    today = practice.today
    """Fill an empty vault with the fictional practice of Alex Moreau, dated around ``today``."""
    save_profile(
        db,
        ProfileDetails(
            name="Alex Moreau",
            practice_name="Moreau Coaching & Mentoring",
            credentials="ICF ACC",
            qualifications="MSc Coaching Psychology; EMCC Senior Practitioner accreditation",
            professional_body="International Coaching Federation (ICF)",
            code_of_ethics="ICF Code of Ethics (2025)",
            complaints_route=(
                "Raise any concern with Alex first. If it is not resolved, it may be brought to the ICF "
                "Ethical Conduct Review process: International Coaching Federation, Ethics and "
                "Compliance, 2365 Harrodsburg Rd, Suite A325, Lexington, KY 40504, USA; "
                "ethics@coachingfederation.org."
            ),
            email="alex@moreau-coaching.example",
            phone="+33 6 12 34 56 78",
            website="moreau-coaching.example",
            address="14 rue des Tanneurs\n67000 Strasbourg\nFrance",
            default_currency="EUR",
            default_session_minutes=60,
            country="France",
            platforms="Zoom for video sessions and Signal for short messages",
            processors=(
                "Proton Mail (e-mail), Zoom (video sessions) and Signal (messages); none of them "
                "receives session notes"
            ),
        ),
    )
    sponsors = {
        "nordlicht": created_id(
            create_organisation(
                db,
                OrganisationDetails(
                    name="Nordlicht Energie GmbH",
                    contact_name="Ingrid Haugen",
                    contact_role="HR Business Partner",
                    contact_email="ingrid.haugen@nordlicht.example",
                    billing_address="Hafenstraße 3\n20457 Hamburg\nGermany",
                ),
            )
        ),
        "valetejo": created_id(
            create_organisation(
                db,
                OrganisationDetails(
                    name="Vale & Tejo Logística, S.A.",
                    contact_name="João Araújo",
                    contact_role="Head of People",
                    contact_email="joao.araujo@valetejo.example",
                ),
            )
        ),
    }
    clients: dict[str, uuid.UUID] = {}
    for index, (name, preferred, email, org, role, status, named) in enumerate(CLIENTS):
        clients[name] = created_id(
            create_client(
                db,
                ClientDetails(
                    name=name,
                    preferred_name=preferred,
                    email=email,
                    organisation_id=sponsors[org] if org else None,
                    role=role,
                    status=ClientStatus(status),
                    source="Referral from a former client" if index % 3 else "Sponsor",
                    intake_date=today - timedelta(days=200 - index * 12),
                    named_in_hours_log=named,
                    time_zone=CLIENT_ZONES.get(name, ""),
                ),
            )
        )

    practice.sponsors.update(sponsors)
    practice.clients.update(clients)


def _engagements(db: Session, practice: DemoPractice) -> None:
    """Two-party and three-way agreements at every stage."""
    today, clients, engagements = practice.today, practice.clients, practice.engagements
    terms = EngagementDetails(
        client_id=clients["Zoë Ørsted"],
        title="First 100 days as Head of Operations",
        sponsor_id=practice.sponsors["nordlicht"],
        sponsor_contact_name="Ingrid Haugen",
        sponsor_contact_email="ingrid.haugen@nordlicht.example",
        start_date=today - timedelta(days=70),
        end_date=today + timedelta(days=60),
        session_count=8,
        session_minutes=60,
        format=SessionFormat.VIDEO,
        fee=Decimal("220.00"),
        fee_basis=FeeBasis.PER_SESSION,
        payer=Payer.SPONSOR,
        payment_terms="Invoiced monthly to the sponsor; payable within 30 days.",
        cancellation_policy="Sessions moved with less than 24 hours' notice are charged in full.",
        late_cancel_uses_credit=True,
        sponsor_receives_attendance=True,
        sponsor_receives_goals=True,
        sponsor_receives_progress_summary=True,
        contact_channels="E-mail; phone for rescheduling only",
        contact_hours="Monday to Friday, 9:00–18:00",
        response_time="Within two working days",
        gifts_policy="No gifts beyond a token of under €25.",
        vat=VatTreatment.ADDED,
        three_way_meetings="in the first week, at the midpoint review in week eight and at the close",
    )
    zoe_engagement = created_id(create_engagement(db, terms))
    for status, days in (("sent", 80), ("signed", 75), ("active", 70)):
        set_engagement_status(db, zoe_engagement, status, today - timedelta(days=days))
    set_next_review(db, zoe_engagement, today + timedelta(days=14))
    mateus_engagement = created_id(
        create_engagement(
            db,
            replace(
                terms,
                client_id=clients["Mateus Gonçalves"],
                title="Leading a team across Lisbon and Porto",
                sponsor_id=practice.sponsors["valetejo"],
                sponsor_contact_name="João Araújo",
                sponsor_contact_email="joao.araujo@valetejo.example",
                sponsor_receives_goals=False,
                sponsor_receives_progress_summary=False,
                fee=Decimal("240.00"),
            ),
        )
    )
    for status, days in (("sent", 50), ("signed", 45), ("active", 40)):
        set_engagement_status(db, mateus_engagement, status, today - timedelta(days=days))
    bjorn_engagement = created_id(
        create_engagement(
            db,
            replace(terms, client_id=clients["Björn Åkesson"], title="Stepping into shift leadership"),
        )
    )
    two_party = replace(
        terms,
        sponsor_id=None,
        sponsor_contact_name="",
        sponsor_contact_email="",
        payer=Payer.CLIENT,
        payment_terms="Paid in advance for each block of three sessions.",
        sponsor_receives_attendance=False,
        sponsor_receives_goals=False,
        sponsor_receives_progress_summary=False,
        fee=Decimal("120.00"),
        session_count=6,
        vat=VatTreatment.INCLUDED,
        three_way_meetings="",
    )
    lukasz_engagement = created_id(
        create_engagement(
            db,
            replace(two_party, client_id=clients["Łukasz Nowak"], title="Career change into UX research"),
        )
    )
    for status, days in (("sent", 40), ("signed", 38), ("active", 35)):
        set_engagement_status(db, lukasz_engagement, status, today - timedelta(days=days))
    chloe_engagement = created_id(
        create_engagement(
            db,
            replace(
                two_party,
                client_id=clients["Chloé Girard"],
                title="Sustainable growth for the studio",
                clauses_off=frozenset({"liability"}),  # Chloé's own business: agreed without the cap
            ),
        )
    )
    for status, days in (("sent", 30), ("signed", 29), ("active", 28)):
        set_engagement_status(db, chloe_engagement, status, today - timedelta(days=days))
    dima_engagement = created_id(
        create_engagement(
            db, replace(two_party, client_id=clients["Дмитрий Иванов"], title="From founder to CEO")
        )
    )
    # Дмитрий's agreement stays a draft: a conflict of interest awaits a decision (see casework).
    siobhan_engagement = created_id(
        create_engagement(
            db,
            replace(
                two_party,
                client_id=clients["Siobhán Ní Bhriain"],
                title="Returning to practice after parental leave",
                start_date=today - timedelta(days=190),
                end_date=today - timedelta(days=60),
            ),
        )
    )
    for status, days in (("sent", 195), ("signed", 192), ("active", 190), ("completed", 60)):
        set_engagement_status(db, siobhan_engagement, status, today - timedelta(days=days))

    engagements.update(
        zoe=zoe_engagement,
        mateus=mateus_engagement,
        bjorn=bjorn_engagement,
        lukasz=lukasz_engagement,
        chloe=chloe_engagement,
        dima=dima_engagement,
        siobhan=siobhan_engagement,
    )


# The key derivation of ``coachdesk --demo``'s practice: its data is fictional, its passphrase is
# printed on its unlock window and its file is deleted on quit, so the seconds a real vault's
# derivation costs (to calibrate, create and unlock) would buy nothing but a slow start.
DEMO_KDF = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)


def create_demo_vault(
    path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams | None = None, today: date | None = None
) -> Vault:
    """A new vault at ``path`` holding the demo practice, saved; the caller closes it."""
    vault = Vault.create(path, passphrase, kdf=kdf)
    try:
        with vault.session() as db:
            populate_demo(db, today or date.today())
        vault.save()
    except BaseException:
        vault.close()
        Path(path).unlink(missing_ok=True)
        raise
    return vault
