"""A client's records: export to a folder, erasure that leaves no trace in the saved vault, and retention."""

from __future__ import annotations

import json
import shutil
import stat
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, col, select

from coachdesk.documents.files import sha256_hex
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    Consent,
    DocumentKind,
    Engagement,
    OutboundBasis,
    OutboundEntry,
    metadata,
)
from coachdesk.services.client_records import erase_client, erasure_plan, export_client
from coachdesk.services.clients import ClientDetails, create_client, delete_client
from coachdesk.services.consents import withdraw_consent
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.errors import NotFound, ValidationError
from coachdesk.services.retention import (
    clients_past_retention,
    keep_client,
    retention_years,
    set_retention_years,
)
from coachdesk.services.search import search
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.vault import Vault, migrations
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.checks import refused
from tests.services.conftest import search_index_differences
from tests.vault.test_golden import GOLDEN_SCHEMA_0001, SCHEMA_0001_PASSPHRASE

TODAY = date(2026, 11, 27)
ZOE = ("Zoë Ørsted", "zoe.orsted@nordlicht.example", "Ørsted", "First 100 days as Head of Operations")


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    yield vault
    vault.close()


@pytest.fixture
def demo(demo_vault: Vault) -> Iterator[Session]:
    with demo_vault.session() as session:
        yield session


def _id(session: Session, name: str) -> uuid.UUID:
    return session.exec(select(Client).where(col(Client.name) == name)).one().id


# ----- export ------------------------------------------------------------------------------------


def test_export_writes_everything_held_about_the_client_and_their_agreement(
    demo: Session, tmp_path: Path
) -> None:
    zoe = _id(demo, "Zoë Ørsted")
    folder = tmp_path / "subject-access" / "zoe"
    result = export_client(demo, zoe, folder, TODAY)
    assert [p.name for p in result.files] == ["client.json", "agreement-1.pdf"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in result.files)
    text = (folder / "client.json").read_text(encoding="utf-8")
    record = json.loads(text)
    assert (record["client"]["name"], record["client"]["email"]) == ZOE[:2]
    records = record["records"]
    assert len(records["engagement"]) == 1 and records["engagement"][0]["title"] == ZOE[3]
    assert len(records["coaching_session"]) == 6
    assert any("## Contracting" in s["private_notes"] for s in records["coaching_session"])
    assert {"goal", "action_item", "consent"} <= set(records)
    assert record["related"]["organisation"] == [
        {"id": records["engagement"][0]["sponsor_id"], "name": "Nordlicht Energie GmbH"}
    ]
    assert record["history"] and all(
        set(h) == {"created_at", "entity", "entity_id", "action", "fields"} for h in record["history"]
    )
    assert record["files"] == ["agreement-1.pdf"] and record["not_printed"] == []
    # Nothing of any other client, though Björn Åkesson is at the same sponsor.
    assert "Björn" not in text and "Mateus" not in text
    pdf_text = " ".join(p.extract_text() for p in PdfReader(folder / "agreement-1.pdf").pages)
    assert "Zoë Ørsted" in pdf_text
    exported = demo.exec(select(AuditEntry).where(col(AuditEntry.action) == AuditAction.EXPORTED)).all()
    assert [(e.entity, e.entity_id) for e in exported if e.entity == "client"] == [("client", zoe)]
    # Each file written is one entry in the outbound ledger, to the client, with its exact bytes.
    entries = demo.exec(
        select(OutboundEntry)
        .where(OutboundEntry.kind == DocumentKind.CLIENT_RECORDS)
        .order_by(col(OutboundEntry.description))
    ).all()
    assert [(e.description, e.recipient, e.basis) for e in entries] == [
        ("agreement-1.pdf", "Zoë Ørsted", OutboundBasis.DATA_ACCESS),
        ("client.json", "Zoë Ørsted", OutboundBasis.DATA_ACCESS),
    ]
    assert [e.sha256 for e in entries] == [sha256_hex((folder / e.description).read_bytes()) for e in entries]


def test_export_prints_referral_letters_the_consent_allows_and_lists_the_others(
    demo: Session, tmp_path: Path
) -> None:
    chloe = _id(demo, "Chloé Girard")
    assert [p.name for p in export_client(demo, chloe, tmp_path / "a", TODAY).files] == [
        "client.json", "agreement-1.pdf", "referral-letter-1.pdf",
    ]  # fmt: skip
    consent = demo.exec(
        select(Consent).where(col(Consent.client_id) == chloe, col(Consent.scope) == "referral")
    ).one()
    withdraw_consent(demo, consent.id, TODAY)
    result = export_client(demo, chloe, tmp_path / "b", TODAY)
    assert [p.name for p in result.files] == ["client.json", "agreement-1.pdf"]
    (reason,) = result.not_printed
    assert reason.startswith("Referral letter to Dr Inès Laurent: ")
    assert json.loads((tmp_path / "b" / "client.json").read_text())["not_printed"] == [reason]


