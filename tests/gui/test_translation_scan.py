"""Every text the app shows goes through translation: the demo practice under the pseudo-locale, each
area and main dialog visited, shows no text that is neither pseudo-translated nor data; under German,
no text is an English source whose German differs (a text asked for under the wrong context)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.resources import resource_path
from coachdesk.services.credentials import CREDENTIALS
from coachdesk.services.log_aliases import alias_name
from coachdesk.ui.kit.language_box import LANGUAGE_NAMES
from coachdesk.ui.kit.pseudo_locale import CLOSE, PAD
from coachdesk.ui.kit.translation import PSEUDO, start_language
from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.practice_windows import AREA_NAMES, each_tab, main_dialogs, open_demo_practice, settle
from tests.gui.translation_support import (
    DataWords,
    app_language,
    files_data,
    vault_text_values,
    visible_texts,
)
from tests.translation_catalogs import catalog, messages, parts

__all__ = ["app_language"]

# A pseudo-translated stretch, innermost first: "[Šåvé ~~]" (a translated text may hold another, and
# plain brackets given to it: "[Éåçĥ ... "[name removed]" ... ~~]").
_PSEUDO_PART = re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*" + re.escape(PAD + CLOSE))
Shown = dict[str, list[tuple[str, str]]]  # where → (what, text)


def shown_everywhere(qtbot: QtBot, app: AppController, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """The main window in each area and tab, each main dialog (shown, then closed), and the unlock
    window once the app is locked: (where, the window), as each is on screen."""
    window = app.main_window
    for area in AREA_NAMES:
        window.show_area(area)
        settle(app)
        for tab in each_tab(window, app):
            yield f"{area} {tab}".strip(), window
    for name, dialog in main_dialogs(app, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(app)
        for tab in each_tab(dialog, app):
            yield f"dialog: {name} {tab}".strip(), dialog
        dialog.reject()
    app.lock()
    qtbot.waitUntil(app.unlock_window.isVisible, timeout=20_000)
    yield "unlock window", app.unlock_window


def vat_wordings() -> list[str]:
    """The small-business VAT wording, shown as it is in every language: it comes per country from
    resources/invoicing/vat-exemption.json (legal wording, not a translation)."""
    data = json.loads(resource_path("invoicing", "vat-exemption.json").read_text(encoding="utf-8"))
    return [entry["wording"] for code, entry in data.items() if not code.startswith("_")]


def credential_titles() -> list[str]:
    """ICF's credential names ("Professional Certified Coach"), shown as they are in every language:
    they are ICF's proper names, which ICF itself uses untranslated in German and French."""
    return [credential.title for credential in CREDENTIALS]


def hours_log_aliases() -> list[str]:
    """The aliases of the hours log ("Confidential Client 1"), shown as the printed log names them in
    every language: the coach matches them to the log ICF and the organisation read (the glossaries:
    "bleibt wie im Nachweis", "reste tel que dans le journal")."""
    return [alias_name(number) for number in range(1, 100)]


def scan(
    qtbot: QtBot, app: AppController, tmp_path: Path, wrong: Callable[[str], str]
) -> tuple[Shown, DataWords]:
    """Where ``wrong`` finds something wrong with a shown text (data left aside), each text reported
    once, under the first place it shows."""
    assert app.vault is not None
    stored, vault_name = vault_text_values(app.vault.connection), app.vault.path.name  # before the lock
    shown: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for where, window in shown_everywhere(qtbot, app, tmp_path):
        for what, text in visible_texts(window):
            if text not in seen:
                seen.add(text)
                shown.append((where, what, text))
    data = DataWords(
        # the vault's data, the files the windows were given (their names, an imported CSV's cells),
        # the time zones' IANA names (identifiers, offered as they are), the per-country VAT wording,
        # ICF's credential names (proper names, untranslated by ICF) and the hours log's aliases
        [
            *stored,
            *files_data(tmp_path),
            *available_timezones(),
            *vat_wordings(),
            *credential_titles(),
            *hours_log_aliases(),
        ],
        ["CoachDesk", vault_name, *LANGUAGE_NAMES.values()],
    )
    found: Shown = {}
    for where, what, text in shown:
        if wrong(text) and data.leftover(wrong(text)):
            found.setdefault(where, []).append((what, text))
    return found, data


def report(found: Shown, headline: str) -> str:
    lines = [f"{headline} ({sum(map(len, found.values()))} texts in {len(found)} places):"]
    for where, texts in found.items():
        lines.append(f"  {where}:")
        lines += [f"    {what}: {text!r}" for what, text in texts]
    return "\n".join(lines)


def untranslated_part(text: str) -> str:
    """``text`` less its pseudo-translated stretches: what did not go through translation."""
    while True:
        shorter = _PSEUDO_PART.sub(" ", text)
        if shorter == text:
            return text.strip()
        text = shorter


def test_the_pseudo_translator_leaves_nothing_but_data_untranslated(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_language: QApplication
) -> None:
    start_language(app_language, PSEUDO)
    app = open_demo_practice(qtbot, tmp_path, monkeypatch)
    found, _data = scan(qtbot, app, tmp_path, untranslated_part)
    assert found == {}, report(found, "Texts that bypass translation")


def _english_with_other_german() -> set[str]:
    """English sources whose German is another text (and that are no German text themselves)."""
    sources: set[str] = set()
    german: set[str] = set()
    for part in parts():
        for message in messages(catalog("de", part)):
            german.update(message.translations)
            if not message.numerus and message.source not in message.translations:
                sources.add(message.source)
    return sources - german


def test_in_german_no_text_shows_in_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_language: QApplication
) -> None:
    english = _english_with_other_german()
    start_language(app_language, "de")
    app = open_demo_practice(qtbot, tmp_path, monkeypatch)
    found, _data = scan(qtbot, app, tmp_path, lambda text: text if text in english else "")
    assert found == {}, report(found, "English texts in the German app")
