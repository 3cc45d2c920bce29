"""The words a document prints, in the language it is printed in (English, German or French).

Documents print in the client's language, not the app's, and never through Qt: each language has
its catalogs in ``resources/translations/documents/<lang>/`` (one ``.po`` file per document, so
that documents change without touching each other's words, and ``common.po`` for what they share),
read with Babel and joined. A document asks
``words_for(language)`` once and writes ``w("Coaching agreement")``, ``w.n("%n session", "%n
sessions", 3)`` or ``w("Invoice {number}").format(number=...)``. English is the source text itself.
A phrase missing from a catalog prints in English, and a test fails on any such phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from coachdesk.resources import resource_path

ENGLISH = "en"
# The languages documents print in, each with the locale that writes its dates and money.
LANGUAGES: dict[str, str] = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}


def document_language(code: str | None) -> str:
    """A language documents print in, from "de", "de_AT", "fr-FR" or None; English otherwise."""
    bare = (code or "").replace("-", "_").split("_")[0].lower()
    return bare if bare in LANGUAGES else ENGLISH


def catalog_files(language: str) -> list[Path]:
    """The ``.po`` files of one language, in name order."""
    return sorted(resource_path("translations", "documents", language).glob("*.po"))


@dataclass(frozen=True)
class Words:
    """The printed words of one language; calling it with an English phrase gives its translation."""

    language: str
    singular: dict[str, str] = field(default_factory=dict)
    plural: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plural_form: Locale | None = None

    @property
    def locale(self) -> str:
        """The Babel locale that writes this language's dates and money ("de_DE")."""
        return LANGUAGES[self.language]

    def __call__(self, text: str) -> str:
        return self.singular.get(text) or text

    def n(self, singular: str, plural: str, count: int) -> str:
        """The phrase for ``count`` things, with ``%n`` replaced by the count."""
        forms = self.plural.get(singular)
        if forms and all(forms) and self.plural_form is not None:
            # German and French have two forms: CLDR's "one" (1; in French also 0) and the rest.
            chosen = forms[0] if self.plural_form.plural_form(count) == "one" else forms[-1]
        else:
            chosen = singular if count == 1 else plural
        return chosen.replace("%n", str(count))


def read_catalogs(language: str) -> list[Catalog]:
    """The catalogs of ``language`` as Babel reads them (for tests and tools)."""
    catalogs: list[Catalog] = []
    for path in catalog_files(language):
        with path.open("rb") as source:
            catalogs.append(read_po(source, locale=language))
    return catalogs


@cache
def words_for(language: str | None) -> Words:
    """The words of ``language`` ("en", "de", "fr"; anything else prints in English)."""
    chosen = document_language(language)
    if chosen == ENGLISH:
        return Words(ENGLISH)
    singular: dict[str, str] = {}
    plural: dict[str, tuple[str, ...]] = {}
    for message in (message for catalog in read_catalogs(chosen) for message in catalog):
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, (tuple, list)):
            plural[str(message.id[0])] = tuple(message.string or ())
        elif isinstance(message.string, str) and message.string:
            singular[str(message.id)] = message.string
    return Words(chosen, singular, plural, Locale.parse(LANGUAGES[chosen]))
