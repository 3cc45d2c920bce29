"""A conflict's wording for the agreement: what the parties are told, never another person's name.

The ICF Code of Ethics (2025) asks coaches to disclose conflicts of interest openly and to keep every
client's identity confidential; the EMCC Global Code (confidentiality, conflicts of interest) asks
the same. So the wording an agreement prints is checked against the names of the practice's
clients (refused, unless the other client's consent to be named is recorded) and of the people
the coach knows at organisations (a warning), and the agreement prints a neutral sentence instead
of any wording that names a client.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, select

from coachdesk.domain import Client, Conflict, Engagement, Organisation

# Name particles too common to identify anyone on their own.
_PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "des", "ben", "bin", "ibn", "mac"})
_MIN_PART = 3

# What the parties are told when the coach wrote no wording, or wording that cannot print.
NEUTRAL_WORDING = {
    "same_organisation": "The coach also coaches another person at the same organisation.",
    "client_is_sponsor_contact": "The client is also the sponsor’s contact for this engagement.",
    "referral_fee": "A professional to whom the coach may refer clients offers the coach a referral fee.",
    "personal_relationship": "The coach has a personal connection that touches this engagement.",
    "professional_relationship": "The coach has a professional connection that touches this engagement.",
    "financial_benefit": "The coach could gain financially from a matter connected with this engagement.",
    "other": "The coach has declared a connection that could affect this engagement.",
}


def _fold(value: str) -> str:
    """Text without accents (so "Bjorn" finds "Björn"), case kept."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _found(name: str, folded_text: str) -> bool:
    """Whether ``name`` (in full, any case) or a distinctive part of it (as a capitalised word) occurs."""
    full = _fold(" ".join(name.split()))
    if not full:
        return False
    if re.search(rf"(?<!\w){re.escape(full)}(?!\w)", folded_text, re.IGNORECASE):
        return True
    parts = [p for p in re.split(r"[\s\-]+", full) if len(p) >= _MIN_PART and p.casefold() not in _PARTICLES]
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded_text) for p in parts)


def names_in(text: str, names: Iterable[str]) -> list[str]:
    """The names of ``names`` that ``text`` mentions, in their order, without repeats."""
    folded = _fold(text)
    return list(dict.fromkeys(name for name in names if _found(name, folded)))


@dataclass(frozen=True)
class NamesFound:
    """People a conflict's wording for the document names: clients (refused) and others (a warning)."""

    clients: tuple[str, ...] = ()
    others: tuple[str, ...] = ()


def printable_clients(
    client_id: uuid.UUID | None, other_client_id: uuid.UUID | None, other_consented: bool
) -> set[uuid.UUID]:
    """Clients whose names the wording may carry: the other client with recorded consent; the
    conflict's own client only when no other client's agreement prints it."""
    allowed: set[uuid.UUID] = set()
    if other_client_id is not None and other_consented:
        allowed.add(other_client_id)
    if client_id is not None and other_client_id is None:
        allowed.add(client_id)
    return allowed


def names_in_wording(db: Session, wording: str, allowed_clients: set[uuid.UUID]) -> NamesFound:
    """The clients (other than ``allowed_clients``) and organisation people ``wording`` names."""
    if not wording.strip():
        return NamesFound()
    clients = [c.name for c in db.exec(select(Client)).all() if c.id not in allowed_clients]
    allowed_names = {c.name for c in db.exec(select(Client)).all() if c.id in allowed_clients}
    people = {o.contact_name for o in db.exec(select(Organisation)).all()}
    people |= {e.sponsor_contact_name for e in db.exec(select(Engagement)).all()}
    people -= allowed_names
    found_clients = names_in(wording, clients)
    others = [n for n in names_in(wording, sorted(p for p in people if p)) if n not in found_clients]
    return NamesFound(tuple(found_clients), tuple(others))


# Safeguards that cannot print as written (they name a client) print as this instead.
NEUTRAL_SAFEGUARDS = "safeguards agreed with each person concerned"


def _names_another_client(db: Session, text: str, conflict: Conflict, reader_client_id: uuid.UUID) -> bool:
    allowed = {reader_client_id}
    if conflict.other_client_id is not None and conflict.other_client_consented_on is not None:
        allowed.add(conflict.other_client_id)
    others = [c.name for c in db.exec(select(Client)).all() if c.id not in allowed]
    return bool(names_in(text, others))


def safeguards_for(db: Session, conflict: Conflict, reader_client_id: uuid.UUID) -> str:
    """The safeguards as the agreement of ``reader_client_id`` prints them (never another client's name)."""
    if _names_another_client(db, conflict.safeguards, conflict, reader_client_id):
        return NEUTRAL_SAFEGUARDS
    return conflict.safeguards


def wording_for(db: Session, conflict: Conflict, reader_client_id: uuid.UUID) -> str:
    """The wording the agreement of ``reader_client_id`` prints for ``conflict``.

    The coach's wording when it names no client other than those allowed; otherwise (or when there
    is none) a neutral sentence for the kind of conflict. Never the internal description.
    """
    neutral = NEUTRAL_WORDING.get(str(conflict.kind), NEUTRAL_WORDING["other"])
    wording = conflict.document_wording.strip()
    if not wording:
        return neutral
    return neutral if _names_another_client(db, wording, conflict, reader_client_id) else wording
