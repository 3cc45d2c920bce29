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

from sqlmodel import Session

from coachdesk.domain import (
    OWN_USE,
    Client,
    CoachingSession,
    DisclosureBasis,
    DocumentKind,
    Engagement,
    Organisation,
    OutboundBasis,
    Professional,
    Referral,
)
from coachdesk.services import validation as v
from coachdesk.services.consent_rules import names, referral_consent, sponsor_consent
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.errors import ValidationError
from coachdesk.services.hours_log import named_clients
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
        refusal=f"An agreement goes to its parties: {', '.join(parties)}.",
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
        f"The client agreed to share this letter with {professional.name} only.",
    )


def _sponsor_report(db: Session, source: DocumentSource, day: date) -> _Rule:
    engagement = fetch(db, Engagement, source.entity_id, field="engagement_id", label="engagement")
    if engagement.sponsor_id is None:
        raise ValidationError(
            "engagement_id", "This is a two-party agreement: there is no sponsor to report to."
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
        f"The client agreed to share this report with {sponsor.name} only.",
    )


def _hours_log(db: Session, source: DocumentSource, day: date) -> _Rule:
    named = set(source.client_ids)
    if named_clients(db, named, day) != named:
        raise ValidationError(
            "client_ids",
            "The hours log names a client who may no longer be named: make the log again before saving it.",
        )
    # Named clients consented to (or ticked) being named in the log, which exists to be sent to a
    # credentialing body: it may go to the coach's own use or to whoever the coach names.
    return _Rule(None, source.client_ids, OWN_USE, None, OutboundBasis.CLIENT_CONSENT)


def _client_records(db: Session, source: DocumentSource) -> _Rule:
    client = fetch(db, Client, source.entity_id, field="client_id", label="client")
    return _Rule(
        client.id,
        (client.id,),
        client.name,
        (client.name,),
        OutboundBasis.DATA_ACCESS,
        refusal=f"A client's records go to {client.name} (or stay with you).",
    )


def _calendar(source: DocumentSource) -> _Rule:
    return _Rule(
        None,
        source.client_ids,
        OWN_USE,
        (),
        OutboundBasis.OWN_USE,
        refusal="The calendar is for your own use: no client agreed to their sessions being shared.",
    )


def _session_prep(source: DocumentSource) -> _Rule:
    # Like the calendar: the coach's own preparation, holding what no client agreed to share.
    return _Rule(
        v.an_id("client_id", source.entity_id),
        source.client_ids,
        OWN_USE,
        (),
        OutboundBasis.OWN_USE,
        refusal="The session prep is for your own use: it holds what the client has not agreed to share.",
    )


def _recap(db: Session, source: DocumentSource) -> _Rule:
    # As the agreement: the coaching agreement is the basis for sending the client their own recap.
    session = fetch(db, CoachingSession, source.entity_id, field="session_id", label="session")
    client = fetch(db, Client, session.client_id, field="client_id", label="client")
    if session.engagement_id is None:
        raise ValidationError(
            "engagement_id",
            "This session belongs to no agreement: choose the client's agreement in the session first, "
            "so the recap is sent under it.",
        )
    return _Rule(
        session.id,
        (client.id,),
        client.name,
        (client.name,),
        OutboundBasis.AGREEMENT,
        refusal=f"A session's recap goes to {client.name} only.",
    )


# Rules that need no date: the coach's own documents, and a session's recap.
_SIMPLE_RULES: dict[DocumentKind, Callable[[Session, DocumentSource], _Rule]] = {
    DocumentKind.CALENDAR: lambda _db, source: _calendar(source),
    DocumentKind.SESSION_PREP: lambda _db, source: _session_prep(source),
    DocumentKind.RECAP: _recap,
}


def _rule(db: Session, source: DocumentSource, day: date) -> _Rule:
    kind = source.kind
    if kind is DocumentKind.AGREEMENT:
        return _agreement(db, source)
    if kind is DocumentKind.REFERRAL_LETTER:
        return _referral_letter(db, source, day)
    if kind is DocumentKind.SPONSOR_REPORT:
        return _sponsor_report(db, source, day)
    if kind is DocumentKind.HOURS_LOG:
        return _hours_log(db, source, day)
    if kind is DocumentKind.CLIENT_RECORDS:
        return _client_records(db, source)
    simple = _SIMPLE_RULES.get(kind)
    if simple is not None:
        return simple(db, source)
    raise ValidationError("kind", f"CoachDesk does not know how a {kind.value.replace('_', ' ')} may leave.")


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
            raise ValidationError("recipient", "Name who receives a disclosure made on a legal basis.")
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
            "recipient", f"{rule.refusal} Choose “{OWN_USE}”, or record the basis for sharing it first."
        )
    return Clearance(source.kind, rule.entity_id, chosen, basis, rule.client_ids, consent_id)


def default_recipient(db: Session, source: DocumentSource) -> str:
    """Who ``source`` usually goes to (the client, the professional, the sponsor, or the coach)."""
    return clear_to_leave(db, source).recipient
