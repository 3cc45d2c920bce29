"""The recap, the session prep sheet and the verification letter in the client's language, and no
phrase of any of the four documents left untranslated in German or French."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session, col, select

from coachdesk.documents.agreement import AgreementRenderer
from coachdesk.documents.agreement_data import AgreementData, Amendment, DeclaredConflict
from coachdesk.documents.wording import Words
from coachdesk.domain import ActionItem, ActionOwner, Client, CoachingSession, Engagement
from coachdesk.services.agreement_pdf import live_agreement_data
from coachdesk.services.client_recap import recap_data, recap_mail, recap_pdf
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.goals import ActionItemDetails, create_action_item
from coachdesk.services.hours_log import hours_log
from coachdesk.services.session_prep import session_prep, session_prep_pdf
from coachdesk.services.verification_letter import (
    organisations_with_aliases,
    verification_letter_data,
    verification_letter_pdf,
)
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.documents.test_agreement import flat

TODAY = date(2026, 11, 27)


def plain(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("session-languages") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    try:
        with vault.session() as session:
            yield session
    finally:
        vault.close()


def summarised(db: Session) -> CoachingSession:
    """A held session of Zoë's with a shared summary."""
    zoe = db.exec(select(Client.id).where(col(Client.name) == "Zoë Ørsted")).one()
    return db.exec(
        select(CoachingSession)
        .where(col(CoachingSession.client_id) == zoe, col(CoachingSession.shared_summary) != "")
        .order_by(col(CoachingSession.starts_at))
    ).first()  # type: ignore[return-value]


def set_language(db: Session, client_id: uuid.UUID, language: str | None) -> None:
    client = db.get(Client, client_id)
    assert client is not None
    client.document_language = language
    db.add(client)
    db.flush()


def prep(db: Session, language: str | None = None) -> Any:
    found = summarised(db)
    engagement = db.exec(select(Engagement.id).where(col(Engagement.client_id) == found.client_id)).one()
    starts = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    return session_prep(db, found.client_id, engagement, starts, TODAY, language=language)


def letter(db: Session, language: str | None = None) -> Any:
    (organisation_id, _name), *_ = organisations_with_aliases(db)
    log = hours_log(db, TODAY)
    return verification_letter_data(db, organisation_id, TODAY, log=log, language=language)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Zusammenfassung unserer Sitzung vom", "Für Zoë", "Viele Grüße"]),
        ("fr", ["Récapitulatif de notre séance du", "Pour Zoë", "Bien cordialement,"]),
    ],
)
def test_the_recap_follows_the_client_s_language(demo: Session, language: str, words: list[str]) -> None:
    found = summarised(demo)
    set_language(demo, found.client_id, language)
    try:
        data = recap_data(demo, found.id, TODAY)
        text = plain(flat(recap_pdf(demo, found.id, TODAY)))
        mail = recap_mail(demo, found.id, TODAY)
    finally:
        set_language(demo, found.client_id, None)
    assert data.language == language
    for phrase in words:
        assert phrase in text
    assert data.session_day in text and not re.search(
        r"\b(January|February|March|June|July|October|December)\b", text
    )
    assert mail.subject == data.subject and mail.subject.startswith(words[0])
    assert "Recap of our session" in plain(flat(recap_pdf(demo, found.id, TODAY)))  # back to English


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Sitzungsvorbereitung: Zoë Ørsted", "Letzte Sitzung", "Offene Aufgaben", "Ziele",
                "Montag, 7. Dezember 2026", "Seite 1 von 1"]),
        ("fr", ["Préparation de séance : Zoë Ørsted", "Dernière séance", "Actions en cours", "Objectifs",
                "lundi 7 décembre 2026", "Page 1 sur 1"]),
    ],
)  # fmt: skip
def test_the_prep_sheet_in_each_language(demo: Session, language: str, words: list[str]) -> None:
    data = prep(demo, language)
    text = plain(flat(session_prep_pdf(data)))
    for phrase in words:
        assert phrase in text
    assert "Last session" not in text and "Prepared on" not in text
    assert re.search(r"\d+ %", text)  # a goal's progress as the locale writes a percentage


def test_the_prep_sheet_defaults_to_the_client_s_language(demo: Session) -> None:
    found = summarised(demo)
    set_language(demo, found.client_id, "fr")
    try:
        assert prep(demo).language == "fr"
    finally:
        set_language(demo, found.client_id, None)
    assert prep(demo).language == "en"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "de",
            ["Bestätigung von Coachingstunden", "bestätige, dass", "Pseudonym", "Unterschrift", "Stunden"],
        ),
        ("fr", ["Attestation d’heures de coaching", "atteste que", "Pseudonyme", "Signature", "heures"]),
    ],
)
def test_the_verification_letter_in_each_language(demo: Session, language: str, words: list[str]) -> None:
    data = letter(demo, language)
    text = plain(
        flat(
            verification_letter_pdf(
                demo,
                organisations_with_aliases(demo)[0][0],
                TODAY,
                log=hours_log(demo, TODAY),
                language=language,
            )
        )
    )
    for phrase in words:
        assert phrase in text
    assert f"{data.hours:.2f}".replace(".", ",") in text  # hours with a decimal comma
    assert "confirm that" not in text


