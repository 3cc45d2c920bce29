"""The agreement list rows, the editor's form of one engagement, and the editor's choices."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlmodel import Session

from coachdesk.domain import EngagementStatus, FeeBasis, Payer, SessionStatus
from coachdesk.services.agreement_list import agreement_rows, editor_choices, engagement_form
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo import populate_demo
from coachdesk.services.engagements import (
    EngagementDetails,
    create_engagement,
    set_engagement_status,
    update_engagement,
)
from coachdesk.services.errors import NotFound
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.sessions import SessionDetails, create_session


def _id(value: uuid.UUID | None) -> uuid.UUID:
    assert value is not None
    return value


def test_rows_carry_client_sponsor_status_dates_sessions_and_fee(db: Session, client_id: uuid.UUID) -> None:
    sponsor = _id(create_organisation(db, OrganisationDetails(name="Nordlicht AS")).created)
    three_way = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client_id,
                title="First 100 days",
                sponsor_id=sponsor,
                start_date=date(2026, 1, 5),
                end_date=date(2026, 6, 30),
                session_count=8,
                fee=Decimal("220.50"),
                currency="NOK",
                fee_basis=FeeBasis.PER_SESSION,
                payer=Payer.SPONSOR,
            ),
        ).created
    )
    set_engagement_status(db, three_way, "sent", date(2026, 1, 2))
    set_engagement_status(db, three_way, "signed", date(2026, 1, 3))
    two_party = _id(create_engagement(db, EngagementDetails(client_id=client_id, title="Career")).created)
    for day, status in (
        (6, SessionStatus.COMPLETED),
        (13, SessionStatus.COMPLETED),
        (20, SessionStatus.SCHEDULED),
    ):
        create_session(
            db,
            SessionDetails(
                client_id=client_id,
                engagement_id=three_way,
                starts_at=datetime(2026, 1, day, 9, tzinfo=UTC),
                status=status,
            ),
        )

    rows = {row.id: row for row in agreement_rows(db)}
    first, second = rows[three_way], rows[two_party]
    assert (first.client_id, first.client_name, first.title) == (client_id, "Zoë Ørsted", "First 100 days")
    assert (first.sponsor, first.three_way) == ("Nordlicht AS", True)
    assert first.status is EngagementStatus.SIGNED
    assert (first.start_date, first.end_date) == (date(2026, 1, 5), date(2026, 6, 30))
    assert (first.sent_on, first.signed_on) == (date(2026, 1, 2), date(2026, 1, 3))
    assert (first.sessions_planned, first.sessions_done) == (8, 2)
    assert (first.fee_minor, first.currency, first.fee_basis, first.payer) == (
        22050,
        "NOK",
        FeeBasis.PER_SESSION,
        Payer.SPONSOR,
    )
    assert (second.sponsor, second.three_way, second.status) == ("", False, EngagementStatus.DRAFT)
    assert (second.sessions_planned, second.sessions_done, second.sent_on) == (None, 0, None)


def test_rows_of_the_demo_practice_match_its_engagements(db: Session) -> None:
    populate_demo(db, date(2026, 3, 2))
    rows = agreement_rows(db)
    assert len(rows) == 8
    assert {r.status for r in rows} >= {
        EngagementStatus.DRAFT,
        EngagementStatus.SENT,
        EngagementStatus.ACTIVE,
        EngagementStatus.COMPLETED,
    }
    assert {r.client_name for r in rows if r.three_way} == {
        "Zoë Ørsted",
        "Mateus Gonçalves",
        "Björn Åkesson",
        "Ana Lúcia Ferreira",  # logged as an alias for Vale & Tejo
    }
    assert all(r.sponsor for r in rows if r.three_way)
    # Sorted by client name, case-insensitively.
    names = [r.client_name for r in rows]
    assert names == sorted(names, key=str.lower)


def test_the_form_of_an_engagement_round_trips_through_update(db: Session, client_id: uuid.UUID) -> None:
    sponsor = _id(create_organisation(db, OrganisationDetails(name="Nordlicht AS")).created)
    details = EngagementDetails(
        client_id=client_id,
        title="First 100 days",
        sponsor_id=sponsor,
        sponsor_contact_name="Ingrid Haugen",
        fee=Decimal("220.50"),
        payer=Payer.SPONSOR,
        sponsor_receives_goals=True,
        termination_notice_days=30,
    )
    engagement = _id(create_engagement(db, details).created)
    form = engagement_form(db, engagement)
    assert form.client_name == "Zoë Ørsted"
    assert form.details.fee == Decimal("220.50")
    assert form.details.sponsor_contact_name == "Ingrid Haugen"
    assert form.status is EngagementStatus.DRAFT
    assert not form.has_linked_records
    assert form.changed_since_signing == frozenset()
    # Saving the form unchanged changes nothing.
    before = engagement_form(db, engagement)
    update_engagement(db, engagement, form.details)
    assert engagement_form(db, engagement) == before

    for status, day in (("sent", 1), ("signed", 2)):
        set_engagement_status(db, engagement, status, date(2026, 1, day))
    update_engagement(db, engagement, EngagementDetails(**{**form.details.__dict__, "fee": Decimal(250)}))
    form = engagement_form(db, engagement)
    assert form.signed_on == date(2026, 1, 2)
    assert form.changed_since_signing == frozenset({"fee_minor"})


def test_the_form_of_a_deleted_engagement_is_not_found(db: Session) -> None:
    with pytest.raises(NotFound) as caught:
        engagement_form(db, uuid.uuid4())
    assert caught.value.field == "engagement_id"


def test_editor_choices_list_clients_and_sponsors_by_name(db: Session) -> None:
    assert editor_choices(db).currency == ""
    org = _id(
        create_organisation(
            db, OrganisationDetails(name="nordlicht", contact_name="Ingrid", contact_email="i@n.example")
        ).created
    )
    create_organisation(db, OrganisationDetails(name="Acme"))
    zoe = _id(create_client(db, ClientDetails(name="Zoë", organisation_id=org)).created)
    create_client(db, ClientDetails(name="adam"))
    create_engagement(db, EngagementDetails(client_id=zoe, title="One", currency="GBP"))
    choices = editor_choices(db)
    assert [c.name for c in choices.clients] == ["adam", "Zoë"]
    assert choices.clients[1].organisation_id == org
    assert [s.name for s in choices.sponsors] == ["Acme", "nordlicht"]
    assert (choices.sponsors[1].contact_name, choices.sponsors[1].contact_email) == ("Ingrid", "i@n.example")
    assert choices.currency == "GBP"


def test_a_new_agreement_starts_in_the_profiles_currency(db: Session, client_id: uuid.UUID) -> None:
    from coachdesk.services.profile import ProfileDetails, save_profile

    create_engagement(db, EngagementDetails(client_id=client_id, title="One", currency="GBP"))
    save_profile(db, ProfileDetails(name="Dr Łucja Kowalska", default_currency="PLN"))
    assert editor_choices(db).currency == "PLN"


def test_an_export_is_recorded_with_the_fingerprint_of_the_file(db: Session, client_id: uuid.UUID) -> None:
    from sqlmodel import select

    from coachdesk.domain import AuditAction, AuditEntry, DocumentKind, GeneratedDocument
    from coachdesk.services.document_export import agreement_document, record_export

    engagement = _id(create_engagement(db, EngagementDetails(client_id=client_id, title="Career")).created)
    changes = record_export(db, agreement_document(engagement, date(2026, 3, 2)), b"%PDF- the bytes written")
    [document] = db.exec(select(GeneratedDocument)).all()
    assert changes.touches("generated_document") and changes.created == document.id
    assert (document.kind, document.entity, document.entity_id) == (
        DocumentKind.AGREEMENT,
        "engagement",
        engagement,
    )
    assert document.sha256 == hashlib.sha256(b"%PDF- the bytes written").hexdigest()
    assert any(e.action is AuditAction.EXPORTED for e in db.exec(select(AuditEntry)).all())
    with pytest.raises(NotFound):
        record_export(db, agreement_document(uuid.uuid4(), date(2026, 3, 2)), b"%PDF-")
    assert len(db.exec(select(GeneratedDocument)).all()) == 1
