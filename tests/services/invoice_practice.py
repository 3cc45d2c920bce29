"""A small practice to invoice: the coach's profile, a client with a sponsor, engagements, sessions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import Session

from coachdesk.domain import FeeBasis, Payer, SessionStatus, TaxTreatment, VatTreatment
from coachdesk.services.billing_details import BillingDetails, save_client_billing, save_organisation_billing
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.sessions import SessionDetails, create_session

FIRST_DAY = date(2026, 3, 2)


def created(changes: object) -> uuid.UUID:
    record_id = getattr(changes, "created", None)
    assert isinstance(record_id, uuid.UUID)
    return record_id


@dataclass
class Practice:
    client: uuid.UUID
    sponsor: uuid.UUID
    engagement: uuid.UUID  # the client pays 150.00 per session
    sessions: list[uuid.UUID]


def set_treatment(db: Session, treatment: TaxTreatment, rate: str = "0", **more: object) -> None:
    save_invoicing_settings(
        db,
        InvoicingSettings(
            tax_treatment=treatment,
            default_vat_rate=rate,
            vat_number=str(more.pop("vat_number", "DE123456789")),
            **more,  # type: ignore[arg-type]
        ),
    )


def session_on(
    db: Session,
    client: uuid.UUID,
    engagement: uuid.UUID,
    day: date,
    status: SessionStatus = SessionStatus.COMPLETED,
) -> uuid.UUID:
    starts = datetime.combine(day, time(10), tzinfo=UTC)
    return created(
        create_session(
            db, SessionDetails(client_id=client, engagement_id=engagement, starts_at=starts, status=status)
        )
    )


def practice(
    db: Session,
    *,
    sessions: int = 3,
    fee: str = "150.00",
    treatment: TaxTreatment = TaxTreatment.CHARGED,
    rate: str = "19",
    payer: Payer = Payer.CLIENT,
    fee_basis: FeeBasis = FeeBasis.PER_SESSION,
    currency: str = "EUR",
    engagement_vat: VatTreatment = VatTreatment.ADDED,
) -> Practice:
    save_profile(
        db, ProfileDetails(name="Dr Łucja Kowalska", address="Hauptstraße 1\n10115 Berlin", country="Germany")
    )
    set_treatment(db, treatment, rate)
    sponsor = created(create_organisation(db, OrganisationDetails(name="Nordlicht GmbH")))
    save_organisation_billing(db, sponsor, BillingDetails("Am Hafen 2, Hamburg", "DE811111111", "HRB 1234"))
    client = created(create_client(db, ClientDetails(name="Zoë Ørsted", organisation_id=sponsor)))
    save_client_billing(db, client, BillingDetails("Rue de la Paix 3, Paris"))
    engagement = created(
        create_engagement(
            db,
            EngagementDetails(
                client_id=client,
                title="Leadership coaching",
                sponsor_id=sponsor,
                session_count=8,
                fee=Decimal(fee),
                currency=currency,
                payer=payer,
                fee_basis=fee_basis,
                end_date=date(2026, 12, 31),
                vat=engagement_vat,
            ),
        )
    )
    ids = [session_on(db, client, engagement, FIRST_DAY + timedelta(days=7 * i)) for i in range(sessions)]
    return Practice(client, sponsor, engagement, ids)
