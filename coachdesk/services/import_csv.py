"""Reading contacts from CSV as spreadsheets and address books write it (encodings, delimiters, headers)."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from coachdesk.domain.phrases import phrase
from coachdesk.services.errors import ValidationError

Progress = Callable[[int, int], None]  # (lines read, lines in all); may raise to stop reading
_PROGRESS_EVERY = 200  # records

DELIMITERS = ",;\t"
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"}

# Normalised header (letters and digits only, folded) -> what the column holds.
_EXACT = {
    "name": ("name", "fullname", "displayname", "contactname", "clientname", "contact", "client"),
    "first": ("firstname", "givenname", "forename", "first"),
    "middle": ("middlename", "additionalname", "middlenames"),
    "last": ("lastname", "surname", "familyname", "last"),
    "preferred": ("preferredname", "nickname", "knownas"),
    "organisation": (
        "organisation", "organization", "company", "companyname", "organisationname",
        "organizationname", "organization1name", "employer", "business",
    ),
    "role": ("role", "jobtitle", "position", "organizationtitle", "organization1title", "occupation"),
    "title": ("title",),  # a job title, unless a job-title column exists too (then an honorific)
    "notes": ("notes", "note", "comments", "comment", "remarks"),
}  # fmt: skip
_PATTERNS = {
    "email": re.compile(r"^(primary|work|home|business|other|personal)?e?mail(address)?\d*(address|value)?$"),
    "mobile": re.compile(r"^(mobile|cell|cellular)(phone|telephone|number)?\d*(value)?$"),
    "phone": re.compile(
        r"^(primary|work|home|business|other|main)?(phone|telephone|tel)(number)?\d*(value|number)?$"
    ),
}
KINDS = {alias: kind for kind, aliases in _EXACT.items() for alias in aliases}


def header_key(header: str) -> str:
    """``"E-mail Address"`` → ``"emailaddress"``: folded, letters and digits only."""
    return "".join(c for c in header.casefold() if c.isalnum())


def column_kind(header: str) -> str | None:
    """What a column holds by its header (name, first, email, phone, organisation…), None if unknown."""
    key = header_key(header)
    if key in KINDS:
        return KINDS[key]
    for kind, pattern in _PATTERNS.items():
        if pattern.match(key):
            return kind
    return None


@dataclass(frozen=True)
class Contact:
    """One person as read from a file, before validation; ``line`` is where the record starts."""

    line: int
    name: str = ""
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role: str = ""
    notes: str = ""
    problem: str = ""  # why the record cannot be read as a contact ("" when it can)


@dataclass(frozen=True)
class ContactFile:
    """What a file held: its kind, the contacts, and the columns that were not used."""

    kind: str  # "CSV" or "vCard"
    contacts: tuple[Contact, ...]
    ignored_columns: tuple[str, ...] = field(default=())


def decode(data: bytes) -> str:
    """Text of a file: UTF-16 or UTF-8 by their byte-order marks, UTF-8, else Windows-1252 (old Excel)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _delimiter(header_line: str) -> str:
    """The delimiter appearing most often in the header line outside quotes (comma on a tie)."""
    outside, quoted = [], False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(char)
    counts = {d: outside.count(d) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (counts[d], d == ","))


def _records(text: str, progress: Progress | None = None) -> list[tuple[int, list[str]]]:
    """(line where the record starts, cells) for each record, honouring quoted line breaks."""
    lines = list(io.StringIO(text, newline=""))  # split at \r\n, \r or \n only, line ends kept
    offset = 0
    if lines and lines[0].strip().casefold().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]  # Excel's hint line, "sep=;"
        lines, offset = lines[1:], 1
    else:
        first = next((line for line in lines if line.strip()), "")
        delimiter = _delimiter(first)
    try:
        return _parse(lines, delimiter, offset, progress, strict=True)
    except csv.Error:
        pass
    try:  # tolerate stray quotes inside cells ("a"b), as spreadsheets do
        return _parse(lines, delimiter, offset, progress, strict=False)
    except csv.Error as error:
        raise ValidationError(
            "file", phrase("services", "The file cannot be read as CSV: {error}.").format(error=error)
        ) from None