def test_export_needs_an_empty_folder_and_a_client(demo: Session, tmp_path: Path) -> None:
    zoe = _id(demo, "Zoë Ørsted")
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "other.txt").write_text("x")
    refused(lambda: export_client(demo, zoe, tmp_path / "used", TODAY), demo, "folder", "empty folder")
    assert [p.name for p in (tmp_path / "used").iterdir()] == ["other.txt"]
    with pytest.raises(NotFound) as missing:
        export_client(demo, uuid.uuid4(), tmp_path / "new", TODAY)
    assert missing.value.field == "client_id" and not (tmp_path / "new").exists()


# ----- erasure -----------------------------------------------------------------------------------


def test_erasure_plan_names_what_goes_and_the_backups_that_keep_it(demo_vault: Vault, demo: Session) -> None:
    demo_vault.save()
    demo_vault.save()  # the earlier saves are now rotated backups
    plan = erasure_plan(demo, _id(demo, "Zoë Ørsted"), demo_vault.path)
    lines = plan.lines()
    assert plan.client_name == "Zoë Ørsted"
    assert lines[:2] == ["1 agreements", "6 sessions with their notes"]
    assert any(line.endswith("audit entries") for line in lines)
    assert plan.backups and all(p.parent.name == "demo.coachdesk-backups" for p in plan.backups)
    assert set(plan.backups) == {b.path for b in demo_vault.backups()}


def test_erasure_removes_every_trace_from_the_saved_vault(demo_vault: Vault, demo: Session) -> None:
    zoe = _id(demo, "Zoë Ørsted")
    demo_vault.save()
    before = demo_vault.connection.execute("PRAGMA secure_delete").fetchone()
    changes = erase_client(demo, zoe)
    assert demo_vault.connection.execute("PRAGMA secure_delete").fetchone() == before
    assert zoe in changes.ids and changes.touches("client", "coaching_session")
    assert demo.get(Client, zoe) is None
    for table in metadata.sorted_tables:
        for column in (c for c in table.columns if c.name in ("client_id", "entity_id")):
            assert demo.connection().execute(table.select().where(column == zoe)).first() is None
    (line,) = demo.exec(
        select(AuditEntry).where(col(AuditEntry.entity) == "client", col(AuditEntry.action) == "deleted")
    ).all()
    assert (line.entity_id, line.fields) == (None, "")
    assert search(demo, "Ørsted") == [] and search_index_differences(demo) == []
    demo.rollback()  # the index comparison's scratch tables
    demo_vault.save()
    with Vault.open(demo_vault.path, PASSPHRASE, read_only=True) as saved:
        image = saved.connection.serialize()
    for trace in (*ZOE, "rsted"):
        assert trace.encode("utf-8") not in image, trace
    assert "Mateus Gonçalves".encode() in image  # the others are all still there


def test_a_plain_delete_without_secure_delete_would_leave_traces(demo_vault: Vault, demo: Session) -> None:
    """The control for the test above: the bytes really are searched, and deletion alone is not enough."""
    demo_vault.connection.execute("PRAGMA secure_delete = OFF")
    delete_client(demo, _id(demo, "Zoë Ørsted"))
    assert ZOE[0].encode() in demo_vault.connection.serialize()


def test_erasing_a_client_that_is_gone_is_refused(db: Session) -> None:
    refused(lambda: erase_client(db, uuid.uuid4()), db, "client_id", "no longer exists")


# ----- retention ---------------------------------------------------------------------------------


def _with_engagement(db: Session, name: str, ended: date | None, *, active: bool = False) -> uuid.UUID:
    client = create_client(db, ClientDetails(name=name)).created
    assert client is not None
    engagement = create_engagement(db, EngagementDetails(client_id=client, title="Coaching")).created
    assert engagement is not None
    start = (ended or TODAY) - timedelta(days=200)
    for status, day in (("sent", start), ("signed", start), ("active", start)):
        set_engagement_status(db, engagement, status, day)
    if not active and ended is not None:
        set_engagement_status(db, engagement, "completed", ended)
    return client


def _aged(db: Session, client: uuid.UUID, added: date) -> None:
    """Make the client look added on ``added`` (records are created now in tests)."""
    row = db.get(Client, client)
    assert row is not None
    row.created_at = datetime(added.year, added.month, added.day, 9, tzinfo=UTC)
    db.commit()


def test_retention_setting_defaults_to_seven_years_and_is_kept_in_the_vault(db: Session) -> None:
    assert retention_years(db) == 7
    set_retention_years(db, 10)
    set_retention_years(db, 10)
    assert retention_years(db) == 10
    refused(lambda: set_retention_years(db, 0), db, "retention_years", "more than zero")
    refused(lambda: set_retention_years(db, "7"), db, "retention_years", "whole number")  # type: ignore[arg-type]


