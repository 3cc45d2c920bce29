"""What a referral letter shares: the consented kinds with their content from the record, and warnings.

The letter prints exactly the kinds of information ticked on the client's consent, each with its content
taken from the record (never from session notes), and lists only those it prints. Before printing, the
coach is warned about typed text that looks like notes: long text, or runs of words found in the
client's private notes (ICF Code of Ethics 2025, Ethical Standards, "Confidentiality and Legal
Compliance": information is released only under a clear agreement; EMCC Global Code of Ethics,
"Working with clients", confidentiality: nothing is disclosed beyond what the client agreed to).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlmodel import Session, col, select

from coachdesk.documents.letterhead import long_date
from coachdesk.documents.referral_letter_data import SharedLine
from coachdesk.documents.wording import ENGLISH, Words, words_for
from coachdesk.domain import (
    Client,
    CoachingSession,
    Consent,
    Goal,
    GoalOrigin,
    GoalStatus,
    Referral,
    SessionStatus,
)
from coachdesk.domain.ethics import SharedItem
from coachdesk.domain.phrases import phrase
from coachdesk.services.folding import fold
from coachdesk.services.local_time import local_date, local_zone
from coachdesk.services.work import fetch

# How each kind is named on the consent form and in the letter's consent statement.
ITEM_WORDS = {
    SharedItem.CONTACT_DETAILS: "Contact details",
    SharedItem.REASON_IN_CLIENTS_WORDS: "The reason in the client's own words",
    SharedItem.COACHING_DATES: "Dates of coaching",
    SharedItem.GOALS: "Coaching goals",
    SharedItem.READ_SUMMARY: "A summary the client has read",
}
STATEMENT_WORDS = {
    SharedItem.CONTACT_DETAILS: "their contact details",
    SharedItem.REASON_IN_CLIENTS_WORDS: "the reason in their own words",
    SharedItem.COACHING_DATES: "the dates of our coaching",
    SharedItem.GOALS: "their coaching goals",
    SharedItem.READ_SUMMARY: "a summary they have read",
}
NOTE_RUN = 6  # words in a row shared with a note make typed text look copied from it
SHORT_RUN = 3  # a whole field of 3 to 5 words found in a note counts as well
LONG_LINE = 200  # characters: the "anything else" line is one line, not a page of notes
LONG_TEXT = 1500  # characters: a summary or the client's words longer than this are checked twice


@dataclass(frozen=True)
class LetterWarning:
    """Something to check before printing: the form field it concerns and what to check."""

    field: str
    message: str


@dataclass(frozen=True)
class SharedContent:
    """The lines the letter prints under "information shared with consent", and what it lists as shared."""

    lines: tuple[SharedLine, ...]
    statement: tuple[str, ...]  # the kinds shared, as the consent statement names them
    other: str  # the consent's free line, printed as it stands


def _contact(client: Client, w: Words) -> str:
    parts = [
        w("e-mail {email}").format(email=client.email) if client.email else "",
        w("telephone {phone}").format(phone=client.phone) if client.phone else "",
    ]
    return "; ".join(part for part in parts if part)


def _coaching_dates(db: Session, client_id: uuid.UUID, w: Words) -> str:
    # Only the start times of sessions held: never a note, a summary or a session not yet held.
    starts = db.exec(
        select(CoachingSession.starts_at)
        .where(
            col(CoachingSession.client_id) == client_id,
            col(CoachingSession.status) == SessionStatus.COMPLETED,
        )
        .order_by(col(CoachingSession.starts_at))
    ).all()
    if not starts:
        return ""
    zone = local_zone()
    first, last = local_date(starts[0], zone), local_date(starts[-1], zone)
    if len(starts) == 1:
        return w("One session, on {date}.").format(date=long_date(first, w.locale))
    return w.n(
        "%n session, from {first} to {last}.", "%n sessions, from {first} to {last}.", len(starts)
    ).format(first=long_date(first, w.locale), last=long_date(last, w.locale))


def _goals(db: Session, client_id: uuid.UUID) -> str:
    # The client's own goals, and an organisation's goals only where the client agreed to them.
    rows = db.exec(
        select(Goal.statement, Goal.origin, col(Goal.client_agreed_on).is_not(None))
        .where(col(Goal.client_id) == client_id, col(Goal.status) != GoalStatus.DROPPED)
        .order_by(col(Goal.created_at))
    ).all()
    goals = [s for s, origin, agreed in rows if origin != GoalOrigin.ORGANISATION or agreed]
    return "\n".join(f"• {goal}" for goal in goals)


def _quoted(words: str, w: Words | None = None) -> str:
    """The client's words in the quotation marks of the letter's language (“…”, „…“, « … »)."""
    quote = (w or words_for(ENGLISH))("“{words}”")
    return quote.format(words=words.strip()) if words.strip() else ""


def _content(
    db: Session, item: SharedItem, client: Client, words: str, summary: str, w: Words | None = None
) -> str:
    """One kind's content from the record ('' where the record has none); read only when consented."""
    w = w or words_for(ENGLISH)
    if item is SharedItem.CONTACT_DETAILS:
        return _contact(client, w)
    if item is SharedItem.REASON_IN_CLIENTS_WORDS:
        return words
    if item is SharedItem.COACHING_DATES:
        return _coaching_dates(db, client.id, w)
    if item is SharedItem.GOALS:
        return _goals(db, client.id)
    return summary


