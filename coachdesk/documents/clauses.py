"""Clause templates: agreement wording kept as plain text in ``resources/clauses`` for a coach to adapt.

The format (also described at the top of each template):

* everything before the first ``## Heading`` line is a preamble for the reader and is ignored;
* ``## Heading`` starts a section; ``## Heading [sponsor]`` a section printed in three-way agreements only;
  ``## Heading [optional: key]`` a section the coach may switch off per agreement (``key`` names it);
* blank lines separate paragraphs; a line starting with ``- `` is a bullet; ``**words**`` print bold;
* ``[sponsor]…[/sponsor]`` (inline or over several lines) prints only when there is a sponsor, and
  ``[no sponsor]…[/no sponsor]`` only when there is none;
* ``[if name]…[/if]`` prints only when the condition ``name`` holds, ``[if not name]…[/if]`` only when it
  does not (conditions may nest); an unknown condition raises :class:`ClauseError` naming it;
* ``[[name]]`` alone on a line marks where the renderer places a table (parties, terms, signatures);
* ``{name}`` is a placeholder filled with :py:meth:`str.format_map`; an unknown name raises
  :class:`ClauseError` naming it. Values are inserted as plain text, never read as markup.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from coachdesk.documents import formatting
from coachdesk.documents.agreement_data import AgreementData, DeclaredConflict, Terms
from coachdesk.documents.agreement_wording import code_of_ethics, practice_values
from coachdesk.documents.letterhead import long_date
from coachdesk.documents.wording import ENGLISH, Words, document_language, words_for
from coachdesk.resources import resource_path

_HEADING = re.compile(
    r"^## +(?P<title>.+?)(?P<sponsor> +\[sponsor\])?(?: +\[optional: *(?P<optional>[a-z_]+)\])? *$",
    re.MULTILINE,
)
_SPONSOR_ONLY = re.compile(r"\[sponsor\](.*?)\[/sponsor\]", re.DOTALL)
_NO_SPONSOR_ONLY = re.compile(r"\[no sponsor\](.*?)\[/no sponsor\]", re.DOTALL)
# The innermost condition first: its text holds no other [if …], so nested conditions resolve inside out.
_CONDITION = re.compile(
    r"\[if (?P<negated>not )?(?P<name>[a-z_]+)\](?P<text>(?:(?!\[if ).)*?)\[/if\]", re.DOTALL
)
_INSERT = re.compile(r"^\[\[(?P<name>[a-z_]+)\]\]$")
_STRAY_MARKER = re.compile(r"\[/?(?:no )?sponsor\]|\[if [^\]]*\]|\[/if\]")

RETENTION_YEARS = 7
FORMATS = {"in_person": "in person", "video": "by video call", "phone": "by phone"}
DECISIONS = {
    "proceed_with_safeguards": "Coaching goes ahead with these safeguards",
    "decline": "The coach has declined this engagement",
    "refer_elsewhere": "The client is referred to another coach",
}
PENDING = "To be decided and agreed with the client before coaching begins."

BlockKind = Literal["paragraph", "bullet", "insert"]


class ClauseError(ValueError):
    """A clause template that cannot be filled: an unknown placeholder, a stray brace or marker."""


@dataclass(frozen=True)
class Block:
    """A paragraph or bullet (``text`` holds filled text) or an insert (``text`` names the table)."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class OptionalClause:
    """A section the coach may leave out of one agreement: its key (stored) and its heading (shown)."""

    key: str
    heading: str
    sponsor_only: bool = False


@dataclass(frozen=True)
class _RawSection:
    heading: str
    sponsor_only: bool
    body: str
    optional: str | None = None


class _Values(dict[str, str]):
    """The placeholder values; a name the template uses but nobody supplied is an error that says so."""

    def __init__(self, values: Mapping[str, str], template: str) -> None:
        super().__init__(values)
        self.template = template

    def __missing__(self, key: str) -> str:
        known = ", ".join(sorted(self))
        raise ClauseError(
            f"The clause template {self.template} uses the placeholder {{{key}}}, "
            f"which CoachDesk does not know. Known placeholders: {known}."
        )


def template_path(name: str = "agreement", language: str = ENGLISH) -> Path:
    """Where the template of ``language`` lives: ``clauses/agreement.txt`` in English, else
    ``clauses/<language>/agreement.txt``; a coach adapts each language's file in place."""
    chosen = document_language(language)
    parts = ("clauses", f"{name}.txt") if chosen == ENGLISH else ("clauses", chosen, f"{name}.txt")
    return resource_path(*parts)


def template_text(name: str = "agreement", language: str = ENGLISH) -> str:
    """The clause template's text as it is now (a signed agreement keeps the text it was signed with)."""
    return template_path(name, language).read_text(encoding="utf-8").replace("\r\n", "\n")


@lru_cache(maxsize=8)
def _load(name: str, language: str = ENGLISH) -> tuple[_RawSection, ...]:
    """The template's sections, read once per process (a restart picks up an edited file)."""
    return _parse(template_text(name, language), name)


