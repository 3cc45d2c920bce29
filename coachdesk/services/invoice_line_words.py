"""The texts CoachDesk writes on invoice lines it makes itself, in the client's document language.

A line's text is kept as written (the coach may change it), so it is written in the language the
invoice will print in: the client's, when the line is made.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from coachdesk.documents.formatting import long_date
from coachdesk.documents.wording import Words, words_for
from coachdesk.domain import Engagement
from coachdesk.domain.enums import SessionStatus
from coachdesk.services.document_language import client_language

_SESSION_WHAT = {
    SessionStatus.COMPLETED: "Coaching session",
    SessionStatus.LATE_CANCELLED: "Session cancelled late (charged as agreed)",
}
_MISSED = "Missed session (charged as agreed)"


def engagement_words(db: Session, engagement: Engagement) -> Words:
    """The words of the engagement's client's document language."""
    return words_for(client_language(db, engagement.client_id))


def session_line_text(status: SessionStatus, day: date, w: Words) -> str:
    """ "Coaching session, 12 March 2026" / "Coaching-Sitzung, 12. März 2026" """
    what = w(_SESSION_WHAT.get(status, _MISSED))
    return f"{what}, {long_date(day, w.locale)}"


def package_text(
    session_count: int | None, w: Words, part: int | None = None, blocks: int | None = None
) -> str:
    """ "Coaching package: 8 sessions" or, billed in blocks, "Coaching package: 8 sessions, part 1 of 3" """
    count = w.n("%n session", "%n sessions", session_count) if session_count else w("sessions")
    if part is None or blocks is None:
        return w("Coaching package: {count}").format(count=count)
    return w("Coaching package: {count}, part {part} of {blocks}").format(
        count=count, part=part, blocks=blocks
    )


def partial_credit_text(number: str, w: Words) -> str:
    return w("Partial credit for invoice {number}").format(number=number)


def credit_note_remark(number: str, w: Words) -> str:
    """The remark of a credit note issued without a reason: "Credit note for invoice 2026-0007"."""
    return w("Credit note for invoice {number}").format(number=number)
