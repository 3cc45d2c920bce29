"""Messages below the UI speak the language the app installs, and English without it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coachdesk.domain import phrases


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    phrases.use_translator(None)


def test_without_a_translator_a_phrase_is_its_english_text() -> None:
    assert phrases.phrase("services", "Nothing to bill") == "Nothing to bill"
    assert phrases.phrase_n("%n sessions left", "", 3) == "3 sessions left"


def test_an_installed_translator_is_asked_with_context_text_and_count() -> None:
    asked: list[tuple[str, str, int]] = []

    def german(context: str, text: str, n: int) -> str:
        asked.append((context, text, n))
        return {"Nothing to bill": "Nichts abzurechnen"}.get(text, text)

    phrases.use_translator(german)
    assert phrases.phrase("services", "Nothing to bill") == "Nichts abzurechnen"
    phrases.phrase_n("%n sessions left", "", 2)
    assert asked == [("services", "Nothing to bill", -1), ("", "%n sessions left", 2)]
    phrases.use_translator(None)
    assert phrases.phrase("services", "Nothing to bill") == "Nothing to bill"
