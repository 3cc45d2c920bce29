"""Documents print their words in the client's language, from one catalog per language."""

from __future__ import annotations

import pytest

from coachdesk.documents.wording import document_language, read_catalogs, words_for


@pytest.mark.parametrize(
    ("code", "expected"), [("de", "de"), ("de_AT", "de"), ("fr-FR", "fr"), ("pt", "en"), (None, "en")]
)
def test_a_language_code_names_the_language_documents_print_in(code: str | None, expected: str) -> None:
    assert document_language(code) == expected


def test_german_and_french_words_and_their_plurals() -> None:
    german, french = words_for("de"), words_for("fr")
    assert german("Coaching agreement") == "Coachingvereinbarung"
    assert french("Coaching agreement") == "Convention de coaching"
    assert german.n("%n session", "%n sessions", 1) == "1 Sitzung"
    assert german.n("%n session", "%n sessions", 0) == "0 Sitzungen"
    assert french.n("%n session", "%n sessions", 0) == "0 séance"
    assert french.n("%n session", "%n sessions", 2) == "2 séances"
    assert (german.locale, french.locale) == ("de_DE", "fr_FR")


def test_english_is_the_source_text_itself() -> None:
    english = words_for("en")
    assert english("Coaching agreement") == "Coaching agreement"
    assert english.n("%n session", "%n sessions", 3) == "3 sessions"


def _unfinished(string: object, fuzzy: bool) -> bool:
    forms = string if isinstance(string, tuple) else (string,)
    return fuzzy or not forms or not all(forms)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_phrase_of_a_document_catalog_is_translated(language: str) -> None:
    catalogs = read_catalogs(language)
    assert catalogs
    left = [
        message.id
        for catalog in catalogs
        for message in catalog
        if message.id and _unfinished(message.string, message.fuzzy)
    ]
    assert left == []
