"""The credentials' words come out in the app's language, while lookups and the printed log do not
depend on it: requirements are found by their key, the hours log keeps ICF's English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from sqlmodel import Session

from coachdesk.domain import phrases
from coachdesk.services.credentials import CREDENTIALS, HoursTotals, RequirementKey, progress
from coachdesk.services.development_rules import development_rules
from coachdesk.services.hours_log import hours_log
from coachdesk.services.hours_log_export import hours_log_data
from coachdesk.services.readiness import ReadinessLine
from coachdesk.services.rules_wording import shown_wording

CATALOGS = Path(__file__).parents[2] / "resources" / "translations" / "ts"
PCC = next(c for c in CREDENTIALS if c.name == "PCC")
TOTALS = HoursTotals(clients=16, paid_minutes=60 * 56, pro_bono_minutes=60 * 3, recent_minutes=60 * 27)


@pytest.fixture
def speaking(qapp: QCoreApplication, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Installs the compiled services catalog of a language, as the app does at start."""
    installed: list[QTranslator] = []

    def speak(language: str) -> None:
        beside = Path(sys.executable).with_name("pyside6-lrelease")
        lrelease = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
        assert lrelease, "pyside6-lrelease is needed to compile the catalogs"
        compiled = tmp_path / f"services_{language}.qm"
        source = str(CATALOGS / language / "services.ts")
        subprocess.run([lrelease, source, "-qm", str(compiled)], check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(compiled))
        qapp.installTranslator(translator)
        installed.append(translator)
        phrases.use_translator(lambda context, text, n: QCoreApplication.translate(context, text, None, n))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    phrases.use_translator(None)


def test_requirements_are_named_in_german_and_known_by_their_key(speaking: Callable[[str], None]) -> None:
    speaking("de")
    requirements = progress(PCC, TOTALS).requirements
    assert [r.label for r in requirements] == [
        "Coaching-Stunden",
        "Bezahlte Stunden",
        "Klienten",
        "Stunden in den letzten 18 Monaten",
    ]
    assert [r.key for r in requirements] == list(RequirementKey)
    assert requirements[2].achieved == Decimal(16)


def test_the_hours_log_finds_each_requirement_whatever_the_app_language(
    db: Session, speaking: Callable[[str], None]
) -> None:
    speaking("fr")
    data = hours_log_data(hours_log(db, date(2026, 11, 27)))
    pcc = next(c for c in data.credentials if c.name == "PCC")
    assert (pcc.clients.required, pcc.paid_hours.required, pcc.coaching_hours.required) == (25, 450, 500)
    assert pcc.recent_hours is not None and pcc.recent_hours.required == 50
    assert pcc.title == "Professional Certified Coach"  # ICF's proper name, as ICF prints it


def test_a_readiness_line_joins_its_words_in_the_app_language(speaking: Callable[[str], None]) -> None:
    speaking("fr")
    assert ReadinessLine("Clients : 25", False, "encore 9 clients").text == (
        "Clients : 25 — il manque encore 9 clients"
    )
    assert ReadinessLine("Clients : 25", True).text == "Clients : 25 — atteint"


def test_icf_and_emcc_guidelines_show_in_german_unless_the_rules_file_changed_them(
    speaking: Callable[[str], None],
) -> None:
    speaking("de")
    rules = development_rules()
    assert shown_wording(rules.education.wording).startswith("Alle ICF-Zertifizierungen gelten drei Jahre.")
    assert shown_wording(rules.supervision_wording).startswith("Richtwert der EMCC:")
    assert shown_wording(rules.initial_mentoring.wording).startswith("10 Stunden Mentor-Coaching")
    changed = "ICF now asks for 12 hours of Mentor Coaching."
    assert shown_wording(changed) == changed  # a new rule in English, not an outdated translation
