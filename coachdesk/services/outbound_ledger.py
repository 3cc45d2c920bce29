"""The outbound ledger: writing an entry for what left the vault, reading it back, forgetting a client.

An entry links each client it is about. When a client is erased their links go, and an entry left
about nobody goes too (its audit lines with it); an entry that was about no client to begin with (a
calendar without sessions, the coach's own hours log) stays.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, delete

from coachdesk.documents.files import sha256_hex
from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    DisclosureBasis,
    DocumentKind,
    OutboundBasis,
    OutboundChannel,
    OutboundClient,
    OutboundEntry,
)
from coachdesk.domain.lazy_words import LazyWords
from coachdesk.domain.phrases import phrase
from coachdesk.domain.types import utc_now
from coachdesk.services.audit import audit
from coachdesk.services.consent_filter import Clearance


def _kind_words() -> dict[DocumentKind, str]:
    return {
        DocumentKind.AGREEMENT: phrase("services", "Coaching agreement"),
        DocumentKind.REFERRAL_LETTER: phrase("services", "Referral letter"),
        DocumentKind.SPONSOR_REPORT: phrase("services", "Sponsor report"),
        DocumentKind.HOURS_LOG: phrase("services", "Coaching-hours log"),
        DocumentKind.RECOVERY_SHEET: phrase("services", "Recovery sheet"),
        DocumentKind.CALENDAR: phrase("services", "Calendar of sessions"),
        DocumentKind.CLIENT_RECORDS: phrase("services", "Client's records"),
        DocumentKind.CERTIFICATE: phrase("services", "CCE certificate"),
        DocumentKind.VERIFICATION_LETTER: phrase("services", "Verification letter"),
        DocumentKind.APPLICATION_PACK: phrase("services", "Credential application pack"),
        DocumentKind.SESSION_PREP: phrase("services", "Session prep"),
        DocumentKind.RECAP: phrase("services", "Session recap"),
        DocumentKind.INVOICE: phrase("services", "Invoice"),
        DocumentKind.CREDIT_NOTE: phrase("services", "Credit note"),
        DocumentKind.PAYMENT_REMINDER: phrase("services", "Payment reminder"),
        DocumentKind.INVOICES_CSV: phrase("services", "Invoices for the accountant"),
        DocumentKind.PAYMENTS_CSV: phrase("services", "Payments for the accountant"),
    }


KIND_WORDS: LazyWords[DocumentKind] = LazyWords(_kind_words)


def _basis_words() -> dict[OutboundBasis, str]:
    return {
        OutboundBasis.CLIENT_CONSENT: phrase("services", "Client's consent"),
        OutboundBasis.AGREEMENT: phrase("services", "The coaching agreement"),
        OutboundBasis.LEGAL_BASIS: phrase("services", "Legal basis"),
        OutboundBasis.DATA_ACCESS: phrase("services", "Client's request for their records"),
        OutboundBasis.OWN_USE: phrase("services", "Coach's own use"),
        OutboundBasis.BOOKKEEPING: phrase("services", "Bookkeeping (tax law)"),
    }


BASIS_WORDS: LazyWords[OutboundBasis] = LazyWords(_basis_words)


def _legal_words() -> dict[DisclosureBasis, str]:
    return {
        DisclosureBasis.CLIENT_CONSENT: phrase("services", "client's consent"),
        DisclosureBasis.LAW_OR_COURT_ORDER: phrase("services", "required by law or a court order"),
        DisclosureBasis.ILLEGAL_ACTIVITY: phrase("services", "illegal activity"),
        DisclosureBasis.RISK_OF_HARM_TO_SELF: phrase("services", "risk of harm to self"),
        DisclosureBasis.RISK_OF_HARM_TO_OTHERS: phrase("services", "risk of harm to others"),
    }


LEGAL_WORDS: LazyWords[DisclosureBasis] = LazyWords(_legal_words)


def _channel_words() -> dict[OutboundChannel, str]:
    return {
        OutboundChannel.FILE: phrase("services", "File"),
        OutboundChannel.PRINT: phrase("services", "Print"),
        OutboundChannel.MAIL_DRAFT: phrase("services", "Mail draft"),
    }


CHANNEL_WORDS: LazyWords[OutboundChannel] = LazyWords(_channel_words)


def add_entry(
    db: Session,
    clearance: Clearance,
    data: bytes,
    *,
    entity: str,
    channel: OutboundChannel,
    description: str,
    sent_at: datetime | None = None,
) -> OutboundEntry:
    """Add the ledger entry (and its client links, audited) to the open transaction."""
    entry = OutboundEntry(
        sent_at=sent_at or utc_now(),
        kind=clearance.kind,
        channel=channel,
        recipient=clearance.recipient,
        basis=clearance.basis,
        consent_id=clearance.consent_id,
        legal_basis=clearance.legal_basis,
        entity=entity,
        entity_id=clearance.entity_id,
        description=description,
        sha256=sha256_hex(data),
    )
    db.add(entry)
    db.flush()  # the entry first: its links refer to it
    for client_id in dict.fromkeys(clearance.client_ids):
        db.add(OutboundClient(entry_id=entry.id, client_id=client_id))
    audit(db, entry, AuditAction.EXPORTED)
    return entry


@dataclass(frozen=True)
class LedgerLine:
    """One entry as the ledger shows it."""

    id: uuid.UUID
    sent_at: datetime
    kind: DocumentKind
    channel: OutboundChannel
    clients: tuple[str, ...]  # the names of the clients it is about, sorted
    client_ids: tuple[uuid.UUID, ...]
    recipient: str
    basis: OutboundBasis
    legal_basis: DisclosureBasis | None
    consent_id: uuid.UUID | None
    description: str
    sha256: str

    @property
    def what(self) -> str:
        return KIND_WORDS.get(self.kind, self.kind.value)

    @property
    def basis_text(self) -> str:
        text = BASIS_WORDS[self.basis]
        if self.basis is OutboundBasis.LEGAL_BASIS and self.legal_basis is not None:
            return f"{text}: {LEGAL_WORDS[self.legal_basis]}"
        return text

    @property
    def clients_text(self) -> str:
        return ", ".join(self.clients)


def ledger_lines(
    db: Session, *, client_id: uuid.UUID | None = None, consent_id: uuid.UUID | None = None
) -> list[LedgerLine]:
    """The ledger, newest first: for the practice, for one client, or what was sent under one consent."""
    query = sa.select(OutboundEntry).order_by(col(OutboundEntry.sent_at).desc(), col(OutboundEntry.id))
    if client_id is not None:
        query = query.where(
            col(OutboundEntry.id).in_(
                sa.select(col(OutboundClient.entry_id)).where(col(OutboundClient.client_id) == client_id)
            )
        )
    if consent_id is not None:
        query = query.where(col(OutboundEntry.consent_id) == consent_id)
    entries = list(db.execute(query).scalars())
    about: dict[uuid.UUID, list[tuple[str, uuid.UUID]]] = {}
    if entries:
        links = db.connection().execute(
            sa.select(col(OutboundClient.entry_id), col(Client.name), col(Client.id))
            .join(Client, col(Client.id) == col(OutboundClient.client_id))
            .where(col(OutboundClient.entry_id).in_([e.id for e in entries]))
        )
        for entry_id, name, linked in links:
            about.setdefault(entry_id, []).append((name, linked))
    lines = []
    for e in entries:
        people = sorted(about.get(e.id, []))
        lines.append(
            LedgerLine(
                e.id,
                e.sent_at,
                e.kind,
                e.channel,
                tuple(name for name, _id in people),
                tuple(linked for _name, linked in people),
                e.recipient,
                e.basis,
                e.legal_basis,
                e.consent_id,
                e.description,
                e.sha256,
            )
        )
    return lines


def forget_client(db: Session, client_id: uuid.UUID) -> set[uuid.UUID]:
    """Before a client is deleted: remove the entries that would be left about nobody (and their audit).

    Returns the ids of the entries removed. Runs inside the caller's transaction; the client's own
    links go with the client (ON DELETE CASCADE).
    """
    mine = set(
        db.connection()
        .execute(sa.select(col(OutboundClient.entry_id)).where(col(OutboundClient.client_id) == client_id))
        .scalars()
    )
    if not mine:
        return set()
    shared = set(
        db.connection()
        .execute(
            sa.select(col(OutboundClient.entry_id)).where(
                col(OutboundClient.entry_id).in_(mine), col(OutboundClient.client_id) != client_id
            )
        )
        .scalars()
    )
    alone = mine - shared
    if alone:
        db.exec(delete(OutboundClient).where(col(OutboundClient.entry_id).in_(alone)))
        db.exec(delete(AuditEntry).where(col(AuditEntry.entity_id).in_(alone)))
        db.exec(delete(OutboundEntry).where(col(OutboundEntry.id).in_(alone)))
    return alone
