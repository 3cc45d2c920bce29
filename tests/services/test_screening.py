"""Conflict screening: each rule finds what it should and nothing else; findings become conflicts once."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import Session, select

from coachdesk.domain import AuditEntry, ClientStatus, Conflict, ConflictKind
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.services.screening import (
    Declaration,
    declared,
    record_findings,
    screen_client,
    screen_engagement,
    screen_referral,
)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def _org(db: Session, name: str = "Acme Ltd", **contact: str) -> uuid.UUID:
    return _id(create_organisation(db, OrganisationDetails(name=name, **contact)))


def _client(db: Session, name: str, **details: object) -> uuid.UUID:
    return _id(create_client(db, ClientDetails(name=name, **details)))  # type: ignore[arg-type]


def _kinds(findings: list) -> list[ConflictKind]:  # type: ignore[type-arg]
    return [f.kind for f in findings]


def test_a_new_client_has_nothing_to_declare_in_an_empty_practice(db: Session) -> None:
    assert screen_client(db, _client(db, "Zoë Ørsted")) == []


def test_another_active_client_at_the_same_organisation_is_found(db: Session) -> None:
    acme = _org(db)
    _client(db, "Ada Active", organisation_id=acme, status=ClientStatus.ACTIVE)
    _client(db, "Paul Paused", organisation_id=acme, status=ClientStatus.PAUSED)
    _client(db, "Elsewhere Active", organisation_id=_org(db, "Other plc"), status=ClientStatus.ACTIVE)
    new = _client(db, "Zoë Ørsted", organisation_id=acme)
    findings = screen_client(db, new)
    assert _kinds(findings) == [ConflictKind.SAME_ORGANISATION]
    assert "Ada Active" in findings[0].description and "Acme Ltd" in findings[0].description
    assert findings[0].client_id == new and findings[0].engagement_id is None


def test_a_client_with_a_live_engagement_counts_as_active(db: Session) -> None:
    acme = _org(db)
    prospect = _client(db, "Petra Prospect", organisation_id=acme)
    create_engagement(db, EngagementDetails(client_id=prospect, title="Leadership"))
    findings = screen_client(db, _client(db, "Zoë Ørsted", organisation_id=acme))
    assert ["Petra Prospect" in f.description for f in findings] == [True]


def test_a_client_who_is_a_sponsors_contact_is_found(db: Session) -> None:
    _org(db, "Acme Ltd", contact_name="Zoë  ØRSTED")
    _org(db, "Bright", contact_email="zoe@example.org")
    _org(db, "Unrelated", contact_name="Someone Else")
    findings = screen_client(db, _client(db, "Zoë Ørsted", email="Zoe@Example.org"))
    assert _kinds(findings) == [ConflictKind.CLIENT_IS_SPONSOR_CONTACT] * 2
    assert {"Acme Ltd" in f.description or "Bright" in f.description for f in findings} == {True}


def test_an_engagement_whose_sponsor_contact_is_a_client_is_found(db: Session) -> None:
    acme = _org(db)
    contact = _client(db, "Dmitri Contact", email="dmitri@acme.test")
    coachee = _client(db, "Zoë Ørsted")
    engagement = _id(
        create_engagement(
            db,
            EngagementDetails(
                client_id=coachee,
                title="Leadership",
                sponsor_id=acme,
                sponsor_contact_name="D. Contact",
                sponsor_contact_email="DMITRI@acme.test",
            ),
        )
    )
    findings = screen_engagement(db, engagement)
    assert _kinds(findings) == [ConflictKind.CLIENT_IS_SPONSOR_CONTACT]
    assert "Dmitri Contact" in findings[0].description
    assert findings[0].client_id == coachee and findings[0].engagement_id == engagement
    assert contact not in {f.client_id for f in findings}


def test_a_referral_to_a_professional_who_pays_a_fee_is_found(db: Session) -> None:
    client = _client(db, "Zoë Ørsted")
    paying = _id(
        create_professional(
            db, ProfessionalDetails(name="Dr Fee", profession="Therapist", pays_referral_fee=True)
        )
    )
    free = _id(create_professional(db, ProfessionalDetails(name="Dr Free", profession="Therapist")))
    to_paying = _id(
        create_referral(db, ReferralDetails(client_id=client, professional_id=paying, reason="Sleep"))
    )
    to_free = _id(
        create_referral(db, ReferralDetails(client_id=client, professional_id=free, reason="Stress"))
    )
    assert _kinds(screen_referral(db, to_paying)) == [ConflictKind.REFERRAL_FEE]
    assert screen_referral(db, to_free) == []
    assert _kinds(screen_client(db, client)) == [ConflictKind.REFERRAL_FEE]
    engagement = _id(create_engagement(db, EngagementDetails(client_id=client, title="Career")))
    assert [f.engagement_id for f in screen_engagement(db, engagement)] == [engagement]


def test_declarations_become_findings_in_the_coachs_words(db: Session) -> None:
    client = _client(db, "Zoë Ørsted")
    answers = Declaration(personal_relationship="  Her brother is my neighbour. ", other="")
    findings = declared(answers, client)
    assert [(f.kind, f.description) for f in findings] == [
        (ConflictKind.PERSONAL_RELATIONSHIP, "Her brother is my neighbour.")
    ]
    assert declared(Declaration(), client) == []
    with pytest.raises(ValidationError) as refused:
        declared(Declaration(financial_benefit="a\x00b"), client)
    assert refused.value.field == "financial_benefit"


def test_findings_are_recorded_once_awaiting_a_decision(db: Session) -> None:
    acme = _org(db)
    _client(db, "Ada Active", organisation_id=acme, status=ClientStatus.ACTIVE)
    new = _client(db, "Zoë Ørsted", organisation_id=acme)
    findings = screen_client(db, new) + declared(Declaration(other="I coached her manager"), new)
    changes = record_findings(db, findings)
    assert changes.touches("conflict") and changes.created is not None
    conflicts = db.exec(select(Conflict).where(Conflict.client_id == new)).all()
    assert sorted(c.kind for c in conflicts) == sorted([ConflictKind.SAME_ORGANISATION, ConflictKind.OTHER])
    assert all(c.decision is None for c in conflicts)
    audited = db.exec(select(AuditEntry).where(AuditEntry.entity == "conflict")).all()
    assert len(audited) == 2
    assert record_findings(db, screen_client(db, new)) == Changes()  # screening again adds nothing
    assert len(db.exec(select(Conflict)).all()) == 2
