"""The coaching agreement in German and French: every section, no English sentence, dates and money
as the locale writes them, two-party and three-way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session, col, select

from coachdesk.documents import clauses
from coachdesk.documents.agreement import AgreementRenderer
from coachdesk.documents.agreement_data import AgreementData
from coachdesk.documents.clauses import template_text
from coachdesk.domain import Client, Engagement
from coachdesk.services.agreement_pdf import agreement_data, live_agreement_data
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.errors import ValidationError
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.documents.test_agreement import flat

DAY = date(2026, 12, 5)
VARIANTS = {"two": "Łukasz Nowak", "three": "Zoë Ørsted"}
DATES = {"de": "5. Dezember 2026", "fr": "5 décembre 2026"}
AMOUNTS = {"de": "2.500,00 NOK", "fr": "2 500,00 NOK"}
TITLES = {"de": "Coachingvereinbarung", "fr": "Convention de coaching"}
THREE_WAY = {"de": "Dreiecksvertrag", "fr": "contrat tripartite"}


def plain(text: str) -> str:
    """Text with every kind of space (no-break, narrow no-break) made a plain one."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("languages") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date(2026, 11, 27))
    try:
        with vault.session() as session:
            yield session
    finally:
        vault.close()


def engagement(db: Session, client_name: str) -> Engagement:
    client = db.exec(select(Client).where(col(Client.name) == client_name)).one()
    return db.exec(select(Engagement).where(col(Engagement.client_id) == client.id)).one()


def nok(data: AgreementData) -> AgreementData:
    """The agreement dated 5 December 2026 at 2,500 NOK a session (the demo's are in euros)."""
    return replace(data, created_on=DAY, terms=replace(data.terms, fee_minor=250_000, currency="NOK"))


@pytest.fixture(scope="module")
def texts(demo: Session) -> dict[tuple[str, str], str]:
    return {
        (language, variant): plain(
            flat(
                AgreementRenderer(
                    nok(live_agreement_data(demo, engagement(demo, name), DAY, language))
                ).render()
            )
        )
        for language in ("de", "fr")
        for variant, name in VARIANTS.items()
    }


def headings(language: str, *, sponsor: bool) -> list[str]:
    return [
        raw.heading
        for raw in clauses._parse(template_text(language=language), language)
        if sponsor or not raw.sponsor_only
    ]


def english_openings() -> list[str]:
    """From every paragraph and bullet of the English template, its first six words in a row that hold
    no placeholder (a paragraph opening with "{sponsor_name}" is checked from its next words)."""
    body = template_text().split("\n## ", 1)[1]
    openings = []
    for line in body.splitlines():
        words = re.sub(r"\[/?[a-z_ :]+\]|\*\*|^- ", " ", line).split()
        if line.startswith("##"):
            continue
        for start in range(len(words) - 5):
            window = words[start : start + 6]
            if not any("{" in word for word in window):
                openings.append(plain(" ".join(window)))
                break
    return openings


@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize("variant", ["two", "three"])
def test_every_section_is_there_numbered_in_the_client_s_language(
    texts: dict[tuple[str, str], str], language: str, variant: str
) -> None:
    text = texts[language, variant]
    expected = headings(language, sponsor=variant == "three")
    at = 0
    for number, heading in enumerate(expected, start=1):
        found = text.find(plain(f"{number}. {heading}"), at)
        assert found >= 0, f"section {number} ({heading}) is missing from the {language} agreement"
        at = found
    assert plain(f"{len(expected) + 1}. ") not in text[at:]
    assert text.startswith(plain("Moreau Coaching")) and TITLES[language] in text


@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize("variant", ["two", "three"])
def test_no_english_sentence_is_left(texts: dict[tuple[str, str], str], language: str, variant: str) -> None:
    openings = english_openings()
    assert len(openings) > 50  # the check reads the whole template
    left = [opening for opening in openings if opening in texts[language, variant]]
    assert left == []


