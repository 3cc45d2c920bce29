"""The shipped note templates' names in the coach's language: the plain "Blank" is translated, the
models' proper names (GROW, CLEAR, OSKAR) and the coach's own templates' names are shown as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from coachdesk.services.note_templates import TemplateChoice
from coachdesk.ui.kit.template_names import template_name
from tests.gui.translation_support import app_language, bracketing

__all__ = ["app_language"]


def test_only_the_plain_words_of_shipped_templates_are_translated(app_language: QApplication) -> None:
    with bracketing():
        assert template_name(TemplateChoice("blank", "Blank", "", True)) == "⟦Blank⟧"
        assert template_name(TemplateChoice("grow", "GROW", "", True)) == "GROW"
        own = TemplateChoice("7f1c2d3e-0000-4000-8000-000000000001", "Blank", "", False)
        assert template_name(own) == "Blank"  # the coach's own template, named "Blank" by the coach
