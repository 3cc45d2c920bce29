"""The one consent filter: whether a document may leave the vault, to whom, on what basis, about whom.

Every outbound path (an exported file, a print, a client's records folder, the calendar, the hours
log, the command line and the self-test) asks :func:`clear_to_leave` before anything leaves and
records what it answered in the outbound ledger (``services.document_export.record_export``).

ICF Code of Ethics (2025), confidentiality standards: client and sponsor information is released only
under a clear agreement (the coaching agreement, or the client's consent), unless the law requires it,
and records are kept so as to protect confidentiality. EMCC Global Code of Ethics, "Confidentiality"
and "Record keeping": the same, and a disclosure without consent only on a legal ground.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from coachdesk.domain import (
    OWN_USE,
    Client,
    CoachingSession,
    DisclosureBasis,
    DocumentKind,
    Engagement,
    Invoice,
    Organisation,
    OutboundBasis,
    Professional,
    Referral,
)
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.consent_rules import names, referral_consent, sponsor_consent
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.errors import ValidationError
from coachdesk.services.hours_log import named_clients
from coachdesk.services.invoice_parties import payer_name, sponsor_contact
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class Clearance:
    """The filter's answer: the document may leave, to ``recipient``, on ``basis``, about ``client_ids``."""

    kind: DocumentKind
    entity_id: uuid.UUID | None
    recipient: str
    basis: OutboundBasis
    client_ids: tuple[uuid.UUID, ...]
    consent_id: uuid.UUID | None = None
    legal_basis: DisclosureBasis | None = None

    @property
    def own_use(self) -> bool:
        return self.basis is OutboundBasis.OWN_USE


@dataclass(frozen=True)
class _Rule:
    """What the record allows: its parties (who may receive it), its default recipient, its basis."""

    entity_id: uuid.UUID | None
    client_ids: tuple[uuid.UUID, ...]
    default: str
    parties: tuple[str, ...] | None  # names a recipient must name; None: anyone; (): the coach only
    basis: OutboundBasis
    consent_id: uuid.UUID | None = None
    refusal: str = ""  # why a recipient outside the parties is refused


def is_own_use(recipient: str) -> bool:
    return " ".join(recipient.split()).casefold() == OWN_USE.casefold()


def _agreement(db: Session, source: DocumentSource) -> _Rule:
    engagement = fetch(db, Engagement, source.entity_id, field="engagement_id", label="engagement")
    client = fetch(db, Client, engagement.client_id, field="client_id", label="client")
    parties = [client.name]
    default = client.name
    if engagement.sponsor_id is not None:
        sponsor = fetch(db, Organisation, engagement.sponsor_id, field="sponsor_id", label="sponsor")
        contact = engagement.sponsor_contact_name or sponsor.contact_name
        parties += [sponsor.name, *([contact] if contact else [])]
        default = f"{client.name}; {contact + ', ' if contact else ''}{sponsor.name}"
    return _Rule(
        engagement.id,
        (client.id,),
        default,
        tuple(parties),
        OutboundBasis.AGREEMENT,
        refusal=phrase("services", "An agreement goes to its parties: {parties}.").format(
            parties=", ".join(parties)
        ),
    )


def _referral_letter(db: Session, source: DocumentSource, day: date) -> _Rule:
    referral = fetch(db, Referral, source.entity_id, field="referral_id", label="referral")
    professional = fetch(
        db, Professional, referral.professional_id, field="professional_id", label="professional"
    )
    consent = referral_consent(db, referral, professional, day)
    return _Rule(
        referral.id,
        (referral.client_id,),
        professional.name,
        (professional.name,),
        OutboundBasis.CLIENT_CONSENT,
        consent.id,
        phrase("services", "The client agreed to share this letter with {professional} only.").format(
            professional=professional.name
        ),
    )


def _sponsor_report(db: Session, source: DocumentSource, day: date) -> _Rule:
    engagement = fetch(db, Engagement, source.entity_id, field="engagement_id", label="engagement")
    if engagement.sponsor_id is None:
        raise ValidationError(
            "engagement_id",
            phrase("services", "This is a two-party agreement: there is no sponsor to report to."),
        )
    sponsor = fetch(db, Organisation, engagement.sponsor_id, field="sponsor_id", label="sponsor")
    consent = sponsor_consent(db, engagement, sponsor.name, day)
    contact = engagement.sponsor_contact_name or sponsor.contact_name
    return _Rule(
        engagement.id,
        (engagement.client_id,),
        f"{contact}, {sponsor.name}" if contact else sponsor.name,
        (sponsor.name, *([contact] if contact else [])),
        OutboundBasis.CLIENT_CONSENT,
        consent.id,
        phrase("services", "The client agreed to share this report with {sponsor} only.").format(
            sponsor=sponsor.name
        ),
    )