def _consented_contents(
    db: Session, consent: Consent, client: Client, words: str, summary: str, w: Words | None = None
) -> dict[SharedItem, str]:
    """The content of each kind the consent covers, in the form's order."""
    return {
        item: _content(db, item, client, words, summary, w)
        for item in SharedItem
        if item in consent.shared_items
    }


def shared_content(
    db: Session, referral: Referral, consent: Consent, client: Client, language: str = ENGLISH
) -> SharedContent:
    """What the letter shares: each consented kind that has content, in the form's order; what the
    record gives (dates, contact details) written in ``language``, the labels as English keys."""
    w = words_for(language)
    words, summary = _quoted(referral.reason_in_clients_words, w), referral.summary_client_read.strip()
    contents = _consented_contents(db, consent, client, words, summary, w)
    printed = [(item, content) for item, content in contents.items() if content]
    return SharedContent(
        lines=tuple(SharedLine(ITEM_WORDS[item], content) for item, content in printed),
        statement=tuple(STATEMENT_WORDS[item] for item, _content in printed),
        other=consent.shared_other,
    )


def _words(value: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in re.finditer(r"\w+", value)]


def _note_texts(db: Session, client: Client) -> Iterator[tuple[str, str]]:
    """The client's private notes and each session's, with where they are (for the warning)."""
    if client.private_notes.strip():
        yield phrase("services", "your private notes on the client"), client.private_notes
    zone = local_zone()
    sessions = db.exec(
        select(CoachingSession.starts_at, CoachingSession.private_notes).where(
            col(CoachingSession.client_id) == client.id
        )
    ).all()
    for starts_at, notes in sessions:
        if notes.strip():
            yield (
                phrase("services", "your notes of the session of {day}").format(
                    day=long_date(local_date(starts_at, zone))
                ),
                notes,
            )


Runs = dict[int, set[tuple[str, ...]]]  # a note's runs of words, by run length


def _copied_run(typed: str, notes: list[tuple[str, Runs]]) -> tuple[str, str] | None:
    """The first run of words from ``typed`` found in a note, and where, or None."""
    words = _words(typed)
    run = NOTE_RUN if len(words) > NOTE_RUN else len(words)
    if run < SHORT_RUN:
        return None
    for start in range(len(words) - run + 1):
        key = tuple(word for word, _s, _e in words[start : start + run])
        for where, runs in notes:
            if key in runs[run]:
                excerpt = typed[words[start][1] : words[start + run - 1][2]]
                return excerpt, where
    return None


def _runs(text: str, sizes: range) -> Runs:
    words = [word for word, _s, _e in _words(text)]
    return {n: {tuple(words[i : i + n]) for i in range(len(words) - n + 1)} for n in sizes}


@dataclass(frozen=True)
class LetterText:
    """What the coach typed for a letter (saved or still in the form), to check before printing."""

    client_id: uuid.UUID
    consent_id: uuid.UUID | None
    reason: str = ""
    reason_in_clients_words: str = ""
    summary_client_read: str = ""
    client_will_contact: bool = False


def referral_letter_warnings(db: Session, referral_id: uuid.UUID | str) -> list[LetterWarning]:
    """What to check before the saved referral's letter is printed (see ``letter_warnings``)."""
    referral = fetch(db, Referral, referral_id, field="referral_id", label="referral")
    return letter_warnings(
        db,
        LetterText(
            client_id=referral.client_id,
            consent_id=referral.consent_id,
            reason=referral.reason,
            reason_in_clients_words=referral.reason_in_clients_words,
            summary_client_read=referral.summary_client_read,
            client_will_contact=referral.client_will_contact,
        ),
    )


