"""Invoice numbers: the pattern a coach chooses, and numbers given at issue, gap-free per series.

A pattern is text with one sequence token and optional year tokens: ``{year}-{seq:4}`` gives
2026-0001, 2026-0002, … and starts again at 2027-0001 (each year is its own series); ``INV{seq}``
gives INV1, INV2, … for ever. Tokens: ``{year}`` (2026), ``{yy}`` (26), ``{seq}`` and ``{seq:N}``
(the sequence, zero-padded to N digits), ``{computer}`` (the tag of the computer that issues, for a
series per computer: ``{year}-{computer}{seq:4}`` gives 2026-L0001 on the laptop and 2026-D0001 on
the desktop, so two copies of the vault never give one number twice; see docs/sync.md).

Credit notes have their own series, the invoice pattern behind ``CN-`` (CN-2026-0001): a correction
then never takes a number from the invoices, whose series stays one run of consecutive invoices
(what tax auditors read), and a credit note is told apart from an invoice by its number alone. EU
rules (Directive 2006/112/EC Art. 226(2)) allow one or more series as long as each is consecutive.

A number is taken in the issuing transaction: the series counter goes up by one, and the database
refuses any other change to it (migration 0015), so a failed issue leaves no gap and no number is
ever given twice.
"""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, InvoiceKind, InvoiceSeries
from coachdesk.domain.phrases import phrase
from coachdesk.services.audit import audit
from coachdesk.services.errors import ValidationError

CREDIT_NOTE_PREFIX = "CN-"
MAX_PATTERN = 40
_TOKEN = re.compile(r"\{([a-z]+)(?::(\d))?\}")
_LITERAL = re.compile(r"^[A-Za-z0-9 ./_#-]*$")
_SERIES_MARK = "#"
COMPUTER = "computer"


def check_pattern(field: str, pattern: str) -> str:
    """The pattern as stored, or ValidationError saying what is wrong with it."""
    pattern = pattern.strip()
    example = "Use for example {year}-{seq:4} (2026-0001) or INV-{seq:5} (INV-00001)."
    if not pattern:
        raise ValidationError(
            field,
            phrase("services", "The invoice number pattern is required. {example}").format(example=example),
        )
    if len(pattern) > MAX_PATTERN:
        raise ValidationError(
            field,
            phrase("services", "The invoice number pattern is too long (at most {most}).").format(
                most=MAX_PATTERN
            ),
        )
    tokens = _TOKEN.findall(pattern)
    unknown = sorted({name for name, _ in tokens if name not in ("year", "yy", "seq", COMPUTER)})
    if unknown:
        raise ValidationError(
            field,
            phrase("services", "The pattern has an unknown part {{{unknown}}}. {example}").format(
                unknown=unknown[0], example=example
            ),
        )
    if [name for name, _ in tokens].count("seq") != 1:
        raise ValidationError(
            field,
            phrase(
                "services", "The pattern needs exactly one {{seq}} for the running number. {example}"
            ).format(example=example),
        )
    if [name for name, _ in tokens].count(COMPUTER) > 1:
        raise ValidationError(
            field,
            phrase("services", "The pattern may hold {{computer}} once. {example}").format(example=example),
        )
    for name, width in tokens:
        if width and (name != "seq" or not 1 <= int(width) <= 9):
            raise ValidationError(
                field,
                phrase(
                    "services", "In the pattern, only {{seq}} takes a width, from 1 to 9. {example}"
                ).format(example=example),
            )
    literal = _TOKEN.sub("", pattern)
    if not _LITERAL.match(literal) or "{" in literal or "}" in literal or _SERIES_MARK in literal:
        raise ValidationError(
            field,
            phrase(
                "services",
                "Besides its parts, the pattern may hold letters, digits, spaces and - / . _ only. {example}",
            ).format(example=example),
        )
    return pattern


def per_computer(pattern: str) -> bool:
    """Whether the pattern gives each computer its own series (it holds ``{computer}``)."""
    return any(name == COMPUTER for name, _ in _TOKEN.findall(pattern))


def _render(pattern: str, issue_date: date, sequence: str | int, computer: str) -> str:
    def part(match: re.Match[str]) -> str:
        name, width = match.group(1), match.group(2)
        if name == COMPUTER:
            return computer
        if name == "year":
            return f"{issue_date.year:04d}"
        if name == "yy":
            return f"{issue_date.year % 100:02d}"
        if isinstance(sequence, int):
            return str(sequence).zfill(int(width or 1))
        return sequence

    return _TOKEN.sub(part, pattern)


def pattern_for(kind: InvoiceKind, pattern: str) -> str:
    """The pattern a kind of document is numbered by: credit notes put CN- before the invoices'."""
    return CREDIT_NOTE_PREFIX + pattern if kind is InvoiceKind.CREDIT_NOTE else pattern


def series_of(pattern: str, issue_date: date, computer: str = "") -> str:
    """The series a number belongs to: the pattern for its year (and computer), the running number as
    ``#``."""
    return _render(pattern, issue_date, _SERIES_MARK, computer)


def number_for(pattern: str, issue_date: date, sequence: int, computer: str = "") -> str:
    """The printed number: ``number_for("{year}-{seq:4}", 2026-03-01, 7)`` is 2026-0007."""
    if sequence < 1:
        raise ValueError("sequences start at 1")
    return _render(pattern, issue_date, sequence, computer)


def take_number(
    db: Session, kind: InvoiceKind, pattern: str, issue_date: date, computer: str = ""
) -> tuple[str, int, str]:
    """The next number of the series, taken in the caller's transaction: (series, sequence, number)."""
    full = pattern_for(kind, pattern)
    series = series_of(full, issue_date, computer)
    counter = db.exec(select(InvoiceSeries).where(col(InvoiceSeries.series) == series)).first()
    if counter is None:
        counter = InvoiceSeries(series=series, last_sequence=1)
        db.add(counter)
        audit(db, counter, AuditAction.CREATED)
    else:
        counter.last_sequence += 1
    db.flush()
    return series, counter.last_sequence, number_for(full, issue_date, counter.last_sequence, computer)
