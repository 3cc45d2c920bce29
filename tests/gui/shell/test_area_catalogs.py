"""The German and French catalogs of the shell, unlock and referrals areas: up to date with the code,
every entry translated, plurals in both forms, and every placeholder kept."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
AREAS = ("shell", "unlock", "referrals")
LANGUAGES = {"de": "de_DE", "fr": "fr_FR"}
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_0-9]*(?::\d+)?\}")
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


def _messages(catalog: Path) -> list[ET.Element]:
    return list(ET.parse(catalog).getroot().iter("message"))


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", AREAS)
def test_every_entry_is_translated_with_its_placeholders(area: str, language: str) -> None:
    catalog = ROOT / "resources" / "translations" / "ts" / language / f"{area}.ts"
    problems = []
    for message in _messages(catalog):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = _texts(message)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            problems.append(f"not translated: {source!r}")
            continue
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"needs two plural forms: {source!r}")
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != wanted:
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert problems == []


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("area", AREAS)
def test_the_catalogs_hold_every_text_of_the_code(area: str, tmp_path: Path) -> None:
    assert LUPDATE is not None
    fresh = tmp_path / f"{area}.ts"
    subprocess.run(
        [
            LUPDATE,
            *sorted(str(path) for path in (ROOT / "coachdesk" / "ui" / area).glob("*.py")),
            "-tr-function-alias",
            "QT_TRANSLATE_NOOP+=phrase,tr+=phrase_n",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_code = {message.findtext("source") for message in _messages(fresh)}
    for language in LANGUAGES:
        catalog = ROOT / "resources" / "translations" / "ts" / language / f"{area}.ts"
        in_catalog = {message.findtext("source") for message in _messages(catalog)}
        assert in_code - in_catalog == set(), f"{language}/{area}.ts lacks texts: run lupdate"
        assert in_catalog - in_code == set(), f"{language}/{area}.ts holds texts the code no longer has"