@lru_cache(maxsize=8)
def _parse(source: str, name: str) -> tuple[_RawSection, ...]:
    matches = list(_HEADING.finditer(source))
    if not matches:
        raise ClauseError(f"The clause template {name}.txt has no sections (lines starting with '## ').")
    sections = []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(source)
        sections.append(
            _RawSection(
                match["title"],
                match["sponsor"] is not None,
                source[match.end() : end].strip("\n"),
                match["optional"],
            )
        )
    return tuple(sections)


def optional_clauses(name: str = "agreement") -> tuple[OptionalClause, ...]:
    """The sections of template ``name`` a coach may switch off per agreement, in template order."""
    return tuple(
        OptionalClause(raw.optional, raw.heading, raw.sponsor_only) for raw in _load(name) if raw.optional
    )


def _fill(text: str, values: _Values, where: str) -> str:
    try:
        return text.format_map(values)
    except ClauseError:
        raise
    except (ValueError, IndexError, AttributeError) as error:
        raise ClauseError(
            f"The clause template {values.template} has a stray brace in “{where}”: {error}. "
            "Write {{ or }} to print a brace."
        ) from None


def _select(text: str, *, sponsor: bool, flags: Mapping[str, bool], where: str, template: str) -> str:
    """Keep the passages meant for this agreement, drop the others, remove the markers."""
    text = _SPONSOR_ONLY.sub(lambda m: m[1] if sponsor else "", text)
    text = _NO_SPONSOR_ONLY.sub(lambda m: "" if sponsor else m[1], text)

    def resolve(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in flags:
            known = ", ".join(sorted(flags))
            raise ClauseError(
                f"The clause template {template} asks [if {name}] in “{where}”, a condition CoachDesk "
                f"does not know. Known conditions: {known}."
            )
        return match["text"] if flags[name] != bool(match["negated"]) else ""

    while True:
        text, count = _CONDITION.subn(resolve, text)
        if not count:
            return text


def _blocks(body: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", body):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        paragraph: list[str] = []
        in_list = False  # a line right after a bullet continues it (a bullet wrapped in the file)
        for line in lines:
            insert = _INSERT.match(line)
            if insert or line.startswith("- "):
                if paragraph:
                    blocks.append(Block("paragraph", " ".join(paragraph)))
                    paragraph = []
                blocks.append(
                    Block("insert", insert["name"]) if insert else Block("bullet", line[2:].strip())
                )
                in_list = not insert
            elif in_list:
                blocks[-1] = Block("bullet", f"{blocks[-1].text} {line}")
            else:
                paragraph.append(line)
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph)))
    return tuple(blocks)


def agreement_sections(
    values: Mapping[str, str],
    *,
    sponsor: bool,
    name: str = "agreement",
    flags: Mapping[str, bool] | None = None,
    switched_off: Collection[str] = (),
    source: str | None = None,
    language: str = ENGLISH,
) -> list[Section]:
    """The agreement's sections, filled with ``values``; sponsor passages only when ``sponsor``.

    ``flags`` answer the template's ``[if …]`` conditions; optional sections whose key is in
    ``switched_off`` are left out. ``source`` is a template's text to use instead of the file (a
    signed agreement's frozen text); otherwise the template of ``language``. Markers are resolved
    before the placeholders are filled, so nothing a coach typed into a field can switch a passage on
    or off; filled values may hold blank lines and ``- `` lines of their own (a list of conflicts, a
    long cancellation policy), which become paragraphs and bullets.
    """
    filled = _Values(values, f"{name}.txt")
    conditions = {"sponsor": sponsor, **(flags or {})}
    sections = []
    for raw in _load(name, document_language(language)) if source is None else _parse(source, name):
        if (raw.sponsor_only and not sponsor) or (raw.optional and raw.optional in switched_off):
            continue
        heading = _fill(raw.heading, filled, raw.heading)
        body = _select(raw.body, sponsor=sponsor, flags=conditions, where=raw.heading, template=f"{name}.txt")
        stray = _STRAY_MARKER.search(body)
        if stray:
            raise ClauseError(
                f"The clause template {name}.txt has an unmatched {stray[0]} in “{raw.heading}”."
            )
        sections.append(Section(heading, _blocks(_fill(body, filled, raw.heading))))
    return sections


# --- the agreement's placeholders ------------------------------------------------------------------


def sentence(value: str) -> str:
    """User text as a sentence: trimmed, with a full stop unless it already ends in punctuation."""
    value = value.strip()
    return value if not value or value[-1] in ".!?…:;)”»\"'" else value + "."


def money(minor: int, currency: str, language: str = ENGLISH) -> str:
    """The amount as the locale of the document's language writes it ("2.500,00 NOK" in German)."""
    return formatting.money(minor, currency, words_for(language).locale)


def _date(day: date, w: Words) -> str:
    return long_date(day, w.locale)