def test_the_verification_letter_follows_the_language_its_clients_share(demo: Session) -> None:
    data = letter(demo)
    assert data.language == "en"
    covered = {
        client
        for row in hours_log(demo, TODAY).rows
        if row.alias and row.organisation_id == organisations_with_aliases(demo)[0][0]
        for client in row.client_ids
    }
    for client in covered:
        set_language(demo, client, "de")
    try:
        assert letter(demo).language == "de"
    finally:
        for client in covered:
            set_language(demo, client, None)


def agreement_variants(data: AgreementData) -> list[AgreementData]:
    """The agreement with every branch of its wording taken at least once."""
    t = data.terms
    conflict = DeclaredConflict("Referral fee", "A fee for referrals", "proceed_with_safeguards", "Disclosed")
    return [
        data,
        replace(
            data,
            draft=True,
            terms=replace(t, fee_minor=0, start_date=None, end_date=None, session_count=None),
        ),
        replace(data, terms=replace(t, fee_basis="per_engagement", end_date=None, format="phone")),
        replace(data, terms=replace(t, start_date=None, format="in_person"), conflicts=(conflict,)),
        replace(
            data,
            signed_on=TODAY,
            copy_printed_on=TODAY,
            amendments=(Amendment(TODAY, "Two more sessions"),),
            conflicts_since_signing=(replace(conflict, decision=None),),
            conflicts=(),
            qualifications="",
            code_of_ethics="",
            professional_body="",
            letterhead=replace(data.letterhead, credentials="", practice_name=""),
        ),
    ]


def with_every_kind_of_action(db: Session) -> uuid.UUID:
    """A session of Zoë's with an action item of hers due, and one of the coach's done."""
    found = summarised(db)
    create_action_item(
        db,
        ActionItemDetails(
            found.client_id, "Book the offsite", ActionOwner.CLIENT, TODAY, session_id=found.id
        ),
    )
    coach = create_action_item(
        db, ActionItemDetails(found.client_id, "Send the article", ActionOwner.COACH, session_id=found.id)
    )
    item = db.get(ActionItem, coach.created)
    assert item is not None
    item.done = True
    db.add(item)
    db.flush()
    return found.id


@pytest.mark.parametrize("language", ["de", "fr"])
def test_no_phrase_of_the_four_documents_is_missing_from_the_catalogs(
    demo: Session, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing: list[str] = []
    call, plural = Words.__call__, Words.n

    def recording_call(self: Words, text: str) -> str:
        if self.language != "en" and text not in self.singular:
            missing.append(text)
        return call(self, text)

    def recording_n(self: Words, singular: str, plural_text: str, count: int) -> str:
        if self.language != "en" and singular not in self.plural:
            missing.append(singular)
        return plural(self, singular, plural_text, count)

    monkeypatch.setattr(Words, "__call__", recording_call)
    monkeypatch.setattr(Words, "n", recording_n)
    for name in ("Zoë Ørsted", "Łukasz Nowak"):
        client = demo.exec(select(Client.id).where(col(Client.name) == name)).one()
        engagement = demo.exec(select(Engagement).where(col(Engagement.client_id) == client)).one()
        for data in agreement_variants(live_agreement_data(demo, engagement, TODAY, language)):
            AgreementRenderer(data).render()
    with_actions = with_every_kind_of_action(demo)
    recap_pdf(demo, with_actions, TODAY, language)
    recap_mail(demo, with_actions, TODAY, language)
    session_prep_pdf(prep(demo, language))
    verification_letter_pdf(
        demo, organisations_with_aliases(demo)[0][0], TODAY, log=hours_log(demo, TODAY), language=language
    )
    assert sorted(set(missing)) == []


def test_the_prep_sheet_counts_days_and_weeks_in_the_language(demo: Session) -> None:
    from coachdesk.documents.wording import words_for
    from coachdesk.services.session_prep import agreement_left

    found = summarised(demo)
    engagement = demo.exec(select(Engagement).where(col(Engagement.client_id) == found.client_id)).one()
    assert engagement.end_date is not None
    german = agreement_left(demo, engagement, engagement.end_date - timedelta(days=1), words_for("de"))
    assert "endet am" in german and "(in 1 Tag)" in german
    french = agreement_left(demo, engagement, engagement.end_date - timedelta(days=70), words_for("fr"))
    assert "se termine le" in french and "(dans 10 semaines)" in french
