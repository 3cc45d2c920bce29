"""The log by ICF's rules on the demo practice: claimable lines only, aliases with the sponsor contact's
e-mail, totals and progress from the claimable lines, and the organisation's verification letter."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from coachdesk.domain import Client, Engagement, Organisation, OutboundEntry
from coachdesk.services.credentials import CREDENTIALS, HoursTotals, progress
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.document_export import export_document
from coachdesk.services.engagements import EngagementDetails, create_engagement, update_engagement
from coachdesk.services.hours_log import NO_CONTACT_EMAIL, HoursLog, hours_log, named_clients
from coachdesk.services.hours_log_export import hours_log_csv
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.services.verification_letter import (
    organisations_with_aliases,
    verification_letter_document,
    verification_letter_pdf,
)
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.checks import refused

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault.session() as session:
        yield session
    vault.close()


def _log(db: Session) -> HoursLog:
    return hours_log(db, TODAY, zone=UTC)


def _organisation(db: Session, name: str) -> Organisation:
    return db.exec(select(Organisation).where(Organisation.name == name)).one()


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_no_line_of_the_log_or_its_csv_is_a_client_without_consent_unless_aliased(demo: Session) -> None:
    log = _log(demo)
    clients = demo.exec(select(Client)).all()
    may_be_named = named_clients(demo, {c.id for c in clients}, TODAY)
    hidden = [c for c in clients if c.id not in may_be_named]
    assert {c.name for c in hidden} >= {"Ana Lúcia Ferreira", "Björn Åkesson", "Дмитрий Иванов"}
    for row in log.rows:
        if not row.alias and not row.entered:
            assert set(row.client_ids) <= may_be_named, row.client_name
    rows = list(csv.reader(io.StringIO(hours_log_csv(log).decode("utf-8-sig"), newline="")))
    printed = " ".join(" ".join(row) for row in rows)
    for client in hidden:
        assert client.name not in printed and (not client.email or client.email not in printed)
    assert "Confidential Client 1" in printed  # Ana Lúcia, under the alias Vale & Tejo verifies
    assert all(len(row) == 9 for row in rows) and "claimable" not in printed.lower()


def test_totals_and_progress_equal_the_sum_over_the_claimable_lines(demo: Session) -> None:
    log = _log(demo)
    t = log.totals
    assert t.paid_minutes == sum(r.paid_minutes for r in log.rows)
    assert t.pro_bono_minutes == sum(r.pro_bono_minutes for r in log.rows)
    recent = sum(
        r.paid_minutes + r.pro_bono_minutes
        for r in log.rows
        if r.first_date >= log.recent_since  # every demo line lies wholly inside or outside the window
    )
    assert t.recent_minutes == recent
    clients = sum(r.number_in_group or 1 for r in log.rows)  # no client is on two demo lines
    assert t.clients == clients == 16
    assert log.progress == tuple(progress(c, t) for c in CREDENTIALS)
    # What cannot be claimed is apart: Ana Lúcia's team of five, outside the aliased engagement.
    (apart,) = log.not_claimable
    assert (apart.clients, str(apart.hours), apart.reason) == (5, "1.50", "no consent to be named")
    assert log.progress[0].requirements[0].achieved == t.hours


def test_an_alias_line_carries_the_sponsor_contacts_email_and_names_no_one(demo: Session) -> None:
    (alias,) = [r for r in _log(demo).rows if r.alias]
    ana = demo.exec(select(Client).where(Client.name == "Ana Lúcia Ferreira")).one()
    assert (alias.client_name, alias.contact, alias.client_ids) == (
        "Confidential Client 1",
        "joao.araujo@valetejo.example",
        (ana.id,),
    )
    assert alias.named_client_ids == () and ana.id not in _log(demo).named_client_ids


def _aliased_client(db: Session, name: str, sponsor: uuid.UUID, email: str, day: date) -> uuid.UUID:
    from coachdesk.services.clients import ClientDetails, create_client

    client = create_client(db, ClientDetails(name=name)).created
    assert client is not None
    engagement = create_engagement(
        db,
        EngagementDetails(
            client_id=client,
            title="Coaching",
            sponsor_id=sponsor,
            sponsor_contact_email=email,
            log_as_alias=True,
        ),
    ).created
    assert engagement is not None
    create_session(
        db,
        SessionDetails(
            client_id=client,
            engagement_id=engagement,
            starts_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
            status="completed",
        ),
    )
    return engagement


def test_alias_numbers_follow_first_appearance_and_stay_in_a_shorter_period(db: Session) -> None:
    org = create_organisation(
        db, OrganisationDetails(name="Acme Ltd", contact_email="hr@acme.example")
    ).created
    assert org is not None
    _aliased_client(db, "Second", org, "", date(2026, 3, 1))
    _aliased_client(db, "First", org, "", date(2026, 1, 1))
    names = {r.first_date: r.client_name for r in hours_log(db, TODAY, zone=UTC).rows}
    assert names == {date(2026, 1, 1): "Confidential Client 1", date(2026, 3, 1): "Confidential Client 2"}
    (later,) = hours_log(db, TODAY, start=date(2026, 2, 1), zone=UTC).rows
    assert later.client_name == "Confidential Client 2"
    assert later.contact == "hr@acme.example"  # the organisation's contact, the engagement naming none


def test_an_alias_without_any_contact_email_is_not_claimable_and_says_why(db: Session) -> None:
    org = create_organisation(db, OrganisationDetails(name="Acme Ltd")).created
    assert org is not None
    _aliased_client(db, "Kept quiet", org, "", date(2026, 5, 1))
    log = hours_log(db, TODAY, zone=UTC)
    assert log.rows == () and log.totals.minutes == 0
    (apart,) = log.not_claimable
    assert (apart.reason, apart.clients, apart.minutes) == (NO_CONTACT_EMAIL, 1, 60)
    assert organisations_with_aliases(db) == [(org, "Acme Ltd")]
    refused(
        lambda: verification_letter_pdf(db, org, TODAY),
        db,
        "organisation_id",
        "no organisation contact e-mail",
    )


def test_log_as_alias_needs_a_sponsor_and_may_change_after_the_engagement_ended(demo: Session) -> None:
    from coachdesk.services.agreement_list import engagement_form

    siobhan = demo.exec(select(Client).where(Client.name == "Siobhán Ní Bhriain")).one()
    refused(
        lambda: create_engagement(
            demo, EngagementDetails(client_id=siobhan.id, title="Alone", log_as_alias=True)
        ),
        demo,
        "log_as_alias",
        "choose the organisation first",
    )
    zoe = demo.exec(
        select(Engagement).where(Engagement.title == "First 100 days as Head of Operations")
    ).one()
    details = engagement_form(demo, zoe.id).details
    from dataclasses import replace

    from coachdesk.services.engagements import set_engagement_status

    set_engagement_status(demo, zoe.id, "completed", TODAY)  # its terms are closed; how it is logged is not
    update_engagement(demo, zoe.id, replace(details, log_as_alias=True))
    assert demo.get(Engagement, zoe.id).log_as_alias  # type: ignore[union-attr]
    assert any(r.alias and r.contact == "ingrid.haugen@nordlicht.example" for r in _log(demo).rows)


def test_the_letter_holds_what_icf_asks_and_no_client_name(demo: Session) -> None:
    valetejo = _organisation(demo, "Vale & Tejo Logística, S.A.")
    text = _text(verification_letter_pdf(demo, valetejo.id, TODAY, coach_role="external"))
    for item in (
        "Verification of coaching hours",
        "Alex Moreau (ICF ACC)",  # the coach and their credential
        "João Araújo",  # the contact, their role and organisation
        "Head of People at Vale & Tejo Logística, S.A.",
        "as an external coach",  # the coach's role
        "has a confidentiality policy that prevents the release of the names of the clients coached",
        "coaching to 1 client of Vale & Tejo",  # the number of clients
        "total of 3.00 hours (3.00 paid, 0.00 pro bono)",  # the hours
        "from 8 October 2026 to 5 November 2026",  # the period
        "Confidential Client 1 Individual 1 2026-10-08 2026-11-05 3.00",  # the aliases covered
        "Signature",
        "Date",
        "joao.araujo@valetejo.example",
    ):
        assert item in text, item
    for client in demo.exec(select(Client)).all():
        assert client.name not in text and (not client.email or client.email not in text)
    assert "as an internal coach" in _text(
        verification_letter_pdf(demo, valetejo.id, TODAY, coach_role="internal")
    )


def test_the_letter_leaves_through_the_ledger_to_the_organisation_only(demo: Session, tmp_path: Path) -> None:
    valetejo = _organisation(demo, "Vale & Tejo Logística, S.A.")
    source = verification_letter_document(valetejo.id, TODAY, _log(demo))
    refused(
        lambda: export_document(
            demo, tmp_path / "x.pdf", b"%PDF", source, recipient="Nordlicht Energie GmbH"
        ),
        demo,
        "recipient",
        "goes to Vale & Tejo",
    )
    assert not (tmp_path / "x.pdf").exists()
    export_document(demo, tmp_path / "letter.pdf", source.render(demo), source)
    entry = demo.exec(select(OutboundEntry).order_by(OutboundEntry.sent_at.desc())).first()  # type: ignore[attr-defined]
    assert entry is not None and entry.recipient == "João Araújo, Vale & Tejo Logística, S.A."
    nordlicht = _organisation(demo, "Nordlicht Energie GmbH")
    letter = verification_letter_document(nordlicht.id, TODAY, _log(demo))
    refused(
        lambda: export_document(demo, tmp_path / "n.pdf", b"%PDF", letter),
        demo,
        "organisation_id",
        "logged as an alias",
    )


def test_progress_uses_the_totals_of_what_can_be_claimed_not_of_all_sessions(demo: Session) -> None:
    log = _log(demo)
    every = HoursTotals(log.totals.clients + 5, log.totals.paid_minutes + 90, log.totals.pro_bono_minutes, 0)
    assert progress(CREDENTIALS[0], every) != log.progress[0]
