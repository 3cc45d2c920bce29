"""The sponsor report and the referral letter in German and French: every heading in the language, no
English sentence left, dates as the locale writes them, each following the client's language."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, col, select

from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.referral_letter import ReferralLetterRenderer
from coachdesk.documents.referral_letter_data import ReferralLetterData, SharedLine
from coachdesk.documents.sponsor_report import (
    AttendanceLine,
    SponsorGoal,
    SponsorReportData,
    SponsorReportRenderer,
)
from coachdesk.domain import Client, Engagement, Referral, ReferralUrgency
from coachdesk.domain.ethics import RiskRaised
from coachdesk.services.clients import ClientDetails, update_client
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.referral_letter_pdf import referral_letter_data, referral_letter_pdf
from coachdesk.services.sponsor_report_pdf import sponsor_report_data
from tests.conftest import FAST_KDF, PASSPHRASE

LETTERHEAD = Letterhead("Alex Moreau", "Moreau Coaching", "ICF PCC", ("alex@moreau-coaching.example",))
# Phrases an English report or letter prints around the data; none may be left in German or French.
ENGLISH = [
    "Coaching report",
    "This report contains",
    "Attendance",
    "session held",
    "sessions held",
    "not attended",
    "remaining",
    "Whose goal",
    "In progress",
    "Achieved",
    "Set aside",
    "Not reported",
    "Organisational",
    "Client's own",
    "Progress summary",
    "has read and agreed",
    "Next three-way review",
    "planned for",
    "WHAT THIS REPORT",
    "consented",
    "valid until",
    "withdraw",
    "Never included",
    "No progress summary",
    "Page 1 of",
    "Referral",
    "PRIVATE AND CONFIDENTIAL",
    "copy printed",
    "Dear ",
    "I am writing",
    "Reason for referral",
    "Information shared",
    "Contact details",
    "Also:",
    "Next steps",
    "get in touch",
    "Urgency",
    "grateful",
    "Risk to self",
    "CLIENT CONSENT",
    "Nothing else",
    "Thank you",
    "questions",
    "by e-mail",
    "Yours sincerely",
    "Professional coach",
    "cc: the client",
    "Works to the",
    "sessions, from",
]
SPONSOR_HEADINGS = {
    "de": [
        "Coaching-Bericht: Zoë Ørsted",
        "Teilnahme",
        "Ziele",
        "Zusammenfassung der Fortschritte",
        "Nächstes Dreiergespräch",
        "GRUNDLAGE DIESES BERICHTS",
        "Seite 1 von",
    ],
    "fr": [
        "Rapport de coaching : Zoë Ørsted",
        "Présence",
        "Objectifs",
        "Synthèse des progrès",
        "Prochaine réunion tripartite",
        "SUR QUOI REPOSE CE RAPPORT",
        "Page 1 sur",
    ],
}
LETTER_HEADINGS = {
    "de": [
        "PERSÖNLICH UND VERTRAULICH",
        "Betreff: Weiterverweisung von Chloé Girard",
        "Anlass der Weiterverweisung",
        "Mit Einwilligung weitergegebene Informationen",
        "Nächste Schritte",
        "Dringlichkeit: Dringend.",
        "EINWILLIGUNG",
        "Mit freundlichen Grüßen",
    ],
    "fr": [
        "PERSONNEL ET CONFIDENTIEL",
        "Objet : orientation de Chloé Girard",
        "Motif de l'orientation",
        "Informations transmises avec consentement",
        "Prochaines étapes",
        "Urgence : Urgente.",
        "CONSENTEMENT",
        "Bien cordialement",
    ],
}
DATES = {"de": "5. Dezember 2026", "fr": "5 décembre 2026"}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _english_left(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase.casefold() in text.casefold()]


def _report(language: str) -> SponsorReportData:
    """A report with every part the terms allow: attendance of each kind, goals of each origin and
    status, a summary, the next review, a consent that expires."""
    return SponsorReportData(
        letterhead=LETTERHEAD,
        document_id="SPR-1",
        report_date=date(2026, 12, 5),
        client_name="Zoë Ørsted",
        sponsor_name="Nordlicht Energie",
        sponsor_contact="Łukasz Nowak",
        engagement_title="Leadership coaching",
        period_start=date(2026, 9, 1),
        period_end=None,
        consent_granted_on=date(2026, 9, 1),
        consent_expires_on=date(2027, 3, 1),
        attendance=(
            AttendanceLine(date(2026, 10, 1), "Held"),
            AttendanceLine(date(2026, 10, 15), "Did not attend"),
            AttendanceLine(date(2026, 11, 5), "Cancelled late"),
            AttendanceLine(date(2026, 11, 19), "Cancelled"),
        ),
        sessions_agreed=8,
        sessions_remaining=5,
        goals=(
            SponsorGoal("Delegate weekly reporting", "Organisational", "In progress", "Not reported"),
            SponsorGoal("Lead the operations review", "Shared", "Achieved", "80%"),
            SponsorGoal("Leave by 18:30", "Client's own", "Set aside", "Not reported"),
        ),
        progress_summary="Zoë leitet den Bericht.",
        next_review_on=date(2026, 12, 5),
        withheld=("No progress summary is included in this report.",),
        coach_qualifications="ICF PCC",
        language=language,
    )


def _letter(language: str, **changes: object) -> ReferralLetterData:
    data = ReferralLetterData(
        letterhead=LETTERHEAD,
        document_id="REF-1",
        letter_date=date(2026, 12, 5),
        printed_on=date(2026, 12, 9),
        professional_name="Dr Inès Laurent",
        professional_profession="Psychologue",
        professional_email="ines@example.org",
        client_name="Chloé Girard",
        reason="Schlafprobleme.",
        urgency=ReferralUrgency.URGENT,
        consent_recipient="Dr Inès Laurent",
        consent_granted_on=date(2026, 12, 1),
        consent_expires_on=date(2027, 6, 1),
        shared=(SharedLine("Contact details", "+33 6 00 00 00 00"), SharedLine("Coaching goals", "• Calme")),
        shared_statement=("their contact details", "their coaching goals"),
        shared_other="…",
        recipient_may_reply=True,
        client_gets_copy=True,
        risk_raised=RiskRaised.YES,
        coach_email="alex@moreau-coaching.example",
        coach_phone="+33 6 12 34 56 78",
        coach_address="14 rue des Tanneurs\n67000 Strasbourg",
        coach_qualifications="MSc Coaching Psychology",
        coach_code_of_ethics="ICF Code of Ethics (2025)",
        language=language,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_sponsor_report_has_every_section_in_the_language_and_no_english(language: str) -> None:
    printed = _text(SponsorReportRenderer(_report(language)).render())
    for heading in SPONSOR_HEADINGS[language]:
        assert heading in printed, heading
    assert DATES[language] in printed
    assert "80 %" in printed  # a shared percentage as the locale writes it (no-break space)
    assert _english_left(printed) == []


@pytest.mark.parametrize(
    ("language", "count"),
    [
        ("de", "1 Sitzung fand statt und 1 nicht wahrgenommen (von 8 vereinbarten); 5 verbleiben."),
        ("fr", "1 séance tenue et 1 manquée sur 8 prévues ; 5 restantes."),
    ],
)
def test_the_attendance_count_reads_as_one_sentence(language: str, count: str) -> None:
    assert count in _text(SponsorReportRenderer(_report(language)).render())


@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize("urgency", list(ReferralUrgency))
@pytest.mark.parametrize("risk", list(RiskRaised))
def test_a_referral_letter_has_every_section_in_the_language_and_no_english(
    language: str, urgency: ReferralUrgency, risk: RiskRaised
) -> None:
    printed = _text(ReferralLetterRenderer(_letter(language, urgency=urgency, risk_raised=risk)).render())
    headings = LETTER_HEADINGS[language]
    if urgency is not ReferralUrgency.URGENT:
        headings = [h for h in headings if "Dring" not in h and "Urgence" not in h]
    for heading in headings:
        assert heading in printed, heading
    assert DATES[language] in printed
    assert _english_left(printed) == []


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_letter_without_a_way_back_or_an_expiry_leaves_no_english(language: str) -> None:
    data = _letter(
        language,
        shared=(),
        shared_statement=(),
        shared_other="",
        client_will_contact=True,
        recipient_may_reply=False,
        consent_expires_on=None,
        printed_on=None,
        coach_email="",
        coach_phone="",
        coach_address="",
    )
    assert _english_left(_text(ReferralLetterRenderer(data).render())) == []


# ----- from the vault: the client's language by default, another when asked -----------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date(2026, 11, 27))
    with vault, vault.session() as session:
        yield session


def _speaks(db: Session, name: str, language: str | None) -> Client:
    client = db.exec(select(Client).where(col(Client.name) == name)).one()
    details = ClientDetails(
        name=client.name, organisation_id=client.organisation_id, document_language=language
    )
    update_client(db, client.id, details)
    return client


def test_the_letter_and_the_report_follow_the_clients_language(demo: Session) -> None:
    today = date(2026, 11, 27)
    referral = demo.exec(select(Referral)).one()
    _speaks(demo, "Chloé Girard", "fr")
    letter = referral_letter_data(demo, referral.id, today)
    assert letter.language == "fr"
    printed = _text(referral_letter_pdf(demo, referral.id, today))
    assert "Objet : orientation de Chloé Girard" in printed and _english_left(printed) == []
    assert "Re: referral of Chloé Girard" in _text(
        referral_letter_pdf(demo, referral.id, today, language="en")
    )
    zoe = _speaks(demo, "Zoë Ørsted", "de")
    engagement = demo.exec(select(Engagement).where(col(Engagement.client_id) == zoe.id)).one()
    assert sponsor_report_data(demo, engagement.id, today).language == "de"
    assert sponsor_report_data(demo, engagement.id, today, language="fr").language == "fr"
    _speaks(demo, "Zoë Ørsted", None)
    assert sponsor_report_data(demo, engagement.id, today).language == "en"
