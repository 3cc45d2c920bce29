"""A service's message comes out in the app's language once Qt's translator reads the services' catalog."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from sqlmodel import Session

from coachdesk.domain import ConflictKind, phrases
from coachdesk.services import validation as v
from coachdesk.services.agreement_schedule import schedule_warnings
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.ethics_log import CONFLICT_WORDS
from tests.services.conftest import table_snapshot

CATALOGS = Path(__file__).parents[2] / "resources" / "translations" / "ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is needed to compile the catalogs"
    return found


@pytest.fixture
def speaking(qapp: QCoreApplication, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """A function installing the compiled services catalog of a language, as the app does at start."""
    installed: list[QTranslator] = []

    def speak(language: str) -> None:
        compiled = tmp_path / f"services_{language}.qm"
        subprocess.run(
            [_lrelease(), str(CATALOGS / language / "services.ts"), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
        translator = QTranslator()
        assert translator.load(str(compiled))
        qapp.installTranslator(translator)
        installed.append(translator)
        phrases.use_translator(lambda context, text, n: QCoreApplication.translate(context, text, None, n))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    phrases.use_translator(None)


def _refusal(db: Session, details: ClientDetails) -> ValidationError:
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        create_client(db, details)
    assert table_snapshot(db) == before  # nothing written, whatever the language
    return caught.value


def test_a_bad_e_mail_address_is_refused_in_german(db: Session, speaking: Callable[[str], None]) -> None:
    speaking("de")
    error = _refusal(db, ClientDetails(name="Zoë Ørsted", email="zoe.example.org"))
    assert error.field == "email"
    assert error.message == (
        "„zoe.example.org“ ist keine E-Mail-Adresse (sie sollte wie name@example.org aussehen)."
    )


def test_a_missing_name_is_refused_in_german_naming_the_field_in_german(
    db: Session, speaking: Callable[[str], None]
) -> None:
    speaking("de")
    error = _refusal(db, ClientDetails(name="  "))
    assert (error.field, error.message) == ("name", "„Name“ ist erforderlich.")


def test_the_same_refusals_in_french(db: Session, speaking: Callable[[str], None]) -> None:
    speaking("fr")
    assert _refusal(db, ClientDetails(name="")).message == "« nom » est obligatoire."
    error = _refusal(db, ClientDetails(name="Zoë Ørsted", phone="+33\n6"))
    assert error.message == "« numéro de téléphone » doit tenir sur une ligne."


def test_without_a_translator_the_messages_stay_english(db: Session) -> None:
    assert _refusal(db, ClientDetails(name="")).message == "The name is required."
    error = _refusal(db, ClientDetails(name="Zoë Ørsted", email="zoe.example.org"))
    assert (
        error.message == "“zoe.example.org” is not an e-mail address (it should look like name@example.org)."
    )


def test_a_word_table_is_read_in_the_language_installed_after_import(speaking: Callable[[str], None]) -> None:
    assert CONFLICT_WORDS[ConflictKind.REFERRAL_FEE] == "Referral fee"
    speaking("de")
    assert CONFLICT_WORDS[ConflictKind.REFERRAL_FEE] == "Vermittlungsprovision"
    assert dict(CONFLICT_WORDS)[ConflictKind.OTHER] == "Sonstiges"


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    root = ET.parse(CATALOGS / language / "services.ts").getroot()
    problems = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(forms):
            problems.append(f"untranslated: {source}")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source} → {form}")
    assert problems == []


def _pseudo(context: str, text: str, n: int) -> str:
    return "⟦" + text.replace("%n", str(n)) + "⟧"


@pytest.mark.parametrize(
    "refused",
    [
        lambda: v.text("title", 5),
        lambda: v.text("title", "", required=True),
        lambda: v.text("title", "a\nb"),
        lambda: v.text("title", "x" * 301),
        lambda: v.email("email", "nobody"),
        lambda: v.integer("group_size", "3", minimum=1, maximum=9),
        lambda: v.integer("group_size", 0, minimum=1, maximum=9),
        lambda: v.integer("group_size", 10, minimum=0, maximum=9, label="number in the group"),
        lambda: v.minutes("duration_minutes", 0),
        lambda: v.money_minor("fee", "abc"),
        lambda: v.money_minor("fee", "-1"),
        lambda: v.money_minor("fee", "1.234"),
        lambda: v.currency("currency", "EU"),
        lambda: v.currency("currency", "XYZ"),
        lambda: v.choice("status", "", ConflictKind),
        lambda: v.choice("status", "nonsense", ConflictKind),
        lambda: v.a_date("start_date", "14/03/2026"),
        lambda: v.a_date("start_date", "1800-01-01"),
        lambda: v.required_date("end_date", None, label="end date"),
        lambda: v.aware_datetime("starts_at", "now", label="start of the session"),
        lambda: v.not_before("end", date(2026, 3, 2), date(2026, 3, 1), label="end date"),
        lambda: v.an_id("client_id", "not an id"),
        lambda: v.time_zone("time_zone", "Mars/Olympus"),
        lambda: v.boolean("is_group", "yes"),
    ],
)
def test_every_validation_message_goes_through_the_translator(refused: Callable[[], object]) -> None:
    phrases.use_translator(_pseudo)
    try:
        with pytest.raises(ValidationError) as caught:
            refused()
    finally:
        phrases.use_translator(None)
    message = caught.value.message
    assert message.startswith("⟦") and message.endswith("⟧"), message
    # A message about a field ("The … is required.", "Choose the …") names it in the app's language too.
    if message.startswith(("⟦The ", "⟦Choose the ", "⟦No such record")):
        assert message.count("⟦") == 2, message


def test_a_count_above_one_is_translated_too(speaking: Callable[[str], None]) -> None:
    # Counts in services are {count} placeholders of a sentence chosen for one or for many, or
    # phrase_n, whose catalog entries carry the language's plural forms.
    speaking("de")
    start = date(2026, 3, 9)
    assert schedule_warnings(start, start, 6) == [
        "Die Vereinbarung beginnt und endet am selben Tag (2026-03-09) für 6 Sitzungen."
    ]
    [warning] = schedule_warnings(start, date(2026, 3, 20), 6)
    assert warning.startswith("6 Sitzungen zwischen 2026-03-09 und 2026-03-20 (11 Tage)")


def test_every_services_message_counting_with_percent_n_has_plural_forms() -> None:
    # A "%n" entry without plural forms would fall back to English for every count but one: only
    # phrase_n (shaped like tr, which lupdate makes plural) may count with %n.
    for language in ("de", "fr"):
        root = ET.parse(CATALOGS / language / "services.ts").getroot()
        single = [
            m.findtext("source")
            for m in root.iter("message")
            if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
        ]
        assert single == [], language
