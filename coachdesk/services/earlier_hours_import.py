"""Importing earlier log lines from a CSV in the log's own columns: every row checked first, all or none."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from coachdesk.documents.hours_log import CSV_COLUMNS
from coachdesk.domain import AuditAction, EarlierLogLine
from coachdesk.domain.phrases import phrase
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.earlier_hours import TABLE, EarlierLineDetails, line_values
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import transaction

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
_KINDS = {"individual": False, "group": True}
_LABELS = {
    "client_name": "Client Name",
    "is_group": "Individual/Group",
    "number_in_group": "No. in Group",
    "contact": "Contact Info",
    "start_date": "Start Date",
    "end_date": "End Date",
    "paid_hours": "Paid Hours",
    "pro_bono_hours": "Pro-bono Hours",
}


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row of the file (rows numbered as a spreadsheet shows them: header is 1)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return phrase("services", "Row {row}, {column}: {message}").format(
            row=self.row, column=self.column, message=self.message
        )


class ImportRefused(ValidationError):
    """The file was not imported (nothing was): ``problems`` lists every bad row."""

    def __init__(self, message: str, problems: tuple[RowProblem, ...] = ()) -> None:
        super().__init__("file", message)
        self.problems = problems


def _text(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(
            phrase("services", "The file is larger than {megabytes} MB; nothing was imported.").format(
                megabytes=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(
            phrase("services", "The file is not UTF-8 text: save it as “CSV UTF-8” and import it again.")
        ) from None


def _key(header: str) -> str:
    return "".join(c for c in header.casefold() if c.isalnum())


def _date(value: str, column: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            column, phrase("services", "“{value}” is not a date written as YYYY-MM-DD.").format(value=value)
        ) from None


def _details(cells: dict[str, str]) -> EarlierLineDetails:
    kind = cells["Individual/Group"].strip().casefold()
    if kind not in _KINDS:
        raise ValidationError(
            "is_group",
            phrase("services", "“{cells}” is neither Individual nor Group.").format(
                cells=cells["Individual/Group"]
            ),
        )
    size_text = cells["No. in Group"].strip()
    size: int | None = None
    if size_text:
        if not size_text.isdigit():
            raise ValidationError(
                "number_in_group",
                phrase("services", "“{size_text}” is not a whole number.").format(size_text=size_text),
            )
        size = int(size_text)
    return EarlierLineDetails(
        client_name=cells["Client Name"],
        is_group=_KINDS[kind],
        number_in_group=size,
        contact=cells["Contact Info"],
        start_date=_date(cells["Start Date"], "start_date"),
        end_date=_date(cells["End Date"], "end_date"),
        paid_hours=cells["Paid Hours"],
        pro_bono_hours=cells["Pro-bono Hours"],
    )


def check_earlier_lines(data: bytes, today: date) -> list[dict[str, Any]]:
    """The values of every row of ``data``; ImportRefused listing every bad row (or a bad file)."""
    rows = list(csv.reader(io.StringIO(_text(data), newline="")))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ImportRefused(phrase("services", "The file is empty; nothing was imported."))
    positions = {_key(h): n for n, h in enumerate(rows[0])}
    missing = [c for c in CSV_COLUMNS[1:] if _key(c) not in positions]
    if missing:
        raise ImportRefused(
            (
                phrase(
                    "services",
                    "The file lacks the column {missing}. Its first row must name the log's columns: "
                    "{columns}.",
                )
                if len(missing) == 1
                else phrase(
                    "services",
                    "The file lacks the columns {missing}. Its first row must name the log's columns: "
                    "{columns}.",
                )
            ).format(missing=", ".join(missing), columns=", ".join(CSV_COLUMNS))
        )
    body = [(n, row) for n, row in enumerate(rows[1:], 2) if any(cell.strip() for cell in row)]
    if not body:
        raise ImportRefused(phrase("services", "The file has its header but no lines; nothing was imported."))
    if len(body) > MAX_ROWS:
        raise ImportRefused(
            phrase("services", "The file has {count:,} lines; import at most {most:,} at a time.").format(
                count=len(body), most=MAX_ROWS
            )
        )
    values, problems = [], []
    for number, row in body:
        cells = {c: row[positions[_key(c)]] if positions[_key(c)] < len(row) else "" for c in CSV_COLUMNS[1:]}
        try:
            values.append(line_values(_details(cells), today))
        except ValidationError as error:
            problems.append(RowProblem(number, _LABELS.get(error.field, error.field), error.message))
    if problems:
        shown = "\n".join(str(p) for p in problems[:20])
        more = (
            "\n" + phrase("services", "… and {count} more.").format(count=len(problems) - 20)
            if len(problems) > 20
            else ""
        )
        summary = phrase(
            "services", "Nothing was imported: {count} of {total} lines need correcting."
        ).format(count=len(problems), total=len(body))
        raise ImportRefused(
            f"{summary}\n{shown}{more}",
            tuple(problems),
        )
    return values


def import_earlier_lines(db: Session, data: bytes, today: date) -> Changes:
    """Add every line of the CSV ``data`` (the log's columns), or none: ImportRefused says what is wrong."""
    values = check_earlier_lines(data, today)
    with transaction(db):
        made = [EarlierLogLine(**row) for row in values]
        for line in made:
            db.add(line)
            audit(db, line, AuditAction.CREATED)
    return changed(TABLE, ids=tuple(line.id for line in made))
