"""After a session: a recap for the client from the shared summary and the action items, as a PDF or a
``mailto:`` draft for the coach's mail program. Private notes never reach it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from urllib.parse import quote

from sqlmodel import Session, col, select

from coachdesk.documents.client_recap import RecapAction, RecapData, RecapRenderer
from coachdesk.documents.letterhead import Letterhead, document_id, long_date
from coachdesk.documents.wording import Words, words_for
from coachdesk.domain import ActionItem, ActionOwner, Client, CoachingSession, DocumentKind, OutboundChannel
from coachdesk.services.changes import Changes
from coachdesk.services.document_export import record_export
from coachdesk.services.document_language import chosen_language
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.errors import ValidationError
from coachdesk.services.local_time import local_zone
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

# Mail programs and systems cut longer links; a longer recap goes as a PDF instead.
MAX_MAILTO = 8000
MAIL_DRAFT_DESCRIPTION = "Mail draft"


def _action(item: ActionItem, w: Words) -> RecapAction:
    due = w(" (by {date})").format(date=long_date(item.due_date, w.locale)) if item.due_date else ""
    who = w(" (your coach)") if item.owner == ActionOwner.COACH else ""
    done = w(" (done)") if item.done else ""
    return RecapAction(f"{item.description}{due}{who}{done}")


def recap_data(
    db: Session, session_id: uuid.UUID | str, today: date, language: str | None = None
) -> RecapData:
    """The recap of a session: its shared summary and the action items agreed in it, for its client,
    in ``language`` (None: the client's document language).

    Reads only the session's ``shared_summary``, its own action items, the client's name and the coach
    profile: never private notes, amendments, concerns or any other client's records."""
    found = fetch(db, CoachingSession, session_id, field="session_id", label="session")
    client = fetch(db, Client, found.client_id, field="client_id", label="client")
    items = db.exec(
        select(ActionItem)
        .where(col(ActionItem.session_id) == found.id)
        .order_by(col(ActionItem.done), col(ActionItem.created_at))
    ).all()
    if not found.shared_summary.strip() and not items:
        raise ValidationError(
            "shared_summary",
            "There is nothing to recap yet: write the shared summary or add the action items agreed first.",
        )
    day = found.starts_at.astimezone(local_zone()).date()
    w = words_for(chosen_language(db, client.id, language))
    return RecapData(
        letterhead=Letterhead.from_profile(get_profile(db)),
        document_id=document_id("RECAP", found.id, datetime.combine(day, time())),
        written_on=today,
        client_name=client.preferred_name or client.name,
        session_day=long_date(day, w.locale),
        summary=found.shared_summary,
        actions=tuple(_action(item, w) for item in items),
        language=w.language,
    )


def recap_pdf(db: Session, session_id: uuid.UUID | str, today: date, language: str | None = None) -> bytes:
    return RecapRenderer(recap_data(db, session_id, today, language)).render()


def recap_document(session_id: uuid.UUID | str, today: date, language: str | None = None) -> DocumentSource:
    """The recap as a document: it goes to the session's client under their coaching agreement."""
    return DocumentSource(
        DocumentKind.RECAP,
        "session",
        session_id,
        lambda db: recap_pdf(db, session_id, today, language),
        today,
    )


@dataclass(frozen=True)
class RecapMail:
    """A mail draft: the ``mailto:`` link the coach's mail program opens, and the body it carries."""

    url: str
    to: str
    subject: str
    body: str


def recap_mail(
    db: Session, session_id: uuid.UUID | str, today: date, language: str | None = None
) -> RecapMail:
    """The recap as a ``mailto:`` draft to the client (RFC 6068); ValidationError when it is too long."""
    data = recap_data(db, session_id, today, language)
    found = fetch(db, CoachingSession, session_id, field="session_id", label="session")
    client = fetch(db, Client, found.client_id, field="client_id", label="client")
    subject = data.subject
    body = data.plain_text()
    url = (
        f"mailto:{quote(client.email, safe='@')}"
        f"?subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    )
    if len(url) > MAX_MAILTO:
        raise ValidationError(
            "shared_summary", "This recap is too long for a mail draft: export it as a PDF and attach that."
        )
    return RecapMail(url, client.email, subject, body)


def record_mail_draft(db: Session, session_id: uuid.UUID | str, mail: RecapMail, today: date) -> Changes:
    """Record in the outbound ledger that the recap was handed to the coach's mail program."""
    return record_export(
        db,
        recap_document(session_id, today),
        mail.body.encode("utf-8"),
        channel=OutboundChannel.MAIL_DRAFT,
        description=MAIL_DRAFT_DESCRIPTION,
    )
