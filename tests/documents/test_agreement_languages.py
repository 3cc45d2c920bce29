"""The agreement's German and French templates keep the English one's structure, section by section."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coachdesk.documents import clauses
from coachdesk.documents.agreement_wording import code_of_ethics, country_name, data_protection_authority
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


@pytest.mark.parametrize(
    ("country", "language", "expected"),
    [
        ("Germany", "de", "die Datenschutzaufsichtsbehörde des Bundeslandes, in dem der Coach tätig ist"),
        ("Deutschland", "en", "the data-protection supervisory authority of the German federal state"),
        ("Frankreich", "fr", "la Commission nationale de l’informatique et des libertés (CNIL), www.cnil.fr"),
        ("UK", "de", "das Information Commissioner’s Office (ICO), ico.org.uk"),
        ("Atlantis", "de", ""),
    ],
)
def test_the_authority_is_data_per_country_in_the_document_s_language(
    country: str, language: str, expected: str
) -> None:
    found = data_protection_authority(country, "", language)
    assert found.startswith(expected) and (found or not expected)
    assert data_protection_authority(country, "Meine Behörde", language) == "Meine Behörde"


def test_every_country_names_its_authority_in_every_language() -> None:
    for country in (
        "AT",
        "BE",
        "CH",
        "DE",
        "DK",
        "ES",
        "FI",
        "FR",
        "GB",
        "IE",
        "IT",
        "NL",
        "NO",
        "PL",
        "PT",
        "SE",
    ):
        name = country_name(country_name_in_english(country), "de")
        for language in ("en", "de", "fr"):
            assert data_protection_authority(name, "", language), (country, language)


def country_name_in_english(code: str) -> str:
    from babel import Locale

    return str(Locale.parse("en_GB").territories[code])


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("France", "de", "Frankreich"),
        ("germany", "fr", "Allemagne"),
        ("Norwegen", "en", "Norway"),
        ("Ruritania", "de", "Ruritania"),
    ],
)
def test_the_country_is_named_in_the_document_s_language(typed: str, language: str, expected: str) -> None:
    assert country_name(typed, language) == expected


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("ICF Code of Ethics (2025)", "de", "ICF-Ethikkodex (2025)"),
        ("the EMCC Global Code of Ethics", "fr", "Code de déontologie global (EMCC)"),
        ("ICF Code of Ethics", "en", "ICF Code of Ethics"),
        ("Ethikkodex des DBVC", "de", "Ethikkodex des DBVC"),
    ],
)
def test_known_codes_of_ethics_are_named_as_the_language_names_them(
    typed: str, language: str, expected: str
) -> None:
    assert code_of_ethics(typed, language) == expected


def test_a_copy_signed_before_documents_had_a_language_reads_back_as_english() -> None:
    import json
    from datetime import date

    from coachdesk.documents.agreement_data import AgreementData, Party, Terms
    from coachdesk.documents.agreement_snapshot import dump_agreement, load_agreement
    from coachdesk.documents.letterhead import Letterhead

    signed = AgreementData(
        Letterhead("Alex Moreau"), "AGR-1", date(2026, 1, 5), Party("Zoë"), Terms("T"), language="de"
    )
    assert load_agreement(dump_agreement(signed)).language == "de"
    older = json.loads(dump_agreement(signed))
    del older["language"]
    assert load_agreement(json.dumps(older)).language == "en"
