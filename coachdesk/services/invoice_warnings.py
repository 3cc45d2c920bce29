"""Before a sponsor's invoice is issued or sent: lines that repeat what the sponsor must never read.

An invoice to the sponsor carries dates and counts only. Lines made from sessions are written that way;
a line or remark the coach typed could still repeat a session's notes or summary, a goal, or the
engagement's title (its topic). These warnings name the line and what it repeats; the coach decides.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlmodel import Session, col, select

from coachdesk.domain import Client, CoachingSession, Engagement, Goal, Invoice, InvoiceLine, Payer
from coachdesk.domain.phrases import phrase
from coachdesk.services.folding import fold
from coachdesk.services.work import fetch

RUN = 4  # words in a row shared with a private text make a line look copied from it


@dataclass(frozen=True)
class InvoiceWarning:
    """A line (by its position, from 1; 0 for the invoice's remark) and what it repeats."""

    line: int
    message: str


def _words(text: str) -> list[str]:
    return [fold(word) for word in re.findall(r"\w+", text)]


def _runs(text: str, size: int) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _private_texts(db: Session, invoice: Invoice) -> Iterator[tuple[str, str]]:
    """What the sponsor may not read, with what to call it: notes, summaries, goals, the topic."""
    client = db.get(Client, invoice.client_id) if invoice.client_id else None
    if client is not None:
        yield phrase("services", "your private notes on the client"), client.private_notes
        sessions = db.exec(select(CoachingSession).where(col(CoachingSession.client_id) == client.id))
        for session in sessions:
            yield phrase("services", "a session's notes"), session.private_notes
            yield phrase("services", "a session's shared summary"), session.shared_summary
        for goal in db.exec(select(Goal).where(col(Goal.client_id) == client.id)):
            yield (
                phrase("services", "a goal"),
                f"{goal.statement}\n{goal.measure_of_success}\n{goal.sponsor_progress}",
            )
    engagement = db.get(Engagement, invoice.engagement_id) if invoice.engagement_id else None
    if engagement is not None:
        yield phrase("services", "the engagement's title (its topic)"), engagement.title


def _repeats(text: str, private: list[tuple[str, str, set[tuple[str, ...]]]]) -> str:
    """What private text ``text`` repeats: a run of words, or the whole of a short one (a title)."""
    runs = _runs(text, RUN)
    padded = f" {' '.join(_words(text))} "
    for what, whole, theirs in private:
        short = 2 <= len(whole.split()) < RUN and f" {whole} " in padded
        if short or runs & theirs:
            return what
    return ""


def sponsor_invoice_warnings(db: Session, invoice_id: uuid.UUID | str) -> list[InvoiceWarning]:
    """For an invoice the sponsor pays: each line (and the remark) that repeats private text; [] for an
    invoice the client pays (it goes to the client, whose own coaching it is)."""
    invoice = fetch(db, Invoice, invoice_id, field="invoice_id", label="invoice")
    if invoice.payer is not Payer.SPONSOR:
        return []
    private = [
        (what, " ".join(_words(text)), _runs(text, RUN))
        for what, text in _private_texts(db, invoice)
        if text.strip()
    ]
    lines = db.exec(
        select(InvoiceLine.description)
        .where(col(InvoiceLine.invoice_id) == invoice.id)
        .order_by(col(InvoiceLine.position))
    ).all()
    texts = [*enumerate(lines, start=1), (0, invoice.note)]
    warnings = []
    for number, text in texts:
        what = _repeats(text, private)
        if what:
            template = (
                phrase(
                    "services",
                    "Line {number} repeats {what}. An invoice to the sponsor says dates and counts only: "
                    "change it before the invoice leaves.",
                )
                if number
                else phrase(
                    "services",
                    "The remark repeats {what}. An invoice to the sponsor says dates and counts only: "
                    "change it before the invoice leaves.",
                )
            )
            warnings.append(InvoiceWarning(number, template.format(number=number, what=what)))
    return warnings
