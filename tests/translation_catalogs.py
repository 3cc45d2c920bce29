"""Reading and making the app's Qt catalogs in tests: the tools, the parts, the messages of a .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
QT_LANGUAGE = {"de": "de_DE", "fr": "fr_FR"}
ALIASES = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=phrase,tr+=phrase_n"]
EMPTY_TS = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{}"/>\n'


def qt_tool(name: str) -> str:
    """A Qt tool (pyside6-lupdate, pyside6-lrelease) next to the python running the tests, or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with PySide6 (pip install PySide6)")
    return found


def parts() -> list[str]:
    """Each area of coachdesk/ui, and "services" (coachdesk/services and coachdesk/domain)."""
    areas = sorted(p.name for p in (ROOT / "coachdesk" / "ui").iterdir() if any(p.glob("*.py")))
    return [*areas, "services"]


def part_sources(part: str) -> list[str]:
    """The files lupdate reads for ``part`` (as packaging/translations.sh names them)."""
    if part == "services":
        found = sorted((ROOT / "coachdesk" / "services").glob("*.py"))
        found += sorted((ROOT / "coachdesk" / "domain").glob("*.py"))
    else:
        found = sorted((ROOT / "coachdesk" / "ui" / part).glob("*.py"))
    return [str(path) for path in found]


def catalog(language: str, part: str) -> Path:
    return TRANSLATIONS / "ts" / language / f"{part}.ts"


@dataclass(frozen=True)
class Message:
    """One entry of a .ts file."""

    context: str
    source: str
    translations: tuple[str, ...]  # one, or a numerus form each
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished, "unfinished", "vanished", ...


def messages(ts: Path) -> list[Message]:
    """Every message of the catalog ``ts`` (none when the file does not exist)."""
    if not ts.exists():
        return []
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                texts = (translation.text or "",)
            kind = "" if translation is None else translation.get("type", "")
            found.append(Message(name, message.findtext("source") or "", texts, numerus, kind))
    return found


def lupdate_part(part: str, ts: Path) -> list[Message]:
    """The messages the code of ``part`` holds now, collected by lupdate into ``ts``."""
    command = [qt_tool("pyside6-lupdate"), *part_sources(part), *ALIASES]
    command += ["-target-language", "de_DE", "-no-obsolete", "-locations", "none", "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return messages(ts)


def lrelease(language: str, qm: Path) -> bytes:
    """What packaging/translations.sh compiles for ``language`` from the catalogs there are now."""
    sources = sorted((TRANSLATIONS / "ts" / language).glob("*.ts"))
    if not sources:
        empty = qm.with_suffix(".empty.ts")
        empty.write_text(EMPTY_TS.format(QT_LANGUAGE[language]), encoding="utf-8")
        sources = [empty]
    command = [qt_tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return qm.read_bytes()


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<\s*/?\s*([A-Za-z][A-Za-z0-9]*)")
_ACCELERATOR = re.compile(r"(?<!&)&(?![&#A-Za-z]+;)(?!&)")


def placeholders(text: str) -> list[str]:
    """The placeholders and HTML tag names in ``text``, sorted: what a translation must keep."""
    return sorted(m.group(1) or m.group() for m in _PLACEHOLDER.finditer(text))


def accelerators(text: str) -> int:
    """How many ``&`` accelerators ``text`` has (an ``&&`` or ``&amp;`` is no accelerator)."""
    return len(_ACCELERATOR.findall(text))