def test_clients_past_retention(db: Session) -> None:
    past = _with_engagement(db, "Ended 2018", date(2018, 6, 30))
    _with_engagement(db, "Ended 2020", date(2020, 1, 10))  # due 10 January 2027
    later_session = _with_engagement(db, "Session after the end", date(2018, 6, 30))
    create_session(
        db,
        SessionDetails(
            client_id=later_session, starts_at=datetime(2021, 3, 1, 9, tzinfo=UTC), status="completed"
        ),
    )
    busy = _with_engagement(db, "Back for more", date(2017, 1, 1))
    current = create_engagement(db, EngagementDetails(client_id=busy, title="Second round")).created
    assert current is not None
    for status in ("sent", "signed"):
        set_engagement_status(db, current, status, TODAY)
    booked = _with_engagement(db, "Booked again", date(2017, 1, 1))
    create_session(db, SessionDetails(client_id=booked, starts_at=datetime(2026, 12, 1, 9, tzinfo=UTC)))
    prospect = create_client(db, ClientDetails(name="Old prospect", intake_date=date(2015, 3, 1))).created
    assert prospect is not None
    never = create_client(db, ClientDetails(name="Added long ago")).created
    assert never is not None
    _aged(db, never, date(2019, 11, 27))  # due exactly today
    _aged(db, prospect, date(2015, 3, 1))
    rows = clients_past_retention(db, TODAY, zone=UTC)
    assert [(r.name, r.last_activity, r.basis, r.due_on) for r in rows] == [
        ("Old prospect", date(2015, 3, 1), "added", date(2022, 3, 1)),
        ("Ended 2018", date(2018, 6, 30), "last engagement ended", date(2025, 6, 30)),
        ("Added long ago", date(2019, 11, 27), "added", date(2026, 11, 27)),
    ]
    assert rows[1].client_id == past
    set_retention_years(db, 9)
    assert [r.name for r in clients_past_retention(db, TODAY, zone=UTC)] == ["Old prospect"]


def test_kept_clients_leave_the_list_until_their_review_date(db: Session) -> None:
    kept = _with_engagement(db, "Kept", date(2018, 6, 30))
    keep_client(db, kept, "A complaint is still open with the professional body.", TODAY, date(2027, 6, 1))
    assert clients_past_retention(db, TODAY, zone=UTC) == []
    (row,) = clients_past_retention(db, TODAY, zone=UTC, include_kept=True)
    assert row.hold is not None and row.hold.reason.startswith("A complaint")
    assert [r.name for r in clients_past_retention(db, date(2027, 6, 1), zone=UTC)] == ["Kept"]
    keep_client(db, kept, "Legal hold.", date(2027, 6, 1))  # no review date: kept until decided otherwise
    assert clients_past_retention(db, date(2040, 1, 1), zone=UTC) == []
    entries = db.exec(select(AuditEntry).where(col(AuditEntry.entity) == "retention_hold")).all()
    assert len(entries) == 2 and all("complaint" not in e.fields for e in entries)


def test_keeping_needs_a_reason_and_a_later_review_date(db: Session, client_id: uuid.UUID) -> None:
    refused(lambda: keep_client(db, client_id, "  ", TODAY), db, "reason", "is required")
    refused(lambda: keep_client(db, client_id, "Why", TODAY, TODAY), db, "review_on", "after the date")
    refused(lambda: keep_client(db, uuid.uuid4(), "Why", TODAY), db, "client_id", "no longer exists")


def test_erasure_takes_the_decisions_to_keep_along(db: Session, client_id: uuid.UUID) -> None:
    keep_client(db, client_id, "Reason", TODAY)
    assert dict(erasure_plan(db, client_id).records)["retention_hold"] == 1
    erase_client(db, client_id)
    assert clients_past_retention(db, TODAY, include_kept=True, zone=UTC) == []


def test_a_vault_of_schema_0001_upgrades_to_hold_the_retention_setting(tmp_path: Path) -> None:
    copy = tmp_path / GOLDEN_SCHEMA_0001.name
    shutil.copyfile(GOLDEN_SCHEMA_0001, copy)
    with Vault.open(copy, SCHEMA_0001_PASSPHRASE) as vault:
        assert vault.upgraded_from == "0001"
        assert migrations.current_revision(vault.connection) == migrations.HEAD_REVISION
        with vault.session() as session:
            assert retention_years(session) == 7
            set_retention_years(session, 6)
            assert len(session.exec(select(Engagement)).all()) == 7
        vault.save()
    with Vault.open(copy, SCHEMA_0001_PASSPHRASE) as again, again.session() as session:
        assert again.upgraded_from is None
        assert retention_years(session) == 6
    with pytest.raises(ValidationError):
        set_retention_years(session, 101)