def test_the_english_openings_are_found_in_an_english_agreement(demo: Session) -> None:
    """The check above can fail: most openings print in the English three-way agreement."""
    english = plain(
        flat(AgreementRenderer(live_agreement_data(demo, engagement(demo, "Zoë Ørsted"), DAY, "en")).render())
    )
    found = [opening for opening in english_openings() if opening in english]
    assert len(found) > 40


@pytest.mark.parametrize("language", ["de", "fr"])
def test_dates_and_money_as_the_locale_writes_them(texts: dict[tuple[str, str], str], language: str) -> None:
    for variant in ("two", "three"):
        text = texts[language, variant]
        assert DATES[language] in text
        assert AMOUNTS[language] in text
        assert "NOK 2,500.00" not in text and "December" not in text


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_three_way_agreement_names_the_sponsor_as_the_language_does(
    texts: dict[tuple[str, str], str], language: str
) -> None:
    sponsor = {"de": "(„der Auftraggeber“)", "fr": "(« le commanditaire »)"}[language]
    assert THREE_WAY[language] in texts[language, "three"]
    assert plain(sponsor) in texts[language, "three"]
    assert THREE_WAY[language] not in texts[language, "two"]
    assert plain(sponsor) not in texts[language, "two"]


def test_the_country_s_authority_and_law_come_from_data_in_the_language(
    texts: dict[tuple[str, str], str],
) -> None:
    german, french = texts["de", "two"], texts["fr", "two"]
    assert "Datenschutzaufsichtsbehörde beschweren: die Commission nationale" in german
    assert "das Recht des Staates Frankreich" in german
    assert "protection des données : la Commission nationale de l’informatique" in french
    assert "régie par le droit du pays suivant : France" in french


def test_the_client_s_document_language_is_the_default(demo: Session) -> None:
    found = engagement(demo, "Łukasz Nowak")
    client = demo.get(Client, found.client_id)
    assert client is not None
    client.document_language = "fr"
    demo.add(client)
    demo.flush()
    try:
        assert live_agreement_data(demo, found, DAY).language == "fr"
        assert live_agreement_data(demo, found, DAY, "de").language == "de"
    finally:
        client.document_language = None
        demo.add(client)
        demo.flush()
    assert live_agreement_data(demo, found, DAY).language == "en"


def test_a_signed_agreement_reprints_in_the_language_it_was_signed_in(demo: Session) -> None:
    found = engagement(demo, "Zoë Ørsted")
    assert found.signed_on is not None
    assert agreement_data(demo, found.id, DAY).language == "en"  # signed in English
    assert agreement_data(demo, found.id, DAY, "en").language == "en"
    with pytest.raises(ValidationError, match=r"signed in English.*cannot be printed in German") as refused:
        agreement_data(demo, found.id, DAY, "de")
    assert refused.value.field == "language"


def test_an_agreement_signed_in_german_reprints_in_german(demo: Session) -> None:
    from coachdesk.domain import EngagementStatus
    from coachdesk.services.engagements import set_engagement_status

    sent = demo.exec(select(Engagement).where(col(Engagement.status) == EngagementStatus.SENT)).first()
    assert sent is not None
    client = demo.get(Client, sent.client_id)
    assert client is not None
    client.document_language = "de"
    demo.add(client)
    demo.flush()
    set_engagement_status(demo, sent.id, EngagementStatus.SIGNED, DAY)
    client.document_language = "fr"  # a later change of language does not touch what was signed
    demo.add(client)
    demo.flush()
    data = agreement_data(demo, sent.id, date(2027, 1, 4))
    assert data.language == "de" and data.clause_text == template_text(language="de")
    text = plain(flat(AgreementRenderer(data).render()))
    assert "Vereinbart und unterschrieben am 5. Dezember 2026; Kopie gedruckt am 4. Januar 2027." in text
    assert "Seit der Unterzeichnung" in text and "1. Die Parteien" in text