def _hours_log(db: Session, source: DocumentSource, day: date) -> _Rule:
    named = set(source.client_ids)
    if named_clients(db, named, day) != named:
        raise ValidationError(
            "client_ids",
            phrase(
                "services",
                "The hours log names a client who may no longer be named: make the log again before saving "
                "it.",
            ),
        )
    # Named clients consented to (or ticked) being named in the log, which exists to be sent to a
    # credentialing body: it may go to the coach's own use or to whoever the coach names.
    return _Rule(None, source.client_ids, OWN_USE, None, OutboundBasis.CLIENT_CONSENT)


def _verification_letter(db: Session, source: DocumentSource) -> _Rule:
    organisation = fetch(db, Organisation, source.entity_id, field="organisation_id", label="organisation")
    engagements = db.exec(
        select(Engagement).where(
            Engagement.sponsor_id == organisation.id, col(Engagement.log_as_alias).is_(True)
        )
    ).all()
    if not engagements:
        raise ValidationError(
            "organisation_id",
            phrase(
                "services", "No engagement with {name} is logged as an alias: it has nothing to verify."
            ).format(name=organisation.name),
        )
    contacts = [e.sponsor_contact_name for e in engagements if e.sponsor_contact_name]
    contacts += [organisation.contact_name] if organisation.contact_name else []
    contact = contacts[0] if contacts else ""
    # It names no client: the hours under aliases go back to the organisation whose clients they are,
    # as the agreements with it provide, for its contact to sign.
    return _Rule(
        organisation.id,
        source.client_ids,
        f"{contact}, {organisation.name}" if contact else organisation.name,
        (organisation.name, *dict.fromkeys(contacts)),
        OutboundBasis.AGREEMENT,
        refusal=phrase("services", "The verification letter goes to {organisation} and its contact.").format(
            organisation=organisation.name
        ),
    )


def _client_records(db: Session, source: DocumentSource) -> _Rule:
    client = fetch(db, Client, source.entity_id, field="client_id", label="client")
    return _Rule(
        client.id,
        (client.id,),
        client.name,
        (client.name,),
        OutboundBasis.DATA_ACCESS,
        refusal=phrase("services", "A client's records go to {client} (or stay with you).").format(
            client=client.name
        ),
    )


def _calendar(source: DocumentSource) -> _Rule:
    return _Rule(
        None,
        source.client_ids,
        OWN_USE,
        (),
        OutboundBasis.OWN_USE,
        refusal=phrase(
            "services", "The calendar is for your own use: no client agreed to their sessions being shared."
        ),
    )


def _certificate(source: DocumentSource) -> _Rule:
    # The coach's own certificate of education: no client is in it, so it may go wherever the coach sends it.
    return _Rule(None, (), OWN_USE, None, OutboundBasis.OWN_USE)


def _session_prep(source: DocumentSource) -> _Rule:
    # Like the calendar: the coach's own preparation, holding what no client agreed to share.
    return _Rule(
        v.an_id("client_id", source.entity_id),
        source.client_ids,
        OWN_USE,
        (),
        OutboundBasis.OWN_USE,
        refusal=phrase(
            "services",
            "The session prep is for your own use: it holds what the client has not agreed to share.",
        ),
    )


def _recap(db: Session, source: DocumentSource) -> _Rule:
    # As the agreement: the coaching agreement is the basis for sending the client their own recap.
    session = fetch(db, CoachingSession, source.entity_id, field="session_id", label="session")
    client = fetch(db, Client, session.client_id, field="client_id", label="client")
    if session.engagement_id is None:
        raise ValidationError(
            "engagement_id",
            phrase(
                "services",
                "This session belongs to no agreement: choose the client's agreement in the session first, "
                "so the recap is sent under it.",
            ),
        )
    return _Rule(
        session.id,
        (client.id,),
        client.name,
        (client.name,),
        OutboundBasis.AGREEMENT,
        refusal=phrase("services", "A session's recap goes to {client} only.").format(client=client.name),
    )


