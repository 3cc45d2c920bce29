"""The referral letter: what it prints, what it must never print, and when it is refused."""

from __future__ import annotations

import hashlib
import io
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import event
from sqlmodel import Session, col, select

from coachdesk.documents.referral_letter import salutation
from coachdesk.domain import (
    Client,
    CoachingSession,
    CoachProfile,
    Consent,
    ConsentScope,
    DocumentKind,
    GeneratedDocument,
    Goal,
    Professional,
    Referral,
)
from coachdesk.domain.ethics import SharedItem
from coachdesk.services.consents import withdraw_consent
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.document_export import export_document, referral_letter_document
from coachdesk.services.errors import ValidationError
from coachdesk.services.referral_letter_pdf import names, referral_letter_data, referral_letter_pdf
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)
NEEDS = pytest.mark.usefixtures("pdf_tools")


def _flat(pdf: bytes) -> str:
    """The extracted text with line breaks and runs of spaces made single spaces (wrapping varies)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _open_demo(path: Path) -> Vault:
    return create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    """A session on a fresh demo practice, to change before writing the letter."""
    vault = _open_demo(tmp_path / "demo.coachdesk")
    with vault.session() as session:
        yield session
    vault.close()


def _referral(session: Session) -> Referral:
    return session.exec(select(Referral)).one()


def _consent(session: Session) -> Consent:
    consent = session.get(Consent, _referral(session).consent_id)
    assert consent is not None
    return consent


def _save(session: Session, *records: Any) -> None:
    for record in records:
        session.add(record)
    session.commit()


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    vault = _open_demo(tmp_path_factory.mktemp("letter") / "demo.coachdesk")
    with vault.session() as session:
        pdf = referral_letter_pdf(session, _referral(session).id, TODAY)
    vault.close()
    return pdf, _flat(pdf)


# --- what the letter says ------------------------------------------------------------------------


def test_letterhead_credentials_date_and_recipient(letter: tuple[bytes, str]) -> None:
    text = letter[1]
    assert "Moreau Coaching & Mentoring" in text
    assert "Alex Moreau, ICF ACC" in text
    # Dated on the referral date (six days before), and a later print says it is a copy.
    assert "Letter of 21 November 2026; copy printed on 27 November 2026" in text
    for line in ("Dr Inès Laurent", "Clinical psychologist", "Cabinet Laurent"):
        assert line in text
    assert "contact@cabinet-laurent.example" in text
    assert "PRIVATE AND CONFIDENTIAL" in text


def test_subject_salutation_reason_background_request_and_urgency(letter: tuple[bytes, str]) -> None:
    text = letter[1]
    assert "Re: referral of Chloé Girard" in text
    assert "Dear Dr Laurent," in text
    assert "Persistent sleep problems and low mood over several weeks, beyond the scope of coaching." in text
    assert "Contact details: e-mail chloe@atelier-girard.example" in text
    assert "The reason in the client's own words: “I haven't slept properly for weeks" in text
    assert "Dates of coaching: 3 sessions, from 30 October 2026 to 20 November 2026." in text
    assert "Chloé Girard would like you to make contact, using the contact details above." in text
    assert "Chloé Girard has agreed that you may tell me whether you can offer an appointment." in text
    assert "Urgency: Soon. I would be grateful if Chloé Girard could be offered an appointment" in text
    assert "Risk to self or others: No risk to Chloé Girard's own safety or to others was raised" in text
    assert text.index("cc: the client") > text.index("Yours sincerely,")


def test_consent_statement_says_what_with_whom_from_when_until_when(letter: tuple[bytes, str]) -> None:
    text = letter[1]
    assert "CLIENT CONSENT" in text
    assert (
        "On 20 November 2026, Chloé Girard consented to my sharing the reason for referral above, their "
        "contact details, the reason in their own words and the dates of our coaching with Dr Inès Laurent "
        "for the purpose of this referral." in text
    )
    # A referral consent ends three months after it was given unless the coach sets another date.
    assert "It is valid until 20 February 2027, and Chloé Girard may withdraw it at any time." in text


def test_contact_details_closing_and_signature_line(letter: tuple[bytes, str]) -> None:
    text = letter[1]
    assert "alex@moreau-coaching.example" in text
    assert "+33 6 12 34 56 78" in text
    assert "14 rue des Tanneurs, 67000 Strasbourg, France" in text
    assert "Yours sincerely, Alex Moreau, ICF ACC Professional coach, Moreau Coaching & Mentoring" in text
    assert "Works to the ICF Code of Ethics (2025)" in text
    assert text.index("Yours sincerely,") > text.index("CLIENT CONSENT")


def test_footer_and_metadata_naming_no_client(letter: tuple[bytes, str]) -> None:
    pdf, text = letter
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert "Page 1 of 2" in text
    # The closing paragraph goes with the signature onto the second page.
    assert "Thank you for considering this referral." in reader.pages[1].extract_text()
    assert "Referral letter · REF-" in text
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Referral letter"
    assert meta.author == "Alex Moreau"
    assert meta.subject == "Referral to Dr Inès Laurent"
    assert "Chloé" not in " ".join(str(value) for value in meta.values())


def test_an_expiry_date_is_printed(demo: Session) -> None:
    consent = _consent(demo)
    consent.expires_on = date(2027, 3, 1)
    _save(demo, consent)
    text = _flat(referral_letter_pdf(demo, _referral(demo).id, TODAY))
    assert "It is valid until 1 March 2027, and Chloé Girard may withdraw it at any time." in text


def test_the_referral_id_may_be_given_as_text(demo: Session) -> None:
    data = referral_letter_data(demo, str(_referral(demo).id), TODAY)
    assert (data.client_name, data.professional_name) == ("Chloé Girard", "Dr Inès Laurent")


# --- what the letter must never say ----------------------------------------------------------------


def test_nothing_unconsented_reaches_the_letter(demo: Session) -> None:
    referral = _referral(demo)
    chloe = demo.get(Client, referral.client_id)
    laurent = demo.get(Professional, referral.professional_id)
    assert chloe is not None and laurent is not None
    own = demo.exec(select(CoachingSession).where(col(CoachingSession.client_id) == chloe.id)).all()
    others = demo.exec(
        select(CoachingSession).where(
            col(CoachingSession.client_id) != chloe.id, col(CoachingSession.finalised_at).is_(None)
        )
    ).all()
    other_client = demo.exec(select(Client).where(col(Client.id) != chloe.id)).first()
    assert own and others and other_client is not None
    planted = {
        "private note": "ZEBRA-PRIVATE-NOTE-7731",
        "own session summary": "ZEBRA-OWN-SUMMARY-7732",
        "client's private notes": "ZEBRA-CLIENT-PRIVATE-7733",
        "client's e-mail": "zebra-7734@example.org",
        "another session's summary": "ZEBRA-OTHER-SUMMARY-7735",
        "another session's note": "ZEBRA-OTHER-NOTE-7736",
        "another client's name": "Zebra Otherclient 7737",
        "directory notes": "ZEBRA-DIRECTORY-NOTE-7738",
        "consent evidence": "ZEBRA-EVIDENCE-7739",
        "summary the client read, not consented": "ZEBRA-SUMMARY-7740",
        "goal, not consented": "ZEBRA-GOAL-7741",
    }
    for record in own:
        record.private_notes += "\n\n" + planted["private note"]
        record.shared_summary = planted["own session summary"]
    for record in others:
        record.shared_summary = planted["another session's summary"]
        record.private_notes = planted["another session's note"]
    chloe.private_notes = planted["client's private notes"]
    chloe.email = planted["client's e-mail"]
    other_client.name = planted["another client's name"]
    laurent.notes = planted["directory notes"]
    consent = _consent(demo)
    consent.evidence = planted["consent evidence"]
    # Only the client's own words are consented: contact details, dates, goals and a summary are not.
    consent.shared_items = frozenset({SharedItem.REASON_IN_CLIENTS_WORDS})
    referral.summary_client_read = planted["summary the client read, not consented"]
    goal = Goal(client_id=chloe.id, statement=planted["goal, not consented"])
    _save(demo, *own, *others, chloe, other_client, laurent, consent, referral, goal)

    statements: list[str] = []

    def _seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = demo.get_bind()
    event.listen(engine, "before_cursor_execute", _seen)
    try:
        demo.expire_all()
        pdf = referral_letter_pdf(demo, referral.id, TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", _seen)

    text = _flat(pdf)
    assert "Chloé Girard" in text
    for where, phrase in planted.items():
        assert phrase.casefold() not in text.casefold(), f"the {where} leaked into the letter"
    assert "Zoë" not in text
    assert "I haven't slept properly for weeks" in text
    for kind in ("Contact details", "Dates of coaching", "Coaching goals", "A summary the client has read"):
        assert kind not in text
    for listed in ("their contact details", "the dates of our coaching", "goals", "a summary they have read"):
        assert listed not in text
    # Not merely left off the page: the letter never reads sessions or notes at all.
    assert statements
    assert not [s for s in statements if "coaching_session" in s or "note_amendment" in s]


# --- refusals --------------------------------------------------------------------------------------


def _refusal(session: Session) -> str:
    before = len(session.exec(select(GeneratedDocument)).all())  # the demo practice's own
    with pytest.raises(ValidationError) as raised:
        referral_letter_pdf(session, _referral(session).id, TODAY)
    assert raised.value.field == "consent_id"
    assert len(session.exec(select(GeneratedDocument)).all()) == before, "a refused letter is not recorded"
    return raised.value.message


def test_refused_without_a_consent(demo: Session) -> None:
    referral = _referral(demo)
    referral.consent_id = None
    _save(demo, referral)
    message = _refusal(demo)
    assert "No consent is attached to this referral" in message
    assert "Dr Inès Laurent" in message


def test_refused_after_the_consent_expired(demo: Session) -> None:
    consent = _consent(demo)
    consent.expires_on = TODAY - timedelta(days=3)
    _save(demo, consent)
    assert "expired on 2026-11-24" in _refusal(demo)


def test_refused_after_the_consent_was_withdrawn(demo: Session) -> None:
    withdraw_consent(demo, _consent(demo).id, TODAY - timedelta(days=1))
    message = _refusal(demo)
    assert "withdrew the consent to a referral to Dr Inès Laurent on 2026-11-26" in message


def test_refused_on_the_day_of_withdrawal(demo: Session) -> None:
    withdraw_consent(demo, _consent(demo).id, TODAY)
    assert "withdrew" in _refusal(demo)


def test_refused_when_the_consent_names_another_recipient(demo: Session) -> None:
    consent = _consent(demo)
    consent.recipient = "Marcus Feldmann"
    _save(demo, consent)
    assert "is for Marcus Feldmann, not for Dr Inès Laurent" in _refusal(demo)


def test_refused_when_the_consent_has_another_scope(demo: Session) -> None:
    consent = _consent(demo)
    consent.scope = ConsentScope.TESTIMONIAL
    _save(demo, consent)
    assert "not a consent to a referral" in _refusal(demo)


def test_refused_when_the_consent_is_another_clients(demo: Session) -> None:
    consent = _consent(demo)
    consent.client_id = demo.exec(select(Client).where(col(Client.id) != consent.client_id)).first().id  # type: ignore[union-attr]
    _save(demo, consent)
    assert "another client" in _refusal(demo)


def test_refused_before_the_consent_was_given(demo: Session) -> None:
    with pytest.raises(ValidationError, match="only given from 2026-11-20"):
        referral_letter_data(demo, _referral(demo).id, date(2026, 11, 19))


def test_a_refusal_points_to_a_newer_consent_when_there_is_one(demo: Session) -> None:
    old = _consent(demo)
    withdraw_consent(demo, old.id, TODAY - timedelta(days=2))
    newer = Consent(
        client_id=old.client_id, scope=ConsentScope.REFERRAL, recipient="Dr Inès Laurent", granted_on=TODAY
    )
    _save(demo, newer)
    assert "A current consent given on 2026-11-27 covers Dr Inès Laurent: attach it" in _refusal(demo)


def test_refused_without_a_coach_profile(demo: Session) -> None:
    for profile in demo.exec(select(CoachProfile)).all():
        demo.delete(profile)
    demo.commit()
    with pytest.raises(ValidationError) as raised:
        referral_letter_pdf(demo, _referral(demo).id, TODAY)
    assert raised.value.field == "profile"


@pytest.mark.parametrize(
    ("recipient", "professional", "covered"),
    [
        ("Dr Inès Laurent", "Dr Inès Laurent", True),
        ("DR INÈS LAURENT", "dr inès laurent", True),
        ("Inès  Laurent, Cabinet Laurent", "Dr Inès Laurent", True),
        ("Dr Inès Laurentin", "Dr Inès Laurent", False),
        ("Dr Paul Laurent", "Dr Inès Laurent", False),
        ("Marcus Feldmann", "Dr Inès Laurent", False),
        ("", "Dr Inès Laurent", False),
    ],
)
def test_a_consent_recipient_names_the_professional(recipient: str, professional: str, covered: bool) -> None:
    assert names(recipient, professional) is covered


# --- names, fonts, file, record --------------------------------------------------------------------


def test_non_ascii_names_print(demo: Session) -> None:
    referral = _referral(demo)
    client, professional = (
        demo.get(Client, referral.client_id),
        demo.get(Professional, referral.professional_id),
    )
    assert client is not None and professional is not None
    client.name = "Łukasz Żółć"
    professional.name = "Дмитрий Иванов"
    professional.organisation = "Клиника «Здоровье»"
    consent = _consent(demo)
    consent.recipient = "Дмитрий Иванов"
    _save(demo, client, professional, consent)
    text = _flat(referral_letter_pdf(demo, referral.id, TODAY))
    assert "Re: referral of Łukasz Żółć" in text
    assert "Dear Дмитрий Иванов," in text
    assert "Клиника «Здоровье»" in text
    assert "Łukasz Żółć consented to my sharing the reason for referral above" in text
    assert "with Дмитрий Иванов for the purpose of this referral" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dr Inès Laurent", "Dear Dr Laurent,"),
        ("Prof. Anna de Vries", "Dear Prof. Vries,"),
        ("Marcus Feldmann", "Dear Marcus Feldmann,"),
        ("", "Dear colleague,"),
    ],
)
def test_salutation(name: str, expected: str) -> None:
    assert salutation(name) == expected


def _fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@NEEDS
def test_every_font_the_text_uses_is_embedded_dejavu(letter: tuple[bytes, str], tmp_path: Path) -> None:
    rows = [row for row in _fonts(letter[0], tmp_path) if row[0] != "Helvetica"]
    assert {row[0].split("+")[-1] for row in rows} >= {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans"}
    assert all(row[-5] == "yes" for row in rows), rows  # the "emb" column


@NEEDS
def test_no_unembedded_helvetica(letter: tuple[bytes, str], tmp_path: Path) -> None:
    rows = _fonts(letter[0], tmp_path)
    assert not [row for row in rows if "Helvetica" in row[0]]
    assert all(row[-5] == "yes" for row in rows)


@NEEDS
def test_qpdf_check_passes(letter: tuple[bytes, str], tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter[0])
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


def test_an_export_is_recorded_with_its_sha256(demo: Session, tmp_path: Path) -> None:
    referral = _referral(demo)
    source = referral_letter_document(referral.id, TODAY)
    demos = {d.id for d in demo.exec(select(GeneratedDocument)).all()}  # the demo practice's own
    pdf = source.render(demo)
    assert {d.id for d in demo.exec(select(GeneratedDocument)).all()} == demos  # rendering records nothing
    export_document(demo, tmp_path / "letter.pdf", pdf, source)
    recorded = [d for d in demo.exec(select(GeneratedDocument)).all() if d.id not in demos]
    assert len(recorded) == 1
    assert recorded[0].kind is DocumentKind.REFERRAL_LETTER
    assert (recorded[0].entity, recorded[0].entity_id) == ("referral", referral.id)
    assert recorded[0].sha256 == hashlib.sha256(pdf).hexdigest()
    referral_letter_pdf(demo, referral.id, TODAY)
    assert len(demo.exec(select(GeneratedDocument)).all()) == len(demos) + 1