def _parse(
    lines: list[str], delimiter: str, offset: int, progress: Progress | None, *, strict: bool
) -> list[tuple[int, list[str]]]:
    reader = csv.reader(iter(lines), delimiter=delimiter, strict=strict)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            records.append((start + offset, cells))
            start = reader.line_num + 1
            if progress is not None and len(records) % _PROGRESS_EVERY == 0:
                progress(start, len(lines))
    except csv.Error as error:
        if str(error) == "unexpected end of data":  # a quote opened and never closed
            raise ValidationError(
                "file",
                phrase(
                    "services",
                    "A quoted cell starting on line {line} is never closed, so the rest of the file "
                    "cannot be read as CSV.",
                ).format(line=start + offset),
            ) from None
        raise
    return records


def _pick(cells: list[str], columns: list[int]) -> str:
    return next((cells[i].strip() for i in columns if i < len(cells) and cells[i].strip()), "")


def _width(cells: list[str]) -> int:
    """How many fields a record has, not counting the empty ones at its end (spreadsheets add those)."""
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if cells[i].strip()), 0)


def misaligned(cells: list[str], header_width: int) -> str:
    """Why a record does not line up with the header ("" when it does): more fields, or fewer.

    Empty fields after the header's last named column are tolerated (a spreadsheet pads every row
    to its widest one). A row holding something beyond that column, or stopping before it, is not
    read: a delimiter too many or too few puts values under the wrong headings.
    """
    filled = _width(cells)
    if filled > header_width:
        return phrase("services", "The row has {count} fields; the header has {header}.").format(
            count=filled, header=header_width
        )
    if len(cells) < header_width:
        template = (
            phrase("services", "The row has {count} field; the header has {header}.")
            if len(cells) == 1
            else phrase("services", "The row has {count} fields; the header has {header}.")
        )
        return template.format(count=len(cells), header=header_width)
    return ""


def read_csv(text: str, progress: Progress | None = None) -> ContactFile:
    """Contacts from CSV text with a header row naming the columns.

    A record with more or fewer fields than the header is a contact whose ``problem`` says so.
    """
    records = ((line, cells) for line, cells in _records(text, progress) if any(c.strip() for c in cells))
    header_line, header = next(records, (0, []))
    if not header:
        raise ValidationError("file", phrase("services", "The file is empty."))
    columns: dict[str, list[int]] = {}
    ignored = []
    for index, title in enumerate(header):
        kind = column_kind(title)
        if kind is None:
            if title.strip():
                ignored.append(title.strip())
            continue
        columns.setdefault(kind, []).append(index)
    if not {"name", "first", "last"} & set(columns):
        found = ", ".join(f"“{h.strip()}”" for h in header if h.strip()) or "none"
        raise ValidationError(
            "file",
            phrase(
                "services",
                "No column with the clients' names on line {header_line} (columns found: {found}). Name "
                "the column “Name”, or “First Name” and “Last Name”.",
            ).format(header_line=header_line, found=found),
        )
    job_title = "role" in columns
    header_width = _width(header)
    contacts = []
    for line, cells in records:

        def get(kind: str, cells: list[str] = cells) -> str:
            return _pick(cells, columns.get(kind, []))

        name = get("name") or " ".join(p for p in (get("first"), get("middle"), get("last")) if p)
        problem = misaligned(cells, header_width)
        if problem:
            contacts.append(Contact(line=line, name=" ".join(name.split()), problem=problem))
            continue
        role = get("role")
        title = get("title")
        if not role and not job_title and title.rstrip(".").casefold() not in _HONORIFICS:
            role = title
        contacts.append(
            Contact(
                line=line,
                name=" ".join(name.split()),
                preferred_name=get("preferred"),
                email=get("email"),
                phone=get("mobile") or get("phone"),
                organisation=get("organisation"),
                role=role,
                notes=get("notes"),
            )
        )
    return ContactFile("CSV", tuple(contacts), tuple(ignored))