def _invoice(db: Session, source: DocumentSource) -> _Rule:
    # An invoice, its credit note and a reminder go to the payer the coaching agreement names, and to no
    # one else: an invoice to the sponsor goes to the organisation (and its contact) only, never to the
    # client's own address, and an invoice to the client never to the sponsor.
    invoice = fetch(db, Invoice, source.entity_id, field="invoice_id", label="invoice")
    payer = payer_name(db, invoice)
    contact = sponsor_contact(db, invoice)
    return _Rule(
        invoice.id,
        (invoice.client_id,) if invoice.client_id is not None else (),
        f"{contact}, {payer}" if contact else payer,
        (payer, *([contact] if contact else [])),
        OutboundBasis.AGREEMENT,
        refusal=phrase("services", "An invoice goes to the one who pays it: {payer}.").format(payer=payer),
    )


def _bookkeeping(source: DocumentSource) -> _Rule:
    # The accountant's lists name payers and amounts only (no session, note or goal): the coach keeps
    # them, and may give them to their accountant or tax adviser, whom tax law entitles to the books.
    return _Rule(None, source.client_ids, OWN_USE, None, OutboundBasis.BOOKKEEPING)


def _rule(db: Session, source: DocumentSource, day: date) -> _Rule:
    kind = source.kind
    rules: dict[DocumentKind, Callable[[], _Rule]] = {
        DocumentKind.AGREEMENT: lambda: _agreement(db, source),
        DocumentKind.REFERRAL_LETTER: lambda: _referral_letter(db, source, day),
        DocumentKind.SPONSOR_REPORT: lambda: _sponsor_report(db, source, day),
        DocumentKind.HOURS_LOG: lambda: _hours_log(db, source, day),
        DocumentKind.APPLICATION_PACK: lambda: _hours_log(db, source, day),  # the log, and the coach's own
        DocumentKind.CLIENT_RECORDS: lambda: _client_records(db, source),
        DocumentKind.CALENDAR: lambda: _calendar(source),
        DocumentKind.VERIFICATION_LETTER: lambda: _verification_letter(db, source),
        DocumentKind.CERTIFICATE: lambda: _certificate(source),
        DocumentKind.SESSION_PREP: lambda: _session_prep(source),
        DocumentKind.RECAP: lambda: _recap(db, source),
        DocumentKind.INVOICE: lambda: _invoice(db, source),
        DocumentKind.CREDIT_NOTE: lambda: _invoice(db, source),
        DocumentKind.PAYMENT_REMINDER: lambda: _invoice(db, source),
        DocumentKind.INVOICES_CSV: lambda: _bookkeeping(source),
        DocumentKind.PAYMENTS_CSV: lambda: _bookkeeping(source),
    }
    if kind not in rules:
        raise ValidationError(
            "kind",
            phrase("services", "CoachDesk does not know how a {kind} may leave.").format(
                kind=kind.value.replace("_", " ")
            ),
        )
    return rules[kind]()


def clear_to_leave(
    db: Session,
    source: DocumentSource,
    *,
    recipient: str | None = None,
    legal_basis: DisclosureBasis | None = None,
) -> Clearance:
    """Whether ``source`` may leave the vault to ``recipient`` (None: its usual recipient), and why.

    Raises ValidationError naming why not: no consent in force (field "consent_id"), a recipient the
    consent or the agreement does not cover ("recipient"), a record that is gone (NotFound).
    ``legal_basis`` (a ground other than consent) lets a document go to a recipient its consent or
    agreement does not name, as a disclosure under the limits of confidentiality.
    """
    day = source.day or date.today()
    rule = _rule(db, source, day)
    chosen = rule.default if recipient is None or not recipient.strip() else " ".join(recipient.split())
    basis, consent_id = rule.basis, rule.consent_id
    if legal_basis is not None and legal_basis is not DisclosureBasis.CLIENT_CONSENT:
        if is_own_use(chosen):
            raise ValidationError(
                "recipient", phrase("services", "Name who receives a disclosure made on a legal basis.")
            )
        return Clearance(
            source.kind,
            rule.entity_id,
            chosen,
            OutboundBasis.LEGAL_BASIS,
            rule.client_ids,
            legal_basis=legal_basis,
        )
    if is_own_use(chosen):
        return Clearance(source.kind, rule.entity_id, OWN_USE, OutboundBasis.OWN_USE, rule.client_ids)
    covered = rule.parties is None or any(party and names(chosen, party) for party in rule.parties)
    if not covered:
        raise ValidationError(
            "recipient",
            phrase(
                "services", "{refusal} Choose “{own_use}”, or record the basis for sharing it first."
            ).format(refusal=rule.refusal, own_use=OWN_USE),
        )
    return Clearance(source.kind, rule.entity_id, chosen, basis, rule.client_ids, consent_id)


def default_recipient(db: Session, source: DocumentSource) -> str:
    """Who ``source`` usually goes to (the client, the professional, the sponsor, or the coach)."""
    return clear_to_leave(db, source).recipient
