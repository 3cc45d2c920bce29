"""The demo practice: realistic and complete, deletable without a trace, audited without values."""

from __future__ import annotations

import io
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from coachdesk.cli import main
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    CoachingSession,
    Conflict,
    Engagement,
    Goal,
    GoalOrigin,
    Referral,
    SessionStatus,
    metadata,
)
from coachdesk.services.clients import delete_client
from coachdesk.services.demo import CLIENTS, create_demo_vault
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.conftest import search_index_differences

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Vault]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    yield vault
    vault.close()


def test_demo_is_a_realistic_practice(demo: Vault) -> None:
    assert not demo.has_unsaved_changes
    with demo.session() as s:
        names = [c.name for c in s.exec(select(Client))]
        assert len(names) == 12 and "Дмитрий Иванов" in names and any(not n.isascii() for n in names)
        engagements = s.exec(select(Engagement)).all()
        assert {e.is_three_way for e in engagements} == {True, False}
        now = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC)
        sessions = s.exec(select(CoachingSession)).all()
        assert any(x.starts_at < now and x.private_notes for x in sessions)
        assert any(x.starts_at > now and x.status is SessionStatus.SCHEDULED for x in sessions)
        assert {g.origin for g in s.exec(select(Goal))} == set(GoalOrigin)
        referral = s.exec(select(Referral)).one()
        assert referral.consent_id is not None
        assert any(c.decision is not None for c in s.exec(select(Conflict)))


def _every_value(session: Session) -> Iterator[tuple[str, str, object]]:
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    for table in tables:
        cursor = connection.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            for column, value in zip(columns, row, strict=True):
                yield table, column, value


def test_after_deleting_a_demo_client_nothing_refers_to_it(demo: Vault) -> None:
    with demo.session() as s:
        zoe = s.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
        zoe_id = zoe.id
        linked = {e.id.hex for e in s.exec(select(Engagement).where(Engagement.client_id == zoe_id))}
        linked |= {
            x.id.hex for x in s.exec(select(CoachingSession).where(CoachingSession.client_id == zoe_id))
        }
        delete_client(s, zoe_id)
        # Tombstones keep the bare ids, so that no other copy of the vault brings them back.
        tombstones = {("sync_tombstone", "row_id"), ("sync_erasure", "client_id")}
        traces = [
            (table, column)
            for table, column, value in _every_value(s)
            if isinstance(value, str)
            and (table, column) not in tombstones
            and (zoe_id.hex in value or "Zoë Ørsted" in value or any(i in value for i in linked))
        ]
        assert traces == []
        assert s.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.DELETED)).all()
        # The external-content search index still agrees with the records it indexes.
        assert search_index_differences(s) == []


def test_search_index_check_sees_a_stale_index(demo: Vault) -> None:
    demo.connection.execute("DROP TRIGGER client_search_update")
    demo.connection.execute("UPDATE client SET private_notes = 'entirely new words'")
    demo.connection.commit()
    with demo.session() as s:
        assert search_index_differences(s) != []


def test_audit_records_every_record_and_no_values(demo: Vault) -> None:
    with demo.session() as s:
        made = (AuditAction.CREATED, AuditAction.EXPORTED)  # a document's record is made by its export
        audited = {e.entity_id for e in s.exec(select(AuditEntry)) if e.action in made}
        for table in metadata.sorted_tables:
            if table.name in ("audit_entry", "outbound_client"):  # a ledger entry's links: audited with it
                continue
            ids = {row[0] for row in s.connection().execute(table.select().with_only_columns(table.c.id))}
            assert ids <= audited, f"{table.name} rows without an audit entry"
        values = [str(v) for _t, _c, v in _every_value(s) if isinstance(v, str) and len(v) > 3]
        entries = [(e.entity, e.fields, e.action) for e in s.exec(select(AuditEntry))]
        client_texts = {name for name, *_ in CLIENTS} | {"Persistent sleep problems", "two-question filter"}
        for entity, fields, _action in entries:
            assert not any(text in fields or text in entity for text in client_texts)
            assert all(name.isidentifier() for name in fields.split(",") if name)
        assert values  # the walk saw data


def test_demo_and_list_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("coachdesk.vault.vault.calibrate", lambda: FAST_KDF)
    path = tmp_path / "demo.coachdesk"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert main(["demo", str(path)]) == 0
    assert "Recovery key" in capsys.readouterr().out
    for what, header in [
        ("clients", "id\tname\temail\torganisation\tstatus"),
        ("engagements", "id\tclient\tsponsor\tstatus\tstart\tend"),
        ("sessions", "id\tclient\tstart\tduration_min\tstatus\tpaid"),
        ("referrals", "id\tclient\tprofessional\tstatus"),
    ]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
        assert main(["list", what, str(path)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == header
        assert len(lines) > 1
        assert all(len(line.split("\t")) == len(header.split("\t")) for line in lines)
        uuid.UUID(lines[1].split("\t")[0])
