"""The agreement's German and French templates keep the English one's structure, section by section."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coachdesk.documents import clauses
from coachdesk.documents.clauses import template_path, template_text

LANGUAGES = ("de", "fr")
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")
_MARKER = re.compile(r"\[if (?:not )?[a-z_]+\]|\[/if\]|\[/?(?:no )?sponsor\]|\[\[[a-z_]+\]\]")


def shape(language: str) -> list[tuple[bool, str | None, set[str], Counter[str]]]:
    """Per section: three-way only, optional key, the placeholders it uses and how often each marker."""
    return [
        (
            raw.sponsor_only,
            raw.optional,
            set(_PLACEHOLDER.findall(raw.body)),
            Counter(_MARKER.findall(raw.body)),
        )
        for raw in clauses._parse(template_text(language=language), f"agreement-{language}")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_own_template_file(language: str) -> None:
    assert template_path(language=language).parent.name == language
    assert template_text(language=language) != template_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_sections_placeholders_and_conditions_as_the_english_template(language: str) -> None:
    english, translated = shape("en"), shape(language)
    assert len(translated) == len(english)
    for number, (theirs, ours) in enumerate(zip(translated, english, strict=True), start=1):
        assert theirs == ours, f"section {number} of the {language} template differs from the English one"