def letter_warnings(db: Session, typed: LetterText) -> list[LetterWarning]:
    """What to check before printing: text that looks copied from notes (long, or repeating the client's
    private notes), written text the consent does not cover, consented kinds with nothing to print, and
    no way for the professional to reach the client. Empty when there is nothing to check. Reads notes
    to compare, never to print them."""
    client = fetch(db, Client, typed.client_id, field="client_id", label="client")
    consent = None if typed.consent_id is None else db.get(Consent, typed.consent_id)
    if consent is not None and consent.client_id != client.id:
        consent = None
    consented = frozenset() if consent is None else consent.shared_items
    notes = [(where, _runs(text, range(SHORT_RUN, NOTE_RUN + 1))) for where, text in _note_texts(db, client)]
    fields = (
        ("reason", phrase("services", "Reason"), typed.reason, LONG_TEXT, True),
        (
            "reason_in_clients_words",
            phrase("services", "In the client's words"),
            typed.reason_in_clients_words,
            LONG_TEXT,
            SharedItem.REASON_IN_CLIENTS_WORDS in consented,
        ),
        (
            "summary_client_read",
            phrase("services", "Summary the client read"),
            typed.summary_client_read,
            LONG_TEXT,
            SharedItem.READ_SUMMARY in consented,
        ),
        (
            "shared_other",
            phrase("services", "Anything else (on the consent)"),
            "" if consent is None else consent.shared_other,
            LONG_LINE,
            True,
        ),
    )
    warnings: list[LetterWarning] = []
    for field, label, value, limit, printed in fields:
        if value.strip():
            warnings += _text_warnings(field, label, value, limit, printed, notes)
    if consent is not None:
        warnings += _content_warnings(db, typed, consent, client)
    return warnings


def _text_warnings(
    field: str, label: str, value: str, limit: int, printed: bool, notes: list[tuple[str, Runs]]
) -> list[LetterWarning]:
    if not printed:
        return [
            LetterWarning(
                field,
                phrase(
                    "services",
                    "“{label}” is filled in, but the client's consent does not cover it: it is not printed.",
                ).format(label=label),
            )
        ]
    warnings = []
    if len(value) > limit:
        warnings.append(
            LetterWarning(
                field,
                phrase(
                    "services",
                    "“{label}” is long ({count:,} characters): check it holds only what the client "
                    "agreed to share, and nothing from your notes.",
                ).format(label=label, count=len(value)),
            )
        )
    found = _copied_run(value, notes)
    if found is not None:
        excerpt, where = found
        warnings.append(
            LetterWarning(
                field,
                phrase(
                    "services",
                    "“{label}” repeats {where} (“{excerpt}”). Notes are never shared: print it only if the "
                    "client agreed to this very text.",
                ).format(label=label, where=where, excerpt=excerpt),
            )
        )
    return warnings


def _content_warnings(
    db: Session, typed: LetterText, consent: Consent, client: Client
) -> list[LetterWarning]:
    words, summary = _quoted(typed.reason_in_clients_words), typed.summary_client_read
    contents = _consented_contents(db, consent, client, words, summary)
    warnings = [
        LetterWarning(
            "shared_items",
            phrase(
                "services", "{item}: consented, but there is nothing to print; the letter leaves it out."
            ).format(item=ITEM_WORDS[item]),
        )
        for item, content in contents.items()
        if not content
    ]
    if not typed.client_will_contact and not contents.get(SharedItem.CONTACT_DETAILS):
        warnings.append(
            LetterWarning(
                "client_will_contact",
                phrase(
                    "services",
                    "The letter gives the professional no way to reach the client: say that the client "
                    "will get in touch, or record the client's consent to share contact details.",
                ),
            )
        )
    return warnings


def consent_summary(db: Session, consent_id: uuid.UUID) -> str:
    """What a consent lets a referral letter share, in one line for the referral form."""
    consent = fetch(db, Consent, consent_id, field="consent_id", label="consent")
    kinds = [
        "the reason for referral",
        *(ITEM_WORDS[i].lower() for i in SharedItem if i in consent.shared_items),
    ]
    line = ", ".join(kinds)
    if consent.shared_other:
        line += f"; also: {consent.shared_other}"
    reply = "may" if consent.recipient_may_reply else "may not"
    until = f" until {consent.expires_on.isoformat()}" if consent.expires_on is not None else ""
    return f"{line}. They {reply} tell you if they can offer an appointment. Valid{until}."
