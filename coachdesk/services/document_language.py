"""The language a document prints in: the client's own, else the coach's, else English.

Every document about a client prints in that client's language, including the sponsor report and
invoices to the sponsor: they are about the client's engagement and the client reads them too (a
three-way agreement is in one language for all three parties). A caller (the command line's
``--language``) may still choose another language for one export with ``chosen_language``.
"""

from __future__ import annotations

import uuid

from sqlmodel import Session, col, select

from coachdesk.documents.wording import ENGLISH, LANGUAGES
from coachdesk.domain import Client, CoachProfile
from coachdesk.services import validation as v


def coach_language(db: Session) -> str:
    """The coach's language for documents (the profile's), English before there is a profile."""
    chosen = db.exec(select(CoachProfile.document_language).order_by(col(CoachProfile.created_at))).first()
    return chosen if chosen in LANGUAGES else ENGLISH


def client_language(db: Session, client_id: uuid.UUID | None) -> str:
    """The language ``client_id``'s documents print in: theirs, else the coach's, else English."""
    if client_id is not None:
        own = db.exec(select(Client.document_language).where(col(Client.id) == client_id)).first()
        if own in LANGUAGES:
            return str(own)
    return coach_language(db)


def chosen_language(db: Session, client_id: uuid.UUID | None, language: str | None = None) -> str:
    """``language`` when a caller chose one (checked: ValidationError naming ``language``), else the
    client's."""
    checked = v.document_language("language", language)
    return checked if checked is not None else client_language(db, client_id)
