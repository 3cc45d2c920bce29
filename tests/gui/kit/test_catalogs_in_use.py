"""The German catalogs of the clients, organisations, directory and kit areas reach the screen: column
headers and class-level texts through their class's context, counts through plural forms."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[3]
PARTS = ("clients", "kit", "organisations", "directory")


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def german(qapp: object, tmp_path: Path) -> Iterator[None]:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    sources = [str(ROOT / "resources/translations/ts/de" / f"{part}.ts") for part in PARTS]
    qm = tmp_path / "parts_de.qm"
    subprocess.run([tool, *sources, "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_column_headers_and_statuses_are_german(german: None) -> None:
    from coachdesk.domain import ClientStatus
    from coachdesk.ui.clients.table import ClientColumn, ClientTableModel, status_word

    model = ClientTableModel()
    header = model.headerData(ClientColumn.LAST_SESSION, Qt.Orientation.Horizontal)
    assert header == "Letzte Sitzung"
    assert status_word(ClientStatus.PROSPECT) == "Interessent"


def test_a_list_area_shows_its_class_texts_in_german(qtbot: QtBot, german: None) -> None:
    from coachdesk.ui.organisations.view import OrganisationsView

    view = OrganisationsView()
    qtbot.addWidget(view)
    assert view.new_button.text() == "Neue Organisation…"
    assert view.delete_button.text() == "Löschen…"  # the shared list's own text, in a subclass
    assert view.filter_box.placeholderText() == "Nach Name oder Ansprechperson filtern"
    assert view.model.headerData(4, Qt.Orientation.Horizontal) == "Beauftragte Coachings"


def test_counts_take_the_german_plural(german: None) -> None:
    from coachdesk.ui.clients.data_rights_dialogs import ErasureWords, record_lines
    from coachdesk.ui.kit.package_left import PackageWords

    assert ErasureWords().counted("goal", 1) == "1 Ziel"
    assert ErasureWords().counted("coaching_session", 6) == "6 Sitzungen mit ihren Notizen"
    assert record_lines((("goal", 2), ("audit_entry", 24))) == ["2 Ziele", "24 Protokolleinträge"]
    assert PackageWords().booked(3) == "3 gebucht"


def test_without_a_catalog_the_counts_read_as_english(qapp: object) -> None:
    from coachdesk.ui.clients.data_rights_dialogs import record_lines

    assert record_lines((("goal", 1), ("coaching_session", 6), ("signed_agreement", 2))) == [
        "1 goal",
        "6 sessions with their notes",
        "2 signed copies of agreements",
    ]
