"""Plain rows of mentor coaching, supervision and CCE records, for ``coachdesk list`` and scripts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from coachdesk.documents.csv_cells import safe_cell
from coachdesk.services.education import education_rows
from coachdesk.services.mentoring import mentoring_sessions
from coachdesk.services.readiness import hours_text, units_text
from coachdesk.services.supervision import supervision_sessions

Table = tuple[list[str], list[list[str]]]


def _cells(values: Sequence[str]) -> list[str]:
    # One line per row: tabs and line breaks would break it, and a cell a spreadsheet evaluates must not run.
    return [safe_cell(" ".join(value.split())) for value in values]


def mentoring(db: Session) -> Table:
    header = ["id", "date", "mentor", "mentor_credential", "hours", "format", "group_size"]
    rows = [
        _cells(
            [
                str(s.id),
                s.held_on.isoformat(),
                s.mentor_name,
                s.mentor_credential,
                hours_text(s.minutes),
                "one-to-one" if s.group_size == 1 else "group",
                str(s.group_size),
            ]
        )
        for s in mentoring_sessions(db)
    ]
    return header, rows


def supervision(db: Session) -> Table:
    header = ["id", "date", "supervisor", "hours", "format"]
    rows = [
        _cells(
            [
                str(s.id),
                s.held_on.isoformat(),
                s.supervisor,
                hours_text(s.minutes),
                "group" if s.in_group else "individual",
            ]
        )
        for s in supervision_sessions(db)
    ]
    return header, rows


def cce(db: Session) -> Table:
    header = ["id", "date", "title", "provider", "units", "category", "certificate"]
    rows = [
        _cells(
            [
                str(r.id),
                r.completed_on.isoformat(),
                r.title,
                r.provider,
                units_text(r.units),
                r.category_name,
                r.certificate_name,
            ]
        )
        for r in education_rows(db)
    ]
    return header, rows
