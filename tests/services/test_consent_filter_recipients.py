"""Who the consent filter lets a document go to: the record's own parties, the coach, or someone named
on a legal ground; a blank recipient means the usual one; anything else is refused with the reason."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import Session

from coachdesk.domain import OWN_USE, DisclosureBasis, DocumentKind, OutboundBasis
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consent_filter import clear_to_leave, default_recipient
from coachdesk.services.consents import ConsentDetails, create_consent, withdraw_consent
from coachdesk.services.document_export import agreement_document, sponsor_report_document
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.organisations import OrganisationDetails, create_organisation

TODAY = date(2026, 11, 27)


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


def _engagement(
    db: Session, client: uuid.UUID, sponsor: uuid.UUID | None = None, contact: str = ""
) -> uuid.UUID:
    details = EngagementDetails(
        client_id=client,
        title="First 100 days",
        sponsor_id=sponsor,
        sponsor_contact_name=contact,
        sponsor_receives_attendance=sponsor is not None,
    )
    return _id(create_engagement(db, details))


@pytest.fixture
def client(db: Session) -> uuid.UUID:
    return _id(create_client(db, ClientDetails(name="Zoë Ørsted")))


@pytest.fixture
def acme(db: Session) -> uuid.UUID:
    return _id(create_organisation(db, OrganisationDetails(name="Acme Ltd")))


def _refused(call: object, phrase: str) -> None:
    assert callable(call)
    with pytest.raises(ValidationError) as refused:
        call()
    assert refused.value.field == "recipient" and phrase in refused.value.message


def test_a_two_party_agreement_goes_to_its_client_only(
    db: Session, client: uuid.UUID, acme: uuid.UUID
) -> None:
    source = agreement_document(_engagement(db, client), TODAY)
    assert default_recipient(db, source) == "Zoë Ørsted"
    _refused(
        lambda: clear_to_leave(db, source, recipient="Acme Ltd"),
        "An agreement goes to its parties: Zoë Ørsted.",
    )


def test_a_sponsor_without_a_contact_is_the_usual_recipient_by_name(
    db: Session, client: uuid.UUID, acme: uuid.UUID
) -> None:
    engagement = _engagement(db, client, acme)
    assert default_recipient(db, agreement_document(engagement, TODAY)) == "Zoë Ørsted; Acme Ltd"
    create_consent(db, ConsentDetails(client, "share_with_sponsor", date(2026, 9, 1), recipient="Acme Ltd"))
    assert default_recipient(db, sponsor_report_document(engagement, TODAY)) == "Acme Ltd"


def test_the_agreements_sponsor_contact_is_one_of_its_parties(
    db: Session, client: uuid.UUID, acme: uuid.UUID
) -> None:
    source = agreement_document(_engagement(db, client, acme, contact="Dana Weller"), TODAY)
    assert default_recipient(db, source) == "Zoë Ørsted; Dana Weller, Acme Ltd"
    cleared = clear_to_leave(db, source, recipient="  Dana   Weller ")
    assert (cleared.recipient, cleared.basis) == ("Dana Weller", OutboundBasis.AGREEMENT)


def test_a_blank_recipient_means_the_usual_one(db: Session, client: uuid.UUID) -> None:
    cleared = clear_to_leave(db, agreement_document(_engagement(db, client), TODAY), recipient=" \t ")
    assert cleared.recipient == "Zoë Ørsted" and cleared.basis is OutboundBasis.AGREEMENT


def test_consent_named_as_a_legal_ground_widens_nothing(db: Session, client: uuid.UUID) -> None:
    source = agreement_document(_engagement(db, client), TODAY)
    _refused(
        lambda: clear_to_leave(
            db, source, recipient="Björn Åkesson", legal_basis=DisclosureBasis.CLIENT_CONSENT
        ),
        "goes to its parties",
    )


def test_a_disclosure_on_a_legal_ground_names_who_receives_it(db: Session, client: uuid.UUID) -> None:
    source = agreement_document(_engagement(db, client), TODAY)
    for recipient in (OWN_USE, f"  {OWN_USE.upper()} "):
        _refused(
            lambda name=recipient: clear_to_leave(
                db, source, recipient=name, legal_basis=DisclosureBasis.LAW_OR_COURT_ORDER
            ),
            "Name who receives a disclosure made on a legal basis.",
        )
    court = clear_to_leave(
        db, source, recipient="District court", legal_basis=DisclosureBasis.LAW_OR_COURT_ORDER
    )
    assert (court.recipient, court.basis, court.consent_id) == (
        "District court",
        OutboundBasis.LEGAL_BASIS,
        None,
    )


def test_a_clients_records_go_to_the_client_or_stay_with_the_coach(db: Session, client: uuid.UUID) -> None:
    source = DocumentSource(DocumentKind.CLIENT_RECORDS, "client", client, lambda _db: b"", TODAY)
    cleared = clear_to_leave(db, source)
    assert (cleared.recipient, cleared.basis, cleared.client_ids) == (
        "Zoë Ørsted",
        OutboundBasis.DATA_ACCESS,
        (client,),
    )
    assert clear_to_leave(db, source, recipient=OWN_USE).own_use
    _refused(lambda: clear_to_leave(db, source, recipient="Acme Ltd"), "A client's records go to Zoë Ørsted")


def test_a_kind_the_filter_has_no_rule_for_never_leaves(db: Session) -> None:
    source = DocumentSource(DocumentKind.RECOVERY_SHEET, "vault", None, lambda _db: b"", TODAY)
    with pytest.raises(ValidationError) as refused:
        clear_to_leave(db, source)
    assert (
        refused.value.field == "kind"
        and "does not know how a recovery sheet may leave" in refused.value.message
    )


def test_a_two_party_engagement_has_no_sponsor_report_to_send(db: Session, client: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as refused:
        clear_to_leave(db, sponsor_report_document(_engagement(db, client), TODAY))
    assert (
        refused.value.field == "engagement_id" and "there is no sponsor to report to" in refused.value.message
    )


def test_the_engagements_own_sponsor_contact_receives_the_report(
    db: Session, client: uuid.UUID, acme: uuid.UUID
) -> None:
    engagement = _engagement(db, client, acme, contact="Dana Weller")
    create_consent(db, ConsentDetails(client, "share_with_sponsor", date(2026, 9, 1), recipient="Acme Ltd"))
    source = sponsor_report_document(engagement, TODAY)
    assert default_recipient(db, source) == "Dana Weller, Acme Ltd"
    assert clear_to_leave(db, source, recipient="Dana Weller").basis is OutboundBasis.CLIENT_CONSENT


def test_an_hours_log_naming_a_client_who_withdrew_never_leaves(db: Session, client: uuid.UUID) -> None:
    consent = _id(create_consent(db, ConsentDetails(client, "named_in_hours_log", date(2026, 1, 5))))
    source = DocumentSource(DocumentKind.HOURS_LOG, "hours_log", None, lambda _db: b"", TODAY, (client,))
    assert clear_to_leave(db, source, recipient="ICF credentialing").recipient == "ICF credentialing"
    withdraw_consent(db, consent, TODAY)
    with pytest.raises(ValidationError) as refused:
        clear_to_leave(db, source)
    assert refused.value.field == "client_ids" and "make the log again" in refused.value.message


def test_consent_is_checked_on_the_documents_own_date(
    db: Session, client: uuid.UUID, acme: uuid.UUID
) -> None:
    engagement = _engagement(db, client, acme)
    september = ConsentDetails(
        client, "share_with_sponsor", date(2026, 9, 1), recipient="Acme Ltd", expires_on=date(2026, 9, 30)
    )
    create_consent(db, september)
    dated = sponsor_report_document(engagement, date(2026, 9, 15))
    assert clear_to_leave(db, dated).basis is OutboundBasis.CLIENT_CONSENT
    with pytest.raises(ValidationError, match="expired on 2026-09-30"):
        clear_to_leave(db, sponsor_report_document(engagement, TODAY))
