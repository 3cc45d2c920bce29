"""Reading contacts from vCard files (2.1, 3.0, 4.0) as phones and address books export them."""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from coachdesk.domain.phrases import phrase
from coachdesk.services.import_csv import Contact, ContactFile, Progress

_LINE_END = re.compile(r"\r\n|\r|\n")
_PREFERENCE = re.compile(r"[0-9]{1,3}")
_PROGRESS_EVERY = 1000  # logical lines


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str  # raw: still escaped, still quoted-printable if so encoded

    def has_type(self, wanted: str) -> bool:
        return any(t.casefold() == wanted for t in self.params.get("TYPE", []))

    @property
    def preference(self) -> int:
        """Lower is preferred: PREF=1 (4.0), TYPE=pref (3.0) or a bare PREF (2.1); 101 when unmarked."""
        prefs = self.params.get("PREF")
        if prefs is None:
            return 1 if self.has_type("pref") else 101
        if not prefs:
            return 1  # a bare PREF
        return int(prefs[0]) if _PREFERENCE.fullmatch(prefs[0]) else 101  # PREF=² or PREF=x: unmarked


@dataclass
class _VCard:
    line: int
    properties: list[_Property] = field(default_factory=list)
    problem: str = ""  # why the card cannot be read ("" when it can)

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.properties if p.name == name]


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, logical line): folded lines joined, and quoted-printable soft breaks (2.1) too.

    Linear in the length of the text: each physical line is looked at once, and a logical line is
    gathered in a list and joined once (whether it is quoted-printable is decided at its first line).
    """
    parts: list[str] = []
    start, quoted_printable = 0, False
    for number, line in enumerate(_LINE_END.split(text), start=1):
        if parts and line[:1] in (" ", "\t"):
            parts.append(line[1:])  # folded: the line break and one white space character go
            continue
        if parts and quoted_printable and parts[-1].endswith("=") and line:
            parts.append("\n" + line)  # the soft break "=\n" is removed when the value is decoded
            continue
        if parts:
            yield start, _whole("".join(parts))
        parts, start = ([line], number) if line else ([], number)
        quoted_printable = bool(line) and _is_quoted_printable(line)
    if parts:
        yield start, _whole("".join(parts))


def _whole(line: str) -> str:
    """A joined line decoded as UTF-8, or as Windows-1252 when it is not (bytes held as surrogates)."""
    raw = line.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _is_quoted_printable(line: str) -> bool:
    head = _split_value(line)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_value(line: str) -> tuple[str, str]:
    """Name-and-parameters, and the value: split at the first colon outside double quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return line, ""


def _parse(line: str) -> _Property | None:
    head, value = _split_value(line)
    if not head:
        return None
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    if not parts:
        return None
    name = parts[0].rsplit(".", 1)[-1].upper()  # "item1.EMAIL" -> EMAIL
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, raw = part.partition("=")
        if not equals:  # vCard 2.1: ";WORK;PREF" or ";QUOTED-PRINTABLE"
            key, raw = _bare_parameter(key)
        values = [v.strip('"') for v in re.findall(r'(?:[^,"]|"[^"]*")+', raw)]
        params.setdefault(key.upper(), []).extend(values)
    return _Property(name, params, value)


def _bare_parameter(value: str) -> tuple[str, str]:
    upper = value.upper()
    if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
        return "ENCODING", value
    if upper == "PREF":
        return "PREF", ""
    return "TYPE", value


def _decoded(prop: _Property) -> str:
    """The value as text: quoted-printable and charset undone (escapes are undone per component)."""
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" not in encoding:
        return prop.value
    charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
    raw = quopri.decodestring(prop.value.replace("=\n", "").encode("latin-1", errors="replace"))
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeError, ValueError):  # an unknown or unusable charset ("undefined")
        return raw.decode("latin-1")


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(prop: _Property) -> list[str]:
    """A structured value (N, ORG) split at unescaped semicolons, each part unescaped."""
    return [_unescape(part).strip() for part in re.split(r"(?<!\\);", _decoded(prop))]


def _text(prop: _Property | None) -> str:
    return "" if prop is None else _unescape(_decoded(prop)).strip()


def _preferred(props: list[_Property]) -> _Property | None:
    """The preferred one (lowest preference), else the first; empty values skipped."""
    filled = [p for p in props if _text(p)]
    return min(filled, key=lambda p: p.preference) if filled else None  # min keeps the first of equals


def _phone(prop: _Property | None) -> str:
    number = _text(prop)
    return number[4:] if number.casefold().startswith("tel:") else number


def _contact(card: _VCard) -> Contact:
    name = _text(_preferred(card.all("FN")))
    if not name:
        n = card.all("N")
        if n:
            family, given, additional = [*_components(n[0]), "", ""][:3]
            name = " ".join(p for p in (given, additional, family) if p)
    organisation = next((_components(p)[0] for p in card.all("ORG") if _components(p)[0]), "")
    nickname = _text(_preferred(card.all("NICKNAME"))).split(",")[0].strip()
    notes = "\n\n".join(t for t in (_text(p) for p in card.all("NOTE")) if t)
    return Contact(
        line=card.line,
        name=" ".join(name.split()),
        preferred_name=nickname,
        email=_text(_preferred(card.all("EMAIL"))),
        phone=_phone(_preferred(card.all("TEL"))),
        organisation=organisation,
        role=_text(_preferred(card.all("TITLE"))) or _text(_preferred(card.all("ROLE"))),
        notes=notes,
        problem=card.problem,
    )


def is_vcard(text: str) -> bool:
    return text.lstrip().upper().startswith("BEGIN:VCARD")


def read_vcards(text: str, progress: Progress | None = None) -> ContactFile:
    """Contacts from vCard text: one per BEGIN:VCARD … END:VCARD (a card cut off at the end counts too).

    Never raises (but for what ``progress`` raises): a card that cannot be read becomes a contact
    whose ``problem`` says why.
    """
    cards: list[_VCard] = []
    card: _VCard | None = None
    depth = 0
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    for count, (number, line) in enumerate(_logical_lines(text), start=1):
        if progress is not None and count % _PROGRESS_EVERY == 0:
            progress(number, lines)
        prop = _parse(line)
        if prop is None:
            continue
        value = prop.value.strip().upper()
        if prop.name == "BEGIN" and value == "VCARD":
            depth += 1
            if depth == 1:
                card = _VCard(number)
                cards.append(card)
        elif prop.name == "END" and value == "VCARD":
            depth = max(0, depth - 1)
            if depth == 0:
                card = None
        elif card is not None and depth == 1:
            if len(_split_value(line)[0]) == len(line):  # no colon outside quotes
                card.problem = card.problem or phrase(
                    "services", "Line {number} is not a vCard property (it has no colon)."
                ).format(number=number)
            card.properties.append(prop)
    return ContactFile("vCard", tuple(_contact(c) for c in cards))
