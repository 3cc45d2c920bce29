"""One ledger entry: dated when written unless the caller gives the time, linking each client once,
in the audit trail, read back as what left about whom on what basis, and gone with its only client."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlmodel import Session, select

from coachdesk.domain import (
    OWN_USE,
    AuditAction,
    AuditEntry,
    DocumentKind,
    OutboundBasis,
    OutboundChannel,
    OutboundClient,
)
from coachdesk.domain.types import utc_now
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consent_filter import Clearance
from coachdesk.services.outbound_ledger import add_entry, forget_client, ledger_lines


def _calendar(client_id: uuid.UUID) -> Clearance:
    return Clearance(DocumentKind.CALENDAR, None, OWN_USE, OutboundBasis.OWN_USE, (client_id, client_id))


def test_an_entry_is_dated_when_it_is_written_unless_a_time_is_given(
    db: Session, client_id: uuid.UUID
) -> None:
    given = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
    before = utc_now()
    now = add_entry(
        db, _calendar(client_id), b"one", entity="calendar", channel=OutboundChannel.FILE, description="ICS"
    )
    after = utc_now()
    then = add_entry(
        db,
        _calendar(client_id),
        b"two",
        entity="calendar",
        channel=OutboundChannel.PRINT,
        description="Printed",
        sent_at=given,
    )
    db.commit()
    assert before <= now.sent_at <= after
    assert {line.id: line.sent_at for line in ledger_lines(db)} == {now.id: now.sent_at, then.id: given}
    links = db.exec(select(OutboundClient).where(OutboundClient.entry_id == now.id)).all()
    assert [link.client_id for link in links] == [client_id]
    audited = db.exec(select(AuditEntry.entity_id).where(AuditEntry.action == AuditAction.EXPORTED)).all()
    assert set(audited) == {now.id, then.id} and len(audited) == 2


def test_a_line_reads_what_left_about_whom_and_on_what_basis(db: Session, client_id: uuid.UUID) -> None:
    other = create_client(db, ClientDetails(name="Anouk de Vries")).created
    assert other is not None
    clearance = Clearance(DocumentKind.CALENDAR, None, OWN_USE, OutboundBasis.OWN_USE, (client_id, other))
    add_entry(db, clearance, b"ics", entity="calendar", channel=OutboundChannel.FILE, description="ICS")
    db.commit()
    [line] = ledger_lines(db)
    assert (line.what, line.clients_text, line.basis_text) == (
        "Calendar of sessions",
        "Anouk de Vries, Zoë Ørsted",
        "Coach's own use",
    )


def test_forgetting_a_client_takes_their_own_entries_and_those_entries_audit_lines(
    db: Session, client_id: uuid.UUID
) -> None:
    other = create_client(db, ClientDetails(name="Anouk de Vries")).created
    assert other is not None
    alone = add_entry(
        db, _calendar(client_id), b"a", entity="calendar", channel=OutboundChannel.FILE, description=""
    )
    shared = Clearance(DocumentKind.CALENDAR, None, OWN_USE, OutboundBasis.OWN_USE, (client_id, other))
    kept = add_entry(db, shared, b"b", entity="calendar", channel=OutboundChannel.FILE, description="")
    db.commit()
    alone_id, kept_id = alone.id, kept.id
    assert forget_client(db, client_id) == {alone_id}
    db.commit()
    assert [line.id for line in ledger_lines(db)] == [kept_id]
    audited = db.exec(select(AuditEntry.entity_id).where(AuditEntry.action == AuditAction.EXPORTED)).all()
    assert audited == [kept_id]
