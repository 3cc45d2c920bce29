"""The pseudo-locale lengthens and accents every text, and keeps what the app needs to work."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QApplication

from coachdesk.ui.kit.pseudo_locale import PseudoTranslator, is_pseudo, pseudo_text
from coachdesk.ui.kit.translation import PSEUDO, start_language
from tests.gui.translation_support import app_language

__all__ = ["app_language"]


def test_a_text_is_accented_bracketed_and_about_40_percent_longer() -> None:
    assert pseudo_text("Save") == "[Šåvé ~]"
    sentence = "Without keyboard or mouse input for this long, CoachDesk saves and locks."
    made = pseudo_text(sentence)
    assert made.startswith("[") and made.endswith("~]") and is_pseudo(made)
    assert 1.35 <= len(made) / len(sentence) <= 1.5
    assert not any(letter in made for letter in "aeiou")
    assert not is_pseudo(sentence)
    assert pseudo_text("") == "" and pseudo_text("  ") == "  "


def test_placeholders_accelerators_and_tags_still_work() -> None:
    made = pseudo_text("Saved {name} on {date:%d}: %n sessions, %1 and %L2 left")
    assert made.format(name="Zoë", date=date(2026, 12, 5)).count("Zoë") == 1
    for kept in ("{name}", "{date:%d}", "%n", "%1", "%L2"):
        assert kept in made
    assert "&F" in pseudo_text("&File") and pseudo_text("&File").count("&") == 1
    assert "&&" in pseudo_text("Save && close")
    rich = "<b>Bold</b> text and <a href='x'>a link</a>"
    made = pseudo_text(rich)
    assert made.startswith("<b>") and "<a href='x'>" in made and "</a>" in made
    assert Qt.mightBeRichText(made)
    assert "&nbsp;" in pseudo_text("one&nbsp;two")
    assert pseudo_text("%(count)s left of %d").startswith("[%(count)s ")


def test_the_pseudo_language_translates_every_text_but_key_names(app_language: QApplication) -> None:
    translators = start_language(app_language, PSEUDO)
    assert [type(t) for t in translators] == [PseudoTranslator]
    assert QCoreApplication.translate("AnyContext", "%n sessions", None, 3).startswith("[3 ")
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"  # shortcuts keep reading