def _fee_sentence(t: Terms, w: Words) -> str:
    fee = money(t.fee_minor, t.currency, w.language)
    if t.fee_minor == 0:
        return w("waived: this coaching is provided pro bono.")
    if t.fee_basis == "per_engagement":
        return w("{fee} for the whole engagement.").format(fee=fee)
    if t.session_count:
        total = money(t.fee_minor * t.session_count, t.currency, w.language)
        return w.n(
            "{fee} per session, {total} for the %n session agreed.",
            "{fee} per session, {total} for the %n sessions agreed.",
            t.session_count,
        ).format(fee=fee, total=total)
    return w("{fee} per session.").format(fee=fee)


def _duration(t: Terms, w: Words) -> str:
    if t.start_date and t.end_date:
        return w("from {start} to {end}").format(start=_date(t.start_date, w), end=_date(t.end_date, w))
    if t.start_date:
        return w("from {start} until the agreed sessions have been held").format(start=_date(t.start_date, w))
    return w("from the first session until the agreed sessions have been held")


def conflict_bullets(conflicts: tuple[DeclaredConflict, ...], language: str = ENGLISH) -> str:
    """The declared conflicts as ``- `` bullet lines: kind, wording for the document, how handled."""
    w = words_for(language)
    if not conflicts:
        return "- " + w("None declared.")
    lines = []
    for conflict in conflicts:
        decision = w(DECISIONS.get(conflict.decision or "", "")) if conflict.decision else ""
        handled = sentence(f"{decision}: {conflict.safeguards}" if conflict.safeguards else decision)
        how = w("How it is handled: {how}").format(how=handled if decision else w(PENDING))
        lines.append(f"- **{w(conflict.kind)}.** {sentence(conflict.wording)} {how}")
    return "\n".join(lines)


def placeholder_values(data: AgreementData) -> dict[str, str]:
    """Every placeholder the agreement template may use, filled from ``data`` in its language."""
    w = words_for(data.language)
    t, head = data.terms, data.letterhead
    sponsor = data.sponsor
    count = (
        w.n("%n session is", "%n sessions are", t.session_count) if t.session_count else w("the sessions are")
    )
    payer = (
        w("It is paid by {sponsor}, which is invoiced directly; the client pays nothing.").format(
            sponsor=sponsor.name
        )
        if sponsor and t.payer == "sponsor"
        else w("It is paid by the client.")
    )
    qualifications = ", ".join(v for v in (head.credentials, data.qualifications) if v)
    body = data.professional_body or w("the coach’s professional body")
    session_format = w(FORMATS[t.format]) if t.format in FORMATS else t.format
    return {
        "coach_name": head.coach_name,
        "coach_credentials": head.credentials,
        "practice_name": head.sender,
        "client_name": data.client.name,
        "sponsor_name": sponsor.name if sponsor else "",
        "sponsor_contact": sponsor.contact_name if sponsor else "",
        "engagement_title": t.title,
        "start_date": _date(t.start_date, w) if t.start_date else w("the first session"),
        "end_date": _date(t.end_date, w) if t.end_date else w("the last agreed session"),
        "session_count": str(t.session_count or ""),
        "session_minutes": str(t.session_minutes),
        "format_sentence": w(
            "Sessions take place {format} and last {minutes} minutes; {count} planned over the period agreed."
        ).format(format=session_format, minutes=t.session_minutes, count=count),
        "fee": money(t.fee_minor, t.currency, w.language),
        "fee_sentence": _fee_sentence(t, w),
        "payer_sentence": payer,
        "payment_terms": sentence(t.payment_terms)
        or w("Invoices are sent monthly and are payable within 30 days of the invoice date."),
        "cancellation_policy": sentence(t.cancellation_policy)
        or w(
            "A session cancelled or moved with at least 48 hours’ notice is rescheduled at no charge. "
            "A session cancelled with less notice, or missed without notice, is charged in full, "
            "unless the reason was a genuine emergency."
        ),
        "confidentiality_terms": sentence(t.confidentiality_terms)
        or w("What the client shares in coaching stays between the client and the coach."),
        "conflicts": conflict_bullets(data.conflicts, w.language),
        "qualifications_sentence": w(
            "{coach} holds the following qualifications and credentials: {qualifications}"
        ).format(coach=head.coach_name, qualifications=sentence(qualifications))
        if qualifications
        else w("{coach} will provide details of their training and experience on request.").format(
            coach=head.coach_name
        ),
        "code_of_ethics": code_of_ethics(data.code_of_ethics, w.language)
        or w("code of ethics of their professional body"),
        "professional_body_clause": w(" of the {body}").format(body=data.professional_body)
        if data.professional_body and data.professional_body not in data.code_of_ethics
        else "",
        "contact_channels": sentence(t.contact_channels) or w("E-mail, for anything between sessions."),
        "contact_hours": sentence(t.contact_hours) or w("Monday to Friday, during working hours."),
        "response_time": sentence(t.response_time) or w("Within two working days."),
        "gifts_policy": sentence(t.gifts_policy)
        or w("The coach does not accept gifts beyond a small token of thanks."),
        "duration_sentence": _duration(t, w) + ".",
        "notice_days": str(t.notice_days),
        "retention_years": str(RETENTION_YEARS),
        "complaints_route": sentence(data.complaints_route)
        or w("If a concern is not resolved, it may be raised with {body}.").format(body=body),
        **practice_values(data),
    }
